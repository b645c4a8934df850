/**
 * Fixed-point BigInt kernels behind src/decimal/math.ts (internal, not exported from the
 * package). A value is a BigInt `v` read as `v · 2^-p` (times `10^q` where a result says so).
 * Each kernel keeps its absolute error to a few units of `2^-p`, and the callers pick `p` so
 * that this stays far below half a unit in the 42nd significant digit of the result. Every
 * BigInt operation costs tens of nanoseconds whatever the size, so the kernels are built to
 * need few of them: float seeds, table reductions chosen in floats, one division each.
 */
import type { Decimal } from './Decimal.js';

/**
 * Working fraction bits for results of order 1: about 50 digits, 8 beyond the guard digits,
 * so a kernel's error is a hundred-millionth of a unit in the 42nd digit.
 */
export const BASE_BITS = 168;

/** Largest number of base-1e7 words of an input handled by the kernels. */
export const MAX_KERNEL_WORDS = 17;

/** Largest decimal exponent of an input handled by the kernels (the library's is 1000). */
export const MAX_KERNEL_EXPONENT = 10_000;

const LOG10_2 = Math.log10(2);
const LOG2_10 = Math.log2(10);
const TWO_POW_52 = 2 ** 52;
const TWO_POW_53 = 2 ** 53;
const TWO_POW_MINUS_60 = 2 ** -60;
/** Below this many units a series tail is summed in floats: its rounding stays under a unit. */
const FLOAT_TAIL_UNITS = 2 ** 50;

/** An exact positive decimal `c · 10^k`, with its leading exponent `e` and a float mantissa. */
export interface Parts {
  /** The significant digits as an integer. */
  readonly c: bigint;
  /** The power of ten of the last digit of `c`. */
  readonly k: number;
  /** The power of ten of the leading digit (decimal.js's `e`). */
  readonly e: number;
  /** The number of digits of `c`. */
  readonly digits: number;
  /** `c` scaled into [1, 10) as a float (for seeds and estimates only). */
  readonly m: number;
}

/** The exact value 1. */
export const ONE_PARTS: Parts = { c: 1n, k: 0, e: 0, digits: 1, m: 1 };

const FLOAT_POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
const BIG_1E7 = 10n ** 7n;
const BIG_1E14 = 10n ** 14n;

function digitCount(word: number): number {
  let count = 1;
  // A word is below 1e7 = FLOAT_POW10[7], so this stops at 7 at the latest.
  while (word >= (FLOAT_POW10[count] as number)) count++;
  return count;
}

/**
 * Reads a finite non-zero decimal.js value (sign ignored) without rounding, from its base-1e7
 * words `d` and exponent `e`; pairs of words are joined in floats (exact below 2^53).
 */
export function decode(x: Decimal): Parts {
  const d = x.d;
  const length = d.length;
  const d0 = d[0] as number;
  let c = BigInt(d0);
  let i = 1;
  for (; i + 1 < length; i += 2)
    c = c * BIG_1E14 + BigInt((d[i] as number) * 1e7 + (d[i + 1] as number));
  if (i < length) c = c * BIG_1E7 + BigInt(d[i] as number);
  const lead = digitCount(d0);
  const digits = lead + 7 * (length - 1);
  let m = d0;
  if (length > 1) m += (d[1] as number) / 1e7;
  if (length > 2) m += (d[2] as number) / 1e14;
  if (length > 3) m += (d[3] as number) / 1e21;
  m /= FLOAT_POW10[lead - 1] as number;
  return { c, k: x.e - digits + 1, e: x.e, digits, m };
}

const POW10: bigint[] = [1n];

/** `10^k` as a BigInt, `k >= 0`; powers up to 10^400 are cached. */
export function pow10n(k: number): bigint {
  const hit = POW10[k];
  // Stryker disable next-line ConditionalExpression: a cache; computing again gives the same power
  if (hit !== undefined) return hit;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: only which powers are cached
  if (k > 400) return 10n ** BigInt(k);
  for (let i = POW10.length; i <= k; i++) POW10.push((POW10[i - 1] as bigint) * 10n);
  return POW10[k] as bigint;
}

