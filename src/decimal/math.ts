import { Decimal } from './Decimal.js';

/**
 * Guard digits carried by intermediate results: a formula computes at
 * `Decimal.precision + GUARD_DIGITS` digits and rounds once, at the end, to 34 digits.
 */
export const GUARD_DIGITS = 8;

/** The decimal.js constructor for intermediate results (42 digits, half-even). Internal. */
export const GuardDecimal: typeof Decimal = Decimal.clone({
  precision: Decimal.precision + GUARD_DIGITS,
});

/** Rounds an intermediate result once to the library's 34 digits; -0 becomes 0. */
export function roundResult(value: Decimal): Decimal {
  const result = new Decimal(value).toSignificantDigits(Decimal.precision);
  return result.isZero() ? new Decimal(0) : result;
}

/** `x^y` at guard precision. `x` must be positive unless `y` is an integer. */
export function powGuarded(x: Decimal, y: Decimal): Decimal {
  return new GuardDecimal(x).pow(new GuardDecimal(y));
}

/** The n-th root `x^(1/n)` at guard precision, for `x > 0` and `n > 0`. */
export function nthRootGuarded(x: Decimal, n: Decimal): Decimal {
  const one = new GuardDecimal(1);
  return new GuardDecimal(x).pow(one.div(n));
}

/** The natural logarithm at guard precision, for `x > 0`. */
export function lnGuarded(x: Decimal): Decimal {
  return new GuardDecimal(x).ln();
}
