import type { Decimal } from '../decimal/Decimal.js';
import type { AnnualClaimFinding, ClaimFinding, StatedGrowthFinding } from './claimFindings.js';
import type { ComponentsGrowthFinding, ComponentsSumFinding } from './componentFindings.js';
import type { CumulativePaceFinding, CumulativeShareFinding } from './cumulativeFindings.js';
import type { PriceBasisFinding } from './priceBasisFinding.js';
import type { LevelRateFinding, RateAlignmentFinding } from './rateFindings.js';

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
