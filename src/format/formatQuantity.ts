import { Decimal, type DecimalInput } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Unit, UnitRef } from '../units/index.js';
import {
  type RenderedNumber,
  type ResolvedDisplay,
  renderRounded,
  resolveDisplay,
  roundForDisplay,
  shiftDecimal,
} from './internal.js';
import {
  chooseStep,
  familyBase,
  familyOf,
  hasMagnitudePrefix,
  lookUpUnit,
  rescale,
  type ScaleStep,
} from './scaling.js';
import type { NumberDisplayOptions } from './types.js';

/**
 * Options of {@link formatQuantity}: the display options and the unit to show the value in.
 *
 * @example
 * ```ts
 * import { formatQuantity, type FormatQuantityOptions } from 'tianmu-indicators';
 *
 * const options: FormatQuantityOptions = { scale: 'auto' };
 * formatQuantity('820000000', '元', options);
 * // => '8.2亿元'
 * ```
 *
 * @category Format
 */
export interface FormatQuantityOptions extends NumberDisplayOptions {
  /**
   * The unit the value is shown in.
   *
   * - Not given (the default): `zh-CN` keeps the given unit (`4万元`); `en` re-expresses a 万/亿
   *   unit in its unprefixed unit with the English magnitudes million, billion and trillion
   *   (`CNY 820 million` for 8.2亿元, `CNY 40,000` for 4万元), since English has no word for 万
   *   or 亿, and keeps any other unit (`700 mu`).
   * - `'auto'`: `zh-CN` picks the largest unit of the value's 万/亿 family in which it reaches 1
   *   (元 → 万元 from 10,000元 → 亿元 from 100,000,000元; likewise 株/万株, 人次/万人次, 亩/万亩);
   *   `en` uses million, billion and trillion from one million base units on.
   * - A unit (id, symbol or {@link Unit}): the value is converted to it exactly and shown in it,
   *   with no magnitude word (`scale: '元'` in `en` gives `CNY 820,000,000`; an explicit 万/亿
   *   unit in `en` uses the catalogue's English label, `8.2 100m CNY`).
   */
  readonly scale?: 'auto' | UnitRef;
}

/** English magnitudes, largest first, as powers of ten. */
const ENGLISH_MAGNITUDES = [
  ['trillion', 12],
  ['billion', 9],
  ['million', 6],
] as const;

/**
 * Formats a quantity with its unit for display: `8.2亿元`, `27,720元`, `CNY 820 million`,
 * `700 mu`.
 *
 * The value is handled as a decimal string throughout, so every digit of a 20-digit value is
 * printed, and it is rounded once, last, with the `rounding` option (四舍五入, `half-up`, by
 * default) to `maximumFractionDigits` (2 by default, trailing zeros dropped) or exactly
 * `fractionDigits`. Digits are grouped by commas in threes. `zh-CN` attaches the unit symbol
 * (`27,720元`, `700亩`, `10万株`); `en` writes money as `CNY` and the amount (`CNY 40,000`,
 * `CNY 820 million`), other units as the number, a space and the English label, singular only
 * for a displayed `1` (`1 household`, `700 mu`, `2 households`). A percent unit prints `6%` in
 * both locales. Negative values carry an ASCII `-` (`-CNY 5 million`), zero never shows `-0`.
 *
 * @param value - The quantity, in `unit`.
 * @param unit - The unit of `value`: an id (`yi-yuan`), a symbol (`亿元`) or a {@link Unit}.
 * @param options - Locale, scale, fraction digits, rounding, sign and grouping.
 * @returns The display label.
 * @throws {@link IndicatorError} `invalid-number` when `value` is not a finite decimal;
 * `invalid-unit` when `unit` or `scale` is not a known unit; `incompatible-units` when `scale`
 * measures something else; `invalid-argument` naming the option for an unknown `locale`,
 * `rounding` or `signDisplay`, fraction digits that are not an integer from 0 to 100, or both
 * `fractionDigits` and `maximumFractionDigits`.
 *
 * @example
 * ```ts
 * import { formatQuantity } from 'tianmu-indicators';
 *
 * formatQuantity('27720', '元');
 * // => '27,720元'
 * formatQuantity('8.2', '亿元');
 * // => '8.2亿元'
 * formatQuantity('4', '万元');
 * // => '4万元'
 * formatQuantity('27720', '元', { scale: 'auto' });
 * // => '2.77万元'
 * formatQuantity('8.2', '亿元', { locale: 'en' });
 * // => 'CNY 820 million'
 * formatQuantity('700', '亩', { locale: 'en' });
 * // => '700 mu'
 * formatQuantity('12345678901234567890', '元');
 * // => '12,345,678,901,234,567,890元'
 * ```
 *
 * @category Format
 */
export function formatQuantity(
  value: DecimalInput,
  unit: UnitRef,
  options?: FormatQuantityOptions,
): string {
  const amount = toDecimal(value, 'value');
  const from = lookUpUnit(unit, 'unit');
  // Stryker disable next-line StringLiteral: any default but 'except-zero' prints signs as 'auto' does
  const display = resolveDisplay(options, 'auto');
  const scale = options?.scale;
  const round = (x: Decimal) => roundForDisplay(x, display);

  if (scale !== undefined && scale !== 'auto') {
    const target = lookUpUnit(scale, 'scale');
    if (target.dimension !== from.dimension) {
      throw new IndicatorError('incompatible-units', {
        field: 'scale',
        value: typeof scale === 'string' ? scale : target.id,
        reason: `${from.symbol} (${from.dimension}) cannot be shown in ${target.symbol} (${target.dimension})`,
      });
    }
    return label(renderRounded(round(rescale(amount, from, target)), display), target, display);
  }
  if (display.locale === 'zh-CN') {
    if (scale === undefined) return label(renderRounded(round(amount), display), from, display);
    const members = familyOf(from).map(
      (member): ScaleStep<Unit> => ({
        tag: member,
        size: rescale(new Decimal(1), member, familyBase(from)),
        exact: rescale(amount, from, member),
      }),
    );
    const chosen = chooseStep(members, round);
    return label(renderRounded(chosen.rounded, display), chosen.tag, display);
  }
  if (scale === undefined && !hasMagnitudePrefix(from)) {
    return label(renderRounded(round(amount), display), from, display);
  }
  const base = familyBase(from);
  const inBase = rescale(amount, from, base);
  const one = new Decimal(1);
  const chosen = chooseStep<string | undefined>(
    [
      ...ENGLISH_MAGNITUDES.map(([word, power]) => ({
        tag: word,
        size: shiftDecimal(one, power),
        exact: shiftDecimal(inBase, -power),
      })),
      { tag: undefined, size: one, exact: inBase },
    ],
    round,
  );
  return label(renderRounded(chosen.rounded, display), base, display, chosen.tag);
}

/** Puts number, unit and (English only) magnitude word together for the locale. */
function label(
  number: RenderedNumber,
  unit: Unit,
  display: ResolvedDisplay,
  magnitude?: string,
): string {
  const digits = magnitude === undefined ? number.digits : `${number.digits} ${magnitude}`;
  if (unit.symbol === '%') return `${number.sign}${digits}%`;
  if (display.locale === 'zh-CN') return `${number.sign}${digits}${unit.symbol}`;
  if (unit.id === 'yuan') return `${number.sign}CNY ${digits}`;
  const singular = magnitude === undefined && number.plain === '1';
  return `${number.sign}${digits} ${singular ? unit.en : unit.enPlural}`;
}
