import type { Period } from './Period.js';
import { readPeriod } from './read.js';

/**
 * Reads a period string in the SDMX TIME_PERIOD forms used by statistical reports.
 *
 * Accepted forms: a year `2021`; a half year `2021-H1` (SDMX `2021-S1`); a quarter `2021-Q3`;
 * a month `2021-06` (SDMX `2021-M06`); a day `2021-06-30`; and an inclusive range of any two
 * of those, `2022/2026` or `2022-01/2022-06`, whose end neither begins nor finishes before
 * its start. Years run from 1900 to 9999 and are written with four digits; letters are upper
 * case and no spaces are allowed, so stored period strings stay canonical.
 *
 * @param text - The period string.
 * @returns A fresh {@link Period} object.
 * @throws {@link IndicatorError} `invalid-period` (field `period`, the text as value, and a
 * reason such as `quarter must be 1 to 4`) for `2021-Q5`, `2021-13`, `2021-02-30`,
 * `2026/2022`, nested ranges, years outside 1900..9999 or any other text.
 *
 * @example
 * ```ts
 * import { parsePeriod } from 'tianmu-indicators';
 *
 * parsePeriod('2021-Q3');
 * // => { kind: 'quarter', year: 2021, quarter: 3 }
 * parsePeriod('2021-M06');
 * // => { kind: 'month', year: 2021, month: 6 }
 * parsePeriod('2022/2026');
 * // => { kind: 'range', start: { kind: 'year', year: 2022 }, end: { kind: 'year', year: 2026 } }
 * ```
 *
 * @category Periods
 */
export function parsePeriod(text: string): Period {
  return readPeriod(text, 'period');
}
