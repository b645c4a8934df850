/**
 * Private to the attainment layer: an annual target of a flow judged during the year on a
 * year-to-date figure (1–N月累计) when the whole year's figure is not yet known. A growth target
 * compares the year-to-date growth with the plan (`R = g/p`, completion `(1 + g)/(1 + p)`); a
 * level target compares the sum so far with the total against months covered / 12.
 */
import type { Decimal } from '../decimal/Decimal.js';
import {
  abs,
  add,
  clamp,
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
import type { GrowthTarget, Indicator } from '../models/types.js';
import { type CompletionDraft, type Draft, draft, settle, unassessable } from './_draft.js';
import { observed, observedWithStatus, periodOver } from './_judgeLevel.js';
import { judgeTotal } from './_judgeTotal.js';
import { scheduleStateOf, statusBy } from './_methods.js';
import type { ResolvedOptions } from './_options.js';
import type { PeriodInfo } from './_periodInfo.js';
import { MINUS_TEN, scoreOf, TEN } from './_scores.js';
import {
  entryFor,
  latestYearToDate,
  type Point,
  pointOf,
  type SeriesEntry,
  type SeriesUnits,
  yearToDateEntry,
} from './_series.js';
import { directionOf, readPlanned, sameSign, type TargetEnvironment } from './_targetInputs.js';
import { judgedBy, monthsElapsed } from './_time.js';
import type { Assessment, GrowthSource } from './types.js';

const MS_PER_DAY = 86_400_000;
const TWO = /* @__PURE__ */ ratio(2);

/** A year-to-date figure of the target's year. */
export interface YearToDateFound {
  readonly point: Point;
  readonly year: number;
  readonly months: number;
}

/**
 * The year-to-date figure to judge an annual target of a flow by: the longest part of the
 * target's year from January known by the as-of day, when the whole year's figure is not.
 */
export function findYearToDate(
  indicator: Indicator,
  env: TargetEnvironment,
  due: PeriodInfo,
  units: SeriesUnits,
): YearToDateFound | null {
  if (indicator.measure !== 'flow' || due.kind !== 'year' || env.asOf === null) return null;
  const asOfDay = env.asOf.day;
  if (entryFor(env.series, due, asOfDay) !== undefined) return null;
  const year = new Date(due.start * MS_PER_DAY).getUTCFullYear();
  const found = latestYearToDate(env.series, year, due.start, judgedBy(asOfDay, due));
  if (found === undefined) return null;
  return { point: pointOf(found.entry, units), year, months: found.months };
}

/** The year-to-date growth: from the two year-to-date levels, else as the source states it. */
interface Growth {
  readonly rate: Ratio;
  readonly source: GrowthSource;
  /** The same months a year earlier, when the growth was computed. */
  readonly previous: Point | null;
}

/**
 * The year-to-date growth; at comparable prices only one the source states at comparable
 * prices (levels are at current prices).
 */
function growthOf(
  found: YearToDateFound,
  env: TargetEnvironment,
  units: SeriesUnits,
  comparable = false,
): Growth | null {
  const asOfDay = (env.asOf as { day: number }).day;
  const previousEntry = yearToDateEntry(env.series, found.year - 1, found.months, asOfDay);
  const current = found.point;
  if (!comparable && previousEntry !== undefined) {
    const previous = pointOf(previousEntry, units);
    if (previous.exact.n !== 0n && sameSign(previous.exact, current.exact)) {
      return { rate: sub(div(current.exact, previous.exact), ONE), source: 'computed', previous };
    }
  }
  const entry = current.entry as SeriesEntry;
  const stated = entry.observation.yearOverYearPercent;
  if (stated === undefined) return null;
  if (comparable && entry.observation.priceBasis !== 'comparable') return null;
  const field = `${env.seriesField}[${entry.index}].yearOverYearPercent`;
  return { rate: readPlanned(stated, field, 'a stated growth'), source: 'stated', previous: null };
}

/** Fills what every year-to-date assessment reports. */
function fillYearToDate(
  d: Draft,
  found: YearToDateFound,
  growth: Growth | null,
  env: TargetEnvironment,
  due: PeriodInfo,
): Ratio {
  const current = found.point;
  d.basis = 'year-to-date';
  // The year is not known whole: once it is over, the verdict waits for its figure.
  d.provisional = periodOver(env, due);
  d.latest = observedWithStatus(current);
  d.approximate = d.approximate || current.approximate || (growth?.previous?.approximate ?? false);
  const time = monthsElapsed(found.months);
  d.timeElapsed = time.figure;
  d.yearToDate = {
    period: current.info.text,
    months: found.months,
    value: current.value,
    previous: growth === null || growth.previous === null ? null : observed(growth.previous),
    growth: growth === null ? null : toFigure(growth.rate),
    growthSource: growth === null ? null : growth.source,
  };
  return time.exact;
}

/** A level target of a flow: the year-to-date sum against the total, by months covered / 12. */
export function assessLevelYearToDate(
  d: Draft,
  found: YearToDateFound,
  total: Ratio,
  dir: 1 | -1,
  env: TargetEnvironment,
  units: SeriesUnits,
  due: PeriodInfo,
  o: ResolvedOptions,
): Assessment {
  const growth = growthOf(found, env, units);
  const time = fillYearToDate(d, found, growth, env, due);
  const sum = found.point.exact;
  d.sumToDate = found.point.value;
  return judgeTotal(d, { sum, total, time, dir, final: false, capKept: false }, o);
}

/** What a growth target's year-to-date path needs. */
export interface GrowthYearToDate {
  readonly due: PeriodInfo;
  /** The whole base year's figure, when known. */
  readonly base: Point | null;
  /** The planned growth `p`. */
  readonly planned: Ratio;
  readonly found: YearToDateFound;
  readonly units: SeriesUnits;
}

/**
 * A growth target of one year: the year-to-date growth `g` against the planned `p`
 * (`R = d·g/abs(p)`); without a growth, the year-to-date sum against the level the plan
 * implies for the year, `b·(1 + p)`, by months covered / 12.
 */
export function assessGrowthYearToDate(
  target: GrowthTarget,
  indicator: Indicator,
  env: TargetEnvironment,
  o: ResolvedOptions,
  x: GrowthYearToDate,
): Assessment {
  const d = draft(target, env, o);
  const dir = directionOf(target.comparator, `${env.targetField}.comparator`);
  const { base, planned, found, due } = x;
  d.indicator = indicator.id;
  d.unit = indicator.unit;
  d.comparator = target.comparator;
  d.plannedAnnualRate = toFigure(planned);
  d.requiredAnnualRate = toFigure(planned);
  const level = base === null ? null : mul(add(ONE, planned), base.exact);
  if (base !== null) {
    d.baseline = observed(base);
    d.approximate = base.approximate;
    d.target = { period: due.text, value: toFigure(level as Ratio) as Decimal };
  }
  const comparable = target.priceBasis === 'comparable';
  const growth = growthOf(found, env, x.units, comparable);
  const time = fillYearToDate(d, found, growth, env, due);
  if (growth === null && comparable) {
    // Only current-price figures: reported for information, not judged.
    const nominal = growthOf(found, env, x.units);
    d.currentPriceGrowth = {
      annualRate: nominal === null ? null : toFigure(nominal.rate),
      growthSource: nominal === null ? null : nominal.source,
    };
    return unassessable(d, 'price-basis');
  }
  if (growth === null) {
    // No growth known: the sum so far against the year's implied level.
    if (level === null || level.n === 0n) return unassessable(d, 'no-baseline');
    d.sumToDate = found.point.value;
    return judgeTotal(
      d,
      {
        sum: found.point.exact,
        total: level,
        time,
        dir,
        final: false,
        capKept: false,
      },
      o,
    );
  }
  const g = growth.rate;
  d.actualAnnualRate = toFigure(g);
  const completion: CompletionDraft = d.completion;
  const growthCompletion = div(add(ONE, g), add(ONE, planned));
  completion.growth = toFigure(dir === 1 ? growthCompletion : sub(TWO, growthCompletion));
  if (base !== null) d.projectedAtDeadline = toFigure(mul(add(ONE, g), base.exact));
  if (planned.n === 0n) {
    // No change planned: holding the line is on track, moving the wrong way is not.
    return settle(d, sign(scale(g, dir)) >= 0 ? 'on-track' : 'deterioration');
  }
  // Like for like, so the comparison period is wholly gone: R = 1 is exactly on schedule.
  const r = div(scale(g, dir), abs(planned));
  const index = clamp(scale(r, 10), MINUS_TEN, TEN);
  const gap = sub(r, ONE);
  d.progressRatio = toFigure(r);
  d.score = toFigure(scoreOf(r));
  d.currentStatusIndex = toFigure(index);
  d.projectionRatio = toFigure(r);
  completion.increment = toFigure(r);
  d.scheduleGap = toFigure(gap);
  d.scheduleState = scheduleStateOf(gap, o);
  // Every figure exists, so every method gives a status.
  const status = statusBy({ ratio: r, index, increment: r, gap, projection: r }, o);
  return settle(d, status as NonNullable<typeof status>);
}
