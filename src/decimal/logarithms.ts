/**
 * Logarithm kernels in fixed point (see fixedPoint.ts): `ln 2`, `ln 10`, the reduction tables,
 * `ln x` near 1 and `ln(a/b)` of two exact decimals. Internal.
 */
import {
  align,
  BASE_BITS,
  bitsFor,
  type FixedLog,
  FLOAT_TAIL_UNITS,
  fixedToFloat,
  LOG2_10,
  log2Of,
  ONE_PARTS,
  type Parts,
  pow10n,
  roundBits,
  toFixed,
} from './fixedPoint.js';

const TWO_POW_MINUS_60 = 2 ** -60;

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
  return cached(lnTables[level] as Cached[], i + TABLE_OFFSET, p, (q) =>
    lnOnePlusRational(BigInt(i), 1n << BigInt(LEVEL_BITS[level] as number), q),
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
    if (i === 0) continue;
    t /= 1 + i / scale;
    acc += lnEntry(level, i, tableBits);
    bits += LEVEL_BITS[level] as number;
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
  const cube = sf * sf * sf * 2 ** p;
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

/**
 * `ln(a/b)` with absolute error below `|ln(a/b)|·2^-(BASE_BITS + extraBits)`: near `a/b = 1`
 * the quotient is formed exactly (from the difference) with precision grown by `-log2|a/b − 1|`.
 */
export function lnRatio(a: Parts, b: Parts, extraBits: number): FixedLog {
  const lm = Math.log10(a.m / b.m);
  const lg = a.e - b.e + lm;
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
  if (b === ONE_PARTS) {
    // ln(c·10^k) = ln(c/2^j) + j·ln 2 + k·ln 10, c/2^j in [0.7, 1.42]: a shift, no division.
    j = Math.round(Math.log2(a.m) + (a.digits - 1) * LOG2_10);
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

/** `ln(1 + x)` for an exact decimal `|x| < 1/4` (negated when `negative`), with `-log2|x|` extra bits. */
export function ln1pOfParts(x: Parts, negative: boolean, extraBits: number): FixedLog {
  const p = bitsFor(log2Of(x), extraBits);
  const fixed = toFixed(x, p);
  const one = 1n << BigInt(p);
  return { v: lnCore(negative ? one - fixed : one + fixed, p), p };
}
