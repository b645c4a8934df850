import { getUnit } from './getUnit.js';
import type { UnitRef } from './Unit.js';

/**
 * Tells whether two units measure the same thing (the same {@link Dimension}), so that one
 * converts into the other.
 *
 * @param a - An id, a symbol or a Unit.
 * @param b - An id, a symbol or a Unit.
 * @returns `true` when both units share a dimension.
 * @throws {@link IndicatorError} `invalid-unit` (field `a` or `b`) when a unit is unknown.
 *
 * @example
 * ```ts
 * import { isUnitCompatible } from 'tianmu-indicators';
 *
 * isUnitCompatible('亿元', 'wan-yuan');
 * // => true
 * isUnitCompatible('个', '件');
 * // => false
 * ```
 *
 * @category Units
 */
export function isUnitCompatible(a: UnitRef, b: UnitRef): boolean {
  return getUnit(a, { field: 'a' }).dimension === getUnit(b, { field: 'b' }).dimension;
}
