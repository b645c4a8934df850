/**
 * The findings on the annual rates of targets: a level target's stated rate against the base
 * it implies (`level-rate`), and a multi-year rate against the one-year growth targets within
 * its span (`rate-alignment`).
 */
import type { Decimal } from '../decimal/Decimal.js';
import type { AuditFindingBase } from './types.js';

/**
 * The figures of a `level-rate` finding. Values are in the indicator's unit; rates in percent.
 *
 * @category Audit
 */
export type LevelRateNumbers = {
  /** The target level, in the indicator's unit. */
  readonly targetValue: Decimal;
  /** The indicator's unit id. */
  readonly unit: string;
  /** The period the level is due. */
  readonly targetPeriod: string;
  /** The base period: the target's baseline period, or the period before its plan starts. */
  readonly basePeriod: string;
  /** Years from the base period to the target period. */
  readonly years: Decimal;
  /** The annual rate the target states, in percent. */
  readonly statedAnnualPercent?: Decimal;
  /** The base the target and its stated rate imply: `target / (1 + g)^years`. */
  readonly impliedBase?: Decimal;
  /** The smallest base whose rate still rounds to the stated rate. */
  readonly impliedBaseLow?: Decimal;
  /** The largest base whose rate still rounds to the stated rate. */
  readonly impliedBaseHigh?: Decimal;
  /** The base the data states (an observation or the target's baseline). */
  readonly observedBase?: Decimal;
  /** Where the observed base comes from: `observation` or `baseline`. */
  readonly baseSource?: string;
  /** The observed base's status (`actual`, `estimated`, …) or `baseline`. */
  readonly baseStatus?: string;
  /** The lowest value the observed base's qualifier (约, 余) allows. */
  readonly observedBaseLow?: Decimal;
  /** The highest value the observed base's qualifier allows. */
  readonly observedBaseHigh?: Decimal;
  /** The annual rate from the observed base to the target, in percent (水平法). */
  readonly observedAnnualPercent?: Decimal;
  /** `observedAnnualPercent` rounded half-up to the stated rate's decimals. */
  readonly roundedObservedAnnualPercent?: Decimal;
  /** The lowest rate the observed base's qualifier allows. */
  readonly observedAnnualPercentLow?: Decimal;
  /** The highest rate the observed base's qualifier allows. */
  readonly observedAnnualPercentHigh?: Decimal;
};

/**
 * A level target checked against the base its stated annual rate implies.
 *
 * @category Audit
 */
export interface LevelRateFinding extends AuditFindingBase {
  /** Always `level-rate`. */
  readonly check: 'level-rate';
  /** The figures of the check. */
  readonly numbers: LevelRateNumbers;
}

/**
 * The figures of a `rate-alignment` finding, in percent.
 *
 * @category Audit
 */
export type RateAlignmentNumbers = {
  /** The multi-year target's annual rate. */
  readonly longTermAnnualPercent: Decimal;
  /** The multi-year target's base period. */
  readonly longTermBasePeriod: string;
  /** The multi-year target's last period. */
  readonly longTermPeriod: string;
  /** Years the multi-year rate runs. */
  readonly years: Decimal;
  /** The one-year target's rate. */
  readonly annualPercent?: Decimal;
  /** The one-year target's period. */
  readonly annualPeriod?: string;
  /** `annualPercent − longTermAnnualPercent`, in percentage points. */
  readonly differencePoints?: Decimal;
  /**
   * The average rate the other years then need for the multi-year goal:
   * `((1 + g)^years / (1 + a))^(1/(years − 1)) − 1`.
   */
  readonly remainingAnnualPercent?: Decimal;
};

/**
 * A multi-year annual rate checked against the one-year growth target within its span.
 *
 * @category Audit
 */
export interface RateAlignmentFinding extends AuditFindingBase {
  /** Always `rate-alignment`. */
  readonly check: 'rate-alignment';
  /** The figures of the check. */
  readonly numbers: RateAlignmentNumbers;
}
