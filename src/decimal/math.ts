import { Decimal } from './Decimal.js';
import {
  BASE_BITS,
  decode,
  expCore,
  type Fixed10,
  type FixedLog,
  lnCore,
  lnRatio,
  MAX_KERNEL_EXPONENT,
  MAX_KERNEL_WORDS,
  ONE_PARTS,
  type Parts,
  pow10n,
  powFixed,
  rootRatio,
  roundFixed,
  toFixed,
} from './kernels.js';

/**
 * Guard digits carried by intermediate results: a formula computes at
 * `Decimal.precision + GUARD_DIGITS` digits and rounds once, at the end, to 34 digits.
 */
export const GUARD_DIGITS = 8;

/** The decimal.js constructor for intermediate results (42 digits, half-even). Internal. */
export const GuardDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone({
  precision: Decimal.precision + GUARD_DIGITS,
});

/** Rounds an intermediate result once to the library's 34 digits; -0 becomes 0. */
export function roundResult(value: Decimal): Decimal {
  const result = new Decimal(value).toSignificantDigits(Decimal.precision);
  return result.isZero() ? new Decimal(0) : result;
}

// The kernels (./kernels.ts) work in BigInt fixed point with about 50 significant digits and
// return a result rounded once to the 42 guard digits, so that roundResult gives the correctly
// rounded 34-digit result. Any input they were not built for (zero, negative, non-finite,
// exponents beyond ±10000, more than 119 digits) goes to decimal.js's general methods, so the
// semantics of those cases are decimal.js's.
//
// Sizing slack: the working precision below is sized with bits to spare. 16 bits fewer would
// still leave more digits than the 42 guard digits, and roundFixed's error bound is in the
// result's own units, so such a change alters no result; mutation testing marks those mutants
// equivalent with "sizing slack". The kernels' own error bounds are tested in
// kernels.contract.test.ts.

/** Enough digits for `1 + x` to be exact for any input with up to 42 digits and |x| < 1e38. */
const WideDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone({ precision: 80 });

/** Integer roots up to this index use the Newton kernel; larger ones exp(ln(x)/n). */
const ROOT_NEWTON_MAX = 64;
/** Integer powers up to this exponent use binary exponentiation; larger ones exp(y·ln x). */
const POW_INT_MAX = 64;

/** A decimal.js value the kernels accept: finite, positive, of moderate size. */
function isKernelPositive(x: Decimal): boolean {
  return x.isFinite() && x.s === 1 && !x.isZero() && fitsKernel(x);
}

function fitsKernel(x: Decimal): boolean {
  // Stryker disable next-line EqualityOperator: at the bound the kernels and decimal.js give the same guard digits
  return x.d.length <= MAX_KERNEL_WORDS && Math.abs(x.e) <= MAX_KERNEL_EXPONENT;
}

/** Bits added on each retry of a result too close to a half-way point to round. */
const RETRY_BITS = 64;
/** After this many extra bits a result still on a half-way point is taken to be on it. */
const MAX_RETRY_BITS = 512;

/**
 * A kernel result rounded once to guard precision, so that `roundResult` of it is correctly
 * rounded: `compute(extraBits)` gives the result with `extraBits` more precision, asked for
 * again (rarely) while it sits too close to a half-way point of 34 digits. The GuardDecimal is
 * built from its fields: decimal.js copies any object that presents itself as a Decimal
 * (`toStringTag`), a tenth of the cost of parsing a string.
 */
function guarded(compute: (extraBits: number) => Fixed10 | null): Decimal {
  for (let extra = 0; ; extra += RETRY_BITS) {
    const value = compute(extra);
    if (value === null) return new GuardDecimal(0);
    const rounded = roundFixed(
      value,
      GuardDecimal.precision,
      Decimal.precision,
      // Stryker disable next-line EqualityOperator: one more retry of 64 bits only
      extra >= MAX_RETRY_BITS,
    );
    if (rounded === 'zero') return new GuardDecimal(0);
    if (rounded !== 'retry') return new GuardDecimal(rounded as unknown as Decimal);
  }
}

