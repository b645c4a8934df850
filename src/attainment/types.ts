import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import type {
  Attribute,
  Comparator,
  ObservationStatus,
  ProjectStage,
  Target,
  TargetKind,
} from '../models/types.js';

/**
 * How progress is judged, after the method's reference:
 *
 * - `progress-ratio` (the default): Open SDG / Statistics Canada, `R = d·CAGR_actual /
 *   |CAGR_required|` against thresholds 0.95 / 0.6 / 0;
 * - `current-status`: the UN ESCAP current status index `CS = 10·d·(a − b)/|T − b|`;
 * - `projection`: the UN Statistics Division progress chart, the latest value projected to
 *   the deadline at the actual CAGR, `(â − b)/(T − b)` against 0.95 / 0.10;
 * - `schedule`: 序时进度, increment completion against the share of time elapsed.
 *
 * @category Attainment
 */
export type AssessmentMethod = 'progress-ratio' | 'current-status' | 'projection' | 'schedule';

/**
 * Where a target stands: `achieved` (met), `on-track`, `needs-acceleration`,
 * `limited-progress`, `deterioration` (moving away, or overdue), `missed` (未完成: the period
 * is over, its figure known, and the target not met), or `not-assessable` (with a
 * {@link NotAssessableReason}). The three middle labels and `deterioration` are for targets
 * still running.
 *
 * @category Attainment
 */
export type AssessmentStatus =
  | 'achieved'
  | 'on-track'
  | 'needs-acceleration'
  | 'limited-progress'
  | 'deterioration'
  | 'missed'
  | 'not-assessable';

/**
 * What an assessment judged: `period` the figures of the target's own periods (a year's
 * target by yearly figures), or `year-to-date` an annual target of a flow by a figure of the
 * year so far (1–N月累计), while the whole year's figure is not yet known.
 *
 * @category Attainment
 */
export type AssessmentBasis = 'period' | 'year-to-date';

/**
 * How a year-to-date growth was found: `computed` from the two year-to-date levels (this year
 * and the same months a year earlier), or `stated` as the source gives it
 * (`Observation.yearOverYearPercent`).
 *
 * @category Attainment
 */
export type GrowthSource = 'computed' | 'stated';

/**
 * The year-to-date figure an assessment used (1–N月累计), in the indicator's unit.
 *
 * @category Attainment
 */
export interface YearToDateFigure {
  /** The figure's period, as written in the data (`'2022-01/2022-06'`, `'2022-H1'`). */
  readonly period: string;
  /** The months it covers from January, 1 to 11. */
  readonly months: number;
  /** The sum of those months. */
  readonly value: Decimal;
  /** The same months a year earlier, when the growth was computed from it. */
  readonly previous: PeriodValue | null;
  /** The growth on the same months a year earlier, as a fraction (`0.045`), when known. */
  readonly growth: Decimal | null;
  /** Whether `growth` was computed from the two levels or stated by the source. */
  readonly growthSource: GrowthSource | null;
}

/**
 * Why a target cannot be assessed:
 *
 * - `no-data`: no observation to judge by (or no project for a milestone);
 * - `no-baseline`: observations, but none to start from;
 * - `not-yet-started`: no observation after the baseline yet (or the range has not begun);
 * - `zero-base`: a baseline of 0, from which no compound rate exists;
 * - `sign-change`: baseline and latest (or target) of opposite signs: no compound rate;
 * - `qualitative`: a goal stated without a measure;
 * - `price-basis`: a growth target at comparable prices (可比价) with only current-price
 *   figures to judge it by (the levels, or growths stated at current prices); what those give
 *   is reported in {@link Assessment.currentPriceGrowth}.
 *
 * @category Attainment
 */
export type NotAssessableReason =
  | 'no-data'
  | 'no-baseline'
  | 'not-yet-started'
  | 'zero-base'
  | 'sign-change'
  | 'qualitative'
  | 'price-basis';

/**
 * For information, what current prices give for a growth target at comparable prices that is
 * `not-assessable` for `price-basis`: the nominal growth, which also holds the price change.
 *
 * @category Attainment
 */
export interface CurrentPriceGrowth {
  /**
   * The growth at current prices as a fraction (`0.0937`): the annual rate from the baseline to
   * the latest level, or, during the year, the year-to-date growth on the same months a year
   * earlier; `null` when none can be had (no later level, or levels of opposite signs).
   */
  readonly annualRate: Decimal | null;
  /** Whether `annualRate` was computed from two levels or stated by the source; `null` with it. */
  readonly growthSource: GrowthSource | null;
}

/**
 * Where a milestone stands at the as-of day: `done`, `overdue` (not done, due period over),
 * `due` (pending, work under way) or `not-started` (pending, the project not yet under
 * construction).
 *
 * @category Attainment
 */
