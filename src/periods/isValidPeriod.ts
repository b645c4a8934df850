import { readPeriod } from './read.js';

/**
 * Tells whether a value is a period string that {@link parsePeriod} accepts.
 *
 * @param text - Anything; only strings can be valid.
 * @returns `true` for a valid period string such as `2021-Q3` or `2022/2026`.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { isValidPeriod } from 'tianmu-indicators';
 *
 * isValidPeriod('2021-S1');
 * // => true
 * isValidPeriod('2021-Q5');
 * // => false
 * ```
 *
 * @category Periods
 */
export function isValidPeriod(text: unknown): boolean {
  // readPeriod refuses anything but a string as well.
  try {
    // Stryker disable next-line StringLiteral: the error, and so the field it names, is discarded
    readPeriod(text, 'period');
    return true;
  } catch {
    return false;
  }
}
