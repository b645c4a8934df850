import { readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { resolveUnit } from './_lookup.js';
import type { Unit, UnitRef } from './Unit.js';

/**
 * Options of {@link getUnit}.
 *
 * @category Units
 */
export interface GetUnitOptions {
  /** The argument name used in an error message; `unit` by default. */
  readonly field?: string;
}

/**
 * Gets a unit by its id, its symbol or a {@link Unit} object, as {@link findUnit} does, but
 * throws when there is none.
 *
 * @param ref - An id, a symbol or a Unit.
 * @param options - `field`, the argument name an error names (default `unit`).
 * @returns The unit.
 * @throws {@link IndicatorError} `invalid-unit` (naming the field and the value) when `ref`
 * names no unit of the catalogue and is not a well-formed Unit object.
 *
 * @example
 * ```ts
 * import { getUnit, IndicatorError } from 'tianmu-indicators';
 *
 * getUnit('万亩').unitMultiplier;
 * // => 4
 * let caught: unknown;
 * try { getUnit('furlong'); } catch (error) { caught = error; }
 * (caught as IndicatorError).code;
 * // => 'invalid-unit'
 * ```
 *
 * @category Units
 */
export function getUnit(ref: UnitRef, options: GetUnitOptions = {}): Unit {
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  options = readPlain(options, 'options', 'invalid-unit') as GetUnitOptions;
  const unit = resolveUnit(ref);
  if (unit !== undefined) return unit;
  throw new IndicatorError('invalid-unit', {
    field: options?.field ?? 'unit',
    value: ref,
    reason: reasonFor(ref),
  });
}

function reasonFor(ref: unknown): string {
  if (typeof ref === 'string')
    return 'expected an id such as "wan-yuan" or a symbol such as "万元"';
  if (typeof ref === 'object' && ref !== null) {
    return 'expected a Unit with string labels, a known dimension and a positive decimal factor';
  }
  return `expected a string or a Unit, got ${ref === null ? 'null' : typeof ref}`;
}
