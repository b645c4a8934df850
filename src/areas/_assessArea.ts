import { guarded } from '../_internal/plain.js';
import { type AssessPlanOptions, assessPlainPlan } from '../attainment/assessPlan.js';
import type { AssessmentStatus } from '../attainment/types.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset, Target } from '../models/types.js';
import type { AreaScorecards, AssessAreasResult } from './assessAreas.js';

/** The statuses that flag a binding target: keyed by string, so new ones join by name. */
const FLAGGED: ReadonlySet<string> = new Set(['missed', 'deterioration']);

/** Assesses one area's plans (or the common one). */
function assessArea(
  dataset: Dataset,
  plan: string | undefined,
  options: AssessPlanOptions,
): AreaScorecards {
  let planIds: string[];
  if (plan === undefined) planIds = dataset.plans.map((candidate) => candidate.id);
  else if (dataset.plans.some((candidate) => candidate.id === plan)) planIds = [plan];
  else {
    throw new IndicatorError('not-found', {
      field: 'plan',
      value: plan,
      area: dataset.area.id,
      reason: `area ${dataset.area.id} has no plan with this id`,
    });
  }
  const scorecards = planIds.map((id) => assessPlainPlan(dataset, id, options));
  const counts: Record<string, number> = {};
  for (const scorecard of scorecards) add(counts, scorecard.counts);
  return {
    area: { id: dataset.area.id, name: { zh: dataset.area.name.zh, en: dataset.area.name.en } },
    dataset: dataset.id,
    scorecards,
    counts: counts as Record<AssessmentStatus, number>,
  };
}

/** Areas assessed, with the binding targets each one flags (read before its cards may go). */
export interface AssessedAreas {
  readonly areas: readonly AreaScorecards[];
  readonly flags: readonly (readonly BindingFlag[])[];
}

/**
 * Assesses one area and reads its flags; its scorecards are dropped unless `keep`, so that a
 * summary of many areas holds their counts, not their cards.
 */
function assessAreaKept(
  dataset: Dataset,
  plan: string | undefined,
  options: AssessPlanOptions,
  keep: boolean,
): { area: AreaScorecards; flags: BindingFlag[] } {
  const assessed = assessArea(dataset, plan, options);
  return { area: keep ? assessed : { ...assessed, scorecards: [] }, flags: bindingFlags(assessed) };
}

/** Assesses each item's area in turn, reading its dataset with `datasetOf` (from a file, say). */
export function assessAll<T>(
  items: readonly T[],
  datasetOf: (item: T) => Dataset,
  plan: string | undefined,
  options: AssessPlanOptions,
  keep: boolean,
): AssessedAreas {
  const areas: AreaScorecards[] = [];
  const flags: BindingFlag[][] = [];
  for (const item of items) {
    const one = assessAreaKept(datasetOf(item), plan, options, keep);
    areas.push(one.area);
    flags.push(one.flags);
  }
  return { areas, flags };
}

const itself = (dataset: Dataset) => dataset;

/**
 * Assesses each area in turn; a dataset of another shape than the model's (a raw TypeError
 * inside) is `invalid-dataset` naming `datasets`, as at every entry that takes datasets.
 */
export function assessEach(
  datasets: readonly Dataset[],
  plan: string | undefined,
  options: AssessPlanOptions,
  keep: boolean,
): AssessedAreas {
  return guarded(
    'datasets',
    () => assessAll(datasets, itself, plan, options, keep),
    'invalid-dataset',
  );
}

/** The `scorecards` option: whether each area keeps its scorecards (the default) or only its counts. */
export function readKeep(value: unknown): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'boolean') {
    throw new IndicatorError('invalid-argument', {
      field: 'options.scorecards',
      value,
      reason: "expected true (keep each area's scorecards) or false (only the counts)",
    });
  }
  return value;
}

function add(into: Record<string, number>, counts: Readonly<Record<string, number>>): void {
  for (const [status, count] of Object.entries(counts)) into[status] = (into[status] ?? 0) + count;
}

/** A binding target an area missed or saw deteriorate: what the district summary lists. */
export interface BindingFlag {
  readonly targetId: string;
  readonly title: Target['title'];
  readonly status: string;
}

/** The binding targets an area flags, in scorecard and assessment order. */
function bindingFlags(area: AreaScorecards): BindingFlag[] {
  const flags: BindingFlag[] = [];
  for (const scorecard of area.scorecards) {
    for (const { attribute, status, targetId, title } of scorecard.assessments) {
      if (attribute === 'binding' && FLAGGED.has(status)) flags.push({ targetId, title, status });
    }
  }
  return flags;
}

/** Gathers the counts across areas and the binding alerts from each area's flags. */
export function summarize({ areas, flags }: AssessedAreas): AssessAreasResult {
  const counts: Record<string, number> = {};
  const alerts = new Map<string, { title: Target['title']; areas: Record<string, string[]> }>();
  areas.forEach((area, index) => {
    add(counts, area.counts);
    for (const { targetId, title, status } of flags[index] as readonly BindingFlag[]) {
      let alert = alerts.get(targetId);
      if (alert === undefined) {
        alert = { title: { zh: title.zh, en: title.en }, areas: {} };
        alerts.set(targetId, alert);
      }
      const list = alert.areas[status];
      if (list === undefined) alert.areas[status] = [area.area.id];
      else list.push(area.area.id);
    }
  });
  return {
    areas,
    counts: counts as Record<AssessmentStatus, number>,
    binding: [...alerts].map(([targetId, alert]) => ({ targetId, ...alert })),
  };
}