/** `t / y` for a fixed-point `t` and a positive decimal `y`. */
function divideFixed(t: bigint, y: Parts): bigint {
  // Stryker disable next-line EqualityOperator: at k = 0 both forms divide by c
  return y.k >= 0 ? t / (y.c * pow10n(y.k)) : (t * pow10n(-y.k)) / y.c;
}

/** `t · y` for a fixed-point `t` and a positive decimal `y`. */
function multiplyFixed(t: bigint, y: Parts): bigint {
  // Stryker disable next-line EqualityOperator: at k = 0 both forms multiply by c
  return y.k >= 0 ? t * y.c * pow10n(y.k) : (t * y.c) / pow10n(-y.k);
}

/** log2 of a positive decimal, from its parts (an estimate). */
function log2Of(x: Parts): number {
  // Stryker disable next-line ArithmeticOperator: sizing slack (see the note above WideDecimal)
  return (x.e + Math.log10(x.m)) * LOG2_10;
}

const LOG2_10 = Math.log2(10);

/** Fixed-point bits that keep 2^-BASE_BITS relative to a value near 2^log2 (at least 2^-BASE). */
function bitsFor(log2: number, extraBits: number): number {
  // Stryker disable next-line ArithmeticOperator: sizing slack (see the note above WideDecimal)
  return Math.ceil((BASE_BITS + 8 + extraBits + Math.max(0, -log2)) / 32) * 32;
}

