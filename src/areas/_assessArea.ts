import { guarded } from '../_internal/plain.js';
import { type AssessPlanOptions, assessPlan } from '../attainment/assessPlan.js';
import type { AssessmentStatus } from '../attainment/types.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset, Target } from '../models/types.js';
import type { AreaScorecards, AssessAreasResult } from './assessAreas.js';

/** The statuses that flag a binding target: keyed by string, so new ones join by name. */
const FLAGGED: ReadonlySet<string> = new Set(['missed', 'deterioration']);

/** Assesses one area's plans (or the common one). */
export function assessArea(
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
  const scorecards = planIds.map((id) => assessPlan(dataset, id, options));
  const counts: Record<string, number> = {};
  for (const scorecard of scorecards) add(counts, scorecard.counts);
  return {
    area: { id: dataset.area.id, name: { zh: dataset.area.name.zh, en: dataset.area.name.en } },
    dataset: dataset.id,
    scorecards,
    counts: counts as Record<AssessmentStatus, number>,
  };
}

/**
 * Assesses each area in turn; a dataset of another shape than the model's (a raw TypeError
 * inside) is `invalid-dataset` naming `datasets`, as at every entry that takes datasets.
 */
export function assessEach(
  datasets: readonly Dataset[],
  plan: string | undefined,
  options: AssessPlanOptions,
): AreaScorecards[] {
  return guarded(
    'datasets',
    () => datasets.map((dataset) => assessArea(dataset, plan, options)),
    'invalid-dataset',
  );
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
export function bindingFlags(area: AreaScorecards): BindingFlag[] {
  const flags: BindingFlag[] = [];
  for (const scorecard of area.scorecards) {
    for (const { attribute, status, targetId, title } of scorecard.assessments) {
      if (attribute === 'binding' && FLAGGED.has(status)) flags.push({ targetId, title, status });
    }
  }
  return flags;
}

/**
 * Gathers the counts across areas and the binding alerts; `flags` (one list per area) when
 * they are already known, so that an area's scorecards need not be read.
 */
export function summarize(
  areas: readonly AreaScorecards[],
  flags: readonly (readonly BindingFlag[])[] = areas.map(bindingFlags),
): AssessAreasResult {
  const counts: Record<string, number> = {};
  const alerts = new Map<string, { title: Target['title']; areas: Record<string, string[]> }>();
  areas.forEach((area, index) => {
    add(counts, area.counts);
    for (const { targetId, title, status } of flags[index] ?? []) {
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
