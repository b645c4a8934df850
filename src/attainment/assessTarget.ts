/**
 * assessTarget: the attainment layer's entry for one target. Every decision the layer makes
 * (which observation counts, the baseline, time, direction, the statuses of each method,
 * cumulative targets, milestones, the as-of day) is written down once, in the `@remarks` of
 * {@link assessTarget} below, so that it appears in the API documentation.
 */
import { guarded, readPlain } from '../_internal/plain.js';
import type { DerivedObservation } from '../derivation/types.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Indicator, Observation, Project, Target } from '../models/types.js';
import { latestProjectDay } from './_assessMilestone.js';
import { assessWith } from './_assessWith.js';
import { resolveOptions } from './_options.js';
import { type DayInfo, dayText, periodInfo } from './_periodInfo.js';
import { buildSeries, type Series, type SeriesObservation } from './_series.js';
import type { Assessment, AssessTargetOptions } from './types.js';

export type { AssessTargetOptions } from './types.js';

/**
 * What a target is assessed against.
 *
 * @category Attainment
 */
export interface AssessTargetContext {
  /** The target's indicator; required for level, growth and cumulative targets. */
  readonly indicator?: Indicator;
  /**
   * Observations of the indicator; those of other indicators are ignored, so a dataset's
   * whole list may be passed. For a derived indicator (one with a `formula`), its figures from
   * `deriveObservations` may be passed too: a stated observation of the same period and status
   * wins over a derived one.
   */
  readonly observations?: readonly (Observation | DerivedObservation)[];
  /** The project of a milestone target. */
  readonly project?: Project;
  /** The plan the target belongs to: its period places the default baseline before it. */
  readonly plan?: {
    /** The period the plan covers (`2022/2026`). */
    readonly period: string;
  };
}

const NO_SERIES: Series = [];

