/**
 * Private to the attainment layer: the assessment of one target, shared by assessTarget and
 * assessPlan. The callers resolve the options, the as-of day and the indicator's series once;
 * this file only computes, on exact fractions (`_exact.ts`), and rounds each reported figure
 * once. Statuses are decided on the unrounded values. The decisions are set out in the
 * `@remarks` of assessTarget.
 */
import type { Decimal } from '../decimal/Decimal.js';
import {
  abs,
  add,
  clamp,
  cmp,
  div,
  mul,
  neg,
  ONE,
  type Ratio,
  ratio,
  ratioOf,
  scale,
  sign,
  sub,
  toFigure,
  ZERO,
} from '../decimal/rational.js';
import { powRatio, rateRatio } from '../decimal/rationalPowers.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type {
  CumulativeTarget,
  GrowthTarget,
  Indicator,
  LevelTarget,
  MilestoneTarget,
  ObservationStatus,
  Project,
  ProjectStage,
  QualitativeTarget,
  Target,
} from '../models/types.js';
import { elapsedFraction } from '../periods/index.js';
import { FIVE, scoreOf, statusIndexOf, TEN } from './_figures.js';
import type { ResolvedOptions } from './_options.js';
import {
  type DayInfo,
  dayText,
  type PeriodInfo,
  periodInfo,
  type Rational,
  reduce,
  yearsBetweenRational,
} from './_periodInfo.js';
import {
  earliestBy,
  entriesWithin,
  entryExact,
  entryFor,
  entryValue,
  latestBy,
  type Series,
  type SeriesEntry,
  type SeriesUnits,
  toFigureDigits,
  toUnit,
} from './_series.js';
import type {
  Assessment,
  AssessmentStatus,
  Completion,
  MilestoneState,
  NotAssessableReason,
  ScheduleState,
} from './types.js';

const TWO = /* @__PURE__ */ ratio(2);
/** UNSD progress chart: 95% of the way projected is on track, under 10% is limited. */
const PROJECTION_ON_TRACK = /* @__PURE__ */ ratio(95, 100);
const PROJECTION_MODERATE = /* @__PURE__ */ ratio(1, 10);
/** ESCAP labels: an index above 9 is on track. */
const STATUS_INDEX_ON_TRACK = /* @__PURE__ */ ratio(9);
const TEN_FIGURE = /* @__PURE__ */ toFigure(TEN) as Decimal;
const FIVE_FIGURE = /* @__PURE__ */ toFigure(FIVE) as Decimal;

/** Stages before construction starts: a pending milestone there has not been started. */
const NOT_STARTED_STAGES: ReadonlySet<ProjectStage> = new Set<ProjectStage>([
  'planned',
  'preparatory',
  'approved',
]);
/** Stages in which a project is itself delivered. */
const DELIVERED_STAGES: ReadonlySet<ProjectStage> = new Set<ProjectStage>([
  'completed',
  'operating',
]);

/** What the engine needs besides the target, prepared by the caller. */
export interface TargetEnvironment {
  /** The target's indicator (looked up by the caller). */
  readonly indicator: Indicator | undefined;
  /** The indicator's observations as a series (empty when there are none). */
  readonly series: Series;
  /** Where the observations came from, for error messages (`context.observations`). */
  readonly seriesField: string;
  /** Where the target came from, for error messages (`target`, `dataset.plans[0].targets[3]`). */
  readonly targetField: string;
  /** Where the indicator came from, for error messages. */
  readonly indicatorField: string;
  /** The milestone's project, if found. */
  readonly project: Project | undefined;
  /** Where the project came from, for error messages. */
  readonly projectField: string;
  /** The first day of the plan, when known: the baseline is the last figure before it. */
  readonly planStart: number | null;
  /** The effective as-of day (given or defaulted from the data), or null. */
  readonly asOf: DayInfo | null;
}

/** A value at a period, in the indicator's unit. */
interface Point {
  readonly info: PeriodInfo;
  /** The value to report (34 digits at most). */
  readonly value: Decimal;
  /** The value to compute with. */
  readonly exact: Ratio;
  readonly approximate: boolean;
  /** The observation's status, or null for a stated baseline. */
  readonly status: ObservationStatus | null;
  /** The series entry, or null for a stated baseline. */
  readonly entry: SeriesEntry | null;
}

/** Figures fixed by a baseline entry and a latest entry, shared by an indicator's targets. */
interface PairFigures {
  readonly actual: Ratio;
  readonly actualFigure: Decimal;
  /** Projected values at each deadline (by period text), and as reported; null out of range. */
  readonly projected: Map<string, { exact: Ratio; figure: Decimal | null } | null>;
}

