import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import type { Direction, Measure } from '../models/types.js';
import type { PeriodInput } from '../periods/index.js';

/**
 * Which way a value moved between two periods, whatever its direction: `increased`,
 * `decreased` or `unchanged`.
 *
 * @category Comparison
 */
export type Movement = 'increased' | 'decreased' | 'unchanged';

/**
 * Whether a change is good or bad for the indicator, by its {@link Direction}: `improved` (up
 * for an `increase` indicator, down for a `decrease` one), `worsened` (the other way),
 * `unchanged` (no change at all), or `changed` for a `neutral` indicator, whose changes are
 * neither better nor worse.
 *
 * @category Comparison
 */
export type Trend = 'improved' | 'worsened' | 'unchanged' | 'changed';

/**
 * Why a relative change is `null`: `zero-base` (the earlier value is 0, so any change would be
 * infinite), `negative-base` (the earlier value is below 0, where a ratio reads backwards) or
 * `sign-change` (one value is positive and the other negative).
 *
 * @category Comparison
 */
export type RelativeChangeUnavailableReason = 'zero-base' | 'negative-base' | 'sign-change';

/**
 * One point of a period-ordered series of one indicator, in one unit.
 *
 * @category Comparison
 */
export interface SeriesPoint {
  /** The period of the value: a period string (`2021`, `2021-Q3`) or a Period object. */
  readonly period: PeriodInput;
  /** The value in that period. */
  readonly value: DecimalInput;
}

/**
 * Options of {@link yearOverYear} and {@link periodOverPeriod}: what the series measures and
 * which way is better.
 *
 * @category Comparison
 */
export interface SeriesComparisonOptions {
  /**
   * What the values measure, `stock` by default. For `rate` (values in percent) each change
   * also gets `percentagePointChange`.
   */
  readonly measure?: Measure;
  /** Which way is better; `neutral` by default, so every change's trend is `changed`. */
  readonly direction?: Direction;
}

/**
 * The status of one entry of a series comparison:
 * - `ok`: the base period is in the series and every change is given;
 * - `gap`: the base period lies within the series but is missing from it: nothing is compared
 *   (a gap is never bridged to another period) and the period is listed in `gaps`;
 * - `series-start`: the base period comes before the first period of the series (or before the
 *   calendar's first year, 1900), so there is nothing to compare against;
 * - `zero-base`, `negative-base`, `sign-change`: the base value is there and the absolute
 *   change is given, but the relative change is not (see
 *   {@link RelativeChangeUnavailableReason}).
 *
 * @category Comparison
 */
export type SeriesChangeStatus =
  | 'ok'
  | 'gap'
  | 'series-start'
  | 'zero-base'
  | 'negative-base'
  | 'sign-change';

/**
 * The change of one period of a series against its base period (the same period a year
 * earlier for 同比, the period before for 环比).
 *
 * @category Comparison
 */
export interface SeriesChange {
  /** The period, in canonical form (`2021-Q3`). */
  readonly period: string;
  /** The value in that period. */
  readonly value: Decimal;
  /**
   * The period compared against, in canonical form; `null` only when it would fall before the
   * calendar's first year (1900).
   */
  readonly basePeriod: string | null;
  /** The value in the base period; `null` when the series does not hold it. */
  readonly baseValue: Decimal | null;
  /** What could be compared; see {@link SeriesChangeStatus}. */
  readonly status: SeriesChangeStatus;
  /** `value − baseValue`, in the series' unit; `null` without a base value. */
  readonly absoluteChange: Decimal | null;
  /**
   * `value / baseValue − 1` as a fraction (`0.08` for 8%); `null` without a base value or when
   * the status says it has no answer.
   */
  readonly relativeChange: Decimal | null;
  /**
   * For `rate` series (values in percent): the change in percentage points, `value −
   * baseValue`; otherwise `null`.
   */
  readonly percentagePointChange: Decimal | null;
  /** Which way the value moved; `null` without a base value. */
  readonly movement: Movement | null;
  /** Whether the change is good or bad by the direction; `null` without a base value. */
  readonly trend: Trend | null;
}

/**
 * The result of {@link yearOverYear} and {@link periodOverPeriod}: one entry per point of the
 * series, in order, and the missing base periods.
 *
 * @category Comparison
 */
export interface SeriesComparisonResult {
  /** One entry per point of the series, in the series' order. */
  readonly changes: SeriesChange[];
  /**
   * The base periods that lie within the series but are missing from it, in canonical form and
   * in the order the entries needed them; each belongs to an entry whose status is `gap`.
   */
  readonly gaps: string[];
}