/**
 * Assesses a target against its indicator's observations (or, for a milestone, its project):
 * its status by the chosen method, and every figure behind it — baseline and latest used,
 * required and actual annual rates, Open SDG progress ratio and score, ESCAP current status
 * index, 完成率 by level, increment and growth, 序时进度 and the gap to it, the UNSD projection
 * and the 追赶增速 catch-up rate. The decisions behind each figure are set out in this module's
 * comment; every figure is a Decimal or `null`, never NaN.
 *
 * @remarks
 * **Which figures.** The latest observation is the one of the latest period that ended on or
 * before `asOf` (a period's figure is known once it is over); for one period, `actual` beats
 * `preliminary`, `estimated` and `forecast`. For `flow` indicators only observations of the
 * target period's kind count (a yearly target is judged on yearly figures, never on a month);
 * stocks and rates use any period. Every value is converted to the indicator's unit first. An
 * observation with a qualifier (约, 余/多, 以上) makes the assessment `approximate`.
 *
 * **During the year** (`basis: 'year-to-date'`). A target of a flow whose period is a year,
 * while that year's whole figure is not known by `asOf`, is judged on the longest figure of
 * the year from January known by then (1–N月累计: `2022-01/2022-06`, `2022-H1`,
 * `2022-Q1/2022-Q3`), reported in `yearToDate`. A one-year growth target compares the
 * year-to-date growth `g` (from that figure and the same months a year earlier, else the
 * observation's stated `yearOverYearPercent`) with the plan `p`: `R = d·g/abs(p)` under the
 * same thresholds, completion `(1 + g)/(1 + p)`; every method reads R (projection R, index
 * 10·R, schedule gap R − 1). Without a growth it is judged as a level target of `b·(1 + p)`.
 * A level target compares the year-to-date sum `S` with the total `T` as a cumulative target
 * does, against 序时进度 = months covered / 12. Stocks, rates and growth over several years
 * keep the rules above.
 *
 * **Derived indicators and price basis.** Figures from `deriveObservations` count as
 * observations of a derived indicator (assessPlan adds them itself); a stated observation of
 * the same period and status wins. A growth target at comparable prices (`priceBasis:
 * 'comparable'`) is judged only on growths stated at comparable prices: the base carried by
 * each year's stated comparable growth, `b·Π(1 + g)`, stands as the latest level, and during the
 * year the stated comparable year-to-date growth counts; with current-price figures alone it is
 * `not-assessable` for `price-basis`, their growth given in `currentPriceGrowth`. A level target
 * is judged by its level (at current prices) whatever the basis of its `annualGrowthPercent`.
 *
 * **Year end.** Once the day after the target's period has come (`asOf` later than its last
 * day) and the period's own figure is known, the target is `achieved` or `missed` under every
 * method. Without that figure it is judged on the latest figures and marked `provisional`.
 *
 * **Baseline** (level targets): the target's stated `baseline`; else the observation of
 * `options.basePeriod`; else, within a plan (`context.plan`, or {@link assessPlan}), the latest
 * observation of a period that ended before the plan began (2021 for a 2022/2026 plan); else
 * the earliest observation. A baseline must end before the deadline. Growth targets start
 * from the observation of their `basePeriod`; their target level is `b·(1 + g)^n`.
 *
 * **Time.** Years between periods follow `yearsBetween` (whole months / 12, else days / 365);
 * `timeElapsed = (t − t0)/(tT − t0)`, kept within 0..1. For cumulative targets it is
 * `elapsedFraction(range, asOf)` (month basis by default, the `basis` option).
 *
 * **Direction.** `d` = +1 for at-least targets and −1 for at-most ones: the target's
 * comparator decides which way is progress (it agrees with the indicator's `direction` in a
 * consistent dataset, and also covers `neutral` indicators). As in Open SDG, a negative base
 * flips the sign of compound rates, so mirroring a problem (values negated, comparator
 * swapped) mirrors every figure and keeps every status.
 *
 * **Status, in order, for level and growth targets.** No latest observation: `no-data`. The
 * latest already meets the target (at-least `a ≥ T`, at-most `a ≤ T`): `achieved`, under every
 * method. No baseline: `no-baseline`. Latest not after the baseline: `not-yet-started`. The
 * baseline met the target but the latest does not: `deterioration`. Then the method decides:
 *
 * | method | figure | on-track | needs-acceleration | limited-progress | deterioration |
 * |---|---|---|---|---|---|
 * | `progress-ratio` (Open SDG) | `R = s·d·CAGR_a / abs(CAGR_req)` | R ≥ 0.95 | 0.6 ≤ R < 0.95 | 0 ≤ R < 0.6 | R < 0 |
 * | `current-status` (ESCAP) | `CS = 10·d·(a − b) / abs(T − b)` | CS > 9 | 0 < CS ≤ 9 | CS = 0 | CS < 0 |
 * | `projection` (UNSD) | `d·(â − b) / abs(T − b)` | ≥ 0.95 | 0.10 to 0.95 | 0 to 0.10 | < 0 |
 * | `schedule` (序时进度) | `gap = increment − timeElapsed` | gap ≥ −tolerance | behind | no change | increment < 0 |
 *
 * The progress-ratio thresholds are the `thresholds` option; the schedule tolerance is the
 * `tolerance` option (0.05). ESCAP's own labels are "on track" above 9, "regression" at or
 * below 0 and "slow progress" between: we split off exactly no change as `limited-progress`,
 * so that stagnation reads the same under every method. The methods that take a compound rate
 * (`progress-ratio`, `projection`) give `zero-base` for a baseline of 0 and `sign-change` when
 * baseline and latest (or, for the rate required, target) have opposite signs; the linear
 * methods assess such targets. The current status index is kept within −10..10.
 *
 * **Cumulative targets.** The flows of the periods inside the range that ended by `asOf` are
 * summed (overlapping periods are not counted twice: the longest starting first is kept);
 * `completion` is `S/T`, the progress ratio is the pace `(S/T)/timeElapsed`, the projection
 * `S/timeElapsed`, the index `10·S/T`. No figure in the range yet: `not-yet-started` before
 * the range starts, `no-data` after. An at-most total (a cap) is `deterioration` once
 * exceeded (`missed` once the range is over and its last figure known), `achieved` when kept
 * to the end of the range, `on-track` meanwhile; an at-least total not reached by then is
 * `missed`.
 *
 * **Milestones.** The project's milestone `target.milestone` is done when its `doneOn` period
 * ended by `asOf` (`achieved`); not done after the target's `due` period: `overdue`,
 * `deterioration`; pending while the project (its stage at `asOf`, from the stage history) is
 * still `planned`, `preparatory` or `approved`: `not-started`, `needs-acceleration`; pending
 * with work under way: `due`, `on-track` (`limited-progress` when `suspended`). A target
 * naming no milestone is done when the project is `completed` or `operating`. No project, or
 * a milestone the project lacks: `no-data`. `timeElapsed` is 序时进度 of the `due` period at
 * `asOf`, as for a plan's scorecard. An overdue milestone can still be delivered late, so it
 * stays `deterioration` rather than `missed`. Qualitative targets: `not-assessable`,
 * `qualitative`.
 *
 * **As-of day.** Pure functions never read the clock: without `asOf`, the day is the last day
 * of the latest dated fact given (observation periods, project stages, milestones done).
 *
 * **Numbers.** Values are read once into exact fractions (BigInt); completion, increments, the
 * index, time and gaps are exact, compound-growth roots are taken in 60-digit fixed point
 * (Halley's method, no `ln`/`exp`), and each figure is rounded once, half to even, to 34
 * digits. Statuses are decided on the unrounded values. Periods are parsed once and cached,
 * and {@link assessPlan} indexes observations by indicator once per plan.
 *
 * @param target - The target (any kind).
 * @param context - The indicator, its observations, the project of a milestone, the plan.
 * @param options - As-of day, method, thresholds, tolerance, time basis, base period.
 * @returns A fresh {@link Assessment}.
 * @throws {@link IndicatorError} `invalid-argument` when the target or context is malformed,
 * the context lacks the target's indicator or holds another project, or an option is
 * unknown or out of order; `invalid-period` for a bad period or `asOf`; `invalid-number` for
 * a value that is not a decimal; `invalid-unit` / `incompatible-units` for units that cannot
 * be converted to the indicator's; `invalid-periods` for a growth target that does not end
 * after its base period.
 *
 * @example
 * ```ts
 * import { assessTarget } from 'tianmu-indicators';
 *
 * const source = { document: 'report', section: 'plan', quote: '规上工业总产值10.5亿元' };
 * const indicator = {
 *   id: 'output', name: { zh: '规上工业总产值', en: 'Industrial output' }, unit: 'yi-yuan',
 *   direction: 'increase', measure: 'flow', sector: 'industry', attribute: 'anticipatory',
 * } as const;
 * const observations = [
 *   { indicator: 'output', period: '2020', value: '8', status: 'actual', qualifier: null, source },
 *   { indicator: 'output', period: '2023', value: '9', status: 'actual', qualifier: null, source },
 * ] as const;
 * const target = {
 *   kind: 'level', id: 'output-2026', title: { zh: '产值10.5亿元', en: 'Output 1.05bn' },
 *   attribute: 'anticipatory', source, indicator: 'output', value: '10.5', period: '2026',
 *   comparator: 'at-least',
 * } as const;
 * const result = assessTarget(target, { indicator, observations }, { asOf: '2024-06-30' });
 * result.status;
 * // => 'needs-acceleration'
 * [result.requiredAnnualRate?.toFixed(6), result.actualAnnualRate?.toFixed(6)];
 * // => ['0.046365', '0.040042']
 * [result.progressRatio?.toFixed(6), result.score?.toFixed(6)];
 * // => ['0.863623', '1.883073']
 * [result.completion.level?.toFixed(4), result.completion.increment?.toString()];
 * // => ['0.8571', '0.4']
 * [result.timeElapsed?.toString(), result.catchUpRate?.toFixed(6)];
 * // => ['0.5', '0.052727']
 * assessTarget(target, { indicator, observations }, { method: 'current-status' }).currentStatusIndex?.toString();
 * // => '4'
 * ```
 *
 * @category Attainment
 */
