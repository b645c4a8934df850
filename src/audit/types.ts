import type { Decimal } from '../decimal/Decimal.js';

/**
 * The verdict on one relation the data states or implies: `consistent` (the figures fit each
 * other as precisely as they are written), `inconsistent` (they do not), or `unverifiable` (a
 * figure the check needs is missing or has no answer; the finding's `reason` says which).
 *
 * @category Audit
 */
export type AuditVerdict = 'consistent' | 'inconsistent' | 'unverifiable';

/**
 * The checks of {@link auditDataset}:
 *
 * - `claim`: a stated change (增长44.3%) against the two levels it joins;
 * - `level-rate`: a level target with its stated annual rate (10.5亿元, 年均增长6%) against the
 *   base they imply; a level target without a stated rate reports the rate its base needs;
 * - `rate-alignment`: a multi-year annual rate (年均增长6%) against the one-year growth target of
 *   the same indicator within its span (2022年增长6%);
 * - `cumulative-pace`: a cumulative target against the flows observed in (or before) its range;
 * - `cumulative-share`: an observed total over a range (新增造林面积3500亩, 2017–2021) against the
 *   observations of the same flow inside it (2021年新增造林350亩);
 * - `stated-growth`: an observation's stated growth on the same period a year earlier
 *   (`yearOverYearPercent`, 1—6月增长4.5%) against last year's level, where it is known.
 * - `components-sum`: a stated total of a sum indicator (工农业总值31.88亿元) against the sum of
 *   its stated parts (17.2 + 14.68);
 * - `components-growth`: a stated growth of a sum indicator (增长7%) against the growth its
 *   parts' levels and stated growths imply;
 * - `annual-claim`: a stated average annual growth (年均增长9.4%) against the two levels;
 * - `price-basis`: a growth at comparable prices (可比价) set beside the current-price levels: the
 *   nominal rate and the price change they imply (never `inconsistent`).
 *
 * @category Audit
 */
export type AuditCheck =
  | 'claim'
  | 'level-rate'
  | 'rate-alignment'
  | 'cumulative-pace'
  | 'cumulative-share'
  | 'stated-growth'
  | 'components-sum'
  | 'components-growth'
  | 'annual-claim'
  | 'price-basis';

/**
 * Why a finding is `unverifiable` (or, for `before-range`, why its figures are only a
 * reference):
 *
 * - `missing-level`: a claim's level at its from- or to-period is not observed (the periods are
 *   in `numbers.missingPeriods`);
 * - `missing-base`: a level target's base period has neither an observation nor a baseline;
 * - `no-stated-rate`: a level target states no annual rate; the rate its base needs is given;
 * - `no-annual-target`: no one-year growth target of the indicator lies within the span;
 * - `before-range`: every observation lies before the cumulative target's range; the latest
 *   one's pace is given for reference;
 * - `gap-in-series`: observations inside the range miss a period, so the total is unknown;
 * - `non-positive-base`: a base (or a target total) of 0 or below, from which no percent or
 *   rate exists;
 * - `sign-change`: values of opposite signs, from which no compound rate exists;
 * - `invalid-rate`: a stated rate of −100% or below, for which no growth factor exists;
 * - `no-elapsed-time`: the two periods end together (or in the wrong order);
 * - `unknown-indicator`: the record names an indicator the dataset does not hold;
 * - `out-of-range`: a figure would lie beyond 1e±1000;
 * - `price-basis`: a growth at comparable prices cannot be checked against levels at current
 *   prices; the nominal rate and the implied price change are given;
 * - `period-totals`: an average annual growth stated between two multi-year totals (十一五 →
 *   十二五), which are totals of periods, not levels a year apart.
 *
 * @category Audit
 */