/** An exact decimal as fixed point with `p` fraction bits (truncated toward zero). */
export function toFixed(x: Parts, p: number): bigint {
  // Stryker disable next-line EqualityOperator: at k = 0 both arms give c·2^p
  return x.k >= 0 ? (x.c * pow10n(x.k)) << BigInt(p) : (x.c << BigInt(p)) / pow10n(-x.k);
}

/** A fixed-point value as a float (for seeds and estimates). */
export function fixedToFloat(v: bigint, p: number): number {
  const f = Number(v);
  return Number.isFinite(f) ? f * 2 ** -p : Number(v >> BigInt(p));
}

// ---------------------------------------------------------------------------------------------
// Constants and tables, computed on first use and cached at the highest precision asked for.

interface Cached {
  p: number;
  v: bigint;
}

/** Precision of cached constants: enough for ordinary calls, so most reads are exact hits. */
const TABLE_BITS = 256;

function atPrecision(hit: Cached, p: number): bigint {
  return hit.v >> BigInt(hit.p - p);
}

/** `ln(1 + a/b)` for `|a| <= b`, as `2·atanh(a/(2b + a))` with exact rational steps. */
function lnOnePlusRational(a: bigint, b: bigint, p: number): bigint {
  const guard = 8n;
  const den = 2n * b + a;
  const a2 = a * a;
  const den2 = den * den;
  let term = (a << (BigInt(p) + guard)) / den;
  let sum = term;
  for (let j = 3n; term !== 0n; j += 2n) {
    term = (term * a2) / den2;
    sum += term / j;
  }
  return (2n * sum) >> guard;
}

function cached(cache: Cached[], key: number, p: number, compute: (p: number) => bigint): bigint {
  const hit = cache[key];
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a cache; computing again gives the same value
  if (hit !== undefined && hit.p >= p) return atPrecision(hit, p);
  const q = Math.max(p, TABLE_BITS);
  const entry = { p: q, v: compute(q) };
  cache[key] = entry;
  return atPrecision(entry, p);
}

const constants: Cached[] = [];

/** `ln 2` with `p` fraction bits. */
export function ln2Fixed(p: number): bigint {
  return cached(constants, 0, p, (q) => lnOnePlusRational(1n, 1n, q));
}

/** `ln 10 = 3·ln 2 + ln(5/4)` with `p` fraction bits. */
export function ln10Fixed(p: number): bigint {
  return cached(
    constants,
    1,
    p,
    (q) => (3n * lnOnePlusRational(1n, 1n, q + 4) + lnOnePlusRational(1n, 4n, q + 4)) >> 4n,
  );
}

/**
 * Reduction levels of the logarithm: level `k` divides by `1 + i/2^b` with `b = LEVEL_BITS[k]`
 * and `|i| <= 128` (level 0: −38 to 128), leaving `|x − 1| <= 2^-(b+1)`. Indices come from a
 * float copy of `x`, good to 2^-52, which is why the last level stops at 2^-47.
 */
const LEVEL_BITS = [7, 15, 23, 31, 39, 47];
const LEVEL_SCALES = /* @__PURE__ */ LEVEL_BITS.map((b) => 2 ** b);
const TABLE_OFFSET = 256;
const lnTables: Cached[][] = /* @__PURE__ */ LEVEL_BITS.map(() => []);

/** `ln(1 + i/2^b)` for the reduction level `level`, cached. */
function lnEntry(level: number, i: number, p: number): bigint {
  return cached(
    lnTables[level] as Cached[],
    // Stryker disable next-line ArithmeticOperator: any one-to-one key does; only the slot moves
    i + TABLE_OFFSET,
    p,
    (q) => lnOnePlusRational(BigInt(i), 1n << BigInt(LEVEL_BITS[level] as number), q),
  );
}

// ---------------------------------------------------------------------------------------------
// Logarithm

/**
 * `ln x` for `x = X·2^-p` in [0.7, 2], absolute error a few units of `2^-p` (relative accuracy
 * near `x = 1` comes from the caller's `p`). `x = D·(1 + u)` where `D` is a product of table
 * factors `1 + i/2^b` (indices picked in floats), then `ln(1 + u) = 2·atanh((x − D)/(x + D))`:
 * a single division, and with `|u| < 2^-47` only the cube term is left.
 */
