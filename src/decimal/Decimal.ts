import { Decimal as DecimalJs } from 'decimal.js';

/**
 * The library's own decimal.js constructor: 34 significant digits (IEEE 754 decimal128),
 * ROUND_HALF_EVEN, exponent notation off. It is a clone, so `Decimal.set` on a user's
 * decimal.js never changes a result of this library, and the library never calls `set`.
 *
 * @example
 * ```ts
 * import { Decimal } from 'tianmu-indicators';
 *
 * new Decimal('0.1').plus('0.2').toString();
 * // => '0.3'
 * ```
 *
 * @category Numbers
 */
export const Decimal: typeof DecimalJs = /* @__PURE__ */ DecimalJs.clone({
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/**
 * A decimal value of the library (any decimal.js instance is accepted as input).
 *
 * @category Numbers
 */
export type Decimal = DecimalJs;

/**
 * What numeric arguments accept: a decimal string (`"8.2"`), a finite number (read through
 * its shortest string, so `0.1` is exactly one tenth) or a decimal.js `Decimal`.
 *
 * @category Numbers
 */
export type DecimalInput = string | number | DecimalJs;