type Draft = { -readonly [K in keyof Assessment]: Assessment[K] };
type CompletionDraft = { -readonly [K in keyof Completion]: Completion[K] };
/** The statuses of a target that could be assessed. */
type Assessed = Exclude<AssessmentStatus, 'not-assessable'>;

/** Assesses one target. */
export function assessWith(target: Target, env: TargetEnvironment, o: ResolvedOptions): Assessment {
  switch (target.kind) {
    case 'level':
      return assessLevel(target, env, o);
    case 'growth':
      return assessGrowth(target, env, o);
    case 'cumulative':
      return assessCumulative(target, env, o);
    case 'milestone':
      return assessMilestone(target, env, o);
    case 'qualitative':
      return assessQualitative(target, env, o);
    default:
      return unknownKind(target, env);
  }
}

function unknownKind(target: never, env: TargetEnvironment): never {
  throw new IndicatorError('invalid-argument', {
    field: `${env.targetField}.kind`,
    value: (target as { kind?: unknown }).kind,
    reason: 'expected level, growth, cumulative, milestone or qualitative',
  });
}

// ---------------------------------------------------------------------------------------------
// Drafts and statuses

function draft(target: Target, env: TargetEnvironment, o: ResolvedOptions): Draft {
  return {
    targetId: target.id,
    // A copy: results never share objects with the input.
    title: { zh: target.title.zh, en: target.title.en },
    kind: target.kind,
    attribute: target.attribute,
    method: o.method,
    // Stryker disable next-line StringLiteral: every path sets the status
    status: 'not-assessable',
    reason: null,
    approximate: false,
    asOf: env.asOf === null ? null : env.asOf.text,
    indicator: null,
    unit: null,
    comparator: null,
    baseline: null,
    latest: null,
    target: null,
    sumToDate: null,
    plannedAnnualRate: null,
    requiredAnnualRate: null,
    actualAnnualRate: null,
    progressRatio: null,
    score: null,
    currentStatusIndex: null,
    completion: { level: null, increment: null, growth: null },
    timeElapsed: null,
    scheduleGap: null,
    scheduleState: null,
    projectedAtDeadline: null,
    projectionRatio: null,
    catchUpRate: null,
    milestoneState: null,
    milestone: null,
  };
}

function settle(d: Draft, status: Assessed): Assessment {
  d.status = status;
  return d;
}

function unassessable(d: Draft, reason: NotAssessableReason): Assessment {
  d.status = 'not-assessable';
  d.reason = reason;
  d.score = null;
  return d;
}

/** A reported figure, or null. */
function figure(value: Ratio | null): Decimal | null {
  return value === null ? null : toFigure(value);
}

/** Open SDG: R ≥ onTrack, ≥ needsAcceleration, ≥ limitedProgress, below. */
function byProgressRatio(r: Ratio, o: ResolvedOptions): Assessed {
  if (cmp(r, o.onTrack) >= 0) return 'on-track';
  if (cmp(r, o.needsAcceleration) >= 0) return 'needs-acceleration';
  if (cmp(r, o.limitedProgress) >= 0) return 'limited-progress';
  return 'deterioration';
}

/** UNSD progress chart: ≥ 0.95, 0.10 to 0.95, 0 to 0.10, below 0. */
function byProjection(r: Ratio): Assessed {
  if (cmp(r, PROJECTION_ON_TRACK) >= 0) return 'on-track';
  if (cmp(r, PROJECTION_MODERATE) >= 0) return 'needs-acceleration';
  if (sign(r) >= 0) return 'limited-progress';
  return 'deterioration';
}

/** ESCAP labels: above 9 on track, above 0 slow progress, 0 no progress, below 0 regression. */
function byStatusIndex(index: Ratio): Assessed {
  if (cmp(index, STATUS_INDEX_ON_TRACK) > 0) return 'on-track';
  const direction = sign(index);
  if (direction > 0) return 'needs-acceleration';
  return direction === 0 ? 'limited-progress' : 'deterioration';
}

/** 序时进度: going backwards, within the tolerance of schedule or ahead, stalled, behind. */
function bySchedule(increment: Ratio, gap: Ratio, o: ResolvedOptions): Assessed {
  if (sign(increment) < 0) return 'deterioration';
  if (cmp(gap, neg(o.tolerance)) >= 0) return 'on-track';
  return sign(increment) === 0 ? 'limited-progress' : 'needs-acceleration';
}

