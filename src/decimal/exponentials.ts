/**
 * The exponential kernel in fixed point (see fixedPoint.ts): `e^t` and `e^t − 1`. Internal.
 */
import {
  BASE_BITS,
  bitsFor,
  type Fixed10,
  FLOAT_TAIL_UNITS,
  fixedToFloat,
  log2Of,
  minusOneFixed,
  multiplyFixed,
  ONE_PARTS,
  type Parts,
  toFixed,
} from './fixedPoint.js';
import { ln2Fixed, ln10Fixed, lnCore, lnRatio } from './logarithms.js';

const TWO_POW_53 = 2 ** 53;

/**
 * `exp(t)` for `t = T·2^-p`, relative error a few units of `2^-p`, as `y·2^-p·10^q`; with
 * `minusOne`, `exp(t) − 1` with the same absolute error (relative accuracy near `t = 0` comes
 * from `p`). Seed `y0 = Math.exp`, then `exp(r) = y0·exp(r − ln y0)`: `r − ln y0` is about
 * 1e-16, so its exponential series ends after three or four terms.
 */
export function expCore(tFixed: bigint, p: number, minusOne: boolean): Fixed10 {
  const shiftP = BigInt(p);
  const tf = fixedToFloat(tFixed, p);
  const q = Math.round(tf / Math.LN10);
  // q·ln 10 with enough extra bits that its error stays below 2^-p.
  const guard = 8 + Math.ceil(Math.log2(Math.abs(q) + 1));
  const r = tFixed - ((BigInt(q) * ln10Fixed(p + guard)) >> BigInt(guard));
  const y0 = Math.exp(fixedToFloat(r, p));
  const y0Fixed = BigInt(Math.round(y0 * TWO_POW_53)) << BigInt(p - 53);
  const j = Math.round(Math.log2(y0));
  // A negative shift right is a shift left.
  let lnY0 = lnCore(y0Fixed >> BigInt(j), p);
  lnY0 += BigInt(j) * ln2Fixed(p);
  const eps = r - lnY0;
  // exp(ε) − 1 = ε + ε²/2 + …: exact terms while they are large, then a float tail.
  const ef = fixedToFloat(eps, p);
  // The first term in units of 2^-p (infinite or NaN beyond 2^1023: no float tail then).
  let estimate = ef * 2 ** p;
  let term = eps;
  let sum = eps;
  // A term of −1 gives 0 next (the shift floors, the division truncates): no need to stop on it.
  for (let k = 2; term !== 0n; k++) {
    estimate = (estimate * ef) / k;
    // The next term is below a tenth of a unit (|ε| < 2^-50).
    if (Math.abs(estimate) < FLOAT_TAIL_UNITS) {
      sum += BigInt(Math.round(estimate));
      break;
    }
    term = ((term * eps) >> shiftP) / BigInt(k);
    sum += term;
  }
  const y = y0Fixed + ((y0Fixed * sum) >> shiftP);
  return minusOne ? minusOneFixed(y, p, q) : { v: y, p, q };
}

/**
 * `e^x`, or `e^x − 1` when `minusOne`, for an exact decimal `x` (negated when `negative`): the
 * fixed point of `x` keeps `-log2|x|` extra bits for `e^x − 1` of a small `x`.
 */
export function expOfParts(
  x: Parts,
  negative: boolean,
  minusOne: boolean,
  extraBits: number,
): Fixed10 {
  const p = minusOne ? bitsFor(log2Of(x), extraBits) : BASE_BITS + extraBits;
  const fixed = toFixed(x, p);
  return expCore(negative ? -fixed : fixed, p, minusOne);
}

/**
 * `x^y = exp(y·ln x)` for a positive decimal `x` and a decimal `y` (negated when
 * `negativeExponent`), `t = |y·ln x|` about `tEstimate`: ln x gets log2 t extra bits, so that
 * t keeps 2^-BASE absolutely; its error grew by |y|, so log2|y| bits are dropped again and exp
 * gets a few units of error. The result is negated when `negative`.
 */
export function powByLogarithm(
  x: Parts,
  y: Parts,
  negativeExponent: boolean,
  negative: boolean,
  tEstimate: number,
  extraBits: number,
): Fixed10 {
  const tBits = Math.ceil(Math.log2(tEstimate + 1)) + 4;
  const yBits = Math.max(0, Math.ceil(log2Of(y)));
  const ln = lnRatio(x, ONE_PARTS, tBits + extraBits);
  const product = multiplyFixed(ln.v, y) >> BigInt(yBits);
  const result = expCore(negativeExponent ? -product : product, ln.p - yBits, false);
  return negative ? { v: -result.v, p: result.p, q: result.q } : result;
}
