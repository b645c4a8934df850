import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError, isIndicatorError } from '../errors/IndicatorError.js';
import { requiredAnnualRate } from '../growth/index.js';
import type { Direction, Measure } from '../models/types.js';
import type { PeriodInput } from '../periods/index.js';
import { yearsBetween } from '../periods/index.js';
import { convert, getUnit, type Unit, type UnitRef } from '../units/index.js';
import {
  changeBetween,
  noNegativeZero,
  ratioUnavailable,
  readDirection,
  readMeasure,
  readOptions,
  readPeriodString,
  readRecord,
} from './_change.js';
import type { Movement, RelativeChangeUnavailableReason, Trend } from './types.js';

/**
 * One observation to compare: its period, its value and, when it differs from the indicator's
 * unit, its own unit.
 *
 * @category Comparison
 */
export interface ComparedValue {
  /** The period of the value: a period string (`2021`, `2021-Q3`) or a Period object. */
  readonly period: PeriodInput;
  /** The value, in `unit` (or in `options.unit`, the indicator's, when it names none). */
  readonly value: DecimalInput;
  /** The unit of the value (an id, a symbol such as `万元`, or a Unit); optional. */
  readonly unit?: UnitRef;
}

/**
 * Options of {@link compareValues}: the indicator's measure, direction and unit.
 *
 * @category Comparison
 */
export interface CompareValuesOptions {
  /**
   * What the values measure: `stock` (a level, the default), `flow` (a total over the period)
   * or `rate` (a percent, such as a share of 20.8 for 20.8%, whose changes are reported in
   * percentage points and have no compound annual rate).
   */
  readonly measure?: Measure;
  /**
   * Which way is better: `increase`, `decrease`, or `neutral` (the default). With `neutral` a
   * change is never called better or worse: its trend is `changed`.
   */
  readonly direction?: Direction;
  /**
   * The indicator's unit: the unit of a value that names none. Needed only when one value
   * names its unit and the other does not.
   */
  readonly unit?: UnitRef;
}

/**
 * Why {@link CompareValuesResult.annualRate} is `null`: `rate-measure` (a percent's changes
 * are percentage points, not compound growth), `no-elapsed-time` (both periods end together),
 * `out-of-range` (the rate would lie beyond 1e±1000), or a reason a ratio has no answer
 * (`zero-base`, `negative-base`, `sign-change`, judged from the earlier value to the later).
 *
 * @category Comparison
 */
export type AnnualRateUnavailableReason =
  | RelativeChangeUnavailableReason
  | 'rate-measure'
  | 'no-elapsed-time'
  | 'out-of-range';

/**
 * The comparison of two observations of one indicator, from {@link compareValues}.
 *
 * @category Comparison
 */
export interface CompareValuesResult {
  /** The period of the `from` value, in canonical form. */
  readonly from: string;
  /** The period of the `to` value, in canonical form. */
  readonly to: string;
  /** The `from` value, in `unit`. */
  readonly fromValue: Decimal;
  /** The `to` value, converted into `unit` when it was given in another. */
  readonly toValue: Decimal;
  /**
   * The id of the unit of the values and of `absoluteChange` (the `from` value's unit);
   * `null` when no unit was named.
   */
  readonly unit: string | null;
  /** The measure the comparison used. */
  readonly measure: Measure;
  /** The direction the trend was judged by. */
  readonly direction: Direction;
  /** Years between the ends of the two periods; negative when `to` ends before `from`. */
  readonly years: Decimal;
  /** `toValue − fromValue`, in `unit`. */
  readonly absoluteChange: Decimal;
  /**
   * `toValue / fromValue − 1` as a fraction (`0.443` for 44.3%); `null` when
   * `relativeChangeUnavailable` gives the reason. Never Infinity.
   */
  readonly relativeChange: Decimal | null;
  /** Why `relativeChange` is `null`; `null` when it is given. */
  readonly relativeChangeUnavailable: RelativeChangeUnavailableReason | null;
  /**
   * The constant rate per year, as a fraction, that takes the earlier value to the later one
   * over `|years|` (水平法, Excel RRI). Time runs forward whichever value is `from`, so
   * swapping the arguments gives the same rate. `null` when `annualRateUnavailable` says why.
   */
  readonly annualRate: Decimal | null;
  /** Why `annualRate` is `null`; `null` when it is given. */
  readonly annualRateUnavailable: AnnualRateUnavailableReason | null;
  /**
   * For the `rate` measure: the change in percentage points (百分点), `toValue − fromValue`
   * (20.8 → 18.2 is −2.6), never a percent. `null` for `stock` and `flow`.
   */
  readonly percentagePointChange: Decimal | null;
  /** Which way the value moved. */
  readonly movement: Movement;
  /** Whether the change is good or bad by `direction`. */
  readonly trend: Trend;
}

