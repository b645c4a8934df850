import { Decimal, type DecimalInput, ExactDecimal } from '../decimal/Decimal.js';
import { roundResult } from '../decimal/guardPrecision.js';
import { checkRange, toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { getUnit } from './getUnit.js';
import type { UnitRef } from './Unit.js';

/**
 * Converts a value from one unit to another of the same dimension: `value × from.factor ÷
 * to.factor`.
 *
 * The product is exact and the quotient is rounded once, correctly, to the library's 34
 * significant digits, so a result is exact whenever the exact answer has at most 34
 * significant digits, and otherwise the nearest 34-digit decimal (half-even). When both factors are powers of ten (元/万元/亿元, 亩/万亩, 株/万株,
 * 人次/万人次) that holds for every value of up to 34 significant digits. Other factors
 * (公顷 = 15 亩, 平方米 = 0.0015 亩) are exact when the answer terminates within 34 digits
 * (`2 公顷` is `30 亩`, `150 亩` is `10 公顷`) and otherwise correct to 34 significant digits
 * (`1 亩` is `0.06666…67 公顷`).
 *
 * @param value - The amount, in `from` units.
 * @param from - The unit of `value`: an id, a symbol or a Unit.
 * @param to - The unit wanted: an id, a symbol or a Unit.
 * @returns The amount in `to` units, a fresh Decimal (never -0).
 * @throws {@link IndicatorError} `invalid-number` (field `value`) when `value` is not a finite
 * decimal; `invalid-unit` (field `from` or `to`) when a unit is unknown; `incompatible-units`
 * (field `to`, with `from` and `to` ids in its details) when the units measure different
 * things.
 *
 * @example
 * ```ts
 * import { convert } from 'tianmu-indicators';
 *
 * convert('8.2', '亿元', '万元').toString();
 * // => '82000'
 * convert(27720, 'yuan', 'wan-yuan').toString();
 * // => '2.772'
 * convert('2', '公顷', '亩').toString();
 * // => '30'
 * convert('2180', '平方米', '亩').toString();
 * // => '3.27'
 * ```
 *
 * @category Units
 */
export function convert(value: DecimalInput, from: UnitRef, to: UnitRef): Decimal {
  const amount = toDecimal(value, 'value');
  const source = getUnit(from, { field: 'from' });
  const target = getUnit(to, { field: 'to' });
  if (source.dimension !== target.dimension) {
    throw new IndicatorError('incompatible-units', {
      field: 'to',
      value: typeof to === 'string' ? to : target.id,
      from: source.id,
      to: target.id,
      reason: `${source.symbol} (${source.dimension}) cannot become ${target.symbol} (${target.dimension})`,
    });
  }
  // One rounding only: an exact product, then a correctly rounded quotient. (Rounding the
  // product to guard digits first could round a value twice and miss by one in the 34th digit.)
  const product = new ExactDecimal(amount).times(source.factor);
  return checkRange(roundResult(new Decimal(product).div(target.factor)), 'value');
}