export function assessTarget(
  target: Target,
  context: AssessTargetContext,
  options: AssessTargetOptions = {},
): Assessment {
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  target = readPlain(target, 'target') as Target;
  context = readPlain(context, 'context') as AssessTargetContext;
  options = readPlain(options, 'options') as AssessTargetOptions;
  // An unvalidated target of another shape (a null where a record belongs) fails inside: that
  // is an invalid-argument, never a raw TypeError.
  return guarded('target', () => assessTargetChecked(target, context, options), 'invalid-argument');
}

function assessTargetChecked(
  target: Target,
  context: AssessTargetContext,
  options: AssessTargetOptions,
): Assessment {
  if (typeof target !== 'object' || target === null || typeof target.kind !== 'string') {
    throw new IndicatorError('invalid-argument', {
      field: 'target',
      value: target,
      reason: 'expected a target object with a kind',
    });
  }
  if (typeof context !== 'object' || context === null) {
    throw new IndicatorError('invalid-argument', {
      field: 'context',
      value: context,
      reason: 'expected an object { indicator, observations, project, plan }',
    });
  }
  const o = resolveOptions(options);
  const series = seriesFor(target, context.observations);
  const planStart =
    context.plan === undefined
      ? null
      : periodInfo(context.plan.period, 'context.plan.period').start;
  const asOf = o.asOf ?? defaultAsOf(series, context.project);
  return assessWith(
    target,
    {
      indicator: context.indicator,
      series,
      seriesField: 'context.observations',
      targetField: 'target',
      indicatorField: 'context.indicator',
      project: context.project,
      projectField: 'context.project',
      planStart,
      asOf,
    },
    o,
  );
}

/** The series of the target's indicator from the context's observations. */
function seriesFor(target: Target, observations: readonly SeriesObservation[] | undefined): Series {
  if (observations === undefined) return NO_SERIES;
  if (!Array.isArray(observations)) {
    throw new IndicatorError('invalid-argument', {
      field: 'context.observations',
      value: observations,
      reason: 'expected an array of observations',
    });
  }
  const id = target.kind === 'milestone' ? undefined : target.indicator;
  if (id === undefined) return NO_SERIES;
  const chosen: SeriesObservation[] = [];
  const indices: number[] = [];
  observations.forEach((observation, index) => {
    if (observation.indicator === id) {
      chosen.push(observation);
      indices.push(index);
    }
  });
  return buildSeries(chosen, indices, 'context.observations');
}

/** The last day of the latest dated fact of the context, or null when there is none. */
function defaultAsOf(series: Series, project: Project | undefined): DayInfo | null {
  const last = series[series.length - 1];
  let day = last === undefined ? Number.NEGATIVE_INFINITY : last.info.end;
  if (project !== undefined) day = Math.max(day, latestProjectDay(project, 'context.project'));
  return Number.isFinite(day) ? { day, text: dayText(day) } : null;
}
