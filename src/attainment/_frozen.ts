/**
 * Private to the attainment layer: a figure made unchangeable, so that one kept in a cache (or
 * on a series entry for the other targets of an indicator) can be handed to every result that
 * reports it without a copy, and no result can change another's.
 */
import type { Decimal } from '../decimal/Decimal.js';

/** The Decimal itself, frozen with its digit array. */
export function frozen(value: Decimal): Decimal {
  Object.freeze((value as unknown as { d: number[] }).d);
  return Object.freeze(value);
}
