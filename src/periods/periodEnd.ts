import { toUtcDate } from './calendar.js';
import type { PeriodInput } from './Period.js';
import { periodBounds, toPeriod } from './read.js';

/**
 * The last day of a period (inclusive), as a Date at UTC midnight, whatever the machine's
 * time zone: `periodEnd('2021')` is 2021-12-31T00:00:00Z, not the first instant of 2022.
 *
 * @param period - A period string or object; a range ends on the last day of its end.
 * @returns A fresh Date at `YYYY-MM-DDT00:00:00.000Z` of the period's last day.
 * @throws {@link IndicatorError} `invalid-period` (field `period`) when the period is invalid.
 *
 * @example
 * ```ts
 * import { periodEnd } from 'tianmu-indicators';
 *
 * periodEnd('2021').toISOString();
 * // => '2021-12-31T00:00:00.000Z'
 * periodEnd('2024-Q1').toISOString();
 * // => '2024-03-31T00:00:00.000Z'
 * periodEnd('2024-02').toISOString();
 * // => '2024-02-29T00:00:00.000Z'
 * ```
 *
 * @category Periods
 */
export function periodEnd(period: PeriodInput): Date {
  return toUtcDate(periodBounds(toPeriod(period, 'period'))[1]);
}
