import { Decimal } from '../decimal/Decimal.js';
import { dayNumber, isMonthEnd, monthNumber } from './calendar.js';
import type { PeriodInput } from './Period.js';
import { periodBounds, toPeriod } from './read.js';

/**
 * The time in years between the ends of two periods: the `n` of compound growth from a base
 * period to a target period.
 *
 * When both last days are month-ends (any year, half year, quarter or month, and days such as
 * `2021-06-30`) the answer is exact: whole calendar months between them divided by 12, so
 * `2021` to `2026` is 5 and `2021-Q3` to `2022-Q1` is 0.5. Otherwise it is the days between
 * the two last days divided by 365 (a day basis with no leap-year adjustment, so
 * `2020-01-15` to `2021-01-15` is 366/365).
 *
 * @param from - The base period (string or object); a range counts from its last day.
 * @param to - The later period (string or object); a range counts to its last day.
 * @returns The years, negative when `to` ends before `from`, zero when they end together.
 * @throws {@link IndicatorError} `invalid-period` naming `from` or `to` when either is invalid.
 *
 * @example
 * ```ts
 * import { yearsBetween } from 'tianmu-indicators';
 *
 * yearsBetween('2021', '2026').toString();
 * // => '5'
 * yearsBetween('2021-Q3', '2022-Q1').toString();
 * // => '0.5'
 * yearsBetween('2023', '2020').toString();
 * // => '-3'
 * yearsBetween('2021-06-15', '2022-06-15').toString();
 * // => '1'
 * ```
 *
 * @category Periods
 */
export function yearsBetween(from: PeriodInput, to: PeriodInput): Decimal {
  const start = periodBounds(toPeriod(from, 'from'))[1];
  const end = periodBounds(toPeriod(to, 'to'))[1];
  if (isMonthEnd(start) && isMonthEnd(end)) {
    return new Decimal(monthNumber(end) - monthNumber(start)).div(12);
  }
  return new Decimal(dayNumber(end) - dayNumber(start)).div(365);
}
