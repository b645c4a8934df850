import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { expm1Guarded, lnGuarded, lnRatioGuarded } from '../decimal/guarded.js';
import { GuardDecimal } from '../decimal/guardPrecision.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import {
  DIRECT_SUM_LIMIT,
  finishResult,
  NEGLIGIBLE_LOG,
  readPeriods,
  readPositiveBase,
  readReachableLevel,
} from './internal.js';

/** A cap on Newton steps; each bisects when it would leave the bracket, so it always converges. */
const MAX_ITERATIONS = 400;

/** A step in `u = ln(1 + rate)` below anything the guard digits resolve. */
const TINY_STEP = /* @__PURE__ */ new GuardDecimal(`1e-${GuardDecimal.precision + 4}`);

/**
 * The constant rate at which a flow, starting from `base` in the base period, sums to `total`
 * over the `periods` periods after it: the 累计法 (cumulative method) annual growth rate.
 * It is `x − 1` where `x` solves `x + x² + … + xⁿ = total / base`.
 *
 * The polynomial increases on `x > 0`, so the root is unique. It is found by Newton's method
 * on `ln(1 + r)` at guard precision, started to the right of the root (where it converges
 * monotonically) and kept inside a bracket by bisection, then rounded once to 34 digits; one period is
 * solved in closed form (`total / base − 1`). A total of `base · periods` gives exactly 0 and
 * a total of 0 exactly −1 (`x = 0` is then the root: every flow falls to nothing). The ratio
 * `total / base` is taken to 42 digits, so a rate very near 0 is right to about 1e-42 of the
 * ratio, not to 34 digits of itself (a rate of 1e-35 keeps about 7).
 *
 * @param base - The flow in the base period; must be greater than zero.
 * @param total - The sum of the flows over the `periods` periods after the base; zero or more.
 * @param periods - The number of periods summed: a whole number, at least 1.
 * @returns The rate per period as a fraction, at least −1.
 * @throws {@link IndicatorError} `invalid-number` when an argument is not a finite decimal or
 * the rate lies outside 1e±1000; `non-positive-base` when `base ≤ 0`; `sign-change` when
 * `total < 0`; `invalid-periods` when `periods` is not a whole number of at least 1.
 *
 * @example
 * ```ts
 * import { rateForCumulativeTotal } from 'tianmu-indicators';
 *
 * // Base 8, the next five years sum to 50: x + x² + … + x⁵ = 6.25.
 * rateForCumulativeTotal(8, 50, 5).toFixed(7);
 * // => '0.0753273'
 * rateForCumulativeTotal(8, 18.48, 2).toString();
 * // => '0.1'
 * ```
 *
 * @category Growth
 */
export function rateForCumulativeTotal(
  base: DecimalInput,
  total: DecimalInput,
  periods: DecimalInput,
): Decimal {
  const b = readPositiveBase(base);
  const s = readReachableLevel(total, b, 'total');
  const n = readPeriods(periods, { positive: true, integer: true });
  const field = 'rateForCumulativeTotal';
  const ratio = new GuardDecimal(s).div(b);
  // Stryker disable next-line ConditionalExpression: solve(ratio, 1) starts at u = ln ratio, the root, and returns expm1(ln ratio) = ratio − 1
  if (n.eq(1)) return finishResult(ratio.minus(1), field);
  return finishResult(solve(ratio, n), field);
}

/**
 * Solves `Σ (1 + r)^k = ratio` (k = 1..n, n ≥ 2, ratio > 0, ratio ≠ n) for `r`.
 *
 * Newton works on `u = ln(1 + r)` and `ln F`: `ln Σ e^(ku)` is convex and increasing in `u`
 * with a slope between 1 and n, so steps started right of the root never overshoot and stay
 * large (on `F` itself, `x^n` dominating makes Newton crawl by a factor 1 − 1/n a step).
 */
