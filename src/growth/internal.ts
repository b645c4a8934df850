/**
 * Private helpers of the growth layer: argument checks, the range check, the guarded growth
 * factor and the geometric sum (the logarithms and exponentials are the decimal layer's kernels). Not exported from the barrel.
 */
import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { expm1Guarded, ln1pGuarded, lnRatioGuarded, powGuarded } from '../decimal/guarded.js';
import { GuardDecimal, roundResult } from '../decimal/guardPrecision.js';
import { MAX_EXPONENT, toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';

/** The first and last calendar years accepted, as in the periods layer. */
const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

/**
 * The largest |ln| of a growth factor computed at all: e^10000 is about 1e4343, beyond every
 * accepted result (1e±1000) yet far inside decimal.js's range, so `pow` never returns a silent
 * Infinity or 0 and never works on a huge exponent.
 */
const MAX_LOG_FACTOR = 10_000;

/** Sums up to this many periods term by term (exact decimals); longer sums use the closed form. */
export const DIRECT_SUM_LIMIT = 64;

/** Reads a rate: a fraction above −1, so that the growth factor `1 + rate` is positive. */
export function readRate(value: DecimalInput, field = 'rate'): Decimal {
  const rate = toDecimal(value, field);
  if (rate.lte(-1)) {
    throw new IndicatorError('invalid-argument', {
      field,
      value,
      reason: 'a rate must be greater than -1, so that the growth factor 1 + rate is positive',
    });
  }
  return rate;
}

/** Reads a growth base that must be positive (a ratio or logarithm is taken of it). */
export function readPositiveBase(value: DecimalInput, field = 'base'): Decimal {
  const base = toDecimal(value, field);
  if (base.lte(0)) throw new IndicatorError('non-positive-base', { field, value });
  return base;
}

/**
 * Reads a level to reach from a positive base (a target or a total): zero or more, since a
 * compound rate cannot cross from a positive base to a negative level.
 */
export function readReachableLevel(value: DecimalInput, base: Decimal, field: string): Decimal {
  const level = toDecimal(value, field);
  if (level.isNegative()) {
    throw new IndicatorError('sign-change', {
      field,
      value,
      reason: `the base ${base.toString()} is positive and the ${field} is negative`,
    });
  }
  return level;
}

/** How a period count is constrained. */
export interface PeriodsRule {
  /** Zero periods has no answer (a rate over no time). */
  readonly positive?: boolean;
  /** Only whole periods make sense (a sum of yearly flows). */
  readonly integer?: boolean;
}

/** Reads a number of periods: never negative; positive or whole when the rule says so. */
export function readPeriods(
  value: DecimalInput,
  rule: PeriodsRule = {},
  field = 'periods',
): Decimal {
  const periods = toDecimal(value, field);
  if (periods.isNegative()) {
    throw new IndicatorError('invalid-periods', {
      field,
      value,
      reason: 'periods cannot be negative',
    });
  }
  if (rule.positive === true && periods.isZero()) {
    throw new IndicatorError('invalid-periods', {
      field,
      value,
      reason: 'at least some time must pass: periods must be greater than 0',
    });
  }
  if (rule.integer === true && !periods.isInteger()) {
    throw new IndicatorError('invalid-periods', {
      field,
      value,
      reason: 'a sum of yearly flows needs a whole number of periods',
    });
  }
  return periods;
}

/** Reads a calendar year given as a number (`2021`) or a `'YYYY'` string (`'2021'`), 1900–9999. */
export function readYear(value: unknown, field: string): number {
  let year = Number.NaN;
  if (typeof value === 'number') year = value;
  // Four digits, no spaces: the canonical year form of the periods layer's parsePeriod.
  else if (typeof value === 'string' && /^\d{4}$/.test(value)) year = Number(value);
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new IndicatorError('invalid-period', {
      field,
      value,
      reason: `expected a year ${MIN_YEAR} to ${MAX_YEAR}, as a number (2021) or a string ('2021')`,
    });
  }
  return year;
}

/** Reads the `{ from, to }` years of a path, `from` not after `to`. */
export function readYearSpan(span: unknown): { readonly from: number; readonly to: number } {
  if (typeof span !== 'object' || span === null) {
    throw new IndicatorError('invalid-argument', {
      field: 'options',
      value: span,
      reason: 'expected { from, to } with the first and last years',
    });
  }
  const { from: first, to: last } = span as { from?: unknown; to?: unknown };
  const from = readYear(first, 'from');
  const to = readYear(last, 'to');
  if (to < from) {
    throw new IndicatorError('invalid-period', {
      field: 'to',
      value: last,
      reason: `the last year comes before the first year ${from}`,
    });
  }
  return { from, to };
}

/** The label of a calendar year, as the periods layer writes it. */
export function yearLabel(year: number): string {
  return String(year);
}

