import { toUtcDate } from './calendar.js';
import { readCalendarDay } from './read.js';

/**
 * Reads a date written strictly `YYYY-MM-DD` (or takes a Date's UTC calendar day) and returns
 * UTC midnight of that day. Meant for inputs such as a command line's `--as-of`.
 *
 * @param text - A `YYYY-MM-DD` string, or a valid Date whose time of day is dropped (in UTC).
 * @param field - The argument name used in an error message.
 * @returns A fresh Date at `YYYY-MM-DDT00:00:00.000Z`.
 * @throws {@link IndicatorError} `invalid-period` naming `field` for a day that does not exist
 * (`2021-02-30`), any other spelling (`2021-6-30`, `2021-06-30T00:00`), an invalid Date, or a
 * year outside 1900..9999.
 *
 * @example
 * ```ts
 * import { parseDate } from 'tianmu-indicators';
 *
 * parseDate('2022-06-30').toISOString();
 * // => '2022-06-30T00:00:00.000Z'
 * parseDate(new Date('2022-06-30T18:30:00Z')).toISOString();
 * // => '2022-06-30T00:00:00.000Z'
 * ```
 *
 * @category Periods
 */
export function parseDate(text: string | Date, field = 'date'): Date {
  return toUtcDate(readCalendarDay(text, field));
}
