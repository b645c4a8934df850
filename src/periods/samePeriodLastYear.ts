import type { Period, PeriodInput } from './Period.js';
import { shiftYearBack } from './shift.js';

/**
 * The same period one year earlier, the base of 同比 (year-on-year) change: `2021-Q3` →
 * `2020-Q3`, `2021-06` → `2020-06`, `2022/2026` → `2021/2025`. A 29 February becomes the 28th.
 *
 * @param period - A period string or object.
 * @returns A fresh {@link Period} of the same kind.
 * @throws {@link IndicatorError} `invalid-period` (field `period`) when the period is invalid
 * or the result would fall before 1900.
 *
 * @example
 * ```ts
 * import { formatPeriod, samePeriodLastYear } from 'tianmu-indicators';
 *
 * formatPeriod(samePeriodLastYear('2021-Q3'));
 * // => '2020-Q3'
 * formatPeriod(samePeriodLastYear('2024-02-29'));
 * // => '2023-02-28'
 * ```
 *
 * @category Periods
 */
export function samePeriodLastYear(period: PeriodInput): Period {
  return shiftYearBack(period, 'period');
}
