/**
 * The one-span growths a dataset states: claims of a total change, and observations' 同比
 * (`yearOverYearPercent`). Private to the audit layer.
 */
import type { Decimal } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import type { PriceBasis } from '../models/types.js';
import { formatPeriod, samePeriodLastYear } from '../periods/index.js';
import type { AuditContext } from './_context.js';

/** A stated growth of one indicator between two periods. */
export interface StatedGrowth {
  readonly indicator: string;
  readonly fromPeriod: string;
  readonly toPeriod: string;
  /** The growth in percent, as written. */
  readonly text: string;
  readonly percent: Decimal;
  readonly priceBasis: PriceBasis;
  /** The claim's id, or `undefined` for an observation's 同比. */
  readonly claim: string | undefined;
}

/** Every stated total change: claims first, then observations' 同比, in the dataset's order. */
export function statedGrowths(context: AuditContext): StatedGrowth[] {
  const ofClaims = context.dataset.claims
    .filter((claim) => claim.statedPercent !== undefined)
    .map(
      (claim): StatedGrowth => ({
        indicator: claim.indicator,
        fromPeriod: formatPeriod(claim.fromPeriod),
        toPeriod: formatPeriod(claim.toPeriod),
        text: claim.statedPercent as string,
        percent: toDecimal(claim.statedPercent as string, 'statedPercent'),
        priceBasis: claim.priceBasis ?? 'current',
        claim: claim.id,
      }),
    );
  const ofObservations = [...context.series.values()]
    .flat()
    .filter(({ observation }) => observation.yearOverYearPercent !== undefined)
    .map(
      ({ observation, period }): StatedGrowth => ({
        indicator: observation.indicator,
        fromPeriod: formatPeriod(samePeriodLastYear(period)),
        toPeriod: period,
        text: observation.yearOverYearPercent as string,
        percent: toDecimal(observation.yearOverYearPercent as string, 'yearOverYearPercent'),
        priceBasis: observation.priceBasis ?? 'current',
        claim: undefined,
      }),
    );
  return [...ofClaims, ...ofObservations];
}
