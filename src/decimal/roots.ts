/**
 * Root and power kernels in fixed point (see fixedPoint.ts): integer powers, `(a/b)^(1/n)` by
 * one high-order Newton step, and roots of any positive index through the logarithm and
 * exponential kernels. Internal.
 */
import { expCore } from './exponentials.js';
import {
  align,
  BASE_BITS,
  type Fixed10,
  FLOAT_TAIL_UNITS,
  fixedToFloat,
  log2Of,
  minusOneFixed,
  type Parts,
  partsOfInteger,
  pow10n,
  roundBits,
} from './fixedPoint.js';
import { lnRatio } from './logarithms.js';

const TWO_POW_52 = 2 ** 52;

/** `z^n` for `z = Z·2^-p >= 1`, binary exponentiation, relative error about `2·log2(n)·2^-p`. */
export function powFixed(z: bigint, n: number, p: number): bigint {
  const shiftP = BigInt(p);
  let result = 0n;
  let base = z;
  for (let k = n; ; ) {
    if (k & 1) result = result === 0n ? base : (result * base) >> shiftP;
    k = Math.floor(k / 2);
    if (k === 0) return result;
    base = (base * base) >> shiftP;
  }
}

/**
 * `(a/b)^(1/n)`, or `(a/b)^(1/n) − 1` with `minusOne`, for an integer `n >= 1`, as
 * `v·2^-p·10^q`. Seed `z = 10^(log10(a/b)/n − q)` in floats (exponent split, so no overflow,
 * `z` in [1, 10)), then one high-order Newton step: with `ρ = 1 − b·10^(nq)·z^n/a` (about
 * 1e-16, from the exact integer `a − b·10^(nq)·z^n`) the root is `10^q·z·(1 − ρ)^(−1/n)`,
 * and the binomial series of `(1 − ρ)^(−1/n)` ends after three or four terms. Near `a/b = 1`
 * the precision grows with `-log2` of the rate, so `root − 1` keeps its digits. Returns
 * `null` when `minusOne` is set and `a/b` is exactly 1 (the rate is exactly 0).
 */
export function rootRatio(
  a: Parts,
  b: Parts,
  n: number,
  minusOne: boolean,
  extraBits: number,
): Fixed10 | null {
  const exponent = a.e - b.e;
  const lm = Math.log10(a.m / b.m);
  const lg = exponent + lm;
  const q = Math.floor(lg / n);
  // log10 z = (exponent − n·q + lm)/n, its integer part exact.
  const f = (exponent - n * q + lm) / n;
  let p = BASE_BITS + extraBits;
  if (minusOne) {
    // root − 1 keeps its relative accuracy only if p grows with -log2 of the rate: near
    // a/b = 1 the rate comes from the exact difference, elsewhere from floats (a large n
    // makes a small rate of any ratio).
    let log2Rate: number;
    if (lg > -0.15 && lg < 0.15) {
      const [an, bn] = align(a, b);
      const diff = an - bn;
      if (diff === 0n) return null;
      // From parts, as a power's digits can pass a float's range.
      const change = partsOfInteger(diff < 0n ? -diff : diff);
      const base = partsOfInteger(bn);
      log2Rate = log2Of(change) - log2Of(base) - Math.log2(n);
    } else {
      log2Rate = Math.log2(Math.abs(Math.expm1((lg * Math.LN10) / n)));
    }
    p = roundBits(p + Math.max(0, -log2Rate) + 8);
  }
  const shiftP = BigInt(p);
  // z = Z·2^-52 with Z a 56-bit integer: z^n = Z^n·2^(−52n) is exact, in one BigInt power.
  const bigZ = BigInt(Math.round(10 ** f * TWO_POW_52));
  const zBits = 52 * n;
  // Converged, z^n = (a.c/b.c)·10^g.
  const g = a.k - b.k - n * q;
  const num = g >= 0 ? a.c * pow10n(g) : a.c;
  const den = g >= 0 ? b.c : b.c * pow10n(-g);
  // ρ = 1 − den·z^n/num, about 1e-16, exact but for the last division; the root is
  // z·(1 − ρ)^(−1/n).
  const residual = (num << BigInt(zBits)) - den * bigZ ** BigInt(n);
  const scaled = p >= zBits ? residual << BigInt(p - zBits) : residual >> BigInt(zBits - p);
  const rho = scaled / num;
  // (1 − ρ)^(−1/n) − 1 = Σ D_j·ρ^j, D_1 = 1/n, D_j = D_(j−1)·(1 + (j−1)·n)/(j·n): exact terms
  // while they are large, then a float tail.
  const rf = fixedToFloat(rho, p);
  // The first term in units of 2^-p (infinite or NaN beyond 2^1023: no float tail then).
  let estimate = (rf * 2 ** p) / n;
  let term = rho / BigInt(n);
  let sigma = term;
  // A term of −1 gives 0 next (the shift floors, the division truncates): no need to stop on it.
  for (let j = 2; term !== 0n; j++) {
    estimate *= (rf * (1 + (j - 1) * n)) / (j * n);
    // The next term is below a tenth of a unit (|ρ| < 2^-50, D_(j+1)/D_j < 1).
    if (Math.abs(estimate) < FLOAT_TAIL_UNITS) {
      sigma += BigInt(Math.round(estimate));
      break;
    }
    term = (((term * rho) >> shiftP) * BigInt(1 + (j - 1) * n)) / BigInt(j * n);
    sigma += term;
  }
  // y = z·(1 + σ), in units of 2^-p.
  const y = (bigZ * ((1n << shiftP) + sigma)) >> 52n;
  return minusOne ? minusOneFixed(y, p, q) : { v: y, p, q };
}

