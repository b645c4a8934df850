import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';

/**
 * Guards a computed result: a result that overflowed to ±Infinity or NaN becomes a typed
 * error naming the field, and negative zero becomes zero.
 */
export function finiteResult(
  value: Decimal,
  field: string,
  reason = 'the result is out of range',
): Decimal {
  if (!value.isFinite())
    throw new IndicatorError('invalid-number', { field, value: value.toString(), reason });
  return value.isZero() ? new Decimal(0) : value;
}