/**
 * Compares two observations of one indicator: the absolute change in its unit, the relative
 * change, the compound annual rate over the years between the periods, the change in
 * percentage points for a `rate`, and whether it improved or worsened by the indicator's
 * direction.
 *
 * A case with no answer never yields NaN or Infinity: a zero or negative base or a change of
 * sign leaves `relativeChange` (and `annualRate`) `null` with the reason beside it. For a
 * `rate` measure (values in percent) the headline change is `percentagePointChange`, `a − b`
 * (百分点); the relative change is still given (20.8% → 18.2% is −2.6 个百分点 and −12.5%)
 * and there is no annual rate. The periods may come in either order: swapping `from` and
 * `to` negates `absoluteChange`, turns `relativeChange` r into r' with (1 + r)(1 + r') = 1,
 * mirrors the trend and keeps `annualRate`.
 *
 * Units: when both values name units, `to` is converted into `from`'s unit; a value that
 * names none is in `options.unit`.
 *
 * @param from - The base observation `{ period, value, unit? }`.
 * @param to - The observation compared with it `{ period, value, unit? }`.
 * @param options - `measure` (`stock` by default), `direction` (`neutral` by default) and the
 * indicator's `unit`.
 * @returns A fresh {@link CompareValuesResult}.
 * @throws {@link IndicatorError} `invalid-argument` when `from`, `to` or `options` is not an
 * object, for an unknown `measure` or `direction`, or when only one value names a unit and
 * `options.unit` is absent; `invalid-period` naming `from.period` or `to.period`;
 * `invalid-number` naming `from.value` or `to.value`; `invalid-unit` naming the unit field;
 * `incompatible-units` (field `to.unit`) when the units measure different things.
 *
 * @example
 * ```ts
 * import { compareValues } from 'tianmu-indicators';
 *
 * // 农民人均收入从27720元增至约4万元 (2016 → 2021).
 * const income = compareValues({ period: '2016', value: 27720 }, { period: '2021', value: 40000 }, { direction: 'increase' });
 * income.absoluteChange.toString();
 * // => '12280'
 * income.relativeChange?.toFixed(4);
 * // => '0.4430'
 * income.annualRate?.toFixed(4);
 * // => '0.0761'
 * income.trend;
 * // => 'improved'
 *
 * // A share falling from 20.8% to 18.2%: −2.6 个百分点, a relative −12.5%.
 * const share = compareValues({ period: '2020', value: '20.8' }, { period: '2021', value: '18.2' }, { measure: 'rate', direction: 'increase' });
 * share.percentagePointChange?.toString();
 * // => '-2.6'
 * share.relativeChange?.toString();
 * // => '-0.125'
 * [share.annualRate, share.annualRateUnavailable, share.trend];
 * // => [null, 'rate-measure', 'worsened']
 *
 * // No relative change from zero, never Infinity.
 * const fromZero = compareValues({ period: '2020', value: 0 }, { period: '2021', value: 5 });
 * [fromZero.relativeChange, fromZero.relativeChangeUnavailable, fromZero.trend];
 * // => [null, 'zero-base', 'changed']
 *
 * // Units: the later value is converted into the earlier one's unit.
 * const output = compareValues({ period: '2020', value: '8.2', unit: '亿元' }, { period: '2021', value: 90000, unit: '万元' });
 * [output.unit, output.toValue.toString(), output.absoluteChange.toString()];
 * // => ['yi-yuan', '9', '0.8']
 * ```
 *
 * @category Comparison
 */
