import { IndicatorError } from '../errors/IndicatorError.js';
import { Decimal, type DecimalInput } from './Decimal.js';

/**
 * Plain decimal or scientific notation; no hex, binary, octal, `Infinity` or `NaN`. Groups:
 * the digits before the point, after it, and the exponent as written.
 */
const DECIMAL_PATTERN = /^[+-]?(?:(\d+)(?:\.(\d*))?|\.(\d+))(?:[eE]([+-]?\d+))?$/;

/**
 * The largest decimal exponent accepted: far beyond any indicator, small enough that every
 * result prints in plain notation without running out of memory.
 */
export const MAX_EXPONENT = 1000;

/** The most significant digits a numeric input may carry (the library computes with 34). */
export const MAX_SIGNIFICANT_DIGITS = 100;

/**
 * The longest numeric text accepted, surrounding spaces included: enough for any accepted
 * value written in plain notation (a point, 1,000 zeros and 100 digits).
 */
export const MAX_NUMBER_LENGTH = 1200;

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
 * strings (including hex), values beyond 1e±1000 (judged on the exponent as written), more
 * than 100 significant digits or 1,200 characters, and non-numeric types.
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
    result = fromText(value, field);
  } else if (isDecimal(value)) {
    result = fromDecimal(value, field);
  } else {
    throw invalid(field, value, `expected a string, number or Decimal, got ${typeof value}`);
  }
  return checkRange(result, field);
}

/**
 * Checks a value (an input or a result) against the accepted range: finite, and zero or within
 * 1e±1000. Negative zero becomes zero. A value out of range is named in exponential form: the
 * plain digits of 1e900000 would fill memory. (Text and numbers are range-checked as read, so
 * only a Decimal or a result reaches these refusals.)
 *
 * @param value - The value to check.
 * @param field - The field named in the error.
 */
export function checkRange(value: Decimal, field: string): Decimal {
  if (!value.isFinite() || !Number.isFinite(value.e)) {
    throw invalid(field, value.toString(), 'expected a finite decimal');
  }
  if (value.isZero()) return new Decimal(0);
  if (Math.abs(value.e) > MAX_EXPONENT) {
    throw invalid(
      field,
      value.toExponential(6),
      `outside the accepted range 1e-${MAX_EXPONENT} to 1e+${MAX_EXPONENT}`,
    );
  }
  return value;
}

/** Reads a decimal string, refusing long text and far exponents before decimal.js sees it. */
function fromText(value: string, field: string): Decimal {
  if (value.length > MAX_NUMBER_LENGTH) {
    throw invalid(field, `${value.slice(0, 20)}…`, `longer than ${MAX_NUMBER_LENGTH} characters`);
  }
  const text = value.trim();
  const match = DECIMAL_PATTERN.exec(text);
  if (match === null) throw invalid(field, value, 'expected a decimal such as "8.2" or "1.5e3"');
  const [, whole = '', fraction = match[3] ?? '', , exponentText = '0'] = match;
  const digits = `${whole}${fraction}`;
  const first = digits.search(/[1-9]/);
  if (first === -1) return new Decimal(0);
  const significant = digits.replace(/0+$/, '').length - first;
  if (significant > MAX_SIGNIFICANT_DIGITS) {
    throw invalid(field, value, `more than ${MAX_SIGNIFICANT_DIGITS} significant digits`);
  }
  // The value's own exponent, from the exponent as written: one of more than 15 digits (which
  // decimal.js would lose) is at least 1e15, or Infinity, so it is refused here.
  const exponent = Number(exponentText) + whole.length - 1 - first;
  if (Math.abs(exponent) > MAX_EXPONENT) {
    throw invalid(
      field,
      value,
      `outside the accepted range 1e-${MAX_EXPONENT} to 1e+${MAX_EXPONENT}`,
    );
  }
  return new Decimal(text);
}

/** Copies a decimal.js value (of any copy of decimal.js), refusing too many digits or a forgery. */
function fromDecimal(value: DecimalJs, field: string): Decimal {
  try {
    if (!value.isFinite()) throw invalid(field, value.toString(), 'expected a finite decimal');
    if (!value.isZero()) {
      const limbs = value.d.length;
      // Seven digits a limb: a longer array is refused before its digits are counted.
      if (limbs > MAX_SIGNIFICANT_DIGITS / 7 + 2 || value.sd() > MAX_SIGNIFICANT_DIGITS) {
        throw invalid(
          field,
          value.toString(),
          `more than ${MAX_SIGNIFICANT_DIGITS} significant digits`,
        );
      }
    }
    return new Decimal(value);
  } catch (error) {
    if (error instanceof IndicatorError) throw error;
    throw invalid(field, '[unreadable Decimal]', 'the Decimal could not be read');
  }
}

type DecimalJs = Decimal;

/** `Decimal.isDecimal`, but false for an object whose getters throw. */
function isDecimal(value: unknown): value is DecimalJs {
  try {
    return Decimal.isDecimal(value);
  } catch {
    return false;
  }
}

function invalid(field: string, value: unknown, reason: string): IndicatorError {
  return new IndicatorError('invalid-number', { field, value, reason });
}
