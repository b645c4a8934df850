import { IndicatorError } from '../errors/IndicatorError.js';
import { unscaledFactor } from './_lookup.js';
import { getUnit } from './getUnit.js';
import { UNITS } from './UNITS.js';
import type { Unit, UnitRef } from './Unit.js';

/**
 * Finds the unit that is `10^multiplier` of a given unit: the reverse of the SDMX
 * `UNIT_MULT` attribute (see {@link Unit.unitMultiplier}). `('yuan', 8)` is 亿元,
 * `('mu', 4)` is 万亩.
 *
 * The multiplier is relative to the unit given, so `('wan-yuan', 4)` is also 亿元 and
 * `('yi-yuan', -8)` is 元; `multiplier` 0 returns the unit itself. Only units of one unit of
 * measure are related this way: 公里 is not `10^3` 米 here, since SDMX treats it as a unit of
 * its own (its `unitMultiplier` is 0).
 *
 * @param base - The unscaled unit (SDMX `UNIT_MEASURE`), or any unit to scale from: an id, a
 * symbol or a Unit.
 * @param multiplier - The power of ten, a whole number (SDMX `UNIT_MULT`: 0, 4 for 万, 8 for 亿).
 * @returns The catalogue unit (or `base` itself when `multiplier` is 0).
 * @throws {@link IndicatorError} `invalid-unit` (field `base`) when `base` is unknown;
 * `invalid-argument` (field `multiplier`) when `multiplier` is not a safe integer;
 * `invalid-unit` (field `multiplier`) when the catalogue holds no such unit.
 *
 * @example
 * ```ts
 * import { unitForMultiplier } from 'tianmu-indicators';
 *
 * unitForMultiplier('yuan', 8).symbol;
 * // => '亿元'
 * unitForMultiplier('万人次', -4).id;
 * // => 'person-time'
 * ```
 *
 * @category Units
 */
export function unitForMultiplier(base: UnitRef, multiplier: number): Unit {
  const unit = getUnit(base, { field: 'base' });
  if (!Number.isSafeInteger(multiplier)) {
    throw new IndicatorError('invalid-argument', {
      field: 'multiplier',
      value: multiplier,
      reason: 'expected a whole power of ten such as 0, 4 or 8',
    });
  }
  if (multiplier === 0) return unit;
  const wanted = unit.unitMultiplier + multiplier;
  const measure = unscaledFactor(unit);
  const found = UNITS.find(
    (candidate) =>
      candidate.dimension === unit.dimension &&
      candidate.unitMultiplier === wanted &&
      unscaledFactor(candidate).eq(measure),
  );
  if (found !== undefined) return found;
  throw new IndicatorError('invalid-unit', {
    field: 'multiplier',
    value: multiplier,
    base: unit.id,
    reason: `the catalogue holds no unit of 10^${multiplier} ${unit.symbol}`,
  });
}
