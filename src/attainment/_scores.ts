/**
 * Private to the attainment layer: the Open SDG score and the ESCAP current status index on
 * exact fractions, shared by the public helpers and the assessments.
 */
import { abs, clamp, cmp, div, type Ratio, ratio, scale, sub } from '../decimal/rational.js';

export const TEN = /* @__PURE__ */ ratio(10);
export const MINUS_TEN = /* @__PURE__ */ ratio(-10);
export const FIVE = /* @__PURE__ */ ratio(5);
const MINUS_FIVE = /* @__PURE__ */ ratio(-5);

// Open SDG's published coefficients: the two lines meet (at about 0) for R = 0.6.
const KNEE = /* @__PURE__ */ ratio(6, 10);
const UPPER_SLOPE = /* @__PURE__ */ ratio(71429, 10000);
const UPPER_OFFSET = /* @__PURE__ */ ratio(42857, 10000);
const LOWER_SLOPE = /* @__PURE__ */ ratio(41667, 10000);
const LOWER_OFFSET = /* @__PURE__ */ ratio(25, 10);

/**
 * The ESCAP current status index for `d` = ±1 and `T ≠ b`: 10 once the target is met,
 * otherwise `10·d·(a − b)/|T − b|` kept within −10 to 10.
 */
export function statusIndexOf(b: Ratio, a: Ratio, t: Ratio, d: 1 | -1): Ratio {
  if (d === 1 ? cmp(a, t) >= 0 : cmp(a, t) <= 0) return TEN;
  // Stryker disable next-line ArithmeticOperator: d is ±1, so 10/d equals 10·d
  return clamp(div(scale(sub(a, b), 10 * d), abs(sub(t, b))), MINUS_TEN, TEN);
}

/** The Open SDG score of a progress ratio, −5 to 5. */
export function scoreOf(r: Ratio): Ratio {
  if (cmp(r, KNEE) >= 0) {
    const score = sub(mulRatio(r, UPPER_SLOPE), UPPER_OFFSET);
    // Stryker disable next-line EqualityOperator: at the bound the score equals it
    return cmp(score, FIVE) > 0 ? FIVE : score;
  }
  const score = sub(mulRatio(r, LOWER_SLOPE), LOWER_OFFSET);
  // Stryker disable next-line EqualityOperator: at the bound the score equals it
  return cmp(score, MINUS_FIVE) < 0 ? MINUS_FIVE : score;
}

function mulRatio(a: Ratio, b: Ratio): Ratio {
  return { n: a.n * b.n, d: a.d * b.d };
}