export function lnCore(xFixed: bigint, p: number): bigint {
  const shiftP = BigInt(p);
  const tableBits = Math.max(p, TABLE_BITS);
  let t = Number(xFixed >> BigInt(p - 60)) * TWO_POW_MINUS_60;
  let acc = 0n;
  // Levels 0–2 multiply exactly in floats (< 2^48), then one BigInt factor per level.
  let small = 1;
  let factor = 1n;
  let bits = 0;
  for (let level = 0; level < LEVEL_BITS.length; level++) {
    const scale = LEVEL_SCALES[level] as number;
    const i = Math.round((t - 1) * scale);
    // Stryker disable next-line ConditionalExpression: a level with index 0 divides by 1 and adds ln 1 = 0
    if (i === 0) continue;
    t /= 1 + i / scale;
    acc += lnEntry(level, i, tableBits);
    bits += LEVEL_BITS[level] as number;
    // Stryker disable next-line ConditionalExpression: the float product is a faster way to the same exact factor
    if (level < 3) small *= scale + i;
    else factor *= BigInt(scale + i);
  }
  acc >>= BigInt(tableBits - p);
  // D = 1 when no level applies (x near 1): then s = (x − 1)/(x + 1).
  const d = (BigInt(small) * factor) << BigInt(p - bits);
  const s = ((xFixed - d) << shiftP) / (xFixed + d);
  // 2·atanh(s) = 2·(s + s³/3 + s⁵/5 + …). With s³ below 2^50 units (so |s| < 2^-39), 2s³/3
  // is summed in floats (rounding under a unit) and 2s⁵/5 is below 2^-28 units. Beyond 2^1023
  // bits the test fails (infinite or NaN) and the loop does it.
  const sf = fixedToFloat(s, p);
  // Stryker disable next-line ArithmeticOperator: a wrong estimate only sends the tail to the exact series below
  const cube = sf * sf * sf * 2 ** p;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement,ArithmeticOperator: a faster path to the same value; the series below gives the same units
  if (Math.abs(cube) < FLOAT_TAIL_UNITS) return acc + 2n * s + BigInt(Math.round((2 / 3) * cube));
  const s2 = (s * s) >> shiftP;
  let term = s;
  let sum = s;
  for (let j = 3n; ; j += 2n) {
    term = (term * s2) >> shiftP;
    if (term === 0n || term === -1n) break;
    sum += term / j;
  }
  return acc + 2n * sum;
}

/** A logarithm as fixed point, `v · 2^-p`; `v` is exactly 0 when the argument is exactly 1. */
export interface FixedLog {
  /** The value scaled by `2^p`. */
  readonly v: bigint;
  /** Fraction bits. */
  readonly p: number;
}

function roundBits(bits: number): number {
  return Math.ceil(bits / 32) * 32;
}

/** Both decimals as integers over a common power of ten. */
function align(a: Parts, b: Parts): [bigint, bigint] {
  const k = Math.min(a.k, b.k);
  return [a.c * pow10n(a.k - k), b.c * pow10n(b.k - k)];
}

/**
 * `ln(a/b)` with absolute error below `|ln(a/b)|·2^-(BASE_BITS + extraBits)`: near `a/b = 1`
 * the quotient is formed exactly (from the difference) with precision grown by `-log2|a/b − 1|`.
 */
