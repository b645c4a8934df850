import { guarded, readPlain } from '../_internal/plain.js';
import type { Decimal } from '../decimal/Decimal.js';
import { deriveObservations } from '../derivation/deriveObservations.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset, Indicator, Observation, Plan, Project, Target } from '../models/types.js';
import { elapsedFraction } from '../periods/index.js';
import { latestProjectDay } from './_assessMilestone.js';
import { assessWith } from './_assessWith.js';
import { resolveOptions } from './_options.js';
import { type DayInfo, dayText, periodInfo, readDay } from './_periodInfo.js';
import { buildSeries, type Series, type SeriesObservation } from './_series.js';
import type { TargetEnvironment } from './_targetInputs.js';
import type {
  Assessment,
  AssessmentMethod,
  AssessmentStatus,
  AssessTargetOptions,
} from './types.js';

/**
 * Options of {@link assessPlan}: those of {@link assessTarget}, applied to every target.
 * Without `asOf` the scorecard is dated by the last day of the latest dated fact in the
 * dataset (observation periods, project stages, milestones done), or the plan's adoption day
 * when the dataset has none: the result depends on the data alone, never on the clock.
 *
 * @category Attainment
 */
export type AssessPlanOptions = AssessTargetOptions;

/**
 * A plan's scorecard: every target assessed, binding (约束性) targets first, with counts by
 * status and the share of the plan's period elapsed.
 *
 * @category Attainment
 */
export interface Scorecard {
  /** The plan's id. */
  readonly planId: string;
  /** The plan's title, in Chinese and English. */
  readonly title: Plan['title'];
  /** The period the plan covers (`2022/2026`). */
  readonly period: string;
  /** The method that set the statuses. */
  readonly method: AssessmentMethod;
  /** The day of the scorecard, `YYYY-MM-DD`. */
  readonly asOf: string;
  /** 序时进度 of the plan: the share of its period elapsed at `asOf` (`basis` option). */
  readonly timeElapsed: Decimal;
  /** Every target's assessment: binding targets first, then anticipatory, each in plan order. */
  readonly assessments: readonly Assessment[];
  /** How many targets have each status (every status present, zero when none). */
  readonly counts: Readonly<Record<AssessmentStatus, number>>;
}

const NO_SERIES: Series = [];

/**
 * Assesses every target of a plan with {@link assessTarget} and gathers a scorecard. Made for
 * large datasets: the dataset's observations are indexed by indicator once, each indicator's
 * series is built once, and periods are parsed once.
 *
 * @param dataset - The dataset holding the plan, its indicators, observations and projects.
 * @param planId - The id of the plan.
 * @param options - As for {@link assessTarget}; without `asOf`, the dataset's latest dated fact.
 * @returns A fresh {@link Scorecard}.
 * @throws {@link IndicatorError} `not-found` naming `planId` when the dataset has no such plan,
 * or naming the target's `indicator` field when its indicator is missing; `invalid-argument`
 * when `dataset` is not a dataset; otherwise as {@link assessTarget}.
 *
 * @example
 * ```ts
 * import { assessPlan } from 'tianmu-indicators';
 *
 * const source = { document: 'report', section: '今后五年', quote: '规上工业总产值10.5亿元' };
 * const title = { zh: '目标', en: 'Target' };
 * const observation = (period: string, value: string) =>
 *   ({ indicator: 'output', period, value, status: 'actual', qualifier: null, source }) as const;
 * const dataset = {
 *   id: 'town', area: { id: 'town', name: { zh: '样镇', en: 'Town' } }, sources: [], claims: [],
 *   projects: [],
 *   indicators: [{ id: 'output', name: title, unit: 'yi-yuan', direction: 'increase',
 *     measure: 'flow', sector: 'industry', attribute: 'anticipatory' }],
 *   observations: [observation('2021', '8'), observation('2022', '8.3'), observation('2023', '8.6')],
 *   plans: [{ id: 'plan', title, issuer: title, adoptedOn: '2021-12-25', period: '2022/2026',
 *     source: 'report', targets: [
 *       { kind: 'level', id: 'output-2026', title, attribute: 'anticipatory', source,
 *         indicator: 'output', value: '10.5', period: '2026', comparator: 'at-least' },
 *       { kind: 'qualitative', id: 'villages', title, attribute: 'binding', source },
 *     ] }],
 * } as const;
 * const scorecard = assessPlan(dataset, 'plan', { asOf: '2024-06-30' });
 * scorecard.assessments.map((assessment) => assessment.targetId);
 * // => ['villages', 'output-2026']
 * scorecard.assessments[1]?.baseline?.period;
 * // => '2021'
 * [scorecard.assessments[1]?.status, scorecard.timeElapsed.toString()];
 * // => ['needs-acceleration', '0.5']
 * scorecard.counts['not-assessable'];
 * // => 1
 * ```
 *
 * @category Attainment
 */