function scheduleStateOf(gap: Ratio, o: ResolvedOptions): ScheduleState {
  if (cmp(gap, o.tolerance) > 0) return 'ahead';
  return cmp(gap, neg(o.tolerance)) >= 0 ? 'on-schedule' : 'behind';
}

// ---------------------------------------------------------------------------------------------
// Shared readers

function indicatorOf(target: { readonly indicator: string }, env: TargetEnvironment): Indicator {
  const indicator = env.indicator;
  if (indicator === undefined || indicator.id !== target.indicator) {
    throw new IndicatorError('invalid-argument', {
      field: env.indicatorField,
      value: indicator === undefined ? undefined : indicator.id,
      reason: `the target needs its indicator "${target.indicator}"`,
    });
  }
  return indicator;
}

/** +1 for at-least, −1 for at-most: the direction of progress toward the target. */
function directionOf(comparator: unknown, field: string): 1 | -1 {
  if (comparator === 'at-least') return 1;
  if (comparator === 'at-most') return -1;
  throw new IndicatorError('invalid-argument', {
    field,
    value: comparator,
    reason: "expected 'at-least' or 'at-most'",
  });
}

function unitsOf(indicator: Indicator, env: TargetEnvironment): SeriesUnits {
  return { unit: indicator.unit, field: env.seriesField };
}

function pointOf(entry: SeriesEntry, units: SeriesUnits): Point {
  // Stryker disable next-line ConditionalExpression: a cache; the point built again is the same
  if (entry.point === undefined) {
    const point: Point = {
      info: entry.info,
      value: entryValue(entry, units),
      exact: entryExact(entry, units),
      approximate: entry.observation.qualifier != null,
      status: entry.observation.status,
      entry,
    };
    entry.point = point;
  }
  return entry.point as Point;
}

/** A value of the target (in its unit) as a point-free pair: to report, and to compute with. */
function targetValue(
  text: string,
  unit: string | undefined,
  indicator: Indicator,
  field: string,
  unitField: string,
): { value: Decimal; exact: Ratio } {
  const value = toFigureDigits(toUnit(toDecimal(text, field), unit, indicator.unit, unitField));
  return { value, exact: ratioOf(value) };
}

/** A planned growth percent as a fraction, above −1 so that `1 + g` is a growth factor. */
function readPlanned(percentText: string, field: string): Ratio {
  const rate = div(ratioOf(toDecimal(percentText, field)), ratio(100));
  if (cmp(rate, ratio(-1)) <= 0) {
    throw new IndicatorError('invalid-argument', {
      field,
      value: percentText,
      reason: 'a planned growth must be above -100%',
    });
  }
  return rate;
}

/** Both zero-or-positive, or both zero-or-negative: a ratio of them is not negative. */
function sameSign(x: Ratio, y: Ratio): boolean {
  // Stryker disable next-line ArithmeticOperator: never called with y = 0, and ±1/±1 equals ±1·±1
  return sign(x) * sign(y) >= 0;
}

/** `x^(over/under)` for positive year fractions. */
function powYears(x: Ratio, over: Rational, under: Rational): Ratio | null {
  const exponent = reduce(over.num * under.den, over.den * under.num);
  return powRatio(x, exponent.num, exponent.den);
}

function observed(point: Point): { period: string; value: Decimal } {
  return { period: point.info.text, value: point.value };
}

function observedWithStatus(point: Point): {
  period: string;
  value: Decimal;
  status: ObservationStatus;
} {
  return { period: point.info.text, value: point.value, status: point.status! };
}

// ---------------------------------------------------------------------------------------------
// Level and growth targets

interface Problem {
  /** The target level `T`. */
  readonly target: Ratio;
  /** `T` as reported. */
  readonly targetFigure: Decimal;
  readonly due: PeriodInfo;
  readonly base: Point | null;
  readonly latest: Point | null;
  readonly planned: Ratio | null;
  /** The required rate when the target states it (growth targets). */
  readonly fixedRequired: Ratio | null;
}

/**
 * The last day whose data judge a target: the as-of day, but never past the end of the target's
 * period. A target for 2022 is met or missed by the 2022 figure, not by a later year's.
 */
function judgedBy(asOfDay: number | null, due: PeriodInfo): number {
  // Stryker disable next-line ConditionalExpression: the as-of day is null only when no observation dates it, and then no day finds one
  return asOfDay === null ? due.end : Math.min(asOfDay, due.end);
}