export function lnRatio(a: Parts, b: Parts, extraBits: number): FixedLog {
  const lm = Math.log10(a.m / b.m);
  const lg = a.e - b.e + lm;
  // Stryker disable next-line EqualityOperator: at exactly ±0.15 either path keeps the contract
  if (lg > -0.15 && lg < 0.15) {
    const [an, bn] = align(a, b);
    const diff = an - bn;
    if (diff === 0n) return { v: 0n, p: BASE_BITS };
    const d = Math.abs(Number(diff) / Number(bn));
    const p = roundBits(BASE_BITS + extraBits + Math.max(0, -Math.log2(d)) + 8);
    return { v: lnCore((an << BigInt(p)) / bn, p), p };
  }
  const p = BASE_BITS + extraBits + 8;
  let v: bigint;
  let e10: number;
  let j: number;
  // Stryker disable next-line ConditionalExpression: a faster path to the same value
  if (b === ONE_PARTS) {
    // ln(c·10^k) = ln(c/2^j) + j·ln 2 + k·ln 10, c/2^j in [0.7, 1.42]: a shift, no division.
    // Stryker disable next-line ArithmeticOperator: lnCore's first level reaches down to 1/128, and j·ln 2 below makes up for any j that stays in its reach
    j = Math.round(Math.log2(a.m) + (a.digits - 1) * LOG2_10);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: a BigInt shift by a negative count shifts the other way, so both arms agree
    v = lnCore(j <= p ? a.c << BigInt(p - j) : a.c >> BigInt(j - p), p);
    e10 = a.k;
  } else {
    // The mantissa quotient (a.c/10^(a.digits−1)) / (b.c/10^(b.digits−1)), in (0.1, 10),
    // halved (or doubled) j times into [0.7, 1.42].
    e10 = a.e - b.e;
    j = Math.round(Math.log2(10 ** lm));
    v = lnCore(((a.c * pow10n(b.digits - 1)) << BigInt(p - j)) / (b.c * pow10n(a.digits - 1)), p);
  }
  // Multiples of the constants carry guard bits, so the sum keeps an absolute error of a few
  // units (and so a relative one: |ln(a/b)| > 0.3 here).
  v += (BigInt(j) * ln2Fixed(p + 8)) >> 8n;
  const guard = 8 + Math.ceil(Math.log2(Math.abs(e10) + 1));
  v += (BigInt(e10) * ln10Fixed(p + guard)) >> BigInt(guard);
  return { v, p };
}

// ---------------------------------------------------------------------------------------------
// Exponential

/** A fixed-point result times a power of ten: `v · 2^-p · 10^q`. */
export interface Fixed10 {
  /** The value scaled by `2^p` (and `10^-q`). */
  readonly v: bigint;
  /** Fraction bits. */
  readonly p: number;
  /** Power of ten. */
  readonly q: number;
}

/** `y·2^-p·10^q − 1`, the subtraction done exactly before any rounding. */
function minusOneFixed(y: bigint, p: number, q: number): Fixed10 {
  const one = 1n << BigInt(p);
  // Stryker disable next-line EqualityOperator: at q = 0 both arms give y − 1
  return q >= 0 ? { v: y * pow10n(q) - one, p, q: 0 } : { v: y - one * pow10n(-q), p, q };
}

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
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a BigInt shift by a negative count shifts the other way, so both arms agree
  let lnY0 = lnCore(j >= 0 ? y0Fixed >> BigInt(j) : y0Fixed << BigInt(-j), p);
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
    // Stryker disable next-line ArithmeticOperator: the estimate only decides when the tail is summed in floats; without it the exact terms run to the end
    estimate = (estimate * ef) / k;
    // The next term is below a tenth of a unit (|ε| < 2^-50).
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a faster path to the same value; the exact terms give the same units
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

// ---------------------------------------------------------------------------------------------
// Integer roots and powers

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
    let rate: number;
    // Stryker disable next-line EqualityOperator,ConditionalExpression: both estimates of the rate size p with bits to spare (away from a/b = 1 the rate of n ≤ 64 is above 2^-8, inside the 8 bits added)
    if (lg > -0.15 && lg < 0.15) {
      const [an, bn] = align(a, b);
      const diff = an - bn;
      if (diff === 0n) return null;
      rate = Math.abs(Number(diff) / Number(bn)) / n;
    } else {
      // Stryker disable next-line ArithmeticOperator: sizing slack: for n ≤ 64 away from a/b = 1 the rate is above 2^-8, inside the 8 bits added
      rate = Math.abs(Math.expm1((lg * Math.LN10) / n));
    }
    p = roundBits(p + Math.max(0, -Math.log2(rate)) + 8);
  }
  const shiftP = BigInt(p);
  // z = Z·2^-52 with Z a 56-bit integer: z^n = Z^n·2^(−52n) is exact, in one BigInt power.
  const bigZ = BigInt(Math.round(10 ** f * TWO_POW_52));
  const zBits = 52 * n;
  // Converged, z^n = (a.c/b.c)·10^g.
  const g = a.k - b.k - n * q;
  // Stryker disable next-line EqualityOperator: at g = 0 both arms give a.c
  const num = g >= 0 ? a.c * pow10n(g) : a.c;
  // Stryker disable next-line EqualityOperator: at g = 0 both arms give b.c
  const den = g >= 0 ? b.c : b.c * pow10n(-g);
  // ρ = 1 − den·z^n/num, about 1e-16, exact but for the last division; the root is
  // z·(1 − ρ)^(−1/n).
  const residual = (num << BigInt(zBits)) - den * bigZ ** BigInt(n);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a BigInt shift by a negative count shifts the other way, so both arms agree
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
    // Stryker disable next-line AssignmentOperator,ArithmeticOperator: the estimate only decides when the tail is summed in floats; without it the exact terms run to the end
    estimate *= (rf * (1 + (j - 1) * n)) / (j * n);
    // The next term is below a tenth of a unit (|ρ| < 2^-50, D_(j+1)/D_j < 1).
    // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a faster path to the same value; the exact terms give the same units
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