export type AuditReason =
  | 'missing-level'
  | 'missing-base'
  | 'no-stated-rate'
  | 'no-annual-target'
  | 'before-range'
  | 'gap-in-series'
  | 'non-positive-base'
  | 'sign-change'
  | 'invalid-rate'
  | 'no-elapsed-time'
  | 'unknown-indicator'
  | 'out-of-range'
  | 'price-basis'
  | 'period-totals';

/**
 * A short sentence in Chinese and English.
 *
 * @category Audit
 */
export interface AuditMessage {
  /** The sentence in Chinese. */
  readonly zh: string;
  /** The sentence in English. */
  readonly en: string;
}

/**
 * The named figures of a finding: decimals, or strings for periods, unit ids and lists. A
 * figure that could not be computed is absent, never NaN.
 *
 * @category Audit
 */
export type AuditNumbers = Readonly<Record<string, Decimal | string>>;

/**
 * What every finding holds, whatever its check.
 *
 * @category Audit
 */
export interface AuditFindingBase {
  /** A stable id: the check and the ids of the records checked (`claim:farmer-income-growth`). */
  readonly id: string;
  /** Which check produced the finding. */
  readonly check: AuditCheck;
  /** The ids of the records involved: the claim or target first, then the indicator(s). */
  readonly subject: readonly string[];
  /** Whether the figures fit. */
  readonly verdict: AuditVerdict;
  /** Why the finding is `unverifiable` (or only a reference); `null` otherwise. */
  readonly reason: AuditReason | null;
  /** The figures behind the verdict. */
  readonly numbers: AuditNumbers;
  /** The verdict in one sentence, with its figures. */
  readonly message: AuditMessage;
}

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
  /** The change from the observed levels, in percent, 34 digits. */
  readonly exactPercent?: Decimal;
  /** The exact change rounded half-up to the statement's decimals. */
  readonly roundedPercent?: Decimal;
  /** How far from the stated figure its wording lets the change lie. */
  readonly tolerance?: Decimal;
  /** The smallest change the levels allow given their qualifiers (约, 余). */
  readonly lowestPercent?: Decimal;
  /** The largest change the levels allow given their qualifiers. */
  readonly highestPercent?: Decimal;
  /** `exactPercent − statedPercent`, in percentage points. */
  readonly difference?: Decimal;
  /** When only the to-level is observed: the from-level the claim implies, `to / (1 + p)`. */
  readonly impliedFromValue?: Decimal;
  /** When only the from-level is observed: the to-level the claim implies, `from · (1 + p)`. */
  readonly impliedToValue?: Decimal;
  /** The periods without an observation, comma-separated (`'2016'`). */
  readonly missingPeriods?: string;
};

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
  /** The change from the levels, in percent, 34 digits. */
  readonly exactPercent?: Decimal;
  /** The exact change rounded half-up to the stated figure's decimals. */
  readonly roundedPercent?: Decimal;
  /** How far from the stated figure its writing lets the change lie. */
  readonly tolerance?: Decimal;
  /** The smallest change the levels allow given their qualifiers (约, 余). */
  readonly lowestPercent?: Decimal;
  /** The largest change the levels allow given their qualifiers. */
  readonly highestPercent?: Decimal;
  /** `exactPercent − statedPercent`, in percentage points. */
  readonly difference?: Decimal;
};

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
 * The figures of a `components-sum` finding, in the total indicator's unit.
 *
 * @category Audit
 */
export type ComponentsSumNumbers = {
  /** The period of the figures. */
  readonly period: string;
  /** The total indicator's unit id. */
  readonly unit: string;
  /** The part indicators, comma-separated, in the formula's order. */
  readonly parts: string;
  /** The stated total. */
  readonly statedTotal: Decimal;
  /** The exact sum of the stated parts. */
  readonly partsSum: Decimal;
  /** The smallest sum the parts allow, as written (half a unit of each last digit; 约 wider). */
  readonly partsLow: Decimal;
  /** The largest sum the parts allow. */
  readonly partsHigh: Decimal;
  /** `statedTotal − partsSum`. */
  readonly difference: Decimal;
};

