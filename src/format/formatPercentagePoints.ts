import type { DecimalInput } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { renderNumber, resolveDisplay } from './internal.js';
import type { NumberDisplayOptions } from './types.js';

/**
 * Options of {@link formatPercentagePoints}: the display options; `signDisplay` is
 * `except-zero` by default.
 *
 * @example
 * ```ts
 * import { formatPercentagePoints, type FormatPercentagePointsOptions } from 'tianmu-indicators';
 *
 * const options: FormatPercentagePointsOptions = { signDisplay: 'auto' };
 * formatPercentagePoints('1.2', options);
 * // => '1.2个百分点'
 * ```
 *
 * @category Format
 */
export type FormatPercentagePointsOptions = NumberDisplayOptions;

/**
 * Formats a change between two percents, given in percentage points: `+1.2个百分点` in `zh-CN`,
 * `+1.2 pp` in `en`.
 *
 * A percentage-point change is a difference of percents (20.8% → 18.2% is −2.6 个百分点), never
 * a percent itself, so it gets its own label. The sign is shown by default
 * (`signDisplay: 'except-zero'`): `+` for a rise, an ASCII `-` for a fall, none for a change
 * displayed as zero (`0个百分点`, never `-0`). Rounding is done once with `rounding` (四舍五入,
 * `half-up`, by default) to `maximumFractionDigits` (2 by default) or exactly `fractionDigits`.
 *
 * @param percentagePoints - The change in percentage points (`1.2` for 1.2 个百分点).
 * @param options - Locale, fraction digits, rounding, sign and grouping.
 * @returns The percentage-point label.
 * @throws {@link IndicatorError} `invalid-number` when `percentagePoints` is not a finite
 * decimal; `invalid-argument` naming the option for an unknown `locale`, `rounding` or
 * `signDisplay`, fraction digits that are not an integer from 0 to 100, or both
 * `fractionDigits` and `maximumFractionDigits`.
 *
 * @example
 * ```ts
 * import { formatPercentagePoints } from 'tianmu-indicators';
 *
 * formatPercentagePoints('1.2');
 * // => '+1.2个百分点'
 * formatPercentagePoints('1.2', { locale: 'en' });
 * // => '+1.2 pp'
 * formatPercentagePoints('-2.6');
 * // => '-2.6个百分点'
 * formatPercentagePoints('0');
 * // => '0个百分点'
 * ```
 *
 * @category Format
 */
export function formatPercentagePoints(
  percentagePoints: DecimalInput,
  options?: FormatPercentagePointsOptions,
): string {
  const display = resolveDisplay(options, 'except-zero');
  const number = renderNumber(toDecimal(percentagePoints, 'percentagePoints'), display);
  const suffix = display.locale === 'zh-CN' ? '个百分点' : ' pp';
  return `${number.sign}${number.digits}${suffix}`;
}
