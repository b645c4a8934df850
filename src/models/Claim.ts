import { z } from 'zod';
import { Citation, DecimalString, Id, PeriodString, Qualifier } from './primitives.js';
import type * as Model from './types.js';

/**
 * A change the text states without both levels ("增幅66.5%", "同比增长8%"): the audit checks it
 * against the observations when both levels are known.
 *
 * @example
 * ```ts
 * import { Claim } from 'tianmu-indicators/schemas';
 *
 * Claim.parse({
 *   id: 'farmer-income-growth-2021',
 *   indicator: 'farmer-income',
 *   fromPeriod: '2020',
 *   toPeriod: '2021',
 *   statedPercent: '8',
 *   qualifier: null,
 *   source: { document: 'report-2021', section: '2021年工作回顾', quote: '同比增长8%' },
 * }).statedPercent;
 * // => '8'
 * ```
 *
 * @category Models
 */
export const Claim = z.strictObject({
  id: Id,
  indicator: Id,
  fromPeriod: PeriodString,
  toPeriod: PeriodString,
  /** The stated change in percent (`"44.3"` for 增长44.3%); negative for a fall. */
  statedPercent: DecimalString,
  qualifier: Qualifier,
  source: Citation,
});
/** A claim, as validated by the {@link Claim} schema. @category Models */
export type Claim = Model.Claim;
