/**
 * The shape of the table the hostile-input properties run over, and the helpers that build its
 * entries from argument slots (how to fill a position validly, how to spoil it).
 */
import fc from 'fast-check';
import type { ErrorCode } from '../../src/errors/messages.js';
import * as root from '../../src/index.js';
import {
  dayText,
  decimalInput,
  hostileDate,
  hostileNumber,
  hostilePeriod,
  hostileUnit,
  optional,
  periodText,
  unitRef,
  validDate,
} from './arbitraries.js';
import type { CleanOptions } from './support.js';

/** Arguments of one call, as a list. */
export type Args = readonly unknown[];

/** One exported function under test. */
export interface FunctionCase {
  /** The export's name (or `cli:<name>` for the command line's internals). */
  readonly name: string;
  /** The function itself. */
  readonly call: (...args: never[]) => unknown;
  /** Valid arguments: the call returns a clean result (or one of `validCodes`). */
  readonly valid: fc.Arbitrary<Args>;
  /** Invalid arguments: the call throws an IndicatorError with one of `codes`. */
  readonly invalid?: fc.Arbitrary<Args>;
  /**
   * Arguments at the edges (huge, tiny or fractional counts, far-away years): the call gives a
   * clean result or an IndicatorError with one of `codes`, whichever is right.
   */
  readonly extreme?: fc.Arbitrary<Args>;
  /** The codes an invalid or extreme call may throw. */
  readonly codes: readonly ErrorCode[];
  /** Codes a valid call may still throw: a documented "no answer" (a period past 9999). */
  readonly validCodes?: readonly ErrorCode[];
  /** How the result is checked. */
  readonly clean?: CleanOptions;
  /** An oracle for valid calls. */
  readonly check?: (result: unknown, args: Args) => void;
}

/** A position of the argument list: how to fill it validly and how to spoil it. */
export interface Slot {
  readonly valid: fc.Arbitrary<unknown>;
  readonly hostile?: fc.Arbitrary<unknown>;
}

/** Valid arguments for every slot. */
export function validArgs(...slots: Slot[]): fc.Arbitrary<Args> {
  return fc.tuple(...slots.map((slot) => slot.valid));
}

/** Arguments where one slot (that can be spoiled) holds a hostile value, the others valid. */
export function invalidArgs(...slots: Slot[]): fc.Arbitrary<Args> {
  const spoilable = slots.flatMap((slot, index) => (slot.hostile ? [index] : []));
  return fc
    .constantFrom(...spoilable)
    .chain((bad) =>
      fc.tuple(
        ...slots.map((slot, index) =>
          index === bad ? (slot.hostile as fc.Arbitrary<unknown>) : slot.valid,
        ),
      ),
    );
}

/** Appends an optional trailing argument to generated arguments. */
export function withOptional(
  args: fc.Arbitrary<Args>,
  extra: fc.Arbitrary<unknown>,
): fc.Arbitrary<Args> {
  return fc.tuple(args, optional(extra)).map(([head, tail]) => [...head, ...tail]);
}

/** A `DecimalInput` slot. */
export const numberSlot: Slot = { valid: decimalInput, hostile: hostileNumber };
/** Period strings and period objects. */
export const periodInput = fc.oneof(
  periodText,
  periodText.map((text) => root.parsePeriod(text)),
);
/** A `PeriodInput` slot. */
export const periodSlot: Slot = { valid: periodInput, hostile: hostilePeriod };
/** Dates and day strings. */
export const dateInput = fc.oneof(validDate, dayText);
/** A `Date | string` day slot. */
export const dateSlot: Slot = { valid: dateInput, hostile: hostileDate };
/** A `UnitRef` slot. */
export const unitSlot: Slot = { valid: unitRef, hostile: hostileUnit };
/** Field names callers pass for error messages. */
export const fieldName = fc.constantFrom('base', 'target', 'observations[3].value', '');

/** Fails unless the result is a Decimal. */
export function isDecimal(result: unknown): void {
  if (!root.Decimal.isDecimal(result)) throw new Error('expected a Decimal');
}

/** Fails unless the result is a boolean. */
export function isBoolean(result: unknown): void {
  if (typeof result !== 'boolean') throw new Error('expected a boolean');
}

/** Fails unless the result is a Date at UTC midnight. */
export function isUtcMidnight(result: unknown): void {
  if (!(result instanceof Date) || result.getTime() % 86_400_000 !== 0) {
    throw new Error('expected a Date at UTC midnight');
  }
}

/** Fails unless the result is a period that formats and parses back to itself. */
export function isCanonicalPeriod(result: unknown): void {
  const text = root.formatPeriod(result as root.Period);
  if (root.formatPeriod(root.parsePeriod(text)) !== text) throw new Error('not a canonical period');
}
