import { IndicatorError } from '../errors/IndicatorError.js';
import { Decimal, type DecimalInput } from './Decimal.js';

/** Plain decimal or scientific notation; no hex, binary, octal, `Infinity` or `NaN`. */
const DECIMAL_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * The largest decimal exponent accepted: far beyond any indicator, small enough that every
 * result prints in plain notation without running out of memory.
 */
export const MAX_EXPONENT = 1000;

/**
 * Converts a string, number or decimal.js value to the library's {@link Decimal}.
 *
 * Numbers are read through their shortest string (`0.1` becomes exactly `0.1`); strings may
 * carry surrounding spaces and an exponent; negative zero becomes zero.
 *
 * @param value - The value to convert.
 * @param field - The argument name used in an error message.
 * @returns A finite `Decimal` of the library's clone.
 * @throws {@link IndicatorError} `invalid-number` for NaN, ±Infinity, empty or malformed
 * strings (including hex), values with an exponent beyond ±1000, and non-numeric types.
 *
 * @example
 * ```ts
 * import { toDecimal } from 'tianmu-indicators';
 *
 * toDecimal('8.2').times(10000).toString();
 * // => '82000'
 * ```
 *
 * @category Numbers
 */
export function toDecimal(value: DecimalInput, field = 'value'): Decimal {
  let result: Decimal;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw invalid(field, value, 'expected a finite number');
    result = new Decimal(String(value));
  } else if (typeof value === 'string') {
    const text = value.trim();
    if (!DECIMAL_PATTERN.test(text)) {
      throw invalid(field, value, 'expected a decimal such as "8.2" or "1.5e3"');
    }
    result = new Decimal(text);
  } else if (Decimal.isDecimal(value)) {
    if (!value.isFinite()) throw invalid(field, value.toString(), 'expected a finite decimal');
    result = new Decimal(value);
  } else {
    throw invalid(field, value, `expected a string, number or Decimal, got ${typeof value}`);
  }
  if (result.isZero()) return new Decimal(0);
  if (Math.abs(result.e) > MAX_EXPONENT) {
    throw invalid(field, value, `the exponent is outside ±${MAX_EXPONENT}`);
  }
  return result;
}

function invalid(field: string, value: unknown, reason: string): IndicatorError {
  return new IndicatorError('invalid-number', { field, value, reason });
}
