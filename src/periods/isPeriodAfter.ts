import { comparePeriods } from './comparePeriods.js';
import type { PeriodInput } from './Period.js';

/**
 * Tells whether period `a` sorts after period `b` in the order of {@link comparePeriods}
 * (by last day, then by first day).
 *
 * @param a - The period to test (string or object).
 * @param b - The period to compare with (string or object).
 * @returns `true` when `a` sorts after `b`.
 * @throws {@link IndicatorError} `invalid-period` naming `a` or `b` when either is invalid.
 *
 * @example
 * ```ts
 * import { isPeriodAfter } from 'tianmu-indicators';
 *
 * isPeriodAfter('2022-Q1', '2021');
 * // => true
 * isPeriodAfter('2021-06', '2021');
 * // => false
 * ```
 *
 * @category Periods
 */
export function isPeriodAfter(a: PeriodInput, b: PeriodInput): boolean {
  return comparePeriods(a, b) > 0;
}