export function compareValues(
  from: ComparedValue,
  to: ComparedValue,
  options?: CompareValuesOptions,
): CompareValuesResult {
  const settings = readOptions(options);
  const measure = readMeasure(settings.measure);
  const direction = readDirection(settings.direction);
  const fromRecord = readRecord(from, 'from');
  const toRecord = readRecord(to, 'to');
  const fromPeriod = readPeriodString(fromRecord.period, 'from.period');
  const toPeriod = readPeriodString(toRecord.period, 'to.period');
  const fromValue = toDecimal(fromRecord.value as DecimalInput, 'from.value');
  const rawToValue = toDecimal(toRecord.value as DecimalInput, 'to.value');
  const { unit, toValue } = toCommonUnit(
    fromRecord.unit as UnitRef | undefined,
    toRecord.unit as UnitRef | undefined,
    rawToValue,
    settings.unit,
  );
  const years = noNegativeZero(yearsBetween(fromPeriod, toPeriod));
  const change = changeBetween(fromValue, toValue, measure, direction);
  const [annualRate, annualRateUnavailable] = annualRateOf(fromValue, toValue, years, measure);
  return {
    from: fromPeriod,
    to: toPeriod,
    fromValue,
    toValue,
    unit: unit === undefined ? null : unit.id,
    measure,
    direction,
    years,
    absoluteChange: change.absoluteChange,
    relativeChange: change.relativeChange,
    relativeChangeUnavailable: change.relativeChangeUnavailable,
    annualRate,
    annualRateUnavailable,
    percentagePointChange: change.percentagePointChange,
    movement: change.movement,
    trend: change.trend,
  };
}

/** Brings the `to` value into the `from` value's unit; a value naming no unit is in `fallback`. */
function toCommonUnit(
  fromRef: UnitRef | undefined,
  toRef: UnitRef | undefined,
  toValue: Decimal,
  fallbackRef: UnitRef | undefined,
): { readonly unit: Unit | undefined; readonly toValue: Decimal } {
  const fallback =
    fallbackRef === undefined ? undefined : getUnit(fallbackRef, { field: 'options.unit' });
  const fromUnit = fromRef === undefined ? fallback : getUnit(fromRef, { field: 'from.unit' });
  const toUnit = toRef === undefined ? fallback : getUnit(toRef, { field: 'to.unit' });
  if (fromUnit === undefined && toUnit === undefined) return { unit: undefined, toValue };
  if (fromUnit === undefined || toUnit === undefined) {
    // Guessing that the value without a unit shares the other's would hide a factor of 10⁴.
    const named = fromUnit === undefined ? 'to' : 'from';
    const unnamed = named === 'to' ? 'from' : 'to';
    throw new IndicatorError('invalid-argument', {
      field: 'options.unit',
      value: undefined,
      reason: `${named}.unit is given but ${unnamed} names no unit: give options.unit, the unit of values that name none`,
    });
  }
  if (fromUnit.dimension !== toUnit.dimension) {
    throw new IndicatorError('incompatible-units', {
      field: 'to.unit',
      value: toRef ?? fallbackRef,
      from: fromUnit.id,
      to: toUnit.id,
      reason: `${toUnit.symbol} (${toUnit.dimension}) cannot be compared with ${fromUnit.symbol} (${fromUnit.dimension})`,
    });
  }
  return { unit: fromUnit, toValue: convert(toValue, toUnit, fromUnit) };
}

/** The compound annual rate from the earlier value to the later one, or why there is none. */
function annualRateOf(
  fromValue: Decimal,
  toValue: Decimal,
  years: Decimal,
  measure: Measure,
): [Decimal | null, AnnualRateUnavailableReason | null] {
  if (measure === 'rate') return [null, 'rate-measure'];
  if (years.isZero()) return [null, 'no-elapsed-time'];
  const forward = years.isPositive();
  const earlier = forward ? fromValue : toValue;
  const later = forward ? toValue : fromValue;
  const reason = ratioUnavailable(earlier, later);
  if (reason !== null) return [null, reason];
  try {
    return [requiredAnnualRate(earlier, later, years.abs()), null];
  } catch (error) {
    // A ratio of 1e900 over one day: the rate exists but lies beyond every accepted decimal.
    if (isIndicatorError(error, 'invalid-number')) return [null, 'out-of-range'];
    throw error;
  }
}
