import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { GuardDecimal, roundResult } from '../decimal/guardPrecision.js';
import {
  abs,
  add,
  cmp,
  decimalRatio,
  div,
  exactDecimal,
  max,
  mul,
  type Ratio,
  ratioOf,
  roundHalfUp,
  sub,
} from '../decimal/rational.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Qualifier } from '../models/types.js';
import { noNegativeZero, readOptions } from './_change.js';

/**
 * What a stated change is written in: `percent` (增长44.3%, a relative change) or
 * `percentage-points` (下降2.6个百分点, a difference of two percents).
 *
 * @category Comparison
 */
export type StatedChangeKind = 'percent' | 'percentage-points';

/**
 * Options of {@link checkStatedChange}: how the statement is written and how exact its levels
 * are.
 *
 * @category Comparison
 */
export interface CheckStatedChangeOptions {
  /**
   * The statement's own qualifier: `null` (the default) for a plain figure, `approximately`
   * for 约, `more-than` for 余/多, `at-least` for 以上.
   */
  readonly qualifier?: Qualifier;
  /**
   * The decimals the statement gives (1 for 44.3%). By default they are read from
   * `statedPercent` as written: `'44.3'` has 1, `'44.30'` has 2; pass a string (or this
   * option) to keep trailing zeros, which a number loses.
   */
  readonly decimals?: number;
  /** What the statement is written in: `percent` (the default) or `percentage-points`. */
  readonly kind?: StatedChangeKind;
  /** The qualifier of the `from` level (约27720元 is `approximately`); `null` by default. */
  readonly fromQualifier?: Qualifier;
  /** The qualifier of the `to` level (约4万元 is `approximately`); `null` by default. */
  readonly toQualifier?: Qualifier;
}

/**
 * The verdict of {@link checkStatedChange}. The `…Percent` fields are in percent, or in
 * percentage points when `kind` is `percentage-points`.
 *
 * @category Comparison
 */
export interface CheckStatedChangeResult {
  /** What the statement is written in. */
  readonly kind: StatedChangeKind;
  /** The statement's qualifier. */
  readonly qualifier: Qualifier;
  /**
   * The change from the levels as given: `(to − from) / from × 100` for `percent`, `to −
   * from` for `percentage-points`; 34 significant digits.
   */
  readonly exactPercent: Decimal;
  /** The exact change rounded half-up (四舍五入) to `decimals` places, as the statement is. */
  readonly roundedPercent: Decimal;
  /** The stated figure (signed: a fall is negative). */
  readonly statedPercent: Decimal;
  /** The decimals the statement gives. */
  readonly decimals: number;
  /** `exactPercent − statedPercent`. */
  readonly difference: Decimal;
  /**
   * How far from the stated figure its wording allows the change to lie: half a unit of the
   * last stated place for a plain figure, 余/多 or 以上 (the last two only below it, any
   * amount beyond), and the larger of one unit and 5% of the figure for 约.
   */
  readonly tolerance: Decimal;
  /**
   * The smallest change the levels allow given their qualifiers; `exactPercent` when both
   * levels are exact.
   */
  readonly lowestPercent: Decimal;
  /**
   * The largest change the levels allow given their qualifiers; `exactPercent` when both
   * levels are exact.
   */
  readonly highestPercent: Decimal;
  /** Whether some change the levels allow is one the statement allows. */
  readonly consistent: boolean;
}

const QUALIFIERS: readonly unknown[] = [null, 'approximately', 'more-than', 'at-least'];
const HUNDRED: Ratio = { n: 100n, d: 1n };
const FIVE_PERCENT: Ratio = { n: 5n, d: 100n };
/** `decimals` may not exceed this: 10^1000 is already far beyond any statement. */
const MAX_DECIMALS = 1000;

interface Bound {
  readonly value: Ratio;
  readonly open: boolean;
}

/** The changes a statement allows; a missing end is unbounded. */
interface Interval {
  readonly low: Bound | null;
  readonly high: Bound | null;
}

