/**
 * The findings on totals over a range: a cumulative target against the flows observed in its
 * range (`cumulative-pace`), and an observed total against the observations inside its range
 * (`cumulative-share`).
 */
import type { Decimal } from '../decimal/Decimal.js';
import type { AuditFindingBase } from './types.js';

/**
 * The figures of a `cumulative-pace` finding, in the target indicator's unit.
 *
 * @category Audit
 */
export type CumulativePaceNumbers = {
  /** The target total. */
  readonly targetValue: Decimal;
  /** The indicator's unit id. */
  readonly unit: string;
  /** The range the flows are summed over. */
  readonly range: string;
  /** Years in the range. */
  readonly years: Decimal;
  /** The average a year the target needs: `targetValue / years`. */
  readonly requiredAnnualAverage: Decimal;
  /** The sum of the observations inside the range. */
  readonly doneValue?: Decimal;
  /** The periods summed, comma-separated. */
  readonly donePeriods?: string;
  /** `doneValue / targetValue`, in percent. */
  readonly doneSharePercent?: Decimal;
  /** The share of the range elapsed by the end of the last period summed, in percent. */
  readonly timeSharePercent?: Decimal;
  /** The latest observation before the range: its period. */
  readonly priorPeriod?: string;
  /** The latest observation before the range: its value. */
  readonly priorValue?: Decimal;
  /** The years the prior observation covers. */
  readonly priorYears?: Decimal;
  /** `priorValue / priorYears`. */
  readonly priorAnnualAverage?: Decimal;
  /** `priorAnnualAverage / requiredAnnualAverage`, in percent: the prior pace against the need. */
  readonly priorPacePercent?: Decimal;
};

/**
 * A cumulative target checked against the flows observed in its range, or, before the range,
 * set beside the latest pace.
 *
 * @category Audit
 */
export interface CumulativePaceFinding extends AuditFindingBase {
  /** Always `cumulative-pace`. */
  readonly check: 'cumulative-pace';
  /** The figures of the check. */
  readonly numbers: CumulativePaceNumbers;
}

/**
 * The figures of a `cumulative-share` finding, in the indicator's unit.
 *
 * @category Audit
 */
export type CumulativeShareNumbers = {
  /** The period of the observed total (`2017/2021`). */
  readonly totalPeriod: string;
  /** The observed total. */
  readonly totalValue: Decimal;
  /** The indicator's unit id. */
  readonly unit: string;
  /** Years the total covers. */
  readonly years: Decimal;
  /** `totalValue / years`. */
  readonly totalAnnualAverage: Decimal;
  /** The periods inside the total that are observed, comma-separated. */
  readonly partPeriods: string;
  /** The sum of those observations. */
  readonly partsValue: Decimal;
  /** Years those observations cover. */
  readonly partsYears: Decimal;
  /** `partsValue / totalValue`, in percent. */
  readonly partSharePercent?: Decimal;
  /** `partsYears / years`, in percent. */
  readonly timeSharePercent: Decimal;
  /** `totalValue − partsValue`: what the periods not observed add up to. */
  readonly remainder?: Decimal;
  /** Years not observed. */
  readonly remainingYears?: Decimal;
  /** `remainder / remainingYears`. */
  readonly remainingAnnualAverage?: Decimal;
};

/**
 * An observed total over a range checked against the observations of the same flow inside it.
 *
 * @category Audit
 */
export interface CumulativeShareFinding extends AuditFindingBase {
  /** Always `cumulative-share`. */
  readonly check: 'cumulative-share';
  /** The figures of the check. */
  readonly numbers: CumulativeShareNumbers;
}