export type MilestoneState = 'done' | 'due' | 'overdue' | 'not-started';

/**
 * Increment completion against time elapsed (序时进度): `ahead` (more than the tolerance
 * ahead), `on-schedule` (within it) or `behind`.
 *
 * @category Attainment
 */
export type ScheduleState = 'ahead' | 'on-schedule' | 'behind';

/**
 * A value at a period, in the indicator's unit.
 *
 * @category Attainment
 */
export interface PeriodValue {
  /** The period, as written in the data (`'2021'`, `'2022/2026'`). */
  readonly period: string;
  /** The value, converted to the indicator's unit. */
  readonly value: Decimal;
}

/**
 * The observation an assessment used, in the indicator's unit.
 *
 * @category Attainment
 */
export interface ObservedValue extends PeriodValue {
  /** The observation's status (`actual`, `preliminary`, `estimated`, `forecast`). */
  readonly status: ObservationStatus;
}

/**
 * 完成率, the Chinese completion rates; `null` where the form does not apply or the divisor
 * is zero. Each is direction-aware: 1 (100%) means the target is reached, more is better.
 *
 * @category Attainment
 */
export interface Completion {
  /**
   * Completion by level: `a/T` (at-most targets `2 − a/T`). For a growth target `T` is the
   * level the planned growth implies, `b·(1 + g)^n`; for a cumulative target, the sum so far
   * over the total (at-most `2 − S/T`).
   */
  readonly level: Decimal | null;
  /**
   * Completion by increment: `d·(a − b)/|T − b|`, which is `(a − b)/(T − b)` whenever the
   * target lies on the side of progress; for a cumulative target the sum so far over the total.
   */
  readonly increment: Decimal | null;
  /**
   * Completion of a growth rate: `(1 + actual)/(1 + planned)` (at-most `2 − …`), for growth
   * targets and level targets that state an annual growth; one year apart it is the 同比 form.
   */
  readonly growth: Decimal | null;
}

/**
 * What a milestone assessment was based on.
 *
 * @category Attainment
 */
export interface MilestoneFacts {
  /** The project's id. */
  readonly project: string;
  /** The project milestone's id, or `null` when the target names none (the project itself). */
  readonly milestone: string | null;
  /** The target's due period or day. */
  readonly due: string;
  /** When it was done (by the as-of day), or `null`. */
  readonly doneOn: string | null;
  /** The project's stage at the as-of day. */
  readonly stage: ProjectStage;
}

/**
 * The assessment of one target, with every intermediate figure so that a dashboard can show
 * its working. Figures are Decimals rounded once to 34 digits, or `null` where they do not
 * apply or cannot be computed — never NaN. Values are in the indicator's `unit`. `reason` is
 * non-null exactly when `status` is `not-assessable`, so `status` discriminates.
 *
 * Symbols used below: `b` baseline at `t0`, `a` latest at `t`, `T` target due at `tT`, `d` = +1
 * for at-least targets and −1 for at-most targets.
 *
 * @category Attainment
 */
