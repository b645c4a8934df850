import { toUtcDate } from './calendar.js';
import type { PeriodInput } from './Period.js';
import { periodBounds, toPeriod } from './read.js';

/**
 * The first day of a period, as a Date at UTC midnight, whatever the machine's time zone.
 *
 * @param period - A period string or object; a range starts on the first day of its start.
 * @returns A fresh Date at `YYYY-MM-DDT00:00:00.000Z` of the period's first day.
 * @throws {@link IndicatorError} `invalid-period` (field `period`) when the period is invalid.
 *
 * @example
 * ```ts
 * import { periodStart } from 'tianmu-indicators';
 *
 * periodStart('2021-Q3').toISOString();
 * // => '2021-07-01T00:00:00.000Z'
 * periodStart('2022/2026').toISOString();
 * // => '2022-01-01T00:00:00.000Z'
 * ```
 *
 * @category Periods
 */
export function periodStart(period: PeriodInput): Date {
  return toUtcDate(periodBounds(toPeriod(period, 'period'))[0]);
}
