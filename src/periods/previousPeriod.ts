import type { Period, PeriodInput } from './Period.js';
import { shiftPeriod } from './shift.js';

/**
 * The period of the same kind one step earlier, the base of 环比 (period-on-period) change:
 * `2021` → `2020`, `2021-Q1` → `2020-Q4`, `2021-06` → `2021-05`, `2021-03-01` → `2021-02-28`.
 * A range whose ends are of the same kind steps back by its own length, so a five-year plan
 * period `2022/2026` gives the previous one, `2017/2021`.
 *
 * @param period - A period string or object.
 * @returns A fresh {@link Period} of the same kind.
 * @throws {@link IndicatorError} `invalid-period` (field `period`) when the period is invalid,
 * when the result would fall before 1900, or for a range whose ends differ in kind.
 *
 * @example
 * ```ts
 * import { formatPeriod, previousPeriod } from 'tianmu-indicators';
 *
 * formatPeriod(previousPeriod('2021-Q1'));
 * // => '2020-Q4'
 * formatPeriod(previousPeriod('2021-06'));
 * // => '2021-05'
 * formatPeriod(previousPeriod('2022/2026'));
 * // => '2017/2021'
 * ```
 *
 * @category Periods
 */
export function previousPeriod(period: PeriodInput): Period {
  return shiftPeriod(period, -1, 'period');
}
