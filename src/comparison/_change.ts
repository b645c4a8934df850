/**
 * Private helpers of the comparison layer: reading arguments, and the change between two
 * values that compareValues, yearOverYear and periodOverPeriod share. Not exported from the
 * barrel.
 */
import { readPlain } from '../_internal/plain.js';
import { Decimal } from '../decimal/Decimal.js';
import { GuardDecimal, roundResult } from '../decimal/guardPrecision.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Direction, Measure } from '../models/types.js';
import type { PeriodInput } from '../periods/Period.js';
import { periodToString, toPeriod } from '../periods/read.js';
import type { Movement, RelativeChangeUnavailableReason, Trend } from './types.js';

const MEASURES: readonly string[] = ['stock', 'flow', 'rate'];
const DIRECTIONS: readonly string[] = ['increase', 'decrease', 'neutral'];

/** Describes a value's type for a message, telling null and arrays apart from objects. */
function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : typeof value;
}

/** Reads an options object: `undefined` is no options; anything but a plain object throws. */
export function readOptions<T extends object>(given: T | undefined, field = 'options'): T {
  if (given === undefined) return {} as T;
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  const options = readPlain(given, field) as T;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new IndicatorError('invalid-argument', {
      field,
      value: options,
      reason: `expected an object, got ${typeName(options)}`,
    });
  }
  return options;
}

/** Reads an object argument (an observation or a series point) before its fields are read. */
export function readRecord(given: unknown, field: string): Readonly<Record<string, unknown>> {
  const value = readPlain(given, field);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new IndicatorError('invalid-argument', {
      field,
      value,
      reason: `expected an object { period, value }, got ${typeName(value)}`,
    });
  }
  return value as Readonly<Record<string, unknown>>;
}

/** Reads `measure`, `stock` when absent. */
export function readMeasure(value: unknown, field = 'options.measure'): Measure {
  if (value === undefined) return 'stock';
  // Stryker disable next-line ConditionalExpression: includes() finds no non-string in a list of strings; the typeof test narrows the type
  if (typeof value === 'string' && MEASURES.includes(value)) return value as Measure;
  throw new IndicatorError('invalid-argument', {
    field,
    value,
    reason: "expected 'stock', 'flow' or 'rate'",
  });
}

/** Reads `direction`, `neutral` when absent. */
export function readDirection(value: unknown, field = 'options.direction'): Direction {
  if (value === undefined) return 'neutral';
  // Stryker disable next-line ConditionalExpression: includes() finds no non-string in a list of strings; the typeof test narrows the type
  if (typeof value === 'string' && DIRECTIONS.includes(value)) return value as Direction;
  throw new IndicatorError('invalid-argument', {
    field,
    value,
    reason: "expected 'increase', 'decrease' or 'neutral'",
  });
}

/** Reads a period into its canonical string; an error names `field`. */
export function readPeriodString(value: unknown, field: string): string {
  return periodToString(toPeriod(value as PeriodInput, field));
}

/** Turns a negative zero into zero; every other value is returned as it is. */
export function noNegativeZero(value: Decimal): Decimal {
  return value.isZero() ? new Decimal(0) : value;
}

/** Why no relative change or compound rate exists from `base` to `value`, or `null`. */
export function ratioUnavailable(
  base: Decimal,
  value: Decimal,
): RelativeChangeUnavailableReason | null {
  if (base.isZero()) return 'zero-base';
  if (base.lt(0)) return value.gt(0) ? 'sign-change' : 'negative-base';
  return value.lt(0) ? 'sign-change' : null;
}

/** The change from `base` to `value` that every comparison reports. */
export interface Change {
  readonly absoluteChange: Decimal;
  readonly relativeChange: Decimal | null;
  readonly relativeChangeUnavailable: RelativeChangeUnavailableReason | null;
  readonly percentagePointChange: Decimal | null;
  readonly movement: Movement;
  readonly trend: Trend;
}

/** The change from `base` to `value` for an indicator of the given measure and direction. */
export function changeBetween(
  base: Decimal,
  value: Decimal,
  measure: Measure,
  direction: Direction,
): Change {
  // One rounding to 34 digits, as the library's Decimal does it.
  const absoluteChange = noNegativeZero(value.minus(base));
  const reason = ratioUnavailable(base, value);
  const relativeChange =
    reason === null ? roundResult(new GuardDecimal(value).minus(base).div(base)) : null;
  const movement: Movement = absoluteChange.isZero()
    ? 'unchanged'
    : absoluteChange.isPositive()
      ? 'increased'
      : 'decreased';
  return {
    absoluteChange,
    relativeChange,
    relativeChangeUnavailable: reason,
    percentagePointChange: measure === 'rate' ? absoluteChange : null,
    movement,
    trend: trendOf(movement, direction),
  };
}

function trendOf(movement: Movement, direction: Direction): Trend {
  if (movement === 'unchanged') return 'unchanged';
  if (direction === 'neutral') return 'changed';
  return (movement === 'increased') === (direction === 'increase') ? 'improved' : 'worsened';
}