/**
 * Rounds an intermediate result once to 34 digits and checks it is an accepted decimal:
 * finite and within 1e±1000, like every input (so a result can always be fed back in).
 */
export function finishResult(value: Decimal, field: string): Decimal {
  const result = roundResult(value);
  if (!result.isFinite() || (!result.isZero() && Math.abs(result.e) > MAX_EXPONENT)) {
    throw outOfRange(field, result);
  }
  return result;
}

/** The error for a result beyond the accepted range. */
export function outOfRange(field: string, value: Decimal): IndicatorError {
  return new IndicatorError('invalid-number', {
    field,
    // Exponential form: the plain digits of 1e6000000 would fill memory.
    value: value.isFinite() ? value.toExponential(6) : value.toString(),
    reason: `the result is outside the accepted range 1e-${MAX_EXPONENT} to 1e+${MAX_EXPONENT}`,
  });
}

/**
 * `periods · ln(1 + rate)`, the log of the growth factor, checked before any power is taken.
 */
export function logGrowthFactor(rate: Decimal, periods: Decimal, field: string): Decimal {
  return checkLogFactor(ln1pGuarded(rate).times(periods), field);
}

/**
 * Checks the natural log of a factor against {@link MAX_LOG_FACTOR}, so that no power is
 * ever taken whose result could not be returned.
 */
export function checkLogFactor(logFactor: Decimal, field: string): Decimal {
  if (logFactor.abs().gt(MAX_LOG_FACTOR)) {
    throw new IndicatorError('invalid-number', {
      field,
      value: `about 10^${describeExponent(logFactor.div(Math.LN10))}`,
      reason: `the result is outside the accepted range 1e-${MAX_EXPONENT} to 1e+${MAX_EXPONENT}`,
    });
  }
  return logFactor;
}

/**
 * Checks that `(target/base)^(1/periods)` is a power that can be taken, as
 * {@link checkLogFactor} does for `ln(target/base)/periods`, but from the decimal exponents
 * first: |ln(target/base)| < (|Δe| + 1)·ln 10, so only a ratio that may be out of range pays
 * for the exact logarithm (which then gives the error its figure).
 */
export function checkRootRange(target: Decimal, base: Decimal, periods: Decimal, field: string) {
  const bound = ((Math.abs(target.e - base.e) + 1) * Math.LN10) / periods.toNumber();
  // Stryker disable next-line ConditionalExpression,EqualityOperator: skipping is only a shortcut; the exact check below passes whatever it skips
  if (bound < MAX_LOG_FACTOR) return;
  checkLogFactor(lnRatioGuarded(target, base).div(periods), field);
}

/** A decimal exponent for a message: `6000000`, or `4.343e+1000` when it is itself huge. */
function describeExponent(exponent: Decimal): string {
  return exponent.abs().lt(1e15) ? exponent.round().toFixed(0) : exponent.toExponential(3);
}

/** `(1 + rate)^periods` at guard precision, after the range check. */
export function growthFactorGuarded(rate: Decimal, periods: Decimal, field: string): Decimal {
  const logFactor = logGrowthFactor(rate, periods, field);
  const factor = new GuardDecimal(1).plus(rate);
  if (factor.minus(1).eq(rate)) return powGuarded(factor, periods);
  // `rate` has more digits than 1 + rate can hold at guard precision (say 1e-50): its
  // accurate logarithm keeps them.
  return logFactor.exp();
}

/**
 * The natural log below which a power `x^n` (x < 1) no longer shows in the guard digits, so
 * `1 − x^n` is 1: about ln(1e-47).
 */
export const NEGLIGIBLE_LOG: Decimal = /* @__PURE__ */ new GuardDecimal(
  -(GuardDecimal.precision + 5),
).times(Math.LN10);

/** The sum `Σ (1 + rate)^k` for `k = 1..periods` (whole `periods`), at guard precision. */
export function geometricSumGuarded(rate: Decimal, periods: Decimal, field: string): Decimal {
  if (rate.isZero()) return new GuardDecimal(periods);
  const factor = new GuardDecimal(1).plus(rate);
  if (periods.lte(DIRECT_SUM_LIMIT) && factor.minus(1).eq(rate)) {
    // Horner: x·(1 + x·(1 + …)); every term is positive, so nothing cancels, and short sums
    // of exact decimals stay exact.
    let sum = new GuardDecimal(0);
    for (let k = 0; k < periods.toNumber(); k++) sum = sum.plus(1).times(factor);
    return sum;
  }
  const logFactor = ln1pGuarded(rate).times(periods);
  // A shrinking flow whose last terms vanish sums to x/(1 − x), however long the span.
  if (logFactor.lt(NEGLIGIBLE_LOG)) return factor.div(rate.neg());
  // (1 + r)·((1 + r)^n − 1)/r with (1 + r)^n − 1 = expm1(n·ln(1 + r)): nothing cancels.
  return factor.times(expm1Guarded(checkLogFactor(logFactor, field))).div(rate);
}
