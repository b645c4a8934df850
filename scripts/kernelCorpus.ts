/**
 * The kernel corpus: seeded random cases for the guarded math kernels of src/decimal/guarded.ts,
 * with decimal.js reference values. Shared by scripts/generateKernelCorpus.ts (the fixed
 * corpus of the tests, test/fixtures/kernel-corpus.json) and bench/kernels.bench.ts (the
 * 100,000-case agreement check).
 *
 * A reference is decimal.js's own result at 60 significant digits (more where the result is a
 * small difference, like `x^(1/n) − 1` near `x = 1`, so that it still has 60 correct digits),
 * rounded half-even to 34 digits: decimal.js's `pow`, `ln` and `exp` are correctly rounded at
 * their precision (`pow` "almost always"), so this is the correctly rounded 34-digit result.
 */
import { Decimal as DecimalJs } from 'decimal.js';
import type { Decimal } from '../src/decimal/Decimal.js';
import {
  expGuarded,
  expm1Guarded,
  ln1pGuarded,
  lnGuarded,
  lnRatioGuarded,
  nthRootGuarded,
  nthRootMinusOneGuarded,
  nthRootOfRatioMinusOneGuarded,
  powGuarded,
} from '../src/decimal/guarded.js';

/** The kernels covered, by name. */
export type KernelName =
  | 'nthRoot'
  | 'nthRootMinusOne'
  | 'ratioRootMinusOne'
  | 'ln'
  | 'lnRatio'
  | 'ln1p'
  | 'exp'
  | 'expm1'
  | 'pow';

/** One case: a kernel and its arguments as decimal strings. */
export interface KernelCase {
  /** The kernel. */
  readonly fn: KernelName;
  /** Its arguments, decimal strings. */
  readonly args: readonly string[];
}

/** A case with its reference values. */
export interface KernelCaseWithReference extends KernelCase {
  /** The correctly rounded 34-digit result. */
  readonly expected: string;
  /** The first 50 significant digits of the exact result (for the guard-digit check). */
  readonly reference: string;
}

/** Calls our kernel (guard precision, not yet rounded to 34 digits). */
export const KERNELS: Record<KernelName, (args: readonly Decimal[]) => Decimal> = {
  nthRoot: ([x, n]) => nthRootGuarded(x as Decimal, n as Decimal),
  nthRootMinusOne: ([x, n]) => nthRootMinusOneGuarded(x as Decimal, n as Decimal),
  ratioRootMinusOne: ([a, b, n]) =>
    nthRootOfRatioMinusOneGuarded(a as Decimal, b as Decimal, n as Decimal),
  ln: ([x]) => lnGuarded(x as Decimal),
  lnRatio: ([a, b]) => lnRatioGuarded(a as Decimal, b as Decimal),
  ln1p: ([x]) => ln1pGuarded(x as Decimal),
  exp: ([x]) => expGuarded(x as Decimal),
  expm1: ([x]) => expm1Guarded(x as Decimal),
  pow: ([x, y]) => powGuarded(x as Decimal, y as Decimal),
};

// ---------------------------------------------------------------------------------------------
// Random cases

/** mulberry32: a small seeded generator, so a corpus is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;

function int(random: Random, low: number, high: number): number {
  return low + Math.floor(random() * (high - low + 1));
}

function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** `count` random digits, the first non-zero. */
function digits(random: Random, count: number): string {
  let text = String(int(random, 1, 9));
  for (let i = 1; i < count; i++) text += String(int(random, 0, 9));
  return text;
}

/** Indicator-like digit counts: short data ("27720", "8.2") or full 34-digit values. */
function digitCount(random: Random): number {
  return random() < 0.5 ? int(random, 1, 6) : pick(random, [10, 17, 25, 34, 34, 34]);
}

/** A positive decimal `d.ddd…e<exponent>`. */
function decimal(random: Random, exponent: number, count = digitCount(random)): string {
  const text = digits(random, count);
  return `${text[0]}.${text.slice(1) || '0'}e${exponent}`;
}