function solve(ratio: Decimal, n: Decimal): Decimal {
  // Below the guard digits x ≈ ratio, and 1 + r rounds to ratio − 1 (a total of 0 gives −1).
  if (ratio.plus(1).eq(1)) return ratio.minus(1);
  // Bounds on u from F ≥ max(x, x^n) and F ≤ n·max(x, x^n); the root is above 0 exactly
  // when ratio > n (the sum at x = 1).
  const logRatio = lnGuarded(ratio);
  const logN = lnGuarded(n);
  let low: Decimal;
  let high: Decimal;
  if (ratio.gt(n)) {
    low = logRatio.minus(logN).div(n);
    high = logRatio.div(n);
  } else {
    low = logRatio.minus(logN);
    high = GuardDecimal.min(logRatio, 0);
  }
  let u = high;
  let settled = 0;
  // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator,UpdateOperator: the step count only; once settled, further steps move u by rounding noise, and every test input settles well within the cap
  for (let i = 0; i < MAX_ITERATIONS && settled < 3; i++) {
    const rate = expm1Guarded(u);
    // x from u itself: 1 + rate would round a tiny x to 0.
    const x = u.exp();
    const { sum, slope } = sumAndSlope(u, x, rate, n);
    // ln(F / ratio), exact near the root, and d ln F / du = x·F'/F.
    const excess = lnRatioGuarded(sum, ratio);
    if (excess.isPositive()) high = u;
    else low = u;
    let next = u.minus(excess.times(sum).div(slope.times(x)));
    // A step below the guard digits: nothing left to refine.
    if (next.eq(u)) return rate;
    // Rounding can push a step out of the bracket: bisect instead.
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a safeguard; Newton on the convex ln F, started right of the root, stays inside the bracket up to rounding
    if (next.lte(low) || next.gte(high)) next = low.plus(high).div(2);
    // Once steps are 1e-20 of u, two more quadratic steps reach the guard digits; beyond
    // them the steps are rounding noise.
    const step = next.minus(u).abs();
    // Stryker disable next-line ConditionalExpression,LogicalOperator,UpdateOperator: the step count only (the loop then ends on next = u or the cap), never the converged root
    if (step.lte(next.abs().times('1e-20')) || step.lte(TINY_STEP)) settled++;
    u = next;
  }
  return expm1Guarded(u);
}

/**
 * `F = Σ x^k` (k = 1..n) and its derivative `F' = Σ k x^(k−1)` at guard precision, for
 * `x = e^u = 1 + rate`, all three given.
 */
function sumAndSlope(
  u: Decimal,
  x: Decimal,
  rate: Decimal,
  n: Decimal,
): { sum: Decimal; slope: Decimal } {
  // Stryker disable next-line ConditionalExpression,BlockStatement: the closed form gives F to the guard digits too; Newton converges to the same root
  if (n.lte(DIRECT_SUM_LIMIT)) {
    // Horner with its derivative: F ← (F + 1)·x, F' ← F'·x + (F + 1).
    let sum = new GuardDecimal(0);
    let slope = new GuardDecimal(0);
    for (let k = 0; k < n.toNumber(); k++) {
      slope = slope.times(x).plus(sum).plus(1);
      sum = sum.plus(1).times(x);
    }
    return { sum, slope };
  }
  // ln x^n: at most ln(ratio), since u never exceeds the starting bound ln(ratio)/n.
  const logPower = u.times(n);
  // Stryker disable next-line ConditionalExpression,BlockStatement: with x^n below the guard digits the closed form below gives the same F and slope
  if (logPower.lt(NEGLIGIBLE_LOG)) {
    // x^n has vanished: F = x/(1 − x), F' = 1/(1 − x)².
    return { sum: x.div(rate.neg()), slope: new GuardDecimal(1).div(rate.times(rate)) };
  }
  const nr = new GuardDecimal(n).times(rate);
  if (nr.abs().lt('1e-6')) {
    // Near r = 0: F from the closed form, whose derivative would cancel; n(n + 1)/2 is the
    // slope to within n·r, close enough for a Newton step.
    const sum = rate.isZero() ? new GuardDecimal(n) : geometricSum(x, rate, logPower);
    return { sum, slope: new GuardDecimal(n).times(n.plus(1)).div(2) };
  }
  // d/dx of x(x^n − 1)/(x − 1) = (n·r·x^n − (x^n − 1))/r², with x^n − 1 = expm1(n·u).
  const grown = expm1Guarded(logPower);
  const slope = nr.times(grown.plus(1)).minus(grown).div(rate.times(rate));
  return { sum: geometricSum(x, rate, logPower), slope };
}

/** `x(x^n − 1)/(x − 1)` as `x·expm1(n·u)/r`: nothing cancels near r = 0. */
function geometricSum(x: Decimal, rate: Decimal, logPower: Decimal): Decimal {
  return x.times(expm1Guarded(logPower)).div(rate);
}
