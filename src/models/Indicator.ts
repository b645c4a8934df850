import { z } from 'zod';
import { Attribute, Direction, Id, LocalizedText, Measure, UnitId } from './primitives.js';

/**
 * An indicator: what is measured, in which unit, and which way is better.
 *
 * @example
 * ```ts
 * import { Indicator } from 'tianmu-indicators/schemas';
 *
 * Indicator.parse({
 *   id: 'industrial-output',
 *   name: { zh: '规上工业总产值', en: 'Gross industrial output above designated size' },
 *   unit: 'yi-yuan',
 *   direction: 'increase',
 *   measure: 'flow',
 *   sector: 'industry',
 *   attribute: 'anticipatory',
 * }).unit;
 * // => 'yi-yuan'
 * ```
 *
 * @category Models
 */
export const Indicator = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** The unit the indicator's figures are in unless an observation says otherwise. */
  unit: UnitId,
  /** Required: whether a rise is good (`increase`), bad (`decrease`) or neither. */
  direction: Direction,
  measure: Measure,
  /** The sector or policy area (`agriculture`, `industry`, `tourism`, …). */
  sector: z.string().min(1).max(60),
  attribute: Attribute,
  /** A note on the definition. */
  description: z.string().max(2000).optional(),
});
/** An indicator, as validated by the {@link Indicator} schema. @category Models */
export type Indicator = z.infer<typeof Indicator>;
