import { z } from 'zod';
import {
  Aggregation,
  Attribute,
  DecimalString,
  Direction,
  Id,
  LocalizedText,
  Measure,
  UnitId,
} from './primitives.js';
import type * as Model from './types.js';

/**
 * How a derived indicator is computed from others of the same dataset, period by period:
 * `sum` of indicators (工农业总产值 = 农业总产值 + 工业总产值), or `ratio` numerator /
 * denominator × multiplier (per-capita figures: multiplier `"1"`; a share in percent: `"100"`).
 *
 * @example
 * ```ts
 * import { Formula } from 'tianmu-indicators/schemas';
 *
 * Formula.parse({ op: 'sum', of: ['agricultural-output', 'industrial-output'] }).op;
 * // => 'sum'
 * ```
 *
 * @category Models
 */
export const Formula = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('sum'),
    /** The indicators whose figures are added, at least two. */
    of: z.array(Id).min(2).max(50),
  }),
  z.strictObject({
    op: z.literal('ratio'),
    numerator: Id,
    denominator: Id,
    /** The factor the quotient is multiplied by (`"1"`, `"100"`). */
    multiplier: DecimalString,
  }),
]);
/** A formula, as validated by the {@link Formula} schema. @category Models */
export type Formula = Model.Formula;

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
  /** How the indicator is computed from others, when it is derived. */
  formula: Formula.optional(),
  /** How the indicator combines across areas; `sum` when absent. */
  aggregation: Aggregation.optional(),
});
/** An indicator, as validated by the {@link Indicator} schema. @category Models */
export type Indicator = Model.Indicator;
