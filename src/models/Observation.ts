import { z } from 'zod';
import {
  Citation,
  DecimalString,
  Id,
  ObservationStatus,
  PeriodString,
  PriceBasis,
  Qualifier,
  UnitId,
} from './primitives.js';
import type * as Model from './types.js';

/**
 * One figure of an indicator for one period, with its status, qualifier and source.
 *
 * @example
 * ```ts
 * import { Observation } from 'tianmu-indicators/schemas';
 *
 * Observation.parse({
 *   indicator: 'farmer-income',
 *   period: '2021',
 *   value: '40000',
 *   unit: 'yuan',
 *   status: 'estimated',
 *   qualifier: null,
 *   source: { document: 'report-2021', section: '2021年工作回顾', quote: '农民人均收入达到4万元' },
 * }).status;
 * // => 'estimated'
 * ```
 *
 * @category Models
 */
export const Observation = z.strictObject({
  /** An optional id, for citing the observation elsewhere. */
  id: Id.optional(),
  indicator: Id,
  period: PeriodString,
  value: DecimalString,
  /** The unit, when it differs from the indicator's. */
  unit: UnitId.optional(),
  status: ObservationStatus,
  qualifier: Qualifier,
  /**
   * The growth the source states against the same period a year earlier, in percent
   * (`"6.6"` for 1–6月增长6.6%), for when last year's level is not known.
   */
  yearOverYearPercent: DecimalString.optional(),
  /** The prices `yearOverYearPercent` is measured at; the value itself is at current prices. */
  priceBasis: PriceBasis.optional(),
  source: Citation,
});
/** An observation, as validated by the {@link Observation} schema. @category Models */
export type Observation = Model.Observation;
