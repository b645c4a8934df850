/**
 * Exact rational arithmetic on BigInt (internal, not exported from the package): the numbers
 * of attainment, audit and the decisions of checkStatedChange.
 *
 * A scorecard reports a dozen figures for each of up to a million targets. decimal.js spends
 * one to three microseconds on each operation, BigInt a tenth of that; so the attainment
 * engine reads every value once into an exact fraction, computes completion, increments,
 * indices, time and gaps exactly, takes compound-growth powers with the fixed-point kernels
 * (rationalPowers.ts), and makes each reported Decimal once, correctly rounded (half-even) to
 * the library's 34 digits. checkStatedChange decides whether a change rounds to a stated
 * figure from exact fractions and one half-up rounding ({@link roundHalfUp}), never from a
 * rounded quotient.
 */
import { Decimal } from './Decimal.js';
import { decimalFields, pow10n } from './fixedPoint.js';
import { MAX_EXPONENT } from './toDecimal.js';

/** An exact fraction `n / d`, `d > 0`; not necessarily in lowest terms. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

/** Significant digits of a reported figure. */
const DIGITS = 34;

export const ZERO: Ratio = { n: 0n, d: 1n };
export const ONE: Ratio = { n: 1n, d: 1n };

/** `10^k` for `k ≥ 0`. */
export const pow10: (k: number) => bigint = pow10n;

/** An integer fraction. */
export function ratio(n: number | bigint, d: number | bigint = 1): Ratio {
  const num = BigInt(n);
  const den = BigInt(d);
  return den < 0n ? { n: -num, d: -den } : { n: num, d: den };
}

/** The exact value of a Decimal (any decimal.js instance) as a fraction over a power of ten. */
export function ratioOf(value: Decimal): Ratio {
  // toFixed() without places: every digit, in plain notation.
  const text = value.toFixed();
  // BigInt reads the sign itself.
  const point = text.indexOf('.');
  if (point === -1) return { n: BigInt(text), d: 1n };
  return {
    n: BigInt(text.slice(0, point) + text.slice(point + 1)),
    d: pow10(text.length - point - 1),
  };
}

/** The exact decimal `int × 10^exp`. */
export function decimalRatio(int: bigint, exp: number): Ratio {
  return { n: int * pow10n(Math.max(exp, 0)), d: pow10n(Math.max(-exp, 0)) };
}

/**
 * A fraction whose denominator is a power of ten (as every sum, difference and product of
 * {@link ratioOf} and {@link decimalRatio} values is) as a Decimal, exactly: every digit kept.
 */
export function exactDecimal(a: Ratio): Decimal {
  return new Decimal(`${a.n}e-${a.d.toString().length - 1}`);
}

/**
 * `a` rounded half-up, halves away from zero (四舍五入), to `decimals` places: exact, from
 * integers alone.
 */
export function roundHalfUp(a: Ratio, decimals: number): Ratio {
  const num = a.n * pow10n(decimals);
  // Division truncates toward zero and the remainder takes the sign of num, so a remainder of
  // half of d or more, on either side, moves the quotient one away from zero.
  const twiceRemainder = (num % a.d) * 2n;
  let quotient = num / a.d;
  if (twiceRemainder >= a.d) quotient += 1n;
  else if (twiceRemainder <= -a.d) quotient -= 1n;
  return { n: quotient, d: pow10n(decimals) };
}

