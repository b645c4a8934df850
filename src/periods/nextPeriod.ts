import type { Period, PeriodInput } from './Period.js';
import { shiftPeriod } from './shift.js';

/**
 * The period of the same kind one step later: `2021` → `2022`, `2021-Q4` → `2022-Q1`,
 * `2021-12` → `2022-01`, `2021-02-28` → `2021-03-01`. A range whose ends are of the same kind
 * steps forward by its own length (`2017/2021` → `2022/2026`).
 *
 * @param period - A period string or object.
 * @returns A fresh {@link Period} of the same kind.
 * @throws {@link IndicatorError} `invalid-period` (field `period`) when the period is invalid,
 * when the result would fall after 9999, or for a range whose ends differ in kind.
 *
 * @example
 * ```ts
 * import { formatPeriod, nextPeriod } from 'tianmu-indicators';
 *
 * formatPeriod(nextPeriod('2021-Q4'));
 * // => '2022-Q1'
 * formatPeriod(nextPeriod('2021-H1'));
 * // => '2021-H2'
 * formatPeriod(nextPeriod('2017/2021'));
 * // => '2022/2026'
 * ```
 *
 * @category Periods
 */
export function nextPeriod(period: PeriodInput): Period {
  return shiftPeriod(period, 1, 'period');
}
