import type { Decimal, DecimalInput } from './Decimal.js';
import { checkRange, toDecimal } from './toDecimal.js';

/**
 * Turns a percent into the fraction the computing functions take: `percent("6")` is `0.06`.
 *
 * @param value - A percent, such as `"6"` for 6%.
 * @param field - The argument name used in an error message.
 * @returns The fraction, exactly.
 * @throws {@link IndicatorError} `invalid-number` when `value` is not a finite decimal or the
 * fraction is beyond 1e±1000.
 *
 * @example
 * ```ts
 * import { percent } from 'tianmu-indicators';
 *
 * percent('6').toString();
 * // => '0.06'
 * ```
 *
 * @category Numbers
 */
export function percent(value: DecimalInput, field = 'percent'): Decimal {
  return checkRange(toDecimal(value, field).div(100), field);
}

/**
 * Turns a fraction into a percent: `toPercent(0.06)` is `6`.
 *
 * @param rate - A fraction, such as `0.06`.
 * @param field - The argument name used in an error message.
 * @returns The percent, exactly.
 * @throws {@link IndicatorError} `invalid-number` when `rate` is not a finite decimal or the
 * percent is beyond 1e±1000.
 *
 * @example
 * ```ts
 * import { toPercent } from 'tianmu-indicators';
 *
 * toPercent('0.0761').toString();
 * // => '7.61'
 * ```
 *
 * @category Numbers
 */
export function toPercent(rate: DecimalInput, field = 'rate'): Decimal {
  return checkRange(toDecimal(rate, field).times(100), field);
}
