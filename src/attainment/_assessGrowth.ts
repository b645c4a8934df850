/**
 * Private to the attainment layer: a growth target (an annual average growth from a base
 * period), judged as the level it implies, `b·(1 + g)^n`; a one-year target of a flow is judged
 * during its year on the year-to-date growth.
 */

import { add, mul, ONE, type Ratio, toFigure } from '../decimal/rational.js';
import { powRatio } from '../decimal/rationalPowers.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { GrowthTarget } from '../models/types.js';
import { assessGrowthYearToDate, findYearToDate } from './_assessYearToDate.js';
import { draft, figure, unassessable } from './_draft.js';
import { judgeLevel, observed, observedWithStatus } from './_judgeLevel.js';
import type { ResolvedOptions } from './_options.js';
import { periodInfo, yearsBetweenRational } from './_periodInfo.js';
import { entryFor, latestBy, pointOf } from './_series.js';
import { indicatorOf, readPlanned, type TargetEnvironment, unitsOf } from './_targetInputs.js';
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
  const latest = latestEntry === undefined ? null : pointOf(latestEntry, units);
  if (latest === null || base === null || base.exact.n === 0n) {
    // Without a (non-zero) base there is no target level to judge by.
    const d = draft(target, env, o);
    d.indicator = indicator.id;
    d.unit = indicator.unit;
    d.comparator = target.comparator;
    d.plannedAnnualRate = toFigure(planned);
    d.requiredAnnualRate = toFigure(planned);
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
