import type { DecimalInput } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { renderNumber, resolveDisplay, shiftDecimal } from './internal.js';
import type { NumberDisplayOptions } from './types.js';

/**
 * Options of {@link formatPercent}: the display options (locale, fraction digits, rounding,
 * sign, grouping).
 *
 * @example
 * ```ts
 * import { formatPercent, type FormatPercentOptions } from 'tianmu-indicators';
 *
 * const options: FormatPercentOptions = { fractionDigits: 1 };
 * formatPercent('0.06', options);
 * // => '6.0%'
 * ```
 *
 * @category Format
 */
export type FormatPercentOptions = NumberDisplayOptions;

/**
 * Formats a rate, given as a fraction, as a percent: `0.06` → `6%`, `0.0761` → `7.61%`.
 *
 * The rate is multiplied by 100 by moving the decimal point, exactly, then rounded once with
 * `rounding` (四舍五入, `half-up`, by default) to `maximumFractionDigits` (2 by default, trailing
 * zeros dropped) or exactly `fractionDigits`. Both locales print `6%`; a negative rate carries
 * an ASCII `-` (`-2.6%`); `signDisplay: 'except-zero'` prints `+6%` for a growth rate.
 *
 * @param rate - The rate as a fraction (`0.06` for 6%).
 * @param options - Locale, fraction digits, rounding, sign and grouping.
 * @returns The percent label.
 * @throws {@link IndicatorError} `invalid-number` when `rate` is not a finite decimal;
 * `invalid-argument` naming the option for an unknown `locale`, `rounding` or `signDisplay`,
 * fraction digits that are not an integer from 0 to 100, or both `fractionDigits` and
 * `maximumFractionDigits`.
 *
 * @example
 * ```ts
 * import { formatPercent } from 'tianmu-indicators';
 *
 * formatPercent('0.06');
 * // => '6%'
 * formatPercent('0.076108');
 * // => '7.61%'
 * formatPercent('0.00125', { rounding: 'half-up' });
 * // => '0.13%'
 * formatPercent('-0.026', { signDisplay: 'except-zero' });
 * // => '-2.6%'
 * ```
 *
 * @category Format
 */
export function formatPercent(rate: DecimalInput, options?: FormatPercentOptions): string {
  const percent = shiftDecimal(toDecimal(rate, 'rate'), 2);
  // Stryker disable next-line StringLiteral: any default but 'except-zero' prints signs as 'auto' does
  const number = renderNumber(percent, resolveDisplay(options, 'auto'));
  return `${number.sign}${number.digits}%`;
}