/**
 * Checks a change that a text states ("增长44.3%", "下降2.6个百分点") against the two levels
 * it joins, as precisely as the statement is written.
 *
 * The change from the levels is computed exactly and rounded half-up (四舍五入) to the
 * statement's decimals. A plain figure is consistent when that rounding gives the figure
 * itself (equivalently, the exact change lies within half a unit of the last stated place,
 * a half rounding away from zero). The statement's qualifier widens this: 约
 * (`approximately`) accepts a change within one whole unit of the last stated place or 5% of
 * the figure, whichever is larger; 余/多 (`more-than`) and 以上 (`at-least`) accept any
 * change that rounds to the figure or beyond it (further from zero), with no upper limit.
 *
 * Levels can be approximate too (农民人均收入增至约4万元): a level qualified `approximately`
 * is taken to be rounded at its last non-zero digit (40000 is 4万 to the nearest 万, so 35000
 * to 45000), and one qualified `more-than` or `at-least` to lie between its value and one
 * unit of that digit beyond (4万余 is 40000 to 50000). The statement is consistent when some
 * pair of possible levels gives a change it allows; `lowestPercent` and `highestPercent`
 * show the range. A fall is stated as a negative figure (下降12.5% is `'-12.5'`).
 *
 * @param from - The earlier level; above 0 for a `percent` statement.
 * @param to - The later level.
 * @param statedPercent - The stated change, signed, in percent (or percentage points); a
 * string keeps its decimals as written.
 * @param options - The statement's `qualifier`, `decimals` and `kind`, and the levels'
 * `fromQualifier` and `toQualifier`.
 * @returns A fresh {@link CheckStatedChangeResult}.
 * @throws {@link IndicatorError} `invalid-number` naming `from`, `to` or `statedPercent`;
 * `non-positive-base` (field `from`) when a `percent` statement starts from a level of 0 or
 * below; `invalid-argument` naming the option for an unknown qualifier or kind, or decimals
 * that are not an integer from 0 to 1000.
 *
 * @example
 * ```ts
 * import { checkStatedChange } from 'tianmu-indicators';
 *
 * // 农民人均收入从27720元增至约4万元,增长44.3%.
 * const check = checkStatedChange(27720, 40000, '44.3');
 * [check.exactPercent.toFixed(6), check.roundedPercent.toString(), check.consistent];
 * // => ['44.300144', '44.3', true]
 * checkStatedChange(27720, 40000, '45.3').consistent;
 * // => false
 *
 * // 约4万 is 35000 to 45000: that cannot contradict 45.3%, but it does contradict 70%.
 * const loose = checkStatedChange(27720, 40000, '45.3', { toQualifier: 'approximately' });
 * [loose.consistent, loose.lowestPercent.toFixed(2), loose.highestPercent.toFixed(2)];
 * // => [true, '26.26', '62.34']
 * checkStatedChange(27720, 40000, '70', { toQualifier: 'approximately' }).consistent;
 * // => false
 *
 * // 约46%: within max(1, 5% of 46) = 2.3 of the exact 44.3%.
 * checkStatedChange(27720, 40000, '46', { qualifier: 'approximately' }).tolerance.toString();
 * // => '2.3'
 *
 * // 20.8% → 18.2%: 下降2.6个百分点, not 下降2.6%.
 * checkStatedChange('20.8', '18.2', '-2.6', { kind: 'percentage-points' }).consistent;
 * // => true
 * checkStatedChange('20.8', '18.2', '-2.6').consistent;
 * // => false
 * ```
 *
 * @category Comparison
 */