// ---------------------------------------------------------------------------------------------
// Back to decimal

const DECIMAL_TAG = '[object Decimal]';

/**
 * Error bound of every kernel result `v`, in bits: `2^(ERROR_BITS − p)` absolutely or
 * `2^(ERROR_BITS − p)` relatively, whichever is larger (measured errors are far smaller).
 */
const ERROR_BITS = 8;

/**
 * The fields of a decimal.js value: sign, exponent of the leading digit, base-1e7 words, and
 * the tag by which decimal.js recognises (and copies) a Decimal.
 */
export interface DecimalFields {
  /** `'[object Decimal]'`. */
  readonly toStringTag: string;
  /** The sign, 1 or -1. */
  readonly s: number;
  /** The power of ten of the leading digit. */
  readonly e: number;
  /** The digits in base-1e7 words, aligned as decimal.js aligns them. */
  readonly d: number[];
}

/** What {@link roundFixed} gives: the fields, an exact zero, or a request for more bits. */
export type Rounded = DecimalFields | 'zero' | 'retry';

/**
 * Rounds a kernel result `v·2^-p·10^q` to `digits` significant digits (the guard digits) so
 * that rounding those once more to `finalDigits` gives the correctly rounded result: a plain
 * round-to-nearest could land exactly on a half-way point of `finalDigits` digits (true value
 * `…5 00000000 03…`) and make the second rounding go the wrong way, so such a result is
 * nudged one unit towards the side where the value lies. When the value is too close to a
 * half-way point to tell the side, returns `'retry'` (the caller recomputes with more bits);
 * with `exactTie`, it is taken to be exactly on it. The fields are built directly (parsing a
 * string would cost more than the kernel).
 */
export function roundFixed(
  value: Fixed10,
  digits: number,
  finalDigits: number,
  exactTie: boolean,
): Rounded {
  const { v, p, q } = value;
  if (v === 0n) return 'zero';
  // Stryker disable next-line EqualityOperator: v = 0 has returned above
  const negative = v < 0n;
  const a = negative ? -v : v;
  const af = Number(a);
  const log2a = Number.isFinite(af) ? Math.log2(af) : a.toString(16).length * 4;
  const log2Error = ERROR_BITS + Math.max(0, log2a - p);
  // As many digits as are known: the error is then a few units of the last one.
  const wanted = Math.max(digits + 4, Math.floor((log2a - log2Error) * LOG10_2));
  const s = wanted - 1 - Math.floor((log2a - p) * LOG10_2);
  // Stryker disable next-line EqualityOperator: at s = 0 both arms give a·2^-p
  let text = (s >= 0 ? (a * pow10n(s)) >> BigInt(p) : (a >> BigInt(p)) / pow10n(-s)).toString();
  const exponent = text.length - 1 - s + q;
  // Which side of the half-way point of finalDigits digits? Only a 4 or 5 next needs a look.
  const next = text.charCodeAt(finalDigits);
  // Stryker disable next-line ConditionalExpression,UnaryOperator: below 4 sideOfHalf finds −1 as well, and the side of such a digit is never used (readsHalfway wants a 4 or 5)
  let side = next > 53 ? 1 : next < 52 ? -1 : 0;
  if (side === 0) side = sideOfHalf(text, finalDigits, 1 + 2 ** (log2Error + s * LOG2_10 - p));
  let change = 0;
  if (side === 0) {
    if (!exactTie) return 'retry';
    text = `${text.slice(0, finalDigits)}5`;
  } else {
    change = text.charCodeAt(digits) >= 53 ? 1 : 0;
    // Rounded, the guard digits would read …50000000 past finalDigits: a false half-way point.
    if (readsHalfway(text, finalDigits, digits, change)) change += side;
  }
  return decimalFields(text, digits, exponent, change, negative);
}