/** A ratio of two indicator values: mostly 0.05 to 20. */
function ratioLike(random: Random): string {
  return decimal(random, pick(random, [-2, -1, -1, 0, 0, 0, 0, 1]));
}

/** Anything in the library's range, quotients included (exponents up to ±2000). */
function wide(random: Random): string {
  const roll = random();
  if (roll < 0.6) return decimal(random, int(random, -300, 300));
  if (roll < 0.9) return decimal(random, int(random, -1000, 1000));
  return decimal(random, int(random, -2000, 2000));
}

/** `1 ± m·10^-k`: where `x^(1/n) − 1` and `ln x` lose digits if done naively. */
function nearOne(random: Random): string {
  const k = int(random, 1, 32);
  const small = new DecimalJs(decimal(random, -k, int(random, 1, 8)));
  return (random() < 0.5 ? small.plus(1) : new DecimalJs(1).minus(small)).toString();
}

function positive(random: Random): string {
  const roll = random();
  if (roll < 0.5) return ratioLike(random);
  if (roll < 0.8) return wide(random);
  return nearOne(random);
}

/** Periods: mostly whole years, some long integer spans, some fractional years. */
function index(random: Random): string {
  const roll = random();
  if (roll < 0.55) return String(int(random, 1, 30));
  if (roll < 0.7) return String(int(random, 31, 64));
  if (roll < 0.82) {
    return String(
      pick(random, [96, 100, 120, 360, 365, 1000, 10_000, 1_000_000, int(random, 65, 1e6)]),
    );
  }
  const whole = int(random, 0, 50);
  const fraction = digits(random, int(random, 1, 4));
  return `${whole}.${fraction}`;
}

/** An indicator value: short or full digits, exponent −2 to 8. */
function indicator(random: Random): string {
  return decimal(random, int(random, -2, 8));
}

/** A second value near `base` (`base·(1 ± 10^-k)` cut to at most 34 digits) or unrelated. */
function target(random: Random, base: string): string {
  if (random() < 0.35) {
    const k = int(random, 1, 25);
    const factor = new DecimalJs(decimal(random, -k, int(random, 1, 6)));
    const signed = random() < 0.5 ? factor : factor.neg();
    const value = new DecimalJs(base).times(signed.plus(1));
    return value.toSignificantDigits(int(random, 6, 34)).toString();
  }
  return new DecimalJs(base)
    .times(ratioLike(random))
    .toSignificantDigits(digitCount(random))
    .toString();
}

function signed(random: Random, value: string): string {
  return random() < 0.5 ? value : `-${value}`;
}

const GENERATORS: Record<KernelName, (random: Random) => string[]> = {
  nthRoot: (random) => [positive(random), index(random)],
  nthRootMinusOne: (random) => [random() < 0.6 ? nearOne(random) : positive(random), index(random)],
  ratioRootMinusOne: (random) => {
    const base = indicator(random);
    return [target(random, base), base, index(random)];
  },
  ln: (random) => [positive(random)],
  lnRatio: (random) => {
    const base = indicator(random);
    return [target(random, base), base];
  },
  ln1p: (random) => {
    if (random() < 0.6) return [signed(random, decimal(random, -int(random, 1, 40)))];
    const value = new DecimalJs(decimal(random, int(random, -1, 1))).minus(0.99);
    return [value.toString()];
  },
  exp: (random) => {
    const roll = random();
    if (roll < 0.4) return [signed(random, decimal(random, int(random, -3, 1)))];
    if (roll < 0.8) return [signed(random, decimal(random, int(random, 2, 3)))];
    return [signed(random, decimal(random, int(random, -40, -4)))];
  },
  expm1: (random) => [signed(random, decimal(random, int(random, -40, 0)))],
  pow: (random) => {
    const roll = random();
    const x = positive(random);
    if (roll < 0.45) return [x, String(int(random, -64, 64))];
    if (roll < 0.55) return [x, String(pick(random, [96, 100, 365, 1000, -100, -1000]))];
    if (roll < 0.65) return [`-${ratioLike(random)}`, String(int(random, -30, 30))];
    return [x, signed(random, decimal(random, int(random, -3, 1), int(random, 1, 6)))];
  },
};

