import { readPlain } from '../_internal/plain.js';
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { dayNumber, isMonthEnd, monthNumber } from './calendar.js';
import type { PeriodInput } from './Period.js';
import { periodBounds, readCalendarDay, toPeriod } from './read.js';

/**
 * Options of {@link elapsedFraction}.
 *
 * @category Periods
 */
export interface ElapsedFractionOptions {
  /**
   * How time is counted. `'month'` (the default, the government convention of 时间过半):
   * whole months elapsed divided by the months in the range, where a month counts once the
   * as-of day is on or after its last day. `'day'`: days elapsed, counting the as-of day
   * itself, divided by the days in the range.
   */
  readonly basis?: 'month' | 'day';
}

/**
 * The share of a period that has elapsed by a given day: 序时进度, the schedule against which
 * completion is judged ("时间过半、任务过半").
 *
 * Any period is a range of days here (`2022` is 2022-01-01 to 2022-12-31). With the month
 * basis the months are the calendar months the period touches; a month counts as elapsed once
 * `asOf` reaches its last day (or the period's last day, if that comes first), so 30 June 2022
 * is exactly half of 2022. With the day basis 30 June 2022 is 181/365 of 2022. The result is
 * 0 before the period starts and 1 from its last day on.
 *
 * @param range - The period (string or object), such as `2022` or `2022/2026`.
 * @param asOf - The day reached: a Date (its UTC calendar day is used, whatever the machine's
 * time zone) or a `YYYY-MM-DD` string.
 * @param options - The counting basis.
 * @returns The elapsed fraction, from 0 to 1 inclusive.
 * @throws {@link IndicatorError} `invalid-period` naming `range` for an invalid period, or
 * `asOf` for an invalid Date, a malformed or non-existent day, or a year outside 1900..9999;
 * `invalid-argument` (field `options.basis`) for a basis other than `'month'` or `'day'`.
 *
 * @example
 * ```ts
 * import { elapsedFraction } from 'tianmu-indicators';
 *
 * elapsedFraction('2022', '2022-06-30').toString();
 * // => '0.5'
 * elapsedFraction('2022', new Date(Date.UTC(2022, 5, 30)), { basis: 'day' }).toFixed(4);
 * // => '0.4959'
 * elapsedFraction('2022/2026', '2023-12-31').toString();
 * // => '0.4'
 * ```
 *
 * @category Periods
 */
export function elapsedFraction(
  range: PeriodInput,
  asOf: Date | string,
  options: ElapsedFractionOptions = {},
): Decimal {
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  options = readPlain(options, 'options', 'invalid-period') as ElapsedFractionOptions;
  const basis = readBasis(options);
  const [first, last] = periodBounds(toPeriod(range, 'range'));
  const day = readCalendarDay(asOf, 'asOf');
  const today = dayNumber(day);
  if (today < dayNumber(first)) return new Decimal(0);
  if (today >= dayNumber(last)) return new Decimal(1);
  if (basis === 'day') {
    const start = dayNumber(first);
    return new Decimal(today - start + 1).div(dayNumber(last) - start + 1);
  }
  // Here first <= asOf < last, so the last month has not elapsed and the count stays below
  // the total (asOf in the last month is before its last day, so not a month end); a month
  // counts once asOf is on or after its last day.
  const months = monthNumber(last) - monthNumber(first) + 1;
  const elapsed = monthNumber(day) - monthNumber(first) + (isMonthEnd(day) ? 1 : 0);
  return new Decimal(elapsed).div(months);
}

function readBasis(options: unknown): 'month' | 'day' {
  if (typeof options !== 'object' || options === null) {
    throw new IndicatorError('invalid-argument', {
      field: 'options',
      value: options,
      reason: 'expected an options object',
    });
  }
  const basis = (options as ElapsedFractionOptions).basis ?? 'month';
  if (basis !== 'month' && basis !== 'day') {
    throw new IndicatorError('invalid-argument', {
      field: 'options.basis',
      value: basis,
      reason: "basis must be 'month' or 'day'",
    });
  }
  return basis;
}