export function checkStatedChange(
  from: DecimalInput,
  to: DecimalInput,
  statedPercent: DecimalInput,
  options?: CheckStatedChangeOptions,
): CheckStatedChangeResult {
  const settings = readOptions(options);
  const qualifier = readQualifier(settings.qualifier, 'options.qualifier');
  const fromQualifier = readQualifier(settings.fromQualifier, 'options.fromQualifier');
  const toQualifier = readQualifier(settings.toQualifier, 'options.toQualifier');
  const kind = readKind(settings.kind);
  const f = toDecimal(from, 'from');
  const t = toDecimal(to, 'to');
  const stated = toDecimal(statedPercent, 'statedPercent');
  const decimals =
    settings.decimals === undefined
      ? inferDecimals(statedPercent)
      : readDecimals(settings.decimals);
  if (kind === 'percent' && f.lte(0)) {
    throw new IndicatorError('non-positive-base', {
      field: 'from',
      value: from,
      reason: 'a change in percent needs a starting level above 0',
    });
  }

  const fromExact = ratioOf(f);
  const toExact = ratioOf(t);
  const [fromLow, fromHigh] = levelRange(f, fromQualifier);
  const [toLow, toHigh] = levelRange(t, toQualifier);
  const { interval, tolerance } = statementInterval(ratioOf(stated), decimals, qualifier);
  // The change rises with `to`. It falls with `from` (from > 0) while `to` is not below zero,
  // but rises with it when `to` is below zero (−1/f − 1 grows with f), and in percentage
  // points it always falls with `from`. So each extreme pairs a `to` end with a `from` end.
  // (At a `to` of 0 the change is −100% from any `from`, so either end would do.)
  const lowestFrom = kind === 'percent' && toLow.n < 0n ? fromLow : fromHigh;
  const highestFrom = kind === 'percent' && toHigh.n < 0n ? fromHigh : fromLow;
  const lowestFits = fitsBelow(toLow, lowestFrom, interval.high, kind);
  const highestFits = fitsAbove(toHigh, highestFrom, interval.low, kind);

  const exactPercent = changeOf(t, f, kind);
  const rounded =
    kind === 'percent'
      ? roundHalfUp(div(mul(sub(toExact, fromExact), HUNDRED), fromExact), decimals)
      : roundHalfUp(sub(toExact, fromExact), decimals);
  return {
    kind,
    qualifier,
    exactPercent,
    roundedPercent: exactDecimal(rounded),
    statedPercent: stated,
    decimals,
    difference: noNegativeZero(exactPercent.sub(stated)),
    tolerance: exactDecimal(tolerance),
    lowestPercent: changeOf(exactDecimal(toLow), exactDecimal(lowestFrom), kind),
    highestPercent: changeOf(exactDecimal(toHigh), exactDecimal(highestFrom), kind),
    consistent: lowestFits && highestFits,
  };
}

/** The change from `f` to `t`, rounded once to 34 digits. */
function changeOf(t: Decimal, f: Decimal, kind: StatedChangeKind): Decimal {
  if (kind === 'percentage-points') return noNegativeZero(t.sub(f));
  return roundResult(new GuardDecimal(t).sub(f).mul(100).div(f));
}

/** −1, 0 or 1 as the change from `f` to `t` is below, at or above `bound`; exact. */
function compareChange(t: Ratio, f: Ratio, bound: Ratio, kind: StatedChangeKind): number {
  if (kind === 'percentage-points') return cmp(sub(t, f), bound);
  // (t − f)/f × 100 against bound, with f > 0: multiply out, no division.
  return cmp(mul(sub(t, f), HUNDRED), mul(bound, f));
}

/** Whether the smallest possible change is not beyond the statement's upper end. */
function fitsBelow(t: Ratio, f: Ratio, high: Bound | null, kind: StatedChangeKind): boolean {
  if (high === null) return true;
  const order = compareChange(t, f, high.value, kind);
  return order < 0 || (order === 0 && !high.open);
}

/** Whether the largest possible change is not short of the statement's lower end. */
function fitsAbove(t: Ratio, f: Ratio, low: Bound | null, kind: StatedChangeKind): boolean {
  if (low === null) return true;
  const order = compareChange(t, f, low.value, kind);
  return order > 0 || (order === 0 && !low.open);
}