function assessLevel(target: LevelTarget, env: TargetEnvironment, o: ResolvedOptions): Assessment {
  const indicator = indicatorOf(target, env);
  const f = env.targetField;
  const units = unitsOf(indicator, env);
  const level = targetValue(target.value, target.unit, indicator, `${f}.value`, `${f}.unit`);
  const due = periodInfo(target.period, `${f}.period`);
  const kind = indicator.measure === 'flow' ? due.kind : null;
  const asOfDay = env.asOf === null ? null : env.asOf.day;
  const latest = latestBy(env.series, judgedBy(asOfDay, due), kind);
  let base: Point | null = null;
  if (target.baseline !== undefined) {
    const stated = targetValue(
      target.baseline.value,
      target.unit,
      indicator,
      `${f}.baseline.value`,
      // Stryker disable next-line StringLiteral: the same unit converted the target value already
      `${f}.unit`,
    );
    base = {
      info: periodInfo(target.baseline.period, `${f}.baseline.period`),
      ...stated,
      approximate: false,
      status: null,
      entry: null,
    };
  } else {
    let entry: SeriesEntry | undefined;
    if (o.basePeriod !== null) entry = entryFor(env.series, o.basePeriod, asOfDay);
    else if (env.planStart !== null) {
      const before = env.planStart - 1;
      entry = latestBy(env.series, Math.min(before, asOfDay ?? before), kind);
    } else entry = earliestBy(env.series, asOfDay, kind);
    if (entry !== undefined) base = pointOf(entry, units);
  }
  // A baseline must come before the deadline; any other is no baseline at all.
  if (base !== null && base.info.end >= due.end) base = null;
  const planned =
    target.annualGrowthPercent === undefined
      ? null
      : readPlanned(target.annualGrowthPercent, `${f}.annualGrowthPercent`);
  return evaluate(target, indicator, env, o, {
    target: level.exact,
    targetFigure: level.value,
    due,
    base,
    latest: latest === undefined ? null : pointOf(latest, units),
    planned,
    fixedRequired: null,
  });
}

function assessGrowth(
  target: GrowthTarget,
  env: TargetEnvironment,
  o: ResolvedOptions,
): Assessment {
  const indicator = indicatorOf(target, env);
  const f = env.targetField;
  const units = unitsOf(indicator, env);
  const due = periodInfo(target.period, `${f}.period`);
  const baseInfo = periodInfo(target.basePeriod, `${f}.basePeriod`);
  const planned = readPlanned(target.annualGrowthPercent, `${f}.annualGrowthPercent`);
  const span = yearsBetweenRational(baseInfo, due);
  if (span.num <= 0) {
    throw new IndicatorError('invalid-periods', {
      field: `${f}.period`,
      value: target.period,
      reason: `a growth target must end after its base period ${target.basePeriod}`,
    });
  }
  const kind = indicator.measure === 'flow' ? due.kind : null;
  const asOfDay = env.asOf === null ? null : env.asOf.day;
  const latestEntry = latestBy(env.series, judgedBy(asOfDay, due), kind);
  const baseEntry = entryFor(env.series, baseInfo, asOfDay);
  const latest = latestEntry === undefined ? null : pointOf(latestEntry, units);
  const base = baseEntry === undefined ? null : pointOf(baseEntry, units);
  if (latest === null || base === null || base.exact.n === 0n) {
    // Without a (non-zero) base there is no target level to judge by.
    const d = draft(target, env, o);
    d.indicator = indicator.id;
    d.unit = indicator.unit;
    d.comparator = target.comparator;
    d.plannedAnnualRate = toFigure(planned);
    d.requiredAnnualRate = d.plannedAnnualRate;
    if (base !== null) d.baseline = observed(base);
    if (latest !== null) d.latest = observedWithStatus(latest);
    d.approximate = (base?.approximate ?? false) || (latest?.approximate ?? false);
    if (latest === null) return unassessable(d, 'no-data');
    return unassessable(d, base === null ? 'no-baseline' : 'zero-base');
  }
  const factor = powRatio(add(ONE, planned), span.num, span.den);
  const level = factor === null ? null : mul(factor, base.exact);
  // Null as well when the level is.
  const levelFigure = figure(level);
  if (levelFigure === null) {
    throw new IndicatorError('invalid-number', {
      field: `${f}.annualGrowthPercent`,
      value: target.annualGrowthPercent,
      reason: 'the target level it implies is outside the accepted range',
    });
  }
  return evaluate(target, indicator, env, o, {
    target: level as Ratio,
    targetFigure: levelFigure,
    due,
    base,
    latest,
    planned,
    fixedRequired: planned,
  });
}

/** The exact figures the statuses are decided on. */
interface Progress {
  readonly ratio: Ratio | null;
  readonly index: Ratio | null;
  readonly increment: Ratio | null;
  readonly gap: Ratio | null;
  readonly projection: Ratio | null;
}

