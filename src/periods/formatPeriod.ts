import type { PeriodInput } from './Period.js';
import { periodToString, toPeriod } from './read.js';

/**
 * Writes a period in its canonical form: `2021`, `2021-H1`, `2021-Q3`, `2021-06`,
 * `2021-06-30`, `2022/2026`. SDMX spellings read by {@link parsePeriod} (`2021-S1`,
 * `2021-M06`) come out in the canonical form.
 *
 * @param period - A period string or object.
 * @returns The canonical period string.
 * @throws {@link IndicatorError} `invalid-period` (field `period`) when the string or object is
 * not a valid period.
 *
 * @example
 * ```ts
 * import { formatPeriod } from 'tianmu-indicators';
 *
 * formatPeriod('2021-S1');
 * // => '2021-H1'
 * formatPeriod({ kind: 'month', year: 2021, month: 6 });
 * // => '2021-06'
 * ```
 *
 * @category Periods
 */
export function formatPeriod(period: PeriodInput): string {
  return periodToString(toPeriod(period, 'period'));
}