/** Integer roots up to this index use the Newton kernel; larger ones exp(ln(a/b)/n). */
export const ROOT_NEWTON_MAX = 64;

/**
 * `(a/b)^(p/q)` with `p` up to this (and the power's digits up to {@link POWER_DIGITS_MAX}) is
 * the Newton root of index `q` of the exact power `a^p/b^p`: a short fractional exponent of
 * years (2/5 for 2.5 years, 12/7 for seven months) costs one BigInt power and one Newton step
 * instead of a logarithm and an exponential.
 */
export const ROOT_POWER_MAX = 12;
/** The most digits of `a^p` and `b^p` together on the Newton path. */
const POWER_DIGITS_MAX = 1_000;

/**
 * Whether `(a/b)^(p/q)` is the Newton root of the exact power (a short fractional exponent)
 * rather than the logarithm. Speed only: both paths keep the kernel's error bound.
 */
function takesNewtonRoot(a: Parts, b: Parts, p: number, q: number): boolean {
  return (
    q <= ROOT_NEWTON_MAX && p <= ROOT_POWER_MAX && (a.digits + b.digits) * p <= POWER_DIGITS_MAX
  );
}

/** `x^p` for a whole `p >= 1`, exactly. */
function partsToPower(x: Parts, p: number): Parts {
  const whole = partsOfInteger(x.c ** BigInt(p));
  const k = x.k * p;
  return { ...whole, k, e: whole.e + k };
}

/**
 * `(a/b)^(num/den)`, or that minus 1, for a positive exponent `num/den` of about
 * `2^log2Exponent`, as `exp(ln(a/b)·num/den)`: ln keeps its relative accuracy near a/b = 1, and
 * `|log2Exponent|` extra bits keep `t = ln(a/b)·num/den` (and so `exp(t) − 1`) accurate for a
 * small exponent (t small) and a large one (t large: its error grows with the exponent, so
 * those bits are dropped again and exp gets a few units of error). a/b = 1 gives ln = 0
 * exactly, so t = 0 and exp(t) is exactly 1.
 */
function rootByLogarithm(
  a: Parts,
  b: Parts,
  num: bigint,
  den: bigint,
  log2Exponent: number,
  minusOne: boolean,
  extraBits: number,
): Fixed10 {
  const nBits = Math.ceil(Math.abs(log2Exponent)) + 4;
  const ln = lnRatio(a, b, nBits + extraBits);
  const t = (ln.v * num) / den;
  if (log2Exponent <= 0) return expCore(t, ln.p, minusOne);
  return expCore(t >> BigInt(nBits), ln.p - nBits, minusOne);
}

/**
 * `(a/b)^(1/n)`, or `(a/b)^(1/n) − 1` when `minusOne`, for a positive decimal index `n` that is
 * not a whole number up to {@link ROOT_NEWTON_MAX} (those take {@link rootRatio}): through the
 * logarithm, with `1/n = 10^-k/c`.
 */
export function rootOfDecimalIndex(
  a: Parts,
  b: Parts,
  n: Parts,
  minusOne: boolean,
  extraBits: number,
): Fixed10 {
  const num = n.k < 0 ? pow10n(-n.k) : 1n;
  const den = n.k < 0 ? n.c : n.c * pow10n(n.k);
  return rootByLogarithm(a, b, num, den, -log2Of(n), minusOne, extraBits);
}

/**
 * `(a/b)^(p/q)`, or that minus 1, for whole `p, q >= 1`: a root of index `q` by the Newton
 * kernel when `q <= 64` and `p` is small (of the exact power `a^p/b^p`), otherwise through the
 * logarithm. `null` as for {@link rootRatio} (only on the Newton path; on the other an exact 1
 * gives `v = 0`).
 */
export function rootOfFraction(
  a: Parts,
  b: Parts,
  p: number,
  q: number,
  minusOne: boolean,
  extraBits: number,
): Fixed10 | null {
  return takesNewtonRoot(a, b, p, q)
    ? rootRatio(partsToPower(a, p), partsToPower(b, p), q, minusOne, extraBits)
    : rootByLogarithm(a, b, BigInt(p), BigInt(q), Math.log2(p / q), minusOne, extraBits);
}

/**
 * `x^n` (or `x^-n` when `reciprocal`) for a positive decimal `x` and a whole `n >= 1`, by binary
 * exponentiation of the mantissa: `x = m·10^e` with `m` in [1, 10), so `x^n = m^n·10^(e·n)`.
 */
export function powerOfParts(
  x: Parts,
  n: number,
  reciprocal: boolean,
  negative: boolean,
  extraBits: number,
): Fixed10 {
  const p = BASE_BITS + 8 + extraBits;
  const mn = powFixed((x.c << BigInt(p)) / pow10n(x.digits - 1), n, p);
  if (!reciprocal) return { v: negative ? -mn : mn, p, q: x.e * n };
  // 1/m^n = 10^-digits·(10^digits/m^n), the quotient in (0.1, 1].
  const digits = Math.floor(n * Math.log10(x.m));
  const v = (pow10n(digits) << (2n * BigInt(p))) / mn;
  return { v: negative ? -v : v, p, q: -x.e * n - digits };
}