/**
 * The values that round half-up (halves away from zero) to `figure`: [r − ½, r + ½) above
 * zero, (r − ½, r + ½] below, (−½, ½) at zero.
 */
function roundingInterval(figure: Ratio, half: Ratio): Interval {
  return {
    low: { value: sub(figure, half), open: figure.n <= 0n },
    high: { value: add(figure, half), open: figure.n >= 0n },
  };
}

/** The changes a statement allows, and its tolerance. */
function statementInterval(
  stated: Ratio,
  decimals: number,
  qualifier: Qualifier,
): { readonly interval: Interval; readonly tolerance: Ratio } {
  const unit = decimalRatio(1n, -decimals);
  const half = decimalRatio(5n, -decimals - 1);
  const rounding = roundingInterval(stated, half);
  switch (qualifier) {
    case 'approximately': {
      const tolerance = max(unit, mul(abs(stated), FIVE_PERCENT));
      return {
        interval: {
          low: { value: sub(stated, tolerance), open: false },
          high: { value: add(stated, tolerance), open: false },
        },
        tolerance,
      };
    }
    case 'more-than':
    case 'at-least':
      // At least the figure, further from zero: a fall of 30% or more is −30 and below.
      return {
        interval:
          stated.n < 0n ? { low: null, high: rounding.high } : { low: rounding.low, high: null },
        tolerance: half,
      };
    default:
      return { interval: rounding, tolerance: half };
  }
}

/** The range a level may lie in given its qualifier: a point when it is exact. */
function levelRange(level: Decimal, qualifier: Qualifier): [Ratio, Ratio] {
  const value = ratioOf(level);
  if (qualifier === null || level.isZero()) return [value, value];
  // The unit of the last non-zero digit: 40000 → 10000, 27720 → 10, 0.35 → 0.01.
  const unitExp = level.e - level.sd() + 1;
  if (qualifier === 'approximately') {
    const half = decimalRatio(5n, unitExp - 1);
    return [sub(value, half), add(value, half)];
  }
  const unit = decimalRatio(1n, unitExp);
  // 余/以上: beyond the figure, away from zero, by less than one unit of its last digit.
  return level.isNegative() ? [sub(value, unit), value] : [value, add(value, unit)];
}

/** The decimals of a stated figure as written: `'44.3'` → 1, `'4.43e1'` → 1, `'45'` → 0. */
function inferDecimals(input: DecimalInput): number {
  // toDecimal has accepted the input, so its text (a Decimal's too) is a decimal in plain or
  // scientific notation. Only the characters after the point count, so leading spaces do not
  // matter and trailing ones must go.
  const [mantissa, exponent] = String(input).trimEnd().toLowerCase().split('e') as [
    string,
    string?,
  ];
  const point = mantissa.indexOf('.');
  const fraction = point === -1 ? 0 : mantissa.length - point - 1;
  return Math.max(0, fraction - Number(exponent ?? 0));
}

function readDecimals(value: unknown): number {
  // Stryker disable next-line ConditionalExpression: Number.isInteger refuses every non-number too; the typeof test narrows the type
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_DECIMALS)
    return value;
  throw new IndicatorError('invalid-argument', {
    field: 'options.decimals',
    value,
    reason: `expected an integer from 0 to ${MAX_DECIMALS}`,
  });
}

function readQualifier(value: unknown, field: string): Qualifier {
  if (value === undefined) return null;
  if (QUALIFIERS.includes(value)) return value as Qualifier;
  throw new IndicatorError('invalid-argument', {
    field,
    value,
    reason: "expected null, 'approximately', 'more-than' or 'at-least'",
  });
}

function readKind(value: unknown): StatedChangeKind {
  if (value === undefined) return 'percent';
  if (value === 'percent' || value === 'percentage-points') return value;
  throw new IndicatorError('invalid-argument', {
    field: 'options.kind',
    value,
    reason: "expected 'percent' or 'percentage-points'",
  });
}
