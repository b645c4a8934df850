/**
 * Private to the attainment layer: a growth target (an annual average growth from a base
 * period), judged as the level it implies, `b·(1 + g)^n`; a one-year target of a flow is judged
 * during its year on the year-to-date growth.
 */

import type { Decimal } from '../decimal/Decimal.js';
import { add, mul, ONE, type Ratio, toFigure } from '../decimal/rational.js';
import { powRatio, rateRatio } from '../decimal/rationalPowers.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { GrowthTarget } from '../models/types.js';
import { assessGrowthYearToDate, findYearToDate } from './_assessYearToDate.js';
import { type Draft, draft, figure, unassessable } from './_draft.js';
import { judgeLevel, observed, observedWithStatus } from './_judgeLevel.js';
import type { ResolvedOptions } from './_options.js';
import { type PeriodInfo, periodInfo, yearsBetweenRational } from './_periodInfo.js';
import { entryFor, latestBy, type Point, pointOf, type SeriesUnits } from './_series.js';
import {
  indicatorOf,
  readPlanned,
  sameSign,
  type TargetEnvironment,
  unitsOf,
} from './_targetInputs.js';
import { judgedBy } from './_time.js';
import type { Assessment } from './types.js';

/** Assesses a growth target. */
export function assessGrowth(
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
  const baseEntry = entryFor(env.series, baseInfo, asOfDay);
  const base = baseEntry === undefined ? null : pointOf(baseEntry, units);
  // A growth of one year (同比) is followed through the year on year-to-date figures.
  const oneYear = span.num === 1 && span.den === 1;
  const found = oneYear ? findYearToDate(indicator, env, due, units) : null;
  if (found !== null) {
    return assessGrowthYearToDate(target, indicator, env, o, { due, base, planned, found, units });
  }
  const latestEntry = latestBy(env.series, judgedBy(asOfDay, due), kind);
  let latest = latestEntry === undefined ? null : pointOf(latestEntry, units);
  const blank = (): Draft => {
    const d = draft(target, env, o);
    d.indicator = indicator.id;
    d.unit = indicator.unit;
    d.comparator = target.comparator;
    d.plannedAnnualRate = toFigure(planned);
    d.requiredAnnualRate = toFigure(planned);
    if (base !== null) d.baseline = observed(base);
    if (latest !== null) d.latest = observedWithStatus(latest);
    d.approximate = (base?.approximate ?? false) || (latest?.approximate ?? false);
    return d;
  };
  if (latest === null || base === null || base.exact.n === 0n) {
    // Without a (non-zero) base there is no target level to judge by.
    const d = blank();
    if (latest === null) return unassessable(d, 'no-data');
    return unassessable(d, base === null ? 'no-baseline' : 'zero-base');
  }
  if (target.priceBasis === 'comparable') {
    const carried = comparableLatest(env, base, latest, units);
    if (carried === null) {
      const d = blank();
      d.currentPriceGrowth = { annualRate: nominalRate(base, latest), growthSource: 'computed' };
      if (d.currentPriceGrowth.annualRate === null) {
        d.currentPriceGrowth = { annualRate: null, growthSource: null };
      }
      return unassessable(d, 'price-basis');
    }
    latest = carried;
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
  return judgeLevel(target, indicator, env, o, {
    target: level as Ratio,
    targetFigure: levelFigure,
    due,
    base,
    latest,
    planned,
    fixedRequired: planned,
  });
}

const MS_PER_DAY = 86_400_000;

/** The calendar year of a period's first day. */
function yearOf(info: PeriodInfo): number {
  return new Date(info.start * MS_PER_DAY).getUTCFullYear();
}

/**
 * The latest level at the base year's prices: the base carried by the growths stated at
 * comparable prices (`yearOverYearPercent` with `priceBasis: 'comparable'`) of every year after
 * the base up to the latest, `b·Π(1 + g)`. Null unless base and latest are years and each of
 * those years states such a growth.
 */
function comparableLatest(
  env: TargetEnvironment,
  base: Point,
  latest: Point,
  units: SeriesUnits,
): Point | null {
  if (base.info.kind !== 'year' || latest.info.kind !== 'year') return null;
  let value = base.exact;
  let approximate = latest.approximate;
  for (let year = yearOf(base.info) + 1; year <= yearOf(latest.info); year++) {
    // Every year up to the latest's ended by the day the latest was judged by: no day to check.
    const entry = entryFor(env.series, periodInfo(String(year), 'period'), null);
    if (entry === undefined) return null;
    const { yearOverYearPercent: stated, priceBasis } = entry.observation;
    if (stated === undefined || priceBasis !== 'comparable') return null;
    const field = `${env.seriesField}[${entry.index}].yearOverYearPercent`;
    value = mul(value, add(ONE, readPlanned(stated, field, 'a stated growth')));
    approximate = approximate || pointOf(entry, units).approximate;
  }
  return {
    info: latest.info,
    value: toFigure(value) as Decimal,
    exact: value,
    approximate,
    status: latest.status,
    entry: null,
  };
}

/** The annual growth of the current-price levels from base to latest, when there is one. */
function nominalRate(base: Point, latest: Point): Decimal | null {
  const years = yearsBetweenRational(base.info, latest.info);
  if (years.num <= 0 || !sameSign(base.exact, latest.exact)) return null;
  return toFigure(rateRatio(base.exact, latest.exact, years, 'actualAnnualRate'));
}
