import { z } from 'zod';
import { Citation, DecimalString, Id, PeriodString, PriceBasis, Qualifier } from './primitives.js';
import type * as Model from './types.js';

/**
 * A change the text states without both levels: a total change (`statedPercent`: "增幅66.5%",
 * "同比增长8%") or an average annual growth (`statedAnnualPercent`: "年均增长9.4%"), exactly one of
 * the two. The audit checks it against the observations when both levels are known.
 *
 * `priceBasis` says which prices the change is measured at: `comparable` (可比价, a real growth,
 * as a GDP growth usually is) or `current` (the default when absent, like the levels). Levels
 * are always at current prices, so a comparable-price claim cannot be verified from them.
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
 *
 * Claim.safeParse({
 *   id: 'gdp-2016-2021',
 *   indicator: 'gdp',
 *   fromPeriod: '2016',
 *   toPeriod: '2021',
 *   statedAnnualPercent: '7.3',
 *   priceBasis: 'comparable',
 *   qualifier: null,
 *   source: { document: 'report-2021', section: '五年回顾', quote: '年均增长7.3%' },
 * }).success;
 * // => true
 * ```
 *
 * @category Models
 */
export const Claim = z
  .strictObject({
    id: Id,
    indicator: Id,
    fromPeriod: PeriodString,
    toPeriod: PeriodString,
    /** The stated total change in percent (`"44.3"` for 增长44.3%); negative for a fall. */
    statedPercent: DecimalString.optional(),
    /**
     * The stated average annual growth in percent over the years between `fromPeriod` and
     * `toPeriod` (`"9.4"` for 年均增长9.4%).
     */
    statedAnnualPercent: DecimalString.optional(),
    /** The prices the change is measured at; `current` when absent. */
    priceBasis: PriceBasis.optional(),
    qualifier: Qualifier,
    source: Citation,
  })
  .superRefine((claim, ctx) => {
    const total = claim.statedPercent !== undefined;
    const annual = claim.statedAnnualPercent !== undefined;
    if (total === annual) {
      ctx.addIssue({
        code: 'custom',
        path: [total ? 'statedAnnualPercent' : 'statedPercent'],
        message: 'expected exactly one of statedPercent and statedAnnualPercent',
      });
    }
  });
/** A claim, as validated by the {@link Claim} schema. @category Models */
export type Claim = Model.Claim;