function evaluate(
  target: LevelTarget | GrowthTarget,
  indicator: Indicator,
  env: TargetEnvironment,
  o: ResolvedOptions,
  p: Problem,
): Assessment {
  const d = draft(target, env, o);
  const dir = directionOf(target.comparator, `${env.targetField}.comparator`);
  const { base, latest, due } = p;
  const t = p.target;
  d.indicator = indicator.id;
  d.unit = indicator.unit;
  d.comparator = target.comparator;
  d.target = { period: due.text, value: p.targetFigure };
  d.plannedAnnualRate = figure(p.planned);
  if (base !== null) d.baseline = observed(base);
  d.approximate = (base?.approximate ?? false) || (latest?.approximate ?? false);
  const required = requiredRate(p);
  d.requiredAnnualRate = figure(required);
  if (latest === null) return unassessable(d, 'no-data');
  d.latest = observedWithStatus(latest);
  const a = latest.exact;
  const achieved = dir === 1 ? cmp(a, t) >= 0 : cmp(a, t) <= 0;
  if (t.n !== 0n) {
    const share = div(a, t);
    (d.completion as CompletionDraft).level = toFigure(dir === 1 ? share : sub(TWO, share));
  }
  const remaining = yearsBetweenRational(latest.info, due);
  if (remaining.num > 0 && a.n !== 0n && sameSign(t, a)) {
    d.catchUpRate = toFigure(rateRatio(a, t, remaining, 'catchUpRate'));
  }
  if (achieved) {
    if (base !== null) fillProgress(d, p, dir, required, remaining, o);
    d.currentStatusIndex = TEN_FIGURE;
    d.score = FIVE_FIGURE;
    return settle(d, 'achieved');
  }
  if (base === null) return unassessable(d, 'no-baseline');
  if (latest.info.end <= base.info.end) return unassessable(d, 'not-yet-started');
  const progress = fillProgress(d, p, dir, required, remaining, o);
  const b = base.exact;
  if (dir === 1 ? cmp(b, t) >= 0 : cmp(b, t) <= 0) {
    // The baseline met the target and the latest no longer does: slipping back.
    return settle(d, 'deterioration');
  }
  // From here T ≠ b, so the increment, index and gap exist.
  switch (o.method) {
    case 'progress-ratio':
      if (b.n === 0n) return unassessable(d, 'zero-base');
      if (progress.ratio === null) return unassessable(d, 'sign-change');
      return settle(d, byProgressRatio(progress.ratio, o));
    case 'projection':
      if (b.n === 0n) return unassessable(d, 'zero-base');
      if (!sameSign(a, b)) return unassessable(d, 'sign-change');
      if (progress.projection === null) {
        // The projection overflowed: it runs off to infinity with the sign of `a`.
        return settle(d, dir === sign(a) ? 'on-track' : 'deterioration');
      }
      return settle(d, byProjection(progress.projection));
    case 'current-status':
      return settle(d, byStatusIndex(progress.index!));
    case 'schedule':
      return settle(d, bySchedule(progress.increment!, progress.gap!, o));
  }
}

/** The required CAGR: stated by a growth target, else `(T/b)^(1/(tT − t0)) − 1`. */
function requiredRate(p: Problem): Ratio | null {
  // Stryker disable next-line ConditionalExpression: a shortcut; the rate taking the base to the level a stated growth implies is that growth, to every digit
  if (p.fixedRequired !== null) return p.fixedRequired;
  const { base } = p;
  if (base === null || base.exact.n === 0n || !sameSign(p.target, base.exact)) return null;
  // The span is positive: a baseline at or after the deadline was dropped by the caller.
  const span = yearsBetweenRational(base.info, p.due);
  return rateRatio(base.exact, p.target, span, 'requiredAnnualRate');
}

