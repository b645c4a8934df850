import { Decimal as DecimalJs } from 'decimal.js';
import { DECIMAL_SETTINGS } from './Decimal.js';

/**
 * A decimal.js constructor set up like the library's own: 34 significant digits (IEEE 754
 * decimal128), ROUND_HALF_EVEN, exponent notation off. It is the user's copy: `Decimal.set`
 * on it configures only it, never a result of the library, which computes with a private
 * clone. Results are decimal.js values; test them with `Decimal.isDecimal`, not `instanceof`.
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
export const Decimal: typeof DecimalJs = /* @__PURE__ */ DecimalJs.clone(DECIMAL_SETTINGS);

/**
 * A decimal value of the library (any decimal.js instance is accepted as input).
 *
 * @category Numbers
 */
export type Decimal = DecimalJs;
