/**
 * The fixed-point numbers of the exact-number layer (internal, not exported from the package)
 * and their one rounding to a Decimal.
 *
 * A kernel value is a BigInt `v` read as `v · 2^-p` (times `10^q` where a result says so). An
 * input decimal is read exactly into {@link Parts} (`c · 10^k`). Each kernel (roots.ts,
 * logarithms.ts, exponentials.ts) keeps its absolute error to a few units of `2^-p`, and the
 * callers pick `p` so that this stays far below half a unit in the 42nd significant digit of
 * the result; {@link roundFixed} then rounds once. Every BigInt operation costs tens of
 * nanoseconds whatever the size, so the kernels need few of them: float seeds, table
 * reductions chosen in floats, one division each.
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
/** `log2 10`. */
export const LOG2_10 = Math.log2(10);
/** Below this many units a series tail is summed in floats: its rounding stays under a unit. */
export const FLOAT_TAIL_UNITS = 2 ** 50;

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

/** Powers of ten that are exact floats, 10^0 to 10^8. */
export const FLOAT_POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
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
export function decode(x: Pick<Decimal, 'd' | 'e'>): Parts {
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

/** `10^0` to `10^400`, built while the module loads. */
const POW10: readonly bigint[] = /* @__PURE__ */ (() => {
  const table = [1n];
  for (let i = 1; i <= 400; i++) table.push((table[i - 1] as bigint) * 10n);
  return table;
})();

/** `10^k` as a BigInt, `k >= 0`: from the table up to 10^400. */
export function pow10n(k: number): bigint {
  return POW10[k] ?? 10n ** BigInt(k);
}

/** An exact decimal as fixed point with `p` fraction bits (truncated toward zero). */
export function toFixed(x: Parts, p: number): bigint {
  return ((x.c * pow10n(Math.max(x.k, 0))) << BigInt(p)) / pow10n(Math.max(-x.k, 0));
}

/** A fixed-point value as a float (for seeds and estimates). */
export function fixedToFloat(v: bigint, p: number): number {
  const f = Number(v);
  return Number.isFinite(f) ? f * 2 ** -p : Number(v >> BigInt(p));
}

/** A logarithm as fixed point, `v · 2^-p`; `v` is exactly 0 when the argument is exactly 1. */
export interface FixedLog {
  /** The value scaled by `2^p`. */
  readonly v: bigint;
  /** Fraction bits. */
  readonly p: number;
}

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
export function minusOneFixed(y: bigint, p: number, q: number): Fixed10 {
  const one = 1n << BigInt(p);
  return { v: y * pow10n(Math.max(q, 0)) - one * pow10n(Math.max(-q, 0)), p, q: Math.min(q, 0) };
}

/** Fraction bits rounded up to a multiple of 32. */
export function roundBits(bits: number): number {
  return Math.ceil(bits / 32) * 32;
}

/** Both decimals as integers over a common power of ten. */
export function align(a: Parts, b: Parts): [bigint, bigint] {
  const k = Math.min(a.k, b.k);
  return [a.c * pow10n(a.k - k), b.c * pow10n(b.k - k)];
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
  const negative = v < 0n;
  const a = negative ? -v : v;
  const af = Number(a);
  const log2a = Number.isFinite(af) ? Math.log2(af) : a.toString(16).length * 4;
  const log2Error = ERROR_BITS + Math.max(0, log2a - p);
  // As many digits as are known: the error is then a few units of the last one.
  const wanted = Math.max(digits + 4, Math.floor((log2a - log2Error) * LOG10_2));
  const s = wanted - 1 - Math.floor((log2a - p) * LOG10_2);
  let text = (((a * pow10n(Math.max(s, 0))) >> BigInt(p)) / pow10n(Math.max(-s, 0))).toString();
  const exponent = text.length - 1 - s + q;
  // Which side of the half-way point of finalDigits digits? Only a 4 or 5 next needs a look.
  const next = text.charCodeAt(finalDigits);
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
  for (let i = from + 1; i < text.length - window; i++) {
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
  while (last > 0 && words[last] === 0) {
    words.pop();
    last--;
  }
  return { toStringTag: DECIMAL_TAG, s: negative ? -1 : 1, e, d: words };
}

// ---------------------------------------------------------------------------------------------
// Sizes and products of exact decimals with fixed-point values

/**
 * A positive integer as {@link Parts} (`c = n`, `k = 0`). Below 1e300 the leading exponent comes
 * from a float and may be one too high near a power of ten (then `m` is just under 1): the
 * kernels only use `e + log10 m` and `c / 10^(digits − 1) = m`, which hold either way.
 */
export function partsOfInteger(n: bigint): Parts {
  const f = Number(n);
  if (f < 1e300) {
    const e = Math.floor(Math.log10(f));
    return { c: n, k: 0, e, digits: e + 1, m: f / 10 ** e };
  }
  const text = n.toString();
  const digits = text.length;
  const m = Number(text.slice(0, 17)) / 10 ** (Math.min(digits, 17) - 1);
  return { c: n, k: 0, e: digits - 1, digits, m };
}

/** log2 of a positive decimal, from its parts (an estimate). */
export function log2Of(x: Parts): number {
  return (x.e + Math.log10(x.m)) * LOG2_10;
}

/** Fixed-point bits that keep 2^-BASE_BITS relative to a value near 2^log2 (at least 2^-BASE). */
export function bitsFor(log2: number, extraBits: number): number {
  return Math.ceil((BASE_BITS + 8 + extraBits + Math.max(0, -log2)) / 32) * 32;
}

/** `t · y` for a fixed-point `t` and a positive decimal `y`. */
export function multiplyFixed(t: bigint, y: Parts): bigint {
  return (t * y.c * pow10n(Math.max(y.k, 0))) / pow10n(Math.max(-y.k, 0));
}