/** `(a/b)^(1/n)`, or `(a/b)^(1/n) − 1` when `minusOne`, for positive kernel inputs. */
function rootKernel(a: Decimal, b: Parts, n: Decimal, minusOne: boolean): Decimal {
  const x = decode(a);
  // Stryker disable next-line BlockStatement,ConditionalExpression: a fast path; exp(ln(a/b)/n) gives the same guard digits
  if (n.isInteger() && n.lte(ROOT_NEWTON_MAX)) {
    const index = n.toNumber();
    return guarded((extra) => rootRatio(x, b, index, minusOne, extra));
  }
  // exp(ln(a/b)/n): ln keeps its relative accuracy near a/b = 1, and |log2 n| extra bits keep
  // t = ln(a/b)/n (and so exp(t) − 1) accurate for large n (t small) and small n (t large:
  // its error grows by 1/n, so those bits are dropped again and exp gets a few units of error).
  const np = decode(n);
  const log2n = log2Of(np);
  // Stryker disable next-line ArithmeticOperator: sizing slack (see the note above WideDecimal)
  const nBits = Math.ceil(Math.abs(log2n)) + 4;
  return guarded((extra) => {
    // a/b = 1 gives ln = 0 exactly, so t = 0 and exp(t) is exactly 1.
    const ln = lnRatio(x, b, nBits + extra);
    const t = divideFixed(ln.v, np);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the same value at more bits (n = 1 takes the Newton path)
    if (log2n >= 0) return expCore(t, ln.p, minusOne);
    return expCore(t >> BigInt(nBits), ln.p - nBits, minusOne);
  });
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
    // Stryker disable next-line EqualityOperator: a non-zero decimal.js sign is 1 or -1
    (x.s < 0 && !y.isInteger())
  ) {
    return new GuardDecimal(x).pow(new GuardDecimal(y));
  }
  if (y.isZero()) return new GuardDecimal(1);
  // Stryker disable next-line EqualityOperator: a non-zero decimal.js sign is 1 or -1
  const negative = x.s < 0 && y.isInteger() && y.abs().mod(2).eq(1);
  // (±1)^y is ±1: the logarithm is exactly 0 and has no precision to scale by a huge y.
  // Stryker disable next-line ConditionalExpression: ln 1 is exactly 0, so the general paths give exactly ±1 too, slower
  if (x.abs().eq(1)) return new GuardDecimal(negative ? -1 : 1);
  const base = decode(x);
  // Stryker disable next-line BlockStatement,ConditionalExpression: a fast path; exp(y·ln x) gives the same guard digits
  if (y.isInteger() && y.abs().lte(POW_INT_MAX)) {
    const n = Math.abs(y.toNumber());
    return guarded((extra) => {
      // x = m·10^e with m in [1, 10): x^n = m^n·10^(e·n).
      // Stryker disable next-line ArithmeticOperator: sizing slack (see the note above WideDecimal)
      const p = BASE_BITS + 8 + extra;
      const mn = powFixed((base.c << BigInt(p)) / pow10n(base.digits - 1), n, p);
      if (y.isPos()) return { v: negative ? -mn : mn, p, q: base.e * n };
      // 1/m^n = 10^-digits·(10^digits/m^n), the quotient in (0.1, 1].
      const digits = Math.floor(n * Math.log10(base.m));
      const v = (pow10n(digits) << (2n * BigInt(p))) / mn;
      return { v: negative ? -v : v, p, q: -base.e * n - digits };
    });
  }
  // exp(y·ln|x|): ln|x| gets log2|t| extra bits, so that t = y·ln|x| keeps 2^-BASE absolutely;
  // its error grew by |y|, so log2|y| bits are dropped again and exp gets a few units of error.
  const exponent = decode(y);
  // Stryker disable next-line ArithmeticOperator: an estimate for sizing (slack, see the note above WideDecimal) and for the 1e9 bound, beyond which no result is in range
  const t = Math.abs(y.toNumber() * (base.e + Math.log10(base.m)) * Math.LN10);
  // Beyond 1e9 (or NaN: |y| over the float range) the result is out of any range: decimal.js.
  // Stryker disable next-line EqualityOperator: at the bound the kernels and decimal.js give the same guard digits
  if (!(t <= 1e9)) return new GuardDecimal(x).pow(new GuardDecimal(y));
  // Stryker disable next-line ArithmeticOperator: sizing slack (see the note above WideDecimal)
  const tBits = Math.ceil(Math.log2(t + 1)) + 4;
  // Stryker disable next-line MethodExpression: dropping fewer bits only keeps more precision
  const yBits = Math.max(0, Math.ceil(log2Of(exponent)));
  return guarded((extra) => {
    const ln = lnRatio(base, ONE_PARTS, tBits + extra);
    const product = multiplyFixed(ln.v, exponent) >> BigInt(yBits);
    const result = expCore(y.isNeg() ? -product : product, ln.p - yBits, false);
    return negative ? { v: -result.v, p: result.p, q: result.q } : result;
  });
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
  return rootKernel(x, ONE_PARTS, n, false);
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
  return rootKernel(x, ONE_PARTS, n, true);
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
  return rootKernel(numerator, decode(denominator), n, true);
}

function logResult(ln: FixedLog): Fixed10 {
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
  // Stryker disable next-line ConditionalExpression: decimal.js's ln gives the same guard digits, slower
  if (!isKernelPositive(x)) return new GuardDecimal(x).ln();
  const parts = decode(x);
  return guarded((extra) => logResult(lnRatio(parts, ONE_PARTS, extra)));
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
  return guarded((extra) => logResult(lnRatio(a, b, extra)));
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
  return guarded((extra) => {
    const p = bitsFor(log2Of(parts), extra);
    const fixed = toFixed(parts, p);
    const one = 1n << BigInt(p);
    return { v: lnCore(x.isNeg() ? one - fixed : one + fixed, p), p, q: 0 };
  });
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
  return guarded((extra) => {
    const p = BASE_BITS + extra;
    const fixed = toFixed(parts, p);
    return expCore(x.isNeg() ? -fixed : fixed, p, false);
  });
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
  return guarded((extra) => {
    const p = bitsFor(log2Of(parts), extra);
    const fixed = toFixed(parts, p);
    return expCore(x.isNeg() ? -fixed : fixed, p, true);
  });
}
