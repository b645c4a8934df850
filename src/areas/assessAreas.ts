import { readOptions, readPlain } from '../_internal/plain.js';
import type { Scorecard } from '../attainment/assessPlan.js';
import type { AssessmentStatus, AssessTargetOptions } from '../attainment/types.js';
import type { Area, Dataset, Target } from '../models/types.js';
import { assessEach, readKeep, summarize } from './_assessArea.js';
import { checkDatasets } from './_checkDatasets.js';

/**
 * Options of {@link assessAreas}: those of {@link assessPlan}, applied to every area, and
 * `plan`, the id of a plan every area holds (each area's own plans, all of them, by default).
 * @category Areas
 */
export interface AssessAreasOptions extends AssessTargetOptions {
  /** The id of a plan common to every area; every plan of each area when absent. */
  readonly plan?: string;
  /**
   * Whether each area keeps its scorecards (`true`, the default). `false` keeps only what the
   * district summary needs: each area's counts and the binding alerts, with every area's
   * `scorecards` empty. The memory held is then a few hundred bytes an area, not a few
   * kilobytes a target: the choice for thousands of areas, where one area's cards are
   * assessed again (`assessPlan`) when someone opens it.
   */
  readonly scorecards?: boolean;
}

/**
 * One area's scorecards.
 * @category Areas
 */
export interface AreaScorecards {
  /** The area. */
  readonly area: Area;
  /** The dataset's id. */
  readonly dataset: string;
  /** One scorecard per plan assessed, in the dataset's plan order; none with `scorecards: false`. */
  readonly scorecards: readonly Scorecard[];
  /** How many of the area's targets have each status (each status a scorecard counts; none without plans). */
  readonly counts: Readonly<Record<AssessmentStatus, number>>;
}

/**
 * A binding (约束性) target that some areas have missed or are moving away from.
 * @category Areas
 */
export interface BindingAlert {
  /** The target's id (shared by the areas of a common plan). */
  readonly targetId: string;
  /** The target's title, as the first area flagged states it. */
  readonly title: Target['title'];
  /**
   * The ids of the areas flagged, by status: `deterioration`, and `missed` once the
   * attainment layer reports it; only statuses with at least one area appear.
   */
  readonly areas: Readonly<Record<string, readonly string[]>>;
}

/**
 * What {@link assessAreas} returns.
 * @category Areas
 */
export interface AssessAreasResult {
  /** One entry per area, in the order given. */
  readonly areas: readonly AreaScorecards[];
  /** How many targets have each status across all areas (each status a scorecard counts; none without plans). */
  readonly counts: Readonly<Record<AssessmentStatus, number>>;
  /** Binding targets missed or deteriorating in some area, in the order first met. */
  readonly binding: readonly BindingAlert[];
}

/**
 * Assesses the plans of many areas (the towns of a district) at once: one scorecard per plan
 * per area with {@link assessPlan}, the counts by status across areas, and for each binding
 * (约束性) target the areas where it is missed or deteriorating. For many areas on several
 * cores, `assessAreasParallel` of `tianmu-indicators/node` gives the same result.
 * @param datasets - One dataset per area, areas distinct.
 * @param options - `plan` (a plan id common to all), `scorecards` (`false` keeps only the
 * counts and alerts) and the options of {@link assessPlan}.
 * @returns A fresh {@link AssessAreasResult}.
 * @throws {@link IndicatorError} `invalid-argument` for options that are not an object, a
 * `scorecards` that is not a boolean, an empty list or two datasets of one area; `not-found`
 * naming the area when it lacks the common `plan`; as {@link assessPlan}.
 * @example
 * ```ts
 * import { assessAreas } from 'tianmu-indicators';
 * const source = { document: 'report', section: '2022', quote: '耕地保有量' };
 * const title = { zh: '耕地保有量', en: 'Farmland' };
 * const town = (id: string, value: string) => ({
 *   id, area: { id, name: { zh: id, en: id } }, sources: [], claims: [], projects: [],
 *   indicators: [{ id: 'farmland', name: title, unit: 'mu', direction: 'increase',
 *     measure: 'stock', sector: 'agriculture', attribute: 'binding' }],
 *   observations: [
 *     { indicator: 'farmland', period: '2021', value: '100', status: 'actual', qualifier: null, source },
 *     { indicator: 'farmland', period: '2022', value, status: 'actual', qualifier: null, source }],
 *   plans: [{ id: 'plan', title, issuer: title, adoptedOn: '2021-12-25', period: '2022/2026',
 *     source: 'report', targets: [{ kind: 'level', id: 'farmland-2026', title,
 *       attribute: 'binding', source, indicator: 'farmland', value: '110', period: '2026',
 *       comparator: 'at-least' }] }],
 * }) as const;
 * const result = assessAreas([town('a', '104'), town('b', '98')], { plan: 'plan', asOf: '2022-12-31' });
 * result.areas.map((area) => area.scorecards[0]?.assessments[0]?.status);
 * // => ['on-track', 'deterioration']
 * result.binding[0]?.areas;
 * // => { deterioration: ['b'] }
 * ```
 * @category Areas
 */
export function assessAreas(
  datasets: readonly Dataset[],
  options: AssessAreasOptions = {},
): AssessAreasResult {
  datasets = readPlain(datasets, 'datasets') as readonly Dataset[];
  options = readOptions<AssessAreasOptions>(options);
  const { plan, scorecards, ...planOptions } = options;
  const keep = readKeep(scorecards);
  checkDatasets(datasets);
  return summarize(assessEach(datasets, plan, planOptions, keep));
}
