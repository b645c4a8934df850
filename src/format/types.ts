/**
 * The display locales of the format layer.
 *
 * - `zh-CN`: digits grouped by commas in threes, as Chinese statistical tables print them, the
 *   unit symbol attached without a space (`27,720元`, `8.2亿元`, `+1.2个百分点`), period labels
 *   in Chinese (`2021年第三季度`).
 * - `en`: the same digit grouping, money as `CNY 820 million`, other units as a number, a space
 *   and the English label (`700 mu`), percentage points as `pp`, period labels such as `Q3 2021`.
 *
 * Both locales print a negative value with the ASCII hyphen-minus `-` (as `Intl.NumberFormat`
 * does for `zh-CN` and `en`), so a label can be copied into a spreadsheet or parsed back.
 *
 * @example
 * ```ts
 * import { formatQuantity, type Locale } from 'tianmu-indicators';
 *
 * const locale: Locale = 'en';
 * formatQuantity('700', '亩', { locale });
 * // => '700 mu'
 * ```
 *
 * @category Format
 */
export type Locale = 'zh-CN' | 'en';

/**
 * How a displayed value is rounded to its fraction digits.
 *
 * - `half-up`: the default, 四舍五入; a tie goes away from zero (`0.125` → `0.13`,
 *   `-0.125` → `-0.13`).
 * - `half-even`: banker's rounding; a tie goes to the even digit (`0.125` → `0.12`).
 * - `half-down`: a tie goes towards zero (`0.125` → `0.12`).
 * - `up`: away from zero (`0.121` → `0.13`); `down`: towards zero, truncation (`0.129` → `0.12`).
 * - `ceil`: towards +∞; `floor`: towards −∞.
 *
 * Rounding is applied once, to the exact decimal value, never through a JavaScript number.
 *
 * @example
 * ```ts
 * import { formatPercent, type Rounding } from 'tianmu-indicators';
 *
 * const rounding: Rounding = 'half-even';
 * formatPercent('0.00125', { rounding });
 * // => '0.12%'
 * ```
 *
 * @category Format
 */
export type Rounding = 'half-up' | 'half-even' | 'half-down' | 'up' | 'down' | 'ceil' | 'floor';

/**
 * When a sign is printed.
 *
 * - `auto`: a minus for negative values only (`-2.6%`, `6%`).
 * - `except-zero`: a plus for positive values and a minus for negative ones, no sign for a
 *   value displayed as zero (`+1.2个百分点`, `-2.6个百分点`, `0个百分点`).
 *
 * A value that rounds to zero is printed as zero, never `-0`.
 *
 * @example
 * ```ts
 * import { formatPercent, type SignDisplay } from 'tianmu-indicators';
 *
 * const signDisplay: SignDisplay = 'except-zero';
 * formatPercent('0.06', { signDisplay });
 * // => '+6%'
 * ```
 *
 * @category Format
 */
export type SignDisplay = 'auto' | 'except-zero';

/**
 * The options every number display of the format layer accepts.
 *
 * Fraction digits are either fixed (`fractionDigits: 2` prints `6.00%`) or capped
 * (`maximumFractionDigits: 2`, the default, prints `6%`, `7.61%`, trailing zeros dropped);
 * giving both is an `invalid-argument` error.
 *
 * @example
 * ```ts
 * import { formatQuantity, type NumberDisplayOptions } from 'tianmu-indicators';
 *
 * const options: NumberDisplayOptions = { fractionDigits: 1, rounding: 'down' };
 * formatQuantity('3.99', '万元', options);
 * // => '3.9万元'
 * ```
 *
 * @category Format
 */
export interface NumberDisplayOptions {
  /** The display locale; `zh-CN` by default. */
  readonly locale?: Locale;
  /**
   * Exactly this many fraction digits, trailing zeros kept: an integer from 0 to 100.
   * Not together with `maximumFractionDigits`.
   */
  readonly fractionDigits?: number;
  /**
   * At most this many fraction digits, trailing zeros dropped: an integer from 0 to 100;
   * 2 by default.
   */
  readonly maximumFractionDigits?: number;
  /** How the value is rounded to its fraction digits; `half-up` (四舍五入) by default. */
  readonly rounding?: Rounding;
  /** When a sign is printed; `auto` by default except for percentage points. */
  readonly signDisplay?: SignDisplay;
  /** Whether the integer digits are grouped by commas in threes; `true` by default. */
  readonly useGrouping?: boolean;
}