/** Share of each kernel in a corpus: the n-th roots and logarithms growth code uses most. */
const WEIGHTS: readonly [KernelName, number][] = [
  ['nthRoot', 0.28],
  ['nthRootMinusOne', 0.1],
  ['ratioRootMinusOne', 0.15],
  ['ln', 0.12],
  ['lnRatio', 0.06],
  ['ln1p', 0.08],
  ['exp', 0.07],
  ['expm1', 0.05],
  ['pow', 0.09],
];

/** `count` random cases from `seed`. Results stay within decimal.js's range. */
export function generateCases(seed: number, count: number): KernelCase[] {
  const random = seededRandom(seed);
  const cases: KernelCase[] = [];
  while (cases.length < count) {
    let roll = random();
    let fn: KernelName = 'nthRoot';
    for (const [name, weight] of WEIGHTS) {
      fn = name;
      if (roll < weight) break;
      roll -= weight;
    }
    const args = GENERATORS[fn](random);
    if (inRange(fn, args)) cases.push({ fn, args });
  }
  return cases;
}

/** Keeps results within about 1e±4000 (pow with huge exponents could reach 1e±10^6). */
function inRange(fn: KernelName, args: readonly string[]): boolean {
  if (fn !== 'pow') return true;
  const x = new DecimalJs(args[0] as string).abs();
  const size = Math.abs((x.e + 1) * Number(args[1]));
  return size < 4000 && !x.isZero();
}

// ---------------------------------------------------------------------------------------------
// References

const REFERENCE_DIGITS = 60;
const clones = new Map<number, typeof DecimalJs>();

function at(precision: number): typeof DecimalJs {
  let clone = clones.get(precision);
  if (clone === undefined) {
    clone = DecimalJs.clone({
      precision,
      rounding: DecimalJs.ROUND_HALF_EVEN,
      toExpNeg: -9e15,
      toExpPos: 9e15,
    });
    clones.set(precision, clone);
  }
  return clone;
}

/** Extra digits so that `value` (a small difference) still gets 60 significant digits. */
function extra(value: DecimalJs): number {
  return value.isZero() ? 0 : Math.max(0, -value.e) + 5;
}

/**
 * The exact result to at least 60 significant digits: when those read 5000…0 or 4999…9 after
 * the 34th digit (a half-way point that 60 digits cannot settle), again with 40 more digits,
 * up to 300 (then the result is taken to be exactly half-way).
 */
function reference(fn: KernelName, args: readonly string[]): DecimalJs {
  let result = referenceAt(fn, args, REFERENCE_DIGITS);
  for (let digits = REFERENCE_DIGITS + 40; digits <= 300 && nearHalfway(result); digits += 40) {
    result = referenceAt(fn, args, digits);
  }
  return result;
}

function nearHalfway(value: DecimalJs): boolean {
  if (value.isZero()) return false;
  const tail =
    value
      .abs()
      .toSignificantDigits(REFERENCE_DIGITS - 2)
      .toExponential()
      .split('e')[0] ?? '';
  const rest = tail.replace('.', '').slice(34);
  return /^50*$|^49*$/.test(rest);
}

