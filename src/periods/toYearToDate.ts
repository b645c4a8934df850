import { isMonthEnd } from './calendar.js';
import type { PeriodInput } from './Period.js';
import { periodBounds, toPeriod } from './read.js';

/**
 * A period read as a year-to-date span (1–N月累计): the year and the number of months it
 * covers from January.
 *
 * @category Periods
 */
export interface YearToDate {
  /** The calendar year. */
  readonly year: number;
  /** The months covered from January, 1 to 12 (12 is the whole year). */
  readonly months: number;
}

/**
 * Reads a period as a year-to-date span (1–N月累计): one that starts on 1 January and ends
 * at the end of a month of the same year. `2022-01/2022-06`, `2022-H1` and
 * `2022-Q1/2022-Q3` are such spans (6, 6 and 9 months); so are `2022-01` (1月) and the whole
 * year `2022` (12 months). A span that starts later or ends mid-month is not: `null`.
 *
 * @param period - A period string or object.
 * @returns The year and months covered, or `null` when the period is not a year-to-date span.
 * @throws {@link IndicatorError} `invalid-period` (field `period`) when the period is invalid.
 *
 * @example
 * ```ts
 * import { toYearToDate } from 'tianmu-indicators';
 *
 * toYearToDate('2022-Q1/2022-Q3');
 * // => { year: 2022, months: 9 }
 * toYearToDate('2022-04/2022-06');
 * // => null
 * ```
 *
 * @category Periods
 */
export function toYearToDate(period: PeriodInput): YearToDate | null {
  const [first, last] = periodBounds(toPeriod(period, 'period'));
  if (first.month !== 1 || first.day !== 1 || last.year !== first.year || !isMonthEnd(last)) {
    return null;
  }
  return { year: first.year, months: last.month };
}
