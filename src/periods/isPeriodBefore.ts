import { comparePeriods } from './comparePeriods.js';
import type { PeriodInput } from './Period.js';

/**
 * Tells whether period `a` sorts before period `b` in the order of {@link comparePeriods}
 * (by last day, then by first day).
 *
 * @param a - The period to test (string or object).
 * @param b - The period to compare with (string or object).
 * @returns `true` when `a` sorts before `b`.
 * @throws {@link IndicatorError} `invalid-period` naming `a` or `b` when either is invalid.
 *
 * @example
 * ```ts
 * import { isPeriodBefore } from 'tianmu-indicators';
 *
 * isPeriodBefore('2021-06', '2021');
 * // => true
 * isPeriodBefore('2021', '2021');
 * // => false
 * ```
 *
 * @category Periods
 */
export function isPeriodBefore(a: PeriodInput, b: PeriodInput): boolean {
  return comparePeriods(a, b) < 0;
}
