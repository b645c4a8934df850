/**
 * Compound-growth powers of exact fractions with rational exponents (internal, not exported
 * from the package): the guards of the attainment engine's powers and rates.
 *
 * Years between periods are exact fractions (months / 12 or days / 365), so a growth factor is
 * `x^(p/q)`. Whole powers up to 64 stay exact fractions; every other power goes to the same
 * fixed-point kernels as the growth layer (roots.ts: the Newton root of index `q` of `x^p` when
 * `p` is small, otherwise `exp(ln x · p/q)`). A rate `x^(p/q) − 1` is computed as such (no digit lost near
 * zero) and rounded once like every guarded result, so over whole years it is
 * `requiredAnnualRate`'s rate digit for digit.
 */
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Decimal } from './Decimal.js';
import { decode, type Fixed10, partsOfInteger, pow10n } from './fixedPoint.js';
import { GuardDecimal, roundOnceFields } from './guardPrecision.js';
import { abs, decimalRatio, div, log10Bounds, ONE, type Ratio, sub, ZERO } from './rational.js';
import { rootOfFraction } from './roots.js';
import { MAX_EXPONENT } from './toDecimal.js';

/** Integer powers of exact fractions up to this exponent are computed exactly. */
const EXACT_POWER_LIMIT = 64;

/** A positive exponent `num/den` of years, in lowest terms. */
export interface YearFraction {
  /** The numerator. */
  readonly num: number;
  /** The denominator. */
  readonly den: number;
}

/** Where `x^(p/q)` lies against the accepted range 1e±1000, from bounds on `log10 x`. */
function rangeOf(x: Ratio, p: number, q: number): 'above' | 'below' | 'inside' {
  const [low, high] = log10Bounds(x);
  if ((low * p) / q > MAX_EXPONENT) return 'above';
  if ((high * p) / q < -MAX_EXPONENT - 1) return 'below';
  return 'inside';
}

/** A fixed-point kernel value as the exact fraction it stands for. */
function ratioOfFixed(value: Fixed10): Ratio {
  const twoP = 1n << BigInt(value.p);
  return { n: value.v * pow10n(Math.max(value.q, 0)), d: twoP * pow10n(Math.max(-value.q, 0)) };
}

/**
 * `x^(p/q)` for `x ≥ 0` and integers `p ≥ 0`, `q ≥ 1`: exact when `q = 1` and `p ≤ 64`,
 * otherwise to about 50 significant digits; 0 when the result would be below 1e-1000, `null`
 * when above 1e+1000.
 */
export function powRatio(x: Ratio, p: number, q: number): Ratio | null {
  if (p === 0) return ONE;
  // Zero needs no test of its own: its log10 bounds are −Infinity, so it is below the range.
  const range = rangeOf(x, p, q);
  if (range === 'above') return null;
  if (range === 'below') return ZERO;
  if (q === 1 && p <= EXACT_POWER_LIMIT) {
    const k = BigInt(p);
    return { n: x.n ** k, d: x.d ** k };
  }
  const a = partsOfInteger(x.n);
  const b = partsOfInteger(x.d);
  // `null` only with minusOne; not asked for here.
  return ratioOfFixed(rootOfFraction(a, b, p, q, false, 0) as Fixed10);
}

/** A fraction as a guard-precision Decimal (exact for short decimal fractions). */
function toGuard(x: Ratio): Decimal {
  return new GuardDecimal(x.n.toString()).div(x.d.toString());
}

/**
 * The constant annual rate taking `from` to `to` in `years` (a positive fraction), for values
 * of the same sign and `from ≠ 0`: `(to/from)^(1/years) − 1`, exact over whole powers and
 * otherwise rounded once to 42 digits so that its 34-digit figure is correctly rounded.
 *
 * @throws IndicatorError `invalid-number` naming `field` when the rate exceeds 1e+1000.
 */
export function rateRatio(from: Ratio, to: Ratio, years: YearFraction, field: string): Ratio {
  // A zero ratio has the power 0 (rate −1), a ratio of one the power 1 (rate 0).
  const x = abs(div(to, from));
  const p = years.den;
  const q = years.num;
  const range = rangeOf(x, p, q);
  if (range === 'above') {
    throw new IndicatorError('invalid-number', {
      field,
      value: `(${toGuard(x).toExponential(6)})^(${p}/${q})`,
      reason: 'the rate is outside the accepted range 1e-1000 to 1e+1000',
    });
  }
  if (range === 'below') return { n: -1n, d: 1n };
  if (q === 1 && p <= EXACT_POWER_LIMIT) {
    const k = BigInt(p);
    return sub({ n: x.n ** k, d: x.d ** k }, ONE);
  }
  const a = partsOfInteger(x.n);
  const b = partsOfInteger(x.d);
  const fields = roundOnceFields((extra) => rootOfFraction(a, b, p, q, true, extra));
  if (fields === null) return ZERO;
  const { c, k } = decode(fields);
  return decimalRatio(BigInt(fields.s) * c, k);
}