/** The figures that need a baseline (and, for rates, a later latest value). */
function fillProgress(
  d: Draft,
  p: Problem,
  dir: 1 | -1,
  required: Ratio | null,
  remaining: Rational,
  o: ResolvedOptions,
): Progress {
  const base = p.base!;
  const latest = p.latest!;
  const a = latest.exact;
  const b = base.exact;
  const t = p.target;
  const completion: CompletionDraft = d.completion;
  const span = abs(sub(t, b));
  let increment: Ratio | null = null;
  let index: Ratio | null = null;
  let gap: Ratio | null = null;
  const time = timeBetween(base.info, latest.info, p.due);
  const elapsedYears = time.elapsedYears;
  const elapsed = time.elapsed;
  d.timeElapsed = time.figure;
  if (span.n !== 0n) {
    increment = div(scale(sub(a, b), dir), span);
    completion.increment = toFigure(increment);
    index = statusIndexOf(b, a, t, dir);
    d.currentStatusIndex = toFigure(index);
    gap = sub(increment, elapsed);
    d.scheduleGap = toFigure(gap);
    d.scheduleState = scheduleStateOf(gap, o);
  }
  let progressRatio: Ratio | null = null;
  let projection: Ratio | null = null;
  if (b.n !== 0n && elapsedYears.num > 0 && sameSign(a, b)) {
    const pair = pairFigures(base, latest, elapsedYears);
    const actual = pair.actual;
    d.actualAnnualRate = pair.actualFigure;
    if (required !== null && required.n !== 0n) {
      // Open SDG: a negative base flips the sign of compound rates.
      // Stryker disable next-line ArithmeticOperator: both are ±1, so the quotient equals the product
      progressRatio = div(scale(actual, sign(b) * dir), abs(required));
      d.progressRatio = toFigure(progressRatio);
      d.score = toFigure(scoreOf(progressRatio));
    }
    if (p.planned !== null) {
      const growth = div(add(ONE, actual), add(ONE, p.planned));
      completion.growth = toFigure(dir === 1 ? growth : sub(TWO, growth));
    }
    let projected = pair.projected.get(p.due.text);
    // Stryker disable next-line ConditionalExpression: a cache; the projection taken again is the same
    if (projected === undefined) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: the latest is never after the deadline (judgedBy), and with no time remaining the power is 1 as well
      const factor = remaining.num <= 0 ? ONE : powYears(div(a, b), remaining, elapsedYears);
      const exact = factor === null ? null : mul(factor, a);
      projected = exact === null ? null : { exact, figure: toFigure(exact) };
      pair.projected.set(p.due.text, projected);
    }
    if (projected !== null) {
      d.projectedAtDeadline = projected.figure;
      if (span.n !== 0n) {
        projection = div(scale(sub(projected.exact, b), dir), span);
        d.projectionRatio = figure(projection);
      }
    }
  }
  return { ratio: progressRatio, index, increment, gap, projection };
}

/** The time figures of a baseline, latest and deadline period: few distinct triples. */
interface TimeFigures {
  readonly elapsedYears: Rational;
  readonly elapsed: Ratio;
  readonly figure: Decimal;
}

const timeCache = new Map<string, TimeFigures>();

function timeBetween(base: PeriodInfo, latest: PeriodInfo, due: PeriodInfo): TimeFigures {
  const key = `${base.text}|${latest.text}|${due.text}`;
  let time = timeCache.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; the figures computed again are the same
  if (time === undefined) {
    const total = yearsBetweenRational(base, due);
    const elapsedYears = yearsBetweenRational(base, latest);
    // total > 0 (the baseline precedes the deadline); a latest value before it clamps to 0.
    const elapsed = clamp(
      ratio(elapsedYears.num * total.den, elapsedYears.den * total.num),
      ZERO,
      ONE,
    );
    time = { elapsedYears, elapsed, figure: toFigure(elapsed) as Decimal };
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound limits memory only; a cleared cache gives the same results
    if (timeCache.size >= 10_000) timeCache.clear();
    timeCache.set(key, time);
  }
  return time;
}

/** The actual rate from baseline to latest, kept on the baseline's series entry. */
function pairFigures(base: Point, latest: Point, years: Rational): PairFigures {
  const make = (): PairFigures => {
    const actual = rateRatio(base.exact, latest.exact, years, 'actualAnnualRate');
    return { actual, actualFigure: toFigure(actual) as Decimal, projected: new Map() };
  };
  const { entry } = base;
  // A stated baseline has no entry to keep the figures on.
  // Stryker disable next-line ConditionalExpression: a cache; the figures computed again are the same
  if (entry === null) return make();
  // A latest value always comes from the series.
  const latestEntry = latest.entry as SeriesEntry;
  // Stryker disable next-line ConditionalExpression: a cache; the figures computed again are the same
  if (entry.pairs === undefined) entry.pairs = new Map();
  let pair = entry.pairs.get(latestEntry) as PairFigures | undefined;
  // Stryker disable next-line ConditionalExpression: a cache; the figures computed again are the same
  if (pair === undefined) {
    pair = make();
    entry.pairs.set(latestEntry, pair);
  }
  return pair;
}

// ---------------------------------------------------------------------------------------------
// Cumulative targets

/** elapsedFraction results, by range, day and basis: a scorecard asks for few distinct ones. */
const elapsedCache = new Map<string, { figure: Decimal; exact: Ratio }>();