/**
 * A stated total checked against the sum of its stated parts.
 *
 * @category Audit
 */
export interface ComponentsSumFinding extends AuditFindingBase {
  /** Always `components-sum`. */
  readonly check: 'components-sum';
  /** The figures of the check. */
  readonly numbers: ComponentsSumNumbers;
}

/**
 * The figures of a `components-growth` finding. Levels in the total's unit; growths in percent.
 *
 * @category Audit
 */
export type ComponentsGrowthNumbers = {
  /** The period the growth is from. */
  readonly fromPeriod: string;
  /** The period the growth is to. */
  readonly toPeriod: string;
  /** The total indicator's unit id. */
  readonly unit: string;
  /** The part indicators, comma-separated, in the formula's order. */
  readonly parts: string;
  /** The stated growth of the total. */
  readonly statedPercent: Decimal;
  /** The sum of the parts' levels at `toPeriod`. */
  readonly partsLevel: Decimal;
  /** The previous total the parts imply: `Σ level / (1 + growth)`. */
  readonly impliedPreviousTotal: Decimal;
  /** `partsLevel / impliedPreviousTotal − 1`, in percent, 34 digits. */
  readonly impliedPercent: Decimal;
  /** The lowest growth the parts' stated growths allow as written. */
  readonly lowestPercent: Decimal;
  /** The highest growth the parts' stated growths allow as written. */
  readonly highestPercent: Decimal;
};

/**
 * A stated growth of a total checked against the growth its parts imply.
 *
 * @category Audit
 */
export interface ComponentsGrowthFinding extends AuditFindingBase {
  /** Always `components-growth`. */
  readonly check: 'components-growth';
  /** The figures of the check. */
  readonly numbers: ComponentsGrowthNumbers;
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

/**
 * The figures of a `price-basis` finding. Values in the indicator's unit; rates in percent.
 *
 * @category Audit
 */
export type PriceBasisNumbers = {
  /** The period the growth runs from. */
  readonly fromPeriod: string;
  /** The period the growth runs to. */
  readonly toPeriod: string;
  /** The indicator's unit id. */
  readonly unit: string;
  /** Years between the ends of the two periods. */
  readonly years: Decimal;
  /** The stated total change at comparable prices, when the claim states one. */
  readonly statedPercent?: Decimal;
  /** The stated average annual growth at comparable prices, when one is stated. */
  readonly statedAnnualPercent?: Decimal;
  /** The current-price level at the from-period. */
  readonly fromValue?: Decimal;
  /** The current-price level at the to-period. */
  readonly toValue?: Decimal;
  /** The nominal change `to / from − 1`, in percent. */
  readonly nominalPercent?: Decimal;
  /** The nominal average annual rate `(to / from)^(1/years) − 1`, in percent. */
  readonly nominalAnnualPercent?: Decimal;
  /**
   * The price change the two imply, in percent: `(1 + nominal) / (1 + real) − 1`, a year's
   * when the statement is an annual rate, the whole span's otherwise.
   */
  readonly impliedPriceChangePercent?: Decimal;
  /** The periods without an observation, comma-separated. */
  readonly missingPeriods?: string;
};

/**
 * A growth at comparable prices set beside the current-price levels.
 *
 * @category Audit
 */
export interface PriceBasisFinding extends AuditFindingBase {
  /** Always `price-basis`. */
  readonly check: 'price-basis';
  /** The figures of the check. */
  readonly numbers: PriceBasisNumbers;
}

/**
 * One finding of {@link auditDataset}, discriminated on `check`.
 *
 * @category Audit
 */
export type AuditFinding =
  | ClaimFinding
  | LevelRateFinding
  | RateAlignmentFinding
  | CumulativePaceFinding
  | CumulativeShareFinding
  | StatedGrowthFinding
  | ComponentsSumFinding
  | ComponentsGrowthFinding
  | AnnualClaimFinding
  | PriceBasisFinding;
