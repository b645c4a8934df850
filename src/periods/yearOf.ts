import type { PeriodInput } from './Period.js';
import { toPeriod } from './read.js';

/**
 * The calendar year a period falls in; for a range, the year it ends in (`2022/2026` → 2026).
 *
 * @param period - A period string or object.
 * @returns The four-digit year.
 * @throws {@link IndicatorError} `invalid-period` (field `period`) when the period is invalid.
 *
 * @example
 * ```ts
 * import { yearOf } from 'tianmu-indicators';
 *
 * yearOf('2021-Q3');
 * // => 2021
 * yearOf('2022/2026');
 * // => 2026
 * ```
 *
 * @category Periods
 */
export function yearOf(period: PeriodInput): number {
  const checked = toPeriod(period, 'period');
  return checked.kind === 'range' ? checked.end.year : checked.year;
}
