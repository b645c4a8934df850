/**
 * Every message the library throws, kept in one place so wording stays consistent
 * and codes stay stable.
 */

/**
 * The stable codes an {@link IndicatorError} can carry.
 *
 * - `invalid-number`: not a finite decimal (NaN, ±Infinity, empty or malformed string).
 * - `invalid-argument`: an argument outside its domain (a negative count, an unknown option).
 * - `invalid-unit`: a unit id or symbol the catalogue does not know.
 * - `incompatible-units`: a conversion across dimensions (money to area).
 * - `invalid-period`: a period string or date that does not exist (`2021-Q5`, `2026/2022`).
 * - `invalid-periods`: a period count with no answer (zero or negative where growth needs time).
 * - `non-positive-base`: a growth base of zero or below.
 * - `sign-change`: values of opposite signs, for which no compound rate exists.
 * - `unreachable`: a target the given rate can never reach.
 * - `invalid-dataset`: a dataset that fails its schema or referential integrity.
 * - `not-found`: an id (plan, indicator, target) that the dataset does not hold.
 * - `invalid-input`: a file or table given to the command line that cannot be read.
 * - `missing-dependency`: an optional peer (such as vega) that is not installed.
 *
 * @category Errors
 */
export type ErrorCode =
  | 'invalid-number'
  | 'invalid-argument'
  | 'invalid-unit'
  | 'incompatible-units'
  | 'invalid-period'
  | 'invalid-periods'
  | 'non-positive-base'
  | 'sign-change'
  | 'unreachable'
  | 'invalid-dataset'
  | 'not-found'
  | 'invalid-input'
  | 'missing-dependency';

/**
 * What an {@link IndicatorError} knows of its cause: the field that was wrong, the value it
 * held, and any further facts (a reason, the allowed values, the path in a file).
 *
 * @category Errors
 */
export interface ErrorDetails {
  /** The argument or field that held the offending value, e.g. `base` or `observations[3].value`. */
  readonly field?: string;
  /** The offending value itself. */
  readonly value?: unknown;
  /** A short explanation that completes the message. */
  readonly reason?: string;
  /** Anything else worth keeping (zod issues, line numbers, allowed values). */
  readonly [key: string]: unknown;
}

const summaries: Record<ErrorCode, string> = {
  'invalid-number': 'is not a finite decimal number',
  'invalid-argument': 'is not an accepted value',
  'invalid-unit': 'is not a known unit',
  'incompatible-units': 'cannot be converted: the units measure different things',
  'invalid-period': 'is not a valid period',
  'invalid-periods': 'is not a usable number of periods',
  'non-positive-base': 'must be greater than zero for compound growth',
  'sign-change': 'changes sign, so no compound growth rate exists',
  unreachable: 'can never be reached at this rate',
  'invalid-dataset': 'is not a valid dataset',
  'not-found': 'was not found',
  'invalid-input': 'could not be read',
  'missing-dependency': 'is not installed',
};

/** Renders a value for a message: strings quoted, objects as compact JSON, never throwing. */
export function describeValue(value: unknown): string {
  try {
    return describeUnsafe(value);
  } catch {
    // A Proxy or getter of the caller's that throws while being described.
    return '[unreadable]';
  }
}

function describeUnsafe(value: unknown): string {
  if (typeof value === 'string')
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (value === null) return 'null';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString();
  if (
    typeof value === 'object' &&
    typeof (value as { toString?: unknown }).toString === 'function'
  ) {
    const own = (value as { toString: () => string }).toString;
    if (own !== Object.prototype.toString && own !== Array.prototype.toString) {
      try {
        return String((value as { toString: () => string }).toString());
      } catch {
        return '[unprintable]';
      }
    }
  }
  try {
    const json = JSON.stringify(value);
    if (json === undefined) return String(typeof value);
    return json.length > 80 ? `${json.slice(0, 77)}...` : json;
  } catch {
    return `[${typeof value}]`;
  }
}

/** Builds the message for a code: `field (value) summary: reason`. */
export function formatErrorMessage(code: ErrorCode, details: ErrorDetails): string {
  const subject =
    details.field !== undefined
      ? `${details.field}${'value' in details ? ` (${describeValue(details.value)})` : ''}`
      : 'value' in details
        ? describeValue(details.value)
        : 'input';
  const reason = details.reason !== undefined ? `: ${details.reason}` : '';
  return `${subject} ${summaries[code]}${reason}`;
}
