/**
 * The guarded numeric functions the other layers call (internal, not exported from the
 * package): each checks its inputs, sends those the kernels were not built for (zero,
 * negative, non-finite, exponents beyond ±10000, more than 119 digits) to decimal.js's general
 * methods, so the semantics of those cases are decimal.js's, and otherwise calls one kernel
 * (roots.ts, logarithms.ts, exponentials.ts) and rounds its fixed-point result once
 * (guardPrecision.ts). Calls go one way: guard → kernel → fixed point.
 *
 * Sizing slack: the kernels size their working precision with bits to spare. 16 bits fewer
 * would still leave more digits than the 42 guard digits, and roundFixed's error bound is in
 * the result's own units, so such a change alters no result. The kernels' own error bounds are
 * tested in kernels.contract.test.ts.
 */
import { Decimal } from './Decimal.js';
import { expOfParts, powByLogarithm } from './exponentials.js';
import {
  decode,
  type FixedLog,
  MAX_KERNEL_EXPONENT,
  MAX_KERNEL_WORDS,
  ONE_PARTS,
  type Parts,
} from './fixedPoint.js';
import { GuardDecimal, roundOnce } from './guardPrecision.js';
import { ln1pOfParts, lnRatio } from './logarithms.js';
import { powerOfParts, ROOT_NEWTON_MAX, rootOfDecimalIndex, rootRatio } from './roots.js';

/** Enough digits for `1 + x` to be exact for any input with up to 42 digits and |x| < 1e38. */
const WideDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone({ precision: 80 });

/** Integer powers up to this exponent use binary exponentiation; larger ones exp(y·ln x). */
const POW_INT_MAX = 64;

/** A decimal.js value the kernels accept: finite, positive, of moderate size. */
function isKernelPositive(x: Decimal): boolean {
  return x.isFinite() && x.s === 1 && !x.isZero() && fitsKernel(x);
}

function fitsKernel(x: Decimal): boolean {
  return x.d.length <= MAX_KERNEL_WORDS && Math.abs(x.e) <= MAX_KERNEL_EXPONENT;
}

/** `(a/b)^(1/n)`, or `(a/b)^(1/n) − 1` when `minusOne`, for positive kernel inputs. */
function rootGuarded(a: Parts, b: Parts, n: Decimal, minusOne: boolean): Decimal {
  return n.isInteger() && n.lte(ROOT_NEWTON_MAX)
    ? roundOnce((extra) => rootRatio(a, b, n.toNumber(), minusOne, extra))
    : roundOnce((extra) => rootOfDecimalIndex(a, b, decode(n), minusOne, extra));
}

/**
 * `x^y` at guard precision. `x` must be positive unless `y` is an integer.
 *
 * Integer `y` (|y| ≤ 64): binary exponentiation in fixed point; otherwise `exp(y·ln|x|)`.
 *
 * @param x - The base.
 * @param y - The exponent.
 * @returns `x^y` with 42 significant digits (decimal.js's result for inputs outside the
 * kernels: zero, non-finite, a negative base with a fractional exponent, `|y·ln x| > 1e9`).
 * @throws Never.
 */
export function powGuarded(x: Decimal, y: Decimal): Decimal {
  if (
    !x.isFinite() ||
    x.isZero() ||
    !fitsKernel(x) ||
    !y.isFinite() ||
    !fitsKernel(y) ||
    (x.isNeg() && !y.isInteger())
  ) {
    return new GuardDecimal(x).pow(new GuardDecimal(y));
  }
  if (y.isZero()) return new GuardDecimal(1);
  const negative = x.isNeg() && y.isInteger() && y.abs().mod(2).eq(1);
  // (±1)^y is ±1: the logarithm is exactly 0 and has no precision to scale by a huge y.
  if (x.abs().eq(1)) return new GuardDecimal(negative ? -1 : 1);
  const base = decode(x);
  return y.isInteger() && y.abs().lte(POW_INT_MAX)
    ? roundOnce((extra) => powerOfParts(base, Math.abs(y.toNumber()), y.isNeg(), negative, extra))
    : powThroughLogarithm(x, y, base, negative);
}

/** `x^y` as `exp(y·ln|x|)`, the sign given by `negative`; decimal.js's where no result is in range. */
function powThroughLogarithm(x: Decimal, y: Decimal, base: Parts, negative: boolean): Decimal {
  // An estimate of |y·ln x|, for sizing and for the 1e9 bound, beyond which no result is in range.
  const t = Math.abs(y.toNumber() * (base.e + Math.log10(base.m)) * Math.LN10);
  // Beyond 1e9 (or NaN: |y| over the float range) the result is out of any range: decimal.js.
  if (!(t <= 1e9)) return new GuardDecimal(x).pow(new GuardDecimal(y));
  const exponent = decode(y);
  return roundOnce((extra) => powByLogarithm(base, exponent, y.isNeg(), negative, t, extra));
}

/**
 * The n-th root `x^(1/n)` at guard precision, for `x > 0` and `n > 0`.
 *
 * Integer `n` up to 64: a float seed and one high-order Newton step in BigInt fixed point;
 * other `n` (fractional or large): `exp(ln(x)/n)`.
 *
 * @param x - The radicand.
 * @param n - The index (any positive decimal, e.g. fractional years).
 * @returns `x^(1/n)` with 42 significant digits.
 * @throws Never.
 */