function elapsedAt(
  range: PeriodInfo,
  day: number,
  basis: 'month' | 'day',
): { figure: Decimal; exact: Ratio } {
  const key = `${range.text}|${day}|${basis}`;
  let value = elapsedCache.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; the fraction computed again is the same
  if (value === undefined) {
    const figure = elapsedFraction(range.text, dayText(day), { basis });
    value = { figure, exact: ratioOf(figure) };
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound limits memory only; a cleared cache gives the same results
    if (elapsedCache.size >= 10_000) elapsedCache.clear();
    elapsedCache.set(key, value);
  }
  return value;
}

function assessCumulative(
  target: CumulativeTarget,
  env: TargetEnvironment,
  o: ResolvedOptions,
): Assessment {
  const indicator = indicatorOf(target, env);
  const f = env.targetField;
  const units = unitsOf(indicator, env);
  const dir = directionOf(target.comparator, `${f}.comparator`);
  const total = targetValue(target.value, target.unit, indicator, `${f}.value`, `${f}.unit`);
  const t = total.exact;
  const range = periodInfo(target.period, `${f}.period`);
  const asOfDay = env.asOf === null ? null : env.asOf.day;
  const entries = entriesWithin(env.series, range.start, range.end, asOfDay);
  const d = draft(target, env, o);
  d.indicator = indicator.id;
  d.unit = indicator.unit;
  d.comparator = target.comparator;
  d.target = { period: range.text, value: total.value };
  const last = entries[entries.length - 1];
  // Time elapsed at the as-of day (without one given, the end of the data).
  const day = asOfDay;
  const elapsed = day === null ? null : elapsedAt(range, day, o.basis);
  d.timeElapsed = elapsed === null ? null : elapsed.figure;
  if (last === undefined) {
    return unassessable(d, day !== null && day < range.start ? 'not-yet-started' : 'no-data');
  }
  const time = (elapsed as { exact: Ratio }).exact;
  let sum = ZERO;
  let approximate = false;
  for (const entry of entries) {
    sum = add(sum, entryExact(entry, units));
    if (entry.observation.qualifier != null) approximate = true;
  }
  d.approximate = approximate;
  d.sumToDate = toFigure(sum);
  d.latest = {
    period: last.info.text,
    value: entryValue(last, units),
    status: last.observation.status,
  };
  const completion: CompletionDraft = d.completion;
  let share: Ratio | null = null;
  let gap: Ratio | null = null;
  if (t.n !== 0n) {
    share = div(sum, t);
    completion.increment = toFigure(share);
    completion.level = dir === 1 ? completion.increment : toFigure(sub(TWO, share));
    gap = sub(share, time);
    d.scheduleGap = toFigure(gap);
    d.scheduleState = scheduleStateOf(gap, o);
  }
  let projection: Ratio | null = null;
  if (time.n !== 0n) {
    const projected = div(sum, time);
    d.projectedAtDeadline = toFigure(projected);
    if (t.n !== 0n) {
      projection = div(projected, t);
      d.projectionRatio = toFigure(projection);
    }
  }
  if (dir === -1) {
    // A cap: exceeded is deterioration; kept to the end of the range, achieved.
    if (cmp(sum, t) > 0) return settle(d, 'deterioration');
    return settle(d, (day as number) >= range.end ? 'achieved' : 'on-track');
  }
  if (cmp(sum, t) >= 0) {
    d.currentStatusIndex = TEN_FIGURE;
    d.score = FIVE_FIGURE;
    return settle(d, 'achieved');
  }
  // Short of a total of zero or less: the flows ran negative.
  if (sign(t) <= 0) return settle(d, 'deterioration');
  const increment = share as Ratio;
  const index = statusIndexOf(ZERO, sum, t, 1);
  d.currentStatusIndex = toFigure(index);
  let pace: Ratio | null = null;
  if (time.n !== 0n) {
    pace = div(increment, time);
    d.progressRatio = toFigure(pace);
    d.score = toFigure(scoreOf(pace));
  }
  switch (o.method) {
    case 'progress-ratio':
      // Nothing was due yet when no time has elapsed.
      return settle(d, pace === null ? 'on-track' : byProgressRatio(pace, o));
    case 'projection':
      return settle(d, projection === null ? 'on-track' : byProjection(projection));
    case 'current-status':
      return settle(d, byStatusIndex(index));
    case 'schedule':
      return settle(d, bySchedule(increment, gap as Ratio, o));
  }
}

// ---------------------------------------------------------------------------------------------
// Milestones and qualitative targets