function referenceAt(fn: KernelName, args: readonly string[], p: number): DecimalJs {
  const [a = '0', b = '0', c = '0'] = args;
  switch (fn) {
    case 'nthRoot': {
      const R = at(p);
      return new R(a).pow(new R(1).div(b));
    }
    case 'nthRootMinusOne': {
      const R = at(p + extra(new DecimalJs(a).minus(1)));
      return new R(a).pow(new R(1).div(b)).minus(1);
    }
    case 'ratioRootMinusOne': {
      const change = new (at(p))(a).minus(b).div(b);
      const R = at(p + extra(change) + extra(change.div(c)));
      return new R(a).div(b).pow(new R(1).div(c)).minus(1);
    }
    case 'ln': {
      const R = at(p + extra(new DecimalJs(a).minus(1)));
      return new R(a).ln();
    }
    case 'lnRatio': {
      const R = at(p + extra(new (at(p))(a).minus(b).div(b)));
      return new R(a).div(b).ln();
    }
    case 'ln1p': {
      const R = at(p + extra(new DecimalJs(a)));
      return new R(a).plus(1).ln();
    }
    case 'exp':
      return new (at(p))(a).exp();
    case 'expm1': {
      const R = at(p + extra(new DecimalJs(a)));
      return new R(a).exp().minus(1);
    }
    case 'pow':
      return new (at(p))(a).pow(b);
  }
}

/** Adds the reference values to cases (slow: decimal.js's pow and ln at 60+ digits). */
export function withReference(cases: readonly KernelCase[]): KernelCaseWithReference[] {
  return cases.map((item) => {
    const exact = reference(item.fn, item.args);
    // Printed by the default constructor: exponent notation for very large or small values.
    const round = (digits: number) =>
      new DecimalJs(exact.toSignificantDigits(digits, DecimalJs.ROUND_HALF_EVEN)).toString();
    return { ...item, expected: round(34), reference: round(50) };
  });
}

// ---------------------------------------------------------------------------------------------
// Agreement

/** How our kernels agree with the references. */
export interface Agreement {
  /** Cases checked. */
  cases: number;
  /** Rounded to 34 digits, equal to the correctly rounded result. */
  equal: number;
  /** Within one unit in the 34th digit. */
  withinOneUlp: number;
  /** Largest error of the 42-digit guard result against the reference, in its last unit. */
  maxGuardUlps: number;
  /** The case with that error. */
  worstGuardCase: KernelCase | null;
  /** The cases that differ at 34 digits (at most 20 kept). */
  mismatches: { fn: KernelName; args: readonly string[]; ours: string; expected: string }[];
}

/** The unit in the `digits`-th significant digit of a non-zero value. */
function ulp(value: DecimalJs, digits: number): DecimalJs {
  return new DecimalJs(10).pow(value.e - digits + 1);
}

/** Runs our kernels over cases with references and counts agreement. */
export function checkAgreement(
  cases: readonly KernelCaseWithReference[],
  toDecimal: (text: string) => Decimal,
  round: (value: Decimal) => Decimal,
): Agreement {
  const result: Agreement = {
    cases: cases.length,
    equal: 0,
    withinOneUlp: 0,
    maxGuardUlps: 0,
    worstGuardCase: null,
    mismatches: [],
  };
  const wide = at(80);
  for (const item of cases) {
    const guard = KERNELS[item.fn](item.args.map(toDecimal));
    const ours = new wide(round(guard));
    const expected = new wide(item.expected);
    const reference = new wide(item.reference);
    if (ours.eq(expected)) result.equal++;
    else if (result.mismatches.length < 20) {
      result.mismatches.push({ ...item, ours: ours.toString(), expected: item.expected });
    }
    if (expected.isZero() ? ours.isZero() : ours.minus(expected).abs().lte(ulp(expected, 34))) {
      result.withinOneUlp++;
    }
    if (!reference.isZero()) {
      const error = new wide(guard).minus(reference).abs().div(ulp(reference, 42)).toNumber();
      if (error > result.maxGuardUlps) {
        result.maxGuardUlps = error;
        result.worstGuardCase = { fn: item.fn, args: item.args };
      }
    } else if (!guard.isZero()) {
      result.maxGuardUlps = Number.POSITIVE_INFINITY;
      result.worstGuardCase = { fn: item.fn, args: item.args };
    }
  }
  return result;
}
