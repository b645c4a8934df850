import { resolveUnit } from './_lookup.js';
import type { Unit, UnitRef } from './Unit.js';

/**
 * Finds a unit by its id (`wan-yuan`) or by its symbol as the report writes it (`万元`).
 *
 * Lookup ignores surrounding spaces and reads full-width forms as their ASCII equivalents
 * (`％` is `%`, `㎡` is `m2`). A few common spellings are also accepted: `CNY` (元), `ha`
 * (公顷), `m2`/`m²` (平方米), `km`/`千米` (公里) and `m` (米). A {@link Unit} object is accepted
 * when it is well formed (string labels, a known dimension, a positive decimal factor), so
 * callers may bring units of their own: a catalogue unit is returned as it is, any other as a
 * frozen copy of its fields.
 *
 * @param ref - An id, a symbol or a Unit.
 * @returns The unit, or `undefined` when `ref` names none.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { findUnit } from 'tianmu-indicators';
 *
 * findUnit('亿元')?.id;
 * // => 'yi-yuan'
 * findUnit('hectare')?.factor;
 * // => '15'
 * findUnit('％')?.id;
 * // => 'percent'
 * findUnit('furlong');
 * // => undefined
 * ```
 *
 * @category Units
 */
export function findUnit(ref: UnitRef): Unit | undefined {
  return resolveUnit(ref);
}