export interface Assessment {
  /** The target's id. */
  readonly targetId: string;
  /** The target's title, in Chinese and English. */
  readonly title: Target['title'];
  /** The kind of target (`level`, `growth`, `cumulative`, `milestone`, `qualitative`). */
  readonly kind: TargetKind;
  /** `binding` (约束性) or `anticipatory` (预期性). */
  readonly attribute: Attribute;
  /** The method that set `status`. */
  readonly method: AssessmentMethod;
  /** Where the target stands. */
  readonly status: AssessmentStatus;
  /** Why it is `not-assessable`; `null` otherwise. */
  readonly reason: NotAssessableReason | null;
  /** True when an observation used is approximate (约, 余/多, 以上). */
  readonly approximate: boolean;
  /**
   * True when the target's period is over by the as-of day but its own figure is not yet
   * known: the status is judged on the latest figures and may still change.
   */
  readonly provisional: boolean;
  /** Whether the target was judged on its own periods' figures or on a year-to-date figure. */
  readonly basis: AssessmentBasis;
  /** The as-of day used (`YYYY-MM-DD`), or `null` when there was none and no data to date it. */
  readonly asOf: string | null;
  /** The indicator's id, when the target has one. */
  readonly indicator: string | null;
  /** The unit of every value here: the indicator's unit. */
  readonly unit: string | null;
  /** The target's comparator, when it has one. */
  readonly comparator: Comparator | null;
  /** The baseline used (`b` at `t0`). */
  readonly baseline: PeriodValue | null;
  /**
   * The latest observation used (`a` at `t`): the last by the as-of day and by the end of the
   * target's period, since a target for 2022 is judged by 2022's figure, not a later year's. For
   * a cumulative target, the latest summed.
   */
  readonly latest: ObservedValue | null;
  /** The target (`T` at `tT`); for a growth target, the level its planned growth implies. */
  readonly target: PeriodValue | null;
  /**
   * Cumulative targets: the flows summed over the range so far; level targets judged on a
   * year-to-date figure (and growth targets judged on the level): that figure.
   */
  readonly sumToDate: Decimal | null;
  /** The year-to-date figure and its growth, when `basis` is `year-to-date`. */
  readonly yearToDate: YearToDateFigure | null;
  /** The annual growth the target states, as a fraction (`0.06`). */
  readonly plannedAnnualRate: Decimal | null;
  /** The CAGR needed from baseline to target: `(T/b)^(1/(tT − t0)) − 1`. */
  readonly requiredAnnualRate: Decimal | null;
  /** The CAGR achieved from baseline to latest: `(a/b)^(1/(t − t0)) − 1`. */
  readonly actualAnnualRate: Decimal | null;
  /**
   * Open SDG progress ratio `R = s·d·actual / |required|` (`s` = −1 for negative values); for
   * cumulative targets the pace ratio `(S/T) / timeElapsed`.
   */
  readonly progressRatio: Decimal | null;
  /** Open SDG score, −5 to 5 (5 when achieved), from `progressRatio`. */
  readonly score: Decimal | null;
  /** ESCAP current status index `10·d·(a − b)/|T − b|`, within −10 to 10 (10 when met). */
  readonly currentStatusIndex: Decimal | null;
  /** 完成率 by level, increment and growth. */
  readonly completion: Completion;
  /**
   * 序时进度, 0 to 1: the share of the time from baseline to deadline elapsed by the latest
   * figure; of the range at `asOf` (cumulative targets) or of the due period (milestones); the
   * months a year-to-date figure covers over 12.
   */
  readonly timeElapsed: Decimal | null;
  /** `completion.increment − timeElapsed`: positive ahead of schedule, negative behind. */
  readonly scheduleGap: Decimal | null;
  /** `scheduleGap` against the tolerance. */
  readonly scheduleState: ScheduleState | null;
  /** The latest value carried to the deadline at the actual CAGR (cumulative: at the pace so far). */
  readonly projectedAtDeadline: Decimal | null;
  /** UNSD projection ratio `d·(â − b)/|T − b|` (cumulative: projected total over the total). */
  readonly projectionRatio: Decimal | null;
  /** 追赶增速: the annual rate needed from the latest value, `(T/a)^(1/(tT − t)) − 1`. */
  readonly catchUpRate: Decimal | null;
  /**
   * A growth target at comparable prices `not-assessable` for `price-basis`: the growth at
   * current prices, for information; `null` otherwise.
   */
  readonly currentPriceGrowth: CurrentPriceGrowth | null;
  /** Milestones: done, due, overdue or not started. */
  readonly milestoneState: MilestoneState | null;
  /** Milestones: the project, milestone, due and done dates and stage used. */
  readonly milestone: MilestoneFacts | null;
}

/**
 * Lower bounds of the progress-ratio statuses (Open SDG defaults 0.95, 0.6 and 0): `R ≥
 * onTrack` is on track, `R ≥ needsAcceleration` needs acceleration, `R ≥ limitedProgress`
 * limited progress, below that deterioration.
 *
 * @category Attainment
 */
export interface ProgressThresholds {
  /** Lowest ratio that is `on-track`; 0.95 by default. */
  readonly onTrack?: Decimal | string | number;
  /** Lowest ratio that `needs-acceleration`; 0.6 by default. */
  readonly needsAcceleration?: Decimal | string | number;
  /** Lowest ratio of `limited-progress`; 0 by default. */
  readonly limitedProgress?: Decimal | string | number;
}

/**
 * Options of {@link assessTarget} (and {@link assessPlan}).
 *
 * @category Attainment
 */
export interface AssessTargetOptions {
  /**
   * The day of the assessment (a Date's UTC day, or `YYYY-MM-DD`): observations of periods
   * that ended later are not used. Default: the last day of the latest dated fact given.
   */
  readonly asOf?: Date | string;
  /** The method that sets the status; `progress-ratio` (Open SDG) by default. */
  readonly method?: AssessmentMethod;
  /** Progress-ratio thresholds; Open SDG's 0.95 / 0.6 / 0 by default. */
  readonly thresholds?: ProgressThresholds;
  /** Schedule method: how far behind time elapsed still counts as on schedule; 0.05. */
  readonly tolerance?: DecimalInput;
  /** How time elapsed in a range is counted (`elapsedFraction`): `month` (default) or `day`. */
  readonly basis?: 'month' | 'day';
  /** The period of the baseline of level targets that state none (e.g. `'2021'`). */
  readonly basePeriod?: string;
}
