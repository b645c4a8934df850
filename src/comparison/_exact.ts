/**
 * Exact decimal arithmetic on scaled integers (`int × 10^exp`), for the decisions of
 * checkStatedChange: whether a change rounds to a stated figure must not depend on a rounded
 * quotient. Addition, subtraction, multiplication and comparison are exact, and the one
 * division rounds half-up from the exact integer quotient and remainder. Not exported from
 * the barrel.
 */
import { Decimal } from '../decimal/Decimal.js';

/** A decimal held exactly as `int × 10^exp`. */
export interface Scaled {
  readonly int: bigint;
  readonly exp: number;
}

/** Reads a finite Decimal exactly (its plain digits, whatever their number). */
export function toScaled(value: Decimal): Scaled {
  // Plain notation, sign included: BigInt reads the sign and the digits without the point.
  return { int: BigInt(value.toFixed().replace('.', '')), exp: -value.decimalPlaces() };
}

/** Writes a scaled integer back as a Decimal, exactly (a bigint has no -0, so neither has it). */
export function fromScaled(value: Scaled): Decimal {
  return new Decimal(`${value.int}e${value.exp}`);
}

/** `10^n` for a whole `n ≥ 0`. */
function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Both integers brought to the smaller of the two exponents. */
function align(a: Scaled, b: Scaled): [bigint, bigint, number] {
  const exp = Math.min(a.exp, b.exp);
  return [a.int * pow10(a.exp - exp), b.int * pow10(b.exp - exp), exp];
}

export function plus(a: Scaled, b: Scaled): Scaled {
  const [x, y, exp] = align(a, b);
  return { int: x + y, exp };
}

export function minus(a: Scaled, b: Scaled): Scaled {
  const [x, y, exp] = align(a, b);
  return { int: x - y, exp };
}

export function times(a: Scaled, b: Scaled): Scaled {
  return { int: a.int * b.int, exp: a.exp + b.exp };
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Scaled, b: Scaled): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The larger of two values (either one when they are equal). */
export function max(a: Scaled, b: Scaled): Scaled {
  return compare(a, b) === -1 ? b : a;
}

/** The absolute value. */
export function abs(a: Scaled): Scaled {
  return max(a, { int: -a.int, exp: a.exp });
}

/**
 * `numerator / denominator` (denominator > 0) rounded half-up, halves away from zero
 * (四舍五入), to `decimals` places: exact, from integers alone.
 */
export function divideHalfUp(numerator: Scaled, denominator: Scaled, decimals: number): Scaled {
  // numerator / denominator × 10^decimals = num / den, both integers.
  const shift = numerator.exp - denominator.exp + decimals;
  const num = numerator.int * pow10(Math.max(shift, 0));
  const den = denominator.int * pow10(Math.max(-shift, 0));
  // Division truncates toward zero and the remainder takes the sign of num, so a remainder of
  // half of den or more, on either side, moves the quotient one away from zero.
  const twiceRemainder = (num % den) * 2n;
  let quotient = num / den;
  if (twiceRemainder >= den) quotient += 1n;
  else if (twiceRemainder <= -den) quotient -= 1n;
  return { int: quotient, exp: -decimals };
}
