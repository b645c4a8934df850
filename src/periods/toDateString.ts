import { guarded } from '../_internal/plain.js';
import { formatDay, invalidPeriod } from './calendar.js';
import { readCalendarDay } from './read.js';

/**
 * Writes the UTC calendar day of a Date as `YYYY-MM-DD`, whatever the machine's time zone.
 *
 * @param date - A valid Date with a UTC year from 1900 to 9999.
 * @returns The day, such as `'2021-12-25'`.
 * @throws {@link IndicatorError} `invalid-period` (field `date`) for an invalid Date, a year
 * outside 1900..9999, or a value that is not a Date.
 *
 * @example
 * ```ts
 * import { toDateString } from 'tianmu-indicators';
 *
 * toDateString(new Date(Date.UTC(2021, 11, 25)));
 * // => '2021-12-25'
 * toDateString(new Date('2022-06-30T23:59:59Z'));
 * // => '2022-06-30'
 * ```
 *
 * @category Periods
 */
export function toDateString(date: Date): string {
  // `instanceof` runs a Proxy's trap: anything it throws is an invalid-period too.
  if (!guarded('date', () => date instanceof Date, 'invalid-period')) {
    throw invalidPeriod('date', date, `expected a Date, got ${typeof date}`);
  }
  return formatDay(readCalendarDay(date, 'date'));
}