function assessMilestone(
  target: MilestoneTarget,
  env: TargetEnvironment,
  o: ResolvedOptions,
): Assessment {
  const d = draft(target, env, o);
  const f = env.targetField;
  const due = periodInfo(target.due, `${f}.due`);
  const project = env.project;
  if (project === undefined) return unassessable(d, 'no-data');
  if (target.project !== undefined && project.id !== target.project) {
    throw new IndicatorError('invalid-argument', {
      field: env.projectField,
      value: project.id,
      reason: `the target's project is "${target.project}"`,
    });
  }
  const asOfDay = env.asOf === null ? null : env.asOf.day;
  const stage = stageAt(project, asOfDay, env.projectField);
  let done: boolean;
  let doneOn: string | null = null;
  if (target.milestone !== undefined) {
    const index = project.milestones.findIndex((milestone) => milestone.id === target.milestone);
    const milestone = project.milestones[index];
    if (milestone === undefined) return unassessable(d, 'no-data');
    done =
      milestone.doneOn !== undefined &&
      // Stryker disable next-line ConditionalExpression: the as-of day defaults to the latest done day, so it is null only when nothing is done
      (asOfDay === null ||
        periodInfo(milestone.doneOn, `${env.projectField}.milestones[${index}].doneOn`).end <=
          asOfDay);
    if (done) doneOn = milestone.doneOn as string;
  } else {
    // No milestone named: the deliverable is the project itself, done once completed.
    done = DELIVERED_STAGES.has(stage);
    if (done) doneOn = deliveredOn(project, env.projectField);
  }
  let state: MilestoneState;
  if (done) state = 'done';
  else if (asOfDay !== null && asOfDay > due.end) state = 'overdue';
  else state = NOT_STARTED_STAGES.has(stage) ? 'not-started' : 'due';
  d.milestoneState = state;
  d.milestone = {
    project: project.id,
    milestone: target.milestone ?? null,
    due: target.due,
    doneOn,
    stage,
  };
  switch (state) {
    case 'done':
      return settle(d, 'achieved');
    case 'overdue':
      return settle(d, 'deterioration');
    case 'not-started':
      return settle(d, 'needs-acceleration');
    case 'due':
      return settle(d, stage === 'suspended' ? 'limited-progress' : 'on-track');
  }
}

/**
 * The last day of the project's latest dated fact (stage records, milestones done), or
 * −Infinity when it has none.
 */
export function latestProjectDay(project: Project, field: string): number {
  let day = Number.NEGATIVE_INFINITY;
  project.stageHistory.forEach((record, index) => {
    day = Math.max(day, periodInfo(record.period, `${field}.stageHistory[${index}].period`).end);
  });
  project.milestones.forEach((milestone, index) => {
    if (milestone.doneOn === undefined) return;
    day = Math.max(day, periodInfo(milestone.doneOn, `${field}.milestones[${index}].doneOn`).end);
  });
  return day;
}

/**
 * The project's stage at a day: the stage record that began last by then; before every record,
 * `planned`; with no records (or no day), the project's `stage`.
 */
function stageAt(project: Project, day: number | null, field: string): ProjectStage {
  const records = project.stageHistory;
  // Stryker disable next-line ConditionalExpression: stage records date the as-of day by default, so the day is null only when there are none
  if (day === null || records.length === 0) return project.stage;
  let stage: ProjectStage = 'planned';
  let latestStart = Number.NEGATIVE_INFINITY;
  records.forEach((record, index) => {
    const start = periodInfo(record.period, `${field}.stageHistory[${index}].period`).start;
    if (start <= day && start >= latestStart) {
      stage = record.stage;
      latestStart = start;
    }
  });
  return stage;
}

/**
 * The period of the earliest stage record in which the project was delivered. Asked only once
 * the stage at the as-of day is a delivered one, so that record began by then.
 */
function deliveredOn(project: Project, field: string): string | null {
  let found: string | null = null;
  let earliest = Number.POSITIVE_INFINITY;
  project.stageHistory.forEach((record, index) => {
    if (!DELIVERED_STAGES.has(record.stage)) return;
    // Stryker disable next-line StringLiteral: stageAt has read every record's period already
    const start = periodInfo(record.period, `${field}.stageHistory[${index}].period`).start;
    if (start < earliest) {
      found = record.period;
      earliest = start;
    }
  });
  return found;
}

function assessQualitative(
  target: QualitativeTarget,
  env: TargetEnvironment,
  o: ResolvedOptions,
): Assessment {
  const d = draft(target, env, o);
  d.indicator = target.indicator ?? null;
  return unassessable(d, 'qualitative');
}
