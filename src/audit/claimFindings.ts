/**
 * The findings on stated changes: a claim against the two levels it joins (`claim`), an
 * observation's stated growth against last year's level (`stated-growth`), and a stated average
 * annual growth against its two levels (`annual-claim`).
 */
import type { Decimal } from '../decimal/Decimal.js';
import type { AuditFindingBase } from './types.js';

/**
 * The figures a check of a stated change gives once both levels are known: the exact change,
 * the change as stated and how far it may lie (all in percent).
 *
 * @category Audit
 */
export type StatedChangeFigures = {
  /** The change from the observed levels, in percent, 34 digits. */
  readonly exactPercent?: Decimal;
  /** The exact change rounded half-up to the stated figure's decimals. */
  readonly roundedPercent?: Decimal;
  /** How far from the stated figure its wording lets the change lie. */
  readonly tolerance?: Decimal;
  /** The smallest change the levels allow given their qualifiers (约, 余). */
  readonly lowestPercent?: Decimal;
  /** The largest change the levels allow given their qualifiers. */
  readonly highestPercent?: Decimal;
  /** `exactPercent − statedPercent`, in percentage points. */
  readonly difference?: Decimal;
};

/**
 * The figures of a `claim` finding. Values are in the indicator's unit; percents in percent.
 *
 * @category Audit
 */
export type ClaimNumbers = {
  /** The claim's from-period, canonical. */
  readonly fromPeriod: string;
  /** The claim's to-period, canonical. */
  readonly toPeriod: string;
  /** The indicator's unit id, the unit of the values. */
  readonly unit: string;
  /** The stated change, in percent (signed). */
  readonly statedPercent: Decimal;
  /** Years between the ends of the two periods. */
  readonly years: Decimal;
  /**
   * `period-totals` when both periods are multi-year totals (十一五 → 十二五): the change is one
   * between two totals, and no annual rate is given.
   */
  readonly comparison?: string;
  /** The stated change as a compound annual rate over `years`, in percent. */
  readonly statedAnnualPercent?: Decimal;
  /** The observed level at the from-period. */
  readonly fromValue?: Decimal;
  /** The observed level at the to-period. */
  readonly toValue?: Decimal;
  /** When only the to-level is observed: the from-level the claim implies, `to / (1 + p)`. */
  readonly impliedFromValue?: Decimal;
  /** When only the from-level is observed: the to-level the claim implies, `from · (1 + p)`. */
  readonly impliedToValue?: Decimal;
  /** The periods without an observation, comma-separated (`'2016'`). */
  readonly missingPeriods?: string;
} & StatedChangeFigures;

/**
 * A stated change checked against the observations at its two periods.
 *
 * @category Audit
 */
export interface ClaimFinding extends AuditFindingBase {
  /** Always `claim`. */
  readonly check: 'claim';
  /** The figures of the check. */
  readonly numbers: ClaimNumbers;
}

/**
 * The figures of a `stated-growth` finding. Values are in the indicator's unit; percents in
 * percent.
 *
 * @category Audit
 */
export type StatedGrowthNumbers = {
  /** The observation's period, canonical (`2022-01/2022-06`). */
  readonly period: string;
  /** The same period a year earlier, canonical. */
  readonly basePeriod: string;
  /** The indicator's unit id, the unit of the values. */
  readonly unit: string;
  /** The observation's status. */
  readonly status: string;
  /** The stated growth (`yearOverYearPercent`), in percent. */
  readonly statedPercent: Decimal;
  /** The observation's value. */
  readonly value: Decimal;
  /** Last year's level of the same period (the best status observed). */
  readonly baseValue: Decimal;
  /** The prices the stated growth is at, when the observation says (`current`, `comparable`). */
  readonly priceBasis?: string;
} & StatedChangeFigures;

/**
 * An observation's stated growth checked against last year's level of the same period.
 *
 * @category Audit
 */
export interface StatedGrowthFinding extends AuditFindingBase {
  /** Always `stated-growth`. */
  readonly check: 'stated-growth';
  /** The figures of the check. */
  readonly numbers: StatedGrowthNumbers;
}

/**
 * The figures of an `annual-claim` finding. Values in the indicator's unit; rates in percent.
 *
 * @category Audit
 */
export type AnnualClaimNumbers = {
  /** The claim's from-period, canonical. */
  readonly fromPeriod: string;
  /** The claim's to-period, canonical. */
  readonly toPeriod: string;
  /** The indicator's unit id. */
  readonly unit: string;
  /** The stated average annual growth. */
  readonly statedAnnualPercent: Decimal;
  /** Years between the ends of the two periods. */
  readonly years: Decimal;
  /** The observed level at the from-period. */
  readonly fromValue?: Decimal;
  /** The observed level at the to-period. */
  readonly toValue?: Decimal;
  /** `(to / from)^(1/years) − 1`, in percent, 34 digits. */
  readonly exactAnnualPercent?: Decimal;
  /** The exact rate rounded half-up to the statement's decimals. */
  readonly roundedAnnualPercent?: Decimal;
  /** The lowest rate the levels' qualifiers (约, 余) allow. */
  readonly lowestAnnualPercent?: Decimal;
  /** The highest rate the levels' qualifiers allow. */
  readonly highestAnnualPercent?: Decimal;
  /** The periods without an observation, comma-separated. */
  readonly missingPeriods?: string;
};

/**
 * A stated average annual growth checked against the levels at its two periods.
 *
 * @category Audit
 */
export interface AnnualClaimFinding extends AuditFindingBase {
  /** Always `annual-claim`. */
  readonly check: 'annual-claim';
  /** The figures of the check. */
  readonly numbers: AnnualClaimNumbers;
}
