import { z } from 'zod';
import { isValidPeriod } from '../periods/index.js';
import { findUnit } from '../units/index.js';
import type * as Model from './types.js';

/**
 * A record id: lower-case ASCII words joined by hyphens, dots or underscores
 * (`industrial-output`, `plan.2022`).
 *
 * @example
 * ```ts
 * import { Id } from 'tianmu-indicators/schemas';
 *
 * Id.safeParse('industrial-output').success;
 * // => true
 * ```
 *
 * @category Models
 */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(?:[-._][a-z0-9]+)*$/, 'expected a lower-case id such as "industrial-output"')
  .max(120);
/** A value the {@link Id} schema accepts. @category Models */
export type Id = Model.Id;

/**
 * A decimal held as a string so it survives JSON exactly: optional minus sign, no exponent,
 * no leading zeros (`"8.2"`, `"27720"`, `"-2.6"`).
 *
 * @example
 * ```ts
 * import { DecimalString } from 'tianmu-indicators/schemas';
 *
 * DecimalString.safeParse('1e3').success;
 * // => false
 * ```
 *
 * @category Models
 */
export const DecimalString = z
  .string()
  .regex(/^-?(?:0|[1-9]\d*)(?:\.\d+)?$/, 'expected a decimal string such as "8.2"')
  .max(80);
/** A value the {@link DecimalString} schema accepts. @category Models */
export type DecimalString = Model.DecimalString;

/**
 * A period string: `2021`, `2021-H1`, `2021-Q3`, `2021-06`, `2021-06-30` or an inclusive
 * range `2022/2026`.
 *
 * @example
 * ```ts
 * import { PeriodString } from 'tianmu-indicators/schemas';
 *
 * PeriodString.safeParse('2021-Q5').success;
 * // => false
 * ```
 *
 * @category Models
 */
export const PeriodString = z
  .string()
  .regex(/^[0-9][0-9A-Z/-]*$/, 'expected a period such as "2021", "2021-Q3" or "2022/2026"')
  .max(40)
  .refine((text) => isValidPeriod(text), 'expected a valid period such as "2021" or "2022/2026"');
/** A value the {@link PeriodString} schema accepts. @category Models */
export type PeriodString = Model.PeriodString;

/**
 * A calendar date `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import { DateString } from 'tianmu-indicators/schemas';
 *
 * DateString.safeParse('2021-02-30').success;
 * // => false
 * ```
 *
 * @category Models
 */
export const DateString = z.iso.date();
/** A value the {@link DateString} schema accepts. @category Models */
export type DateString = Model.DateString;

/**
 * A unit id or zh symbol from the unit catalogue (`yi-yuan` or `亿元`).
 *
 * @example
 * ```ts
 * import { UnitId } from 'tianmu-indicators/schemas';
 *
 * UnitId.safeParse('亿元').success;
 * // => true
 * ```
 *
 * @category Models
 */
export const UnitId = z
  .string()
  .min(1)
  .max(40)
  .refine(
    (ref) => findUnit(ref) !== undefined,
    'expected a unit of the catalogue such as "yi-yuan"',
  );
/** A value the {@link UnitId} schema accepts. @category Models */
export type UnitId = Model.UnitId;

/**
 * A text in Chinese and English.
 *
 * @example
 * ```ts
 * import { LocalizedText } from 'tianmu-indicators/schemas';
 *
 * LocalizedText.parse({ zh: '农业增加值', en: 'Agricultural value added' }).zh;
 * // => '农业增加值'
 * ```
 *
 * @category Models
 */
export const LocalizedText = z.strictObject({
  zh: z.string().min(1).max(2000),
  en: z.string().min(1).max(2000),
});
/** A value the {@link LocalizedText} schema accepts. @category Models */
export type LocalizedText = Model.LocalizedText;

/**
 * Where a record comes from: the source document's id, its section and the verbatim quote.
 *
 * @example
 * ```ts
 * import { Citation } from 'tianmu-indicators/schemas';
 *
 * Citation.safeParse({ document: 'report', section: '2022', quote: '' }).success;
 * // => false
 * ```
 *
 * @category Models
 */
export const Citation = z.strictObject({
  /** Id of a source of the dataset. */
  document: Id,
  /** The section heading the quote stands under. */
  section: z.string().min(1).max(200),
  /** The sentence or phrase, verbatim. */
  quote: z.string().min(1).max(2000),
});
/** A value the {@link Citation} schema accepts. @category Models */
export type Citation = Model.Citation;

