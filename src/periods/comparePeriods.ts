import { dayNumber } from './calendar.js';
import type { PeriodInput } from './Period.js';
import { periodBounds, toPeriod } from './read.js';

/**
 * Orders two periods by their last day, then by their first day: the comparator for sorting a
 * series in time order. A quarter sorts after the half year it closes (`2021-Q4` after
 * `2021-H2`, whose last day is the same but whose first day is earlier).
 *
 * @param a - The first period (string or object).
 * @param b - The second period (string or object).
 * @returns `-1` when `a` sorts before `b`, `1` when after, `0` when both cover the same days.
 * @throws {@link IndicatorError} `invalid-period` naming `a` or `b` when either is invalid.
 *
 * @example
 * ```ts
 * import { comparePeriods } from 'tianmu-indicators';
 *
 * ['2022', '2021-Q3', '2021', '2021-06'].sort(comparePeriods);
 * // => ['2021-06', '2021-Q3', '2021', '2022']
 * comparePeriods('2021-S1', '2021-H1');
 * // => 0
 * ```
 *
 * @category Periods
 */
export function comparePeriods(a: PeriodInput, b: PeriodInput): number {
  const [startA, endA] = periodBounds(toPeriod(a, 'a'));
  const [startB, endB] = periodBounds(toPeriod(b, 'b'));
  const byEnd = dayNumber(endA) - dayNumber(endB);
  if (byEnd !== 0) return Math.sign(byEnd);
  return Math.sign(dayNumber(startA) - dayNumber(startB));
}
