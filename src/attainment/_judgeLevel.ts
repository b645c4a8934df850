/**
 * Private to the attainment layer: a latest value judged against a target level from a
 * baseline, shared by level targets and growth targets (whose level is `b·(1 + g)^n`): the
 * completion rates, the rates, the progress figures of the four methods and the status.
 */
import { Decimal } from '../decimal/Decimal.js';
import {
  abs,
  add,
  cmp,
  div,
  mul,
  ONE,
  type Ratio,
  ratio,
  scale,
  sign,
  sub,
  toFigure,
} from '../decimal/rational.js';
import { powRatio, rateRatio } from '../decimal/rationalPowers.js';
import type { GrowthTarget, Indicator, LevelTarget } from '../models/types.js';
import { type CompletionDraft, type Draft, draft, figure, settle, unassessable } from './_draft.js';
import { frozen } from './_frozen.js';
import { scheduleStateOf, statusBy } from './_methods.js';
import type { ResolvedOptions } from './_options.js';
import { type PeriodInfo, type Rational, reduce, yearsBetweenRational } from './_periodInfo.js';
import { scoreOf, statusIndexOf } from './_scores.js';
import type { PairFigures, Point } from './_series.js';
import { directionOf, sameSign, type TargetEnvironment } from './_targetInputs.js';
import { timeBetween } from './_time.js';
import type { Assessment, ObservedValue, PeriodValue } from './types.js';

const TWO = /* @__PURE__ */ ratio(2);
/** The index and score of a target met, shared frozen. */
export const TEN_FIGURE = /* @__PURE__ */ frozen(new Decimal(10));
export const FIVE_FIGURE = /* @__PURE__ */ frozen(new Decimal(5));

/** The figures of progress from the baseline; the linear ones are null when `T = b`. */
interface Progress {
  readonly ratio: Ratio | null;
  readonly index: Ratio | null;
  readonly increment: Ratio | null;
  readonly gap: Ratio | null;
  readonly projection: Ratio | null;
}

/** A target level to judge a latest value against. */
export interface Problem {
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

/** A point as reported: its period and (frozen) value. */
export function observed(point: Point): PeriodValue {
  return { period: point.info.text, value: point.value };
}

/** A series point as reported, with its observation's status. */
export function observedWithStatus(point: Point): ObservedValue {
  // A latest value always comes from the series, so it has a status.
  return { ...observed(point), status: point.status! };
}

/**
 * Whether the target's period is over at the as-of day (the day after its last day, or later):
 * then a target whose figure is known is achieved or missed, and one whose figure is not yet
 * known is judged provisionally on the latest figures.
 */
export function periodOver(env: TargetEnvironment, due: PeriodInfo): boolean {
  return env.asOf !== null && env.asOf.day > due.end;
}

/** Judges the latest value against the target level. */
export function judgeLevel(
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
  const over = periodOver(env, due);
  if (latest === null) return unassessable(d, 'no-data');
  d.latest = observedWithStatus(latest);
  // Over, the figure of the period itself is the verdict; without it, the latest is provisional.
  const final = over && latest.info.end === due.end;
  d.provisional = over && !final;
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
  if (final) {
    // The baseline precedes the deadline, so the period's own figure is after it.
    if (base !== null) fillProgress(d, p, dir, required, remaining, o);
    return settle(d, 'missed');
  }
  if (base === null) return unassessable(d, 'no-baseline');
  if (latest.info.end <= base.info.end) return unassessable(d, 'not-yet-started');
  const progress = fillProgress(d, p, dir, required, remaining, o);
  const b = base.exact;
  if (dir === 1 ? cmp(b, t) >= 0 : cmp(b, t) <= 0) {
    // The baseline met the target and the latest no longer does: slipping back.
    return settle(d, 'deterioration');
  }
  // From here T ≠ b, so the increment, index and gap exist. The compound-rate methods need a
  // non-zero baseline and values of one sign.
  if (o.method === 'progress-ratio' || o.method === 'projection') {
    if (b.n === 0n) return unassessable(d, 'zero-base');
    if (o.method === 'projection' && !sameSign(a, b)) return unassessable(d, 'sign-change');
  }
  const status = statusBy(
    { ...progress, index: progress.index!, increment: progress.increment!, gap: progress.gap! },
    o,
  );
  if (status !== null) return settle(d, status);
  if (o.method === 'progress-ratio') return unassessable(d, 'sign-change');
  // The projection overflowed: it runs off to infinity with the sign of `a`.
  return settle(d, dir === sign(a) ? 'on-track' : 'deterioration');
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

/** `x^(over/under)` for positive year fractions. */
function powYears(x: Ratio, over: Rational, under: Rational): Ratio | null {
  const exponent = reduce(over.num * under.den, over.den * under.num);
  return powRatio(x, exponent.num, exponent.den);
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
  d.timeElapsed = time.figure;
  if (span.n !== 0n) {
    increment = div(scale(sub(a, b), dir), span);
    completion.increment = toFigure(increment);
    index = statusIndexOf(b, a, t, dir);
    d.currentStatusIndex = toFigure(index);
    gap = sub(increment, time.elapsed);
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
      const reported = exact === null ? null : toFigure(exact);
      projected =
        exact === null ? null : { exact, figure: reported === null ? null : frozen(reported) };
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

/** The actual rate from baseline to latest, kept on the baseline's series entry for this run. */
function pairFigures(base: Point, latest: Point, years: Rational): PairFigures {
  const make = (): PairFigures => {
    const actual = rateRatio(base.exact, latest.exact, years, 'actualAnnualRate');
    return { actual, actualFigure: frozen(toFigure(actual) as Decimal), projected: new Map() };
  };
  const { entry } = base;
  const latestEntry = latest.entry;
  // A stated baseline, or a latest level carried by comparable growths, has no entry to keep
  // the figures on.
  // Stryker disable next-line ConditionalExpression: a cache; the figures computed again are the same
  if (entry === null || latestEntry === null) return make();
  // Stryker disable next-line ConditionalExpression: a cache; the figures computed again are the same
  if (entry.pairs === undefined) entry.pairs = new Map();
  let pair = entry.pairs.get(latestEntry);
  // Stryker disable next-line ConditionalExpression: a cache; the figures computed again are the same
  if (pair === undefined) {
    pair = make();
    entry.pairs.set(latestEntry, pair);
  }
  return pair;
}