/** The sum `a + b`. */
export function add(a: Ratio, b: Ratio): Ratio {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

/** The difference `a − b`. */
export function sub(a: Ratio, b: Ratio): Ratio {
  if (a.d === b.d) return { n: a.n - b.n, d: a.d };
  return { n: a.n * b.d - b.n * a.d, d: a.d * b.d };
}

/** The product `a · b`. */
export function mul(a: Ratio, b: Ratio): Ratio {
  return { n: a.n * b.n, d: a.d * b.d };
}

/** `a / b` for `b ≠ 0`. */
export function div(a: Ratio, b: Ratio): Ratio {
  return b.n < 0n ? { n: -a.n * b.d, d: a.d * -b.n } : { n: a.n * b.d, d: a.d * b.n };
}

/** The negation `−a`. */
export function neg(a: Ratio): Ratio {
  return { n: -a.n, d: a.d };
}

/** The absolute value. */
export function abs(a: Ratio): Ratio {
  return a.n < 0n ? { n: -a.n, d: a.d } : a;
}

/** `a` times an integer. */
export function scale(a: Ratio, k: number): Ratio {
  return { n: a.n * BigInt(k), d: a.d };
}

/** −1, 0 or 1. */
export function sign(a: Ratio): -1 | 0 | 1 {
  return a.n > 0n ? 1 : a.n < 0n ? -1 : 0;
}

/** −1, 0 or 1 as `a` is below, equal to or above `b`. */
export function cmp(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const left = a.d === b.d ? a.n : a.n * b.d;
  const right = a.d === b.d ? b.n : b.n * a.d;
  return left > right ? 1 : left < right ? -1 : 0;
}

/** `a` limited to [low, high]. */
export function clamp(a: Ratio, low: Ratio, high: Ratio): Ratio {
  return cmp(a, low) < 0 ? low : cmp(a, high) > 0 ? high : a;
}

/** The larger of two fractions (either one when they are equal). */
export function max(a: Ratio, b: Ratio): Ratio {
  return cmp(a, b) < 0 ? b : a;
}

/**
 * About `log10(n)` for a positive integer: to double precision while `n` is below 1e300
 * (cheap), otherwise within one, from the digit count.
 */
export function magnitude(n: bigint): number {
  const approx = Number(n);
  return approx < 1e300 ? Math.log10(approx) : n.toString().length - 1;
}

/** Lower and upper bounds on `log10(a)` for a positive fraction. */
export function log10Bounds(a: Ratio): readonly [number, number] {
  const top = Number(a.n);
  const bottom = Number(a.d);
  if (top < 1e300 && bottom < 1e300) {
    const value = Math.log10(top) - Math.log10(bottom);
    return [value - 1e-9, value + 1e-9];
  }
  const value = magnitude(a.n) - magnitude(a.d);
  return [value - 2, value + 2];
}

/**
 * The same figure with its digit array cut to size. decimal.js grows the array while it parses
 * or computes and leaves the spare room; a copy holds only the digits (about 160 bytes instead
 * of 250 for 34 digits), which matters when a scorecard keeps a million of them.
 */
export function compactFigure(value: Decimal): Decimal {
  return new Decimal(value);
}

/**
 * The fraction as a reported figure: correctly rounded to 34 significant digits, half to even;
 * `null` beyond the accepted range 1e±1000. Zero is `0`, never `-0`.
 */
export function toFigure(a: Ratio): Decimal | null {
  if (a.n === 0n) return new Decimal(0);
  const negative = a.n < 0n;
  const n = negative ? -a.n : a.n;
  // Scale so that the integer quotient has at least DIGITS + 2 digits.
  const shift = DIGITS + 3 - Math.floor(magnitude(n) - magnitude(a.d));
  const top = shift > 0 ? n * pow10(shift) : n;
  const bottom = shift < 0 ? a.d * pow10(-shift) : a.d;
  const quotient = top / bottom;
  const text = quotient.toString();
  let head = text.slice(0, DIGITS);
  const tail = text.slice(DIGITS);
  const first = tail.charCodeAt(0) - 48;
  // A tie only when every digit past the 5 is zero and the division was exact: then to even.
  const above =
    first > 5 ||
    (first === 5 && (/[1-9]/.test(tail.slice(1)) || quotient * bottom !== top || isOdd(head)));
  if (above) head = (BigInt(head) + 1n).toString();
  // The exponent of the leading digit; a carry (9.99… → 10) adds one.
  const exponent = text.length - 1 - shift + (head.length - DIGITS);
  if (exponent > MAX_EXPONENT || exponent < -MAX_EXPONENT) return null;
  // Built from decimal.js's fields, not parsed from text: the copy is faster and holds a digit
  // array of its own size.
  return new Decimal(decimalFields(head, head.length, exponent, 0, negative) as unknown as Decimal);
}

function isOdd(digits: string): boolean {
  return (digits.charCodeAt(digits.length - 1) & 1) === 1;
}