/** Whether `text` rounded at `digits` (up when `up` is 1) reads 5000…0 from `from` on. */
function readsHalfway(text: string, from: number, digits: number, up: number): boolean {
  if (text.charCodeAt(from) !== (up === 1 ? 52 : 53)) return false;
  const filler = up === 1 ? 57 : 48;
  for (let i = from + 1; i < digits; i++) if (text.charCodeAt(i) !== filler) return false;
  return true;
}

/**
 * The sign of the digits of `text` from `from` on against 5000…0 (a half unit of the digit
 * before), or 0 when they are within `error` units of the last digit of it.
 */
function sideOfHalf(text: string, from: number, error: number): number {
  const first = text.charCodeAt(from);
  // Far from half unless the digits read 5000…0x or 4999…9x.
  const filler = first === 53 ? 48 : 57;
  const window = Math.ceil(Math.log10(error + 1)) + 1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,BlockStatement: a faster path; the exact comparison below gives the same side
  for (let i = from + 1; i < text.length - window; i++) {
    // Stryker disable next-line ConditionalExpression: a faster path; the exact comparison below gives the same side
    if (text.charCodeAt(i) !== filler) return first === 53 ? 1 : -1;
  }
  const difference = BigInt(text.slice(from)) - 5n * pow10n(text.length - from - 1);
  const bound = BigInt(Math.ceil(error));
  if (difference > bound) return 1;
  if (difference < -bound) return -1;
  return 0;
}

/**
 * decimal.js fields of the first `digits` digits of `text` (leading digit at exponent `e`),
 * plus `change` units (−1 to 2) in the last of them. `new Decimal(fields)` copies them into a
 * Decimal about ten times faster than it parses the digits as text.
 */
export function decimalFields(
  text: string,
  digits: number,
  e: number,
  change: number,
  negative: boolean,
): DecimalFields {
  const end = Math.min(digits, text.length);
  // As decimal.js: the first word holds (e + 1) mod 7 digits (7 when that is 0), then 7 each,
  // the last padded with zeros.
  let lead = (e + 1) % 7;
  if (e < 0) lead += 7;
  if (lead === 0) lead = 7;
  const words: number[] = [];
  let unit = 1;
  // Stryker disable next-line EqualityOperator: one more word of zeros takes the change as a carry and is dropped below
  for (let at = 0, size = lead; at < end; at += size, size = 7) {
    let word = 0;
    for (let i = at; i < at + size; i++) word = word * 10 + (i < end ? text.charCodeAt(i) - 48 : 0);
    words.push(word);
    unit = FLOAT_POW10[Math.max(0, at + size - end)] as number;
  }
  let last = words.length - 1;
  words[last] = (words[last] as number) + change * unit;
  // The carry (or borrow) of the change, through every word: at most a few float steps.
  for (let w = last; w > 0; w--) {
    const carry = Math.floor((words[w] as number) / 1e7);
    words[w] = (words[w] as number) - carry * 1e7;
    words[w - 1] = (words[w - 1] as number) + carry;
  }
  if ((words[0] as number) >= (FLOAT_POW10[lead] as number)) {
    // All nines rounded up: a power of ten, one exponent higher.
    const up = lead === 7 ? 1 : lead + 1;
    return {
      toStringTag: DECIMAL_TAG,
      s: negative ? -1 : 1,
      e: e + 1,
      d: [FLOAT_POW10[up - 1] as number],
    };
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the first word holds the leading digit, never 0
  while (last > 0 && words[last] === 0) {
    words.pop();
    last--;
  }
  return { toStringTag: DECIMAL_TAG, s: negative ? -1 : 1, e, d: words };
}
