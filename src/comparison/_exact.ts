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
  const text = value.toFixed();
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const int = BigInt(whole + fraction);
  return { int: negative ? -int : int, exp: -fraction.length };
}

/** Writes a scaled integer back as a Decimal, exactly (never -0). */
export function fromScaled(value: Scaled): Decimal {
  return value.int === 0n ? new Decimal(0) : new Decimal(`${value.int}e${value.exp}`);
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

/** The larger of two values. */
export function max(a: Scaled, b: Scaled): Scaled {
  return compare(a, b) >= 0 ? a : b;
}

/** The absolute value. */
export function abs(a: Scaled): Scaled {
  return a.int < 0n ? { int: -a.int, exp: a.exp } : a;
}

/**
 * `numerator / denominator` (denominator > 0) rounded half-up, halves away from zero
 * (四舍五入), to `decimals` places: exact, from integers alone.
 */
export function divideHalfUp(numerator: Scaled, denominator: Scaled, decimals: number): Scaled {
  // numerator / denominator × 10^decimals = num / den, both integers.
  const shift = numerator.exp - denominator.exp + decimals;
  const num = shift >= 0 ? numerator.int * pow10(shift) : numerator.int;
  const den = shift >= 0 ? denominator.int : denominator.int * pow10(-shift);
  const magnitude = num < 0n ? -num : num;
  let quotient = magnitude / den;
  if ((magnitude % den) * 2n >= den) quotient += 1n;
  return { int: num < 0n ? -quotient : quotient, exp: -decimals };
}