export function assessPlan(
  dataset: Dataset,
  planId: string,
  options: AssessPlanOptions = {},
): Scorecard {
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  return assessPlainPlan(
    readPlain(dataset, 'dataset') as Dataset,
    planId,
    readPlain(options, 'options') as AssessPlanOptions,
  );
}

/**
 * {@link assessPlan} of a dataset and options already read into plain data by the caller's own
 * entry (`assessAreas` reads every dataset once), so that they are not copied twice.
 */
export function assessPlainPlan(
  dataset: Dataset,
  planId: string,
  options: AssessPlanOptions,
): Scorecard {
  // An unvalidated dataset of another shape (a null where a record belongs) fails inside: that
  // is an invalid-dataset, never a raw TypeError.
  return guarded('dataset', () => assessPlanChecked(dataset, planId, options), 'invalid-dataset');
}

function assessPlanChecked(
  dataset: Dataset,
  planId: string,
  options: AssessPlanOptions,
): Scorecard {
  checkDataset(dataset);
  const planIndex = dataset.plans.findIndex((plan) => plan.id === planId);
  const plan = dataset.plans[planIndex];
  if (plan === undefined) {
    throw new IndicatorError('not-found', {
      field: 'planId',
      value: planId,
      reason: 'the dataset has no plan with this id',
    });
  }
  const o = resolveOptions(options);
  const planField = `dataset.plans[${planIndex}]`;
  const planStart = periodInfo(plan.period, `${planField}.period`).start;

  const indicators = new Map<string, { indicator: Indicator; index: number }>();
  dataset.indicators.forEach((indicator, index) => {
    indicators.set(indicator.id, { indicator, index });
  });
  const projects = new Map<string, { project: Project; index: number }>();
  dataset.projects.forEach((project, index) => {
    projects.set(project.id, { project, index });
  });

  // One pass over the observations: grouped by indicator (only the groups of the indicators the
  // plan's targets measure are read), and dated.
  const needed = new Set(plan.targets.map(indicatorIdOf));
  const groups = new Map<string, { observations: SeriesObservation[]; indices: number[] }>();
  let latestDay = Number.NEGATIVE_INFINITY;
  const observations = dataset.observations;
  for (let index = 0; index < observations.length; index++) {
    const observation = observations[index] as Observation;
    if (o.asOf === null) {
      const end = periodInfo(observation.period, `dataset.observations[${index}].period`).end;
      latestDay = Math.max(latestDay, end);
    }
    let group = groups.get(observation.indicator);
    if (group === undefined) {
      group = { observations: [], indices: [] };
      groups.set(observation.indicator, group);
    }
    group.observations.push(observation);
    group.indices.push(index);
  }
  addDerived(dataset, indicators, needed, groups);
  let asOf: DayInfo;
  if (o.asOf !== null) asOf = o.asOf;
  else {
    dataset.projects.forEach((project, index) => {
      latestDay = Math.max(latestDay, latestProjectDay(project, `dataset.projects[${index}]`));
    });
    asOf = Number.isFinite(latestDay)
      ? { day: latestDay, text: dayText(latestDay) }
      : readDay(plan.adoptedOn, `${planField}.adoptedOn`);
  }

  const seriesById = new Map<string, Series>();
  const binding: Assessment[] = [];
  const others: Assessment[] = [];
  plan.targets.forEach((target, index) => {
    const targetField = `${planField}.targets[${index}]`;
    let indicator: Indicator | undefined;
    let indicatorField = `${targetField}.indicator`;
    let series = NO_SERIES;
    const id = indicatorIdOf(target);
    if (id !== undefined) {
      const found = indicators.get(id);
      if (found === undefined) {
        throw new IndicatorError('not-found', {
          field: indicatorField,
          value: id,
          reason: 'the dataset has no indicator with this id',
        });
      }
      indicator = found.indicator;
      // Stryker disable next-line StringLiteral: found by its id, the indicator always matches, so no error names it
      indicatorField = `dataset.indicators[${found.index}]`;
      let cached = seriesById.get(id);
      // Stryker disable next-line ConditionalExpression: a cache; the series built again is the same
      if (cached === undefined) {
        const group = groups.get(id);
        cached =
          group === undefined
            ? NO_SERIES
            : buildSeries(group.observations, group.indices, 'dataset.observations');
        seriesById.set(id, cached);
      }
      series = cached;
    }
    const linked =
      // Stryker disable next-line ConditionalExpression,LogicalOperator: a type guard; any other target, or one naming no project, finds no project by id either way
      target.kind === 'milestone' && target.project !== undefined
        ? projects.get(target.project)
        : undefined;
    const env: TargetEnvironment = {
      indicator,
      series,
      seriesField: 'dataset.observations',
      targetField,
      indicatorField,
      project: linked?.project,
      // Stryker disable next-line StringLiteral: names a project's fields in errors; with no project linked there are none
      projectField: linked === undefined ? 'dataset.projects' : `dataset.projects[${linked.index}]`,
      planStart,
      asOf,
    };
    const assessment = assessWith(target, env, o);
    (target.attribute === 'binding' ? binding : others).push(assessment);
  });

  const assessments = binding.concat(others);
  const counts: Record<AssessmentStatus, number> = {
    achieved: 0,
    'on-track': 0,
    'needs-acceleration': 0,
    'limited-progress': 0,
    deterioration: 0,
    missed: 0,
    'not-assessable': 0,
  };
  for (const assessment of assessments) counts[assessment.status] += 1;
  return {
    planId: plan.id,
    // A copy: results never share objects with the input.
    title: { zh: plan.title.zh, en: plan.title.en },
    period: plan.period,
    method: o.method,
    asOf: asOf.text,
    timeElapsed: elapsedFraction(plan.period, asOf.text, { basis: o.basis }),
    assessments,
    counts,
  };
}