/**
 * A value with its unit.
 *
 * @example
 * ```ts
 * import { Quantity } from 'tianmu-indicators/schemas';
 *
 * Quantity.parse({ value: '4865', unit: '万元' }).value;
 * // => '4865'
 * ```
 *
 * @category Models
 */
export const Quantity = z.strictObject({ value: DecimalString, unit: UnitId });
/** A value the {@link Quantity} schema accepts. @category Models */
export type Quantity = Model.Quantity;

/**
 * Which way is better: `increase`, `decrease`, or `neutral` (no better way).
 *
 * @example
 * ```ts
 * import { Direction } from 'tianmu-indicators/schemas';
 *
 * Direction.options;
 * // => ['increase', 'decrease', 'neutral']
 * ```
 *
 * @category Models
 */
export const Direction = z.enum(['increase', 'decrease', 'neutral']);
/** A value the {@link Direction} schema accepts. @category Models */
export type Direction = Model.Direction;

/**
 * What a figure measures: `stock` (a level at a time), `flow` (summed over a period) or `rate`
 * (a percent whose changes are in percentage points).
 *
 * @example
 * ```ts
 * import { Measure } from 'tianmu-indicators/schemas';
 *
 * Measure.safeParse('rate').success;
 * // => true
 * ```
 *
 * @category Models
 */
export const Measure = z.enum(['stock', 'flow', 'rate']);
/** A value the {@link Measure} schema accepts. @category Models */
export type Measure = Model.Measure;

/**
 * The plan attribute of an indicator or target: `anticipatory` (预期性) or `binding` (约束性).
 *
 * @example
 * ```ts
 * import { Attribute } from 'tianmu-indicators/schemas';
 *
 * Attribute.options;
 * // => ['anticipatory', 'binding']
 * ```
 *
 * @category Models
 */
export const Attribute = z.enum(['anticipatory', 'binding']);
/** A value the {@link Attribute} schema accepts. @category Models */
export type Attribute = Model.Attribute;

/**
 * The status of an observation, after SDMX OBS_STATUS: `actual` (A), `preliminary` (P),
 * `estimated` (E, 预计) or `forecast` (F).
 *
 * @example
 * ```ts
 * import { ObservationStatus } from 'tianmu-indicators/schemas';
 *
 * ObservationStatus.options;
 * // => ['actual', 'preliminary', 'estimated', 'forecast']
 * ```
 *
 * @category Models
 */
export const ObservationStatus = z.enum(['actual', 'preliminary', 'estimated', 'forecast']);
/** A value the {@link ObservationStatus} schema accepts. @category Models */
export type ObservationStatus = Model.ObservationStatus;

/**
 * How exact a stated figure is: `approximately` (约), `more-than` (余, 多), `at-least` (以上),
 * or `null` when stated exactly.
 *
 * @example
 * ```ts
 * import { Qualifier } from 'tianmu-indicators/schemas';
 *
 * Qualifier.parse(null);
 * // => null
 * ```
 *
 * @category Models
 */
export const Qualifier = z.enum(['approximately', 'more-than', 'at-least']).nullable();
/** A value the {@link Qualifier} schema accepts. @category Models */
export type Qualifier = Model.Qualifier;

/**
 * The prices a stated growth is measured at: `current` (现价, nominal) or `comparable`
 * (可比价, real: price changes removed, as GDP growth is stated). Levels are always at current
 * prices.
 *
 * @example
 * ```ts
 * import { PriceBasis } from 'tianmu-indicators/schemas';
 *
 * PriceBasis.parse('comparable');
 * // => 'comparable'
 * ```
 *
 * @category Models
 */
export const PriceBasis = z.enum(['current', 'comparable']);
/** A value the {@link PriceBasis} schema accepts. @category Models */
export type PriceBasis = Model.PriceBasis;

/**
 * How an indicator combines across areas (towns into a district): `sum` (additive levels and
 * flows), `formula` (recomputed from the combined inputs of its formula, as per-capita figures
 * and shares are) or `none` (not combinable: rates without a formula, indices).
 *
 * @example
 * ```ts
 * import { Aggregation } from 'tianmu-indicators/schemas';
 *
 * Aggregation.parse('formula');
 * // => 'formula'
 * ```
 *
 * @category Models
 */
export const Aggregation = z.enum(['sum', 'formula', 'none']);
/** A value the {@link Aggregation} schema accepts. @category Models */
export type Aggregation = Model.Aggregation;