export function nthRootGuarded(x: Decimal, n: Decimal): Decimal {
  if (!isKernelPositive(x) || !isKernelPositive(n)) {
    return new GuardDecimal(x).pow(new GuardDecimal(1).div(n));
  }
  return rootGuarded(decode(x), ONE_PARTS, n, false);
}

/**
 * `x^(1/n) − 1` at guard precision, accurate to 42 significant digits of the difference even
 * when `x` is near 1 (where `nthRootGuarded(x, n).minus(1)` loses digits). `x` is taken exactly.
 *
 * @param x - The radicand, `x > 0`.
 * @param n - The index, `n > 0`.
 * @returns `x^(1/n) − 1` with 42 significant digits.
 * @throws Never.
 */
export function nthRootMinusOneGuarded(x: Decimal, n: Decimal): Decimal {
  if (!isKernelPositive(x) || !isKernelPositive(n)) {
    return nthRootGuarded(x, n).minus(1);
  }
  return rootGuarded(decode(x), ONE_PARTS, n, true);
}

/**
 * `(numerator/denominator)^(1/n) − 1` at guard precision, without rounding the quotient:
 * the compound rate that turns `denominator` into `numerator` over `n` periods, accurate to
 * 42 significant digits of the rate even when the two are close.
 *
 * @param numerator - The end value, `> 0`.
 * @param denominator - The start value, `> 0`.
 * @param n - The number of periods, `> 0`.
 * @returns The rate with 42 significant digits.
 * @throws Never.
 */
export function nthRootOfRatioMinusOneGuarded(
  numerator: Decimal,
  denominator: Decimal,
  n: Decimal,
): Decimal {
  if (!isKernelPositive(numerator) || !isKernelPositive(denominator) || !isKernelPositive(n)) {
    return nthRootGuarded(new GuardDecimal(numerator).div(denominator), n).minus(1);
  }
  return rootGuarded(decode(numerator), decode(denominator), n, true);
}

function logResult(ln: FixedLog): { v: bigint; p: number; q: number } {
  return { v: ln.v, p: ln.p, q: 0 };
}

/**
 * The natural logarithm at guard precision, for `x > 0`.
 *
 * @param x - The argument.
 * @returns `ln x` with 42 significant digits (relative accuracy kept near `x = 1`).
 * @throws Never.
 */
export function lnGuarded(x: Decimal): Decimal {
  if (!isKernelPositive(x)) return new GuardDecimal(x).ln();
  const parts = decode(x);
  return roundOnce((extra) => logResult(lnRatio(parts, ONE_PARTS, extra)));
}

/**
 * `ln(numerator/denominator)` at guard precision, without rounding the quotient, so it keeps
 * its relative accuracy when the two are close.
 *
 * @param numerator - `> 0`.
 * @param denominator - `> 0`.
 * @returns The logarithm with 42 significant digits.
 * @throws Never.
 */
export function lnRatioGuarded(numerator: Decimal, denominator: Decimal): Decimal {
  if (!isKernelPositive(numerator) || !isKernelPositive(denominator)) {
    return new GuardDecimal(numerator).div(denominator).ln();
  }
  const a = decode(numerator);
  const b = decode(denominator);
  return roundOnce((extra) => logResult(lnRatio(a, b, extra)));
}

/**
 * `ln(1 + x)` at guard precision, accurate for small `x` (where `1 + x` would be rounded).
 *
 * @param x - `x > −1`.
 * @returns `ln(1 + x)` with 42 significant digits.
 * @throws Never.
 */
export function ln1pGuarded(x: Decimal): Decimal {
  if (!x.isFinite() || !fitsKernel(x)) return new GuardDecimal(x).plus(1).ln();
  if (x.isZero()) return new GuardDecimal(0);
  if (x.abs().gte('0.25')) {
    // 1 + x exactly; lnGuarded sends 1 + x <= 0 to decimal.js.
    return lnGuarded(new WideDecimal(x).plus(1));
  }
  // |x| < 1/4: ln(1 + x) from x in fixed point with -log2|x| extra bits.
  const parts = decode(x);
  return roundOnce((extra) => logResult(ln1pOfParts(parts, x.isNeg(), extra)));
}

/**
 * `e^x` at guard precision.
 *
 * @param x - The exponent.
 * @returns `e^x` with 42 significant digits.
 * @throws Never.
 */
export function expGuarded(x: Decimal): Decimal {
  if (!x.isFinite() || !fitsKernel(x) || x.abs().gt(1e9)) return new GuardDecimal(x).exp();
  // x = 0 needs no case of its own: the kernel gives exactly 1.
  const parts = decode(x);
  return roundOnce((extra) => expOfParts(parts, x.isNeg(), false, extra));
}

/**
 * `e^x − 1` at guard precision, accurate for small `x` (where `e^x` rounds to near 1).
 *
 * @param x - The exponent.
 * @returns `e^x − 1` with 42 significant digits.
 * @throws Never.
 */
export function expm1Guarded(x: Decimal): Decimal {
  if (!x.isFinite() || !fitsKernel(x) || x.abs().gt(1e9)) {
    return new GuardDecimal(x).exp().minus(1);
  }
  if (x.isZero()) return new GuardDecimal(0);
  const parts = decode(x);
  return roundOnce((extra) => expOfParts(parts, x.isNeg(), true, extra));
}
