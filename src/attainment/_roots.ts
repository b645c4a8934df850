/**
 * Private to the attainment layer: compound-growth powers with rational exponents, fast.
 *
 * An assessment takes three or four roots (required, actual and catch-up rates, the
 * projection). decimal.js takes `x^(1/n)` through `ln` and `exp`, about 150 µs at 42 digits;
 * that would cap a scorecard near 2,000 targets a second. Years between periods are exact
 * fractions (months / 12 or days / 365), so `x^(p/q)` is a q-th root and an integer power.
 * Integer powers of exact fractions stay exact. Roots are taken in 60-digit fixed point on
 * BigInt: the double-precision root (16 digits) and one step of Halley's method, whose error
 * cubes, give more than 45 digits (two steps for roots of order above 12). Values outside the
 * comfortable range of that fixed point go through decimal.js `pow` at guard precision, and a
 * rate `root − 1` too small for fixed point (below 1e-12) through the growth layer's
 * `requiredAnnualRate`, whose `ln(1 + x)` / `e^y − 1` series lose no digit. Over whole years the
 * rates equal `requiredAnnualRate`'s to all 34 digits; over fractions of years they agree to the
 * 34th digit (property tests), where exact powers are, if anything, the more exact.
 */
import type { Decimal } from '../decimal/Decimal.js';
import { GuardDecimal } from '../decimal/math.js';
import { MAX_EXPONENT } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { requiredAnnualRate } from '../growth/index.js';
import {
  abs,
  cmp,
  div,
  log10Bounds,
  ONE,
  pow10,
  type Ratio,
  ratioOf,
  sub,
  ZERO,
} from './_exact.js';
import type { Rational } from './_periodInfo.js';

/** Digits after the point of the fixed-point numbers. */
const FIXED_DIGITS = 60;
const SCALE = /* @__PURE__ */ pow10(FIXED_DIGITS);
/** Integer powers of exact fractions up to this exponent are computed exactly. */
const EXACT_POWER_LIMIT = 64;
/** The fixed-point root is used for `x` within [1e-20, 1e20] and results within [1e-15, 1e300]. */
const ROOT_RANGE = 1e20;
/** Rates below this size (1e-12) lose too many fixed-point digits to `root − 1`. */
const TINY_RATE: Ratio = { n: 1n, d: /* @__PURE__ */ pow10(12) };

/**
 * `x^(p/q)` for `x ≥ 0` and integers `p ≥ 0`, `q ≥ 1`: exact when `q = 1` (and `p ≤ 64`),
 * otherwise to more than 40 significant digits; 0 when the result would be below 1e-1000,
 * `null` when above 1e+1000.
 */
export function powRatio(x: Ratio, p: number, q: number): Ratio | null {
  if (p === 0) return ONE;
  // Zero needs no test of its own: its log10 bounds are −Infinity, so it is 0 below.
  // Bounds on the result's magnitude, with no power taken.
  const [low, high] = log10Bounds(x);
  // Stryker disable next-line EqualityOperator: the bounds carry slack, so equality never decides
  if ((low * p) / q > MAX_EXPONENT) return null;
  // Stryker disable next-line EqualityOperator: as above
  if ((high * p) / q < -MAX_EXPONENT - 1) return ZERO;
  // Stryker disable next-line ConditionalExpression: an exact power is right at any size; the limit only saves work
  if (q === 1 && p <= EXACT_POWER_LIMIT) {
    const k = BigInt(p);
    return { n: x.n ** k, d: x.d ** k };
  }
  const approx = Number(x.n) / Number(x.d);
  // Stryker disable next-line ArithmeticOperator: only picks between two paths both good to 40 digits for any result in range
  const resultLog = (Math.log10(approx) * p) / q;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,ArithmeticOperator,UnaryOperator: picks the faster path; decimal.js is right everywhere, fixed point wherever this lets it run (a test covers values too small for it)
  if (!(approx > 1 / ROOT_RANGE && approx < ROOT_RANGE && resultLog > -15 && resultLog < 300)) {
    return decimalPow(x, p, q);
  }
  const fixed = (x.n * SCALE) / x.d;
  // Stryker disable next-line ConditionalExpression: a first root and a first power are the value itself; the tests only save work
  const root = q === 1 ? fixed : rootFixed(fixed, q, approx);
  // Stryker disable next-line ConditionalExpression: as above
  return { n: p === 1 ? root : powFixed(root, p), d: SCALE };
}

/** The q-th root of a fixed-point `x` whose value is about `approx`. */
function rootFixed(x: bigint, q: number, approx: number): bigint {
  const guess = approx ** (1 / q);
  // 16 significant digits of the guess, placed at its magnitude.
  const exponent = Math.floor(Math.log10(guess));
  let y = BigInt(Math.round(guess * 10 ** (15 - exponent))) * pow10(FIXED_DIGITS - 15 + exponent);
  const order = BigInt(q);
  const below = order - 1n;
  const above = order + 1n;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a Halley step past 45 digits changes none of the 34 kept
  for (let step = q > 12 ? 2 : 1; step > 0; step--) {
    // Halley: y ← y·((q−1)·y^q + (q+1)·x) / ((q+1)·y^q + (q−1)·x).
    const power = powFixed(y, q);
    y = (y * (below * power + above * x)) / (above * power + below * x);
  }
  return y;
}

/** `y^p` in fixed point, `p ≥ 1`, by repeated squaring. */
function powFixed(y: bigint, p: number): bigint {
  let result: bigint | null = null;
  let base = y;
  for (let k = p; ; ) {
    if (k & 1) result = result === null ? base : (result * base) / SCALE;
    k >>>= 1;
    if (k === 0) return result as bigint;
    base = (base * base) / SCALE;
  }
}

/** The slow path, for values far from 1: decimal.js `pow` at guard precision. */
function decimalPow(x: Ratio, p: number, q: number): Ratio {
  const value = toGuard(x).pow(new GuardDecimal(p).div(q));
  return ratioOf(value);
}

/** A fraction as a guard-precision Decimal (exact for short decimal fractions). */
function toGuard(x: Ratio): Decimal {
  return new GuardDecimal(x.n.toString()).div(x.d.toString());
}

/**
 * The constant annual rate taking `from` to `to` in `years` (a positive fraction), for values
 * of the same sign and `from ≠ 0`: `(to/from)^(1/years) − 1`.
 *
 * @throws IndicatorError `invalid-number` naming `field` when the rate exceeds 1e+1000.
 */
export function rateRatio(from: Ratio, to: Ratio, years: Rational, field: string): Ratio {
  // A zero ratio has the power 0 (rate −1), a ratio of one the power 1 (rate 0).
  const x = abs(div(to, from));
  const factor = powRatio(x, years.den, years.num);
  if (factor === null) {
    throw new IndicatorError('invalid-number', {
      field,
      value: `(${toGuard(x).toExponential(6)})^(${years.den}/${years.num})`,
      reason: 'the rate is outside the accepted range 1e-1000 to 1e+1000',
    });
  }
  const rate = sub(factor, ONE);
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: a faster path to the same value; the series below give the same 34 digits for every rate
  if (years.num === 1 || cmp(abs(rate), TINY_RATE) >= 0) return rate;
  // A root's rate too close to zero for `root − 1`: the growth layer's series keep every digit.
  return ratioOf(
    requiredAnnualRate(
      toGuard(abs(from)),
      toGuard(abs(to)),
      new GuardDecimal(years.num).div(years.den),
    ),
  );
}