/**
 * Adds the derived figures of every derived indicator to their groups, after the stated ones (a
 * stated observation of the same period and status wins). The dataset is derived only when the
 * plan needs a derived indicator, once per call. Derived values are canonical and
 * in their indicator's unit, so no error names their indices.
 */
function addDerived(
  dataset: Dataset,
  indicators: ReadonlyMap<string, { indicator: Indicator }>,
  needed: ReadonlySet<string | undefined>,
  groups: Map<string, { observations: SeriesObservation[]; indices: number[] }>,
): void {
  const derives = [...needed].some(
    (id) => indicators.get(id as string)?.indicator.formula !== undefined,
  );
  if (!derives) return;
  deriveObservations(dataset).forEach((observation, index) => {
    let group = groups.get(observation.indicator);
    if (group === undefined) {
      group = { observations: [], indices: [] };
      groups.set(observation.indicator, group);
    }
    group.observations.push(observation);
    group.indices.push(index);
  });
}

/** The indicator a target is measured by, for the kinds that are measured. */
function indicatorIdOf(target: Target): string | undefined {
  return target.kind === 'level' || target.kind === 'growth' || target.kind === 'cumulative'
    ? target.indicator
    : undefined;
}

function checkDataset(dataset: unknown): asserts dataset is Dataset {
  const value = dataset as Partial<Record<keyof Dataset, unknown>> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(value.plans) ||
    !Array.isArray(value.indicators) ||
    !Array.isArray(value.observations) ||
    !Array.isArray(value.projects)
  ) {
    throw new IndicatorError('invalid-argument', {
      field: 'dataset',
      value: typeof dataset,
      reason: 'expected a dataset with plans, indicators, observations and projects',
    });
  }
}
