/**
 * Private to the attainment layer: a level target (reach a value by a period), judged on the
 * latest figure from a baseline, or during its year on a year-to-date figure.
 */

import { toFigure } from '../decimal/rational.js';
import type { LevelTarget } from '../models/types.js';
import { assessLevelYearToDate, findYearToDate } from './_assessYearToDate.js';
import { draft } from './_draft.js';
import { judgeLevel, observed } from './_judgeLevel.js';
import type { ResolvedOptions } from './_options.js';
import { periodInfo } from './_periodInfo.js';
import {
  earliestBy,
  entryFor,
  latestBy,
  type Point,
  pointOf,
  type SeriesEntry,
} from './_series.js';
import {
  directionOf,
  indicatorOf,
  readPlanned,
  type TargetEnvironment,
  targetValue,
  unitsOf,
} from './_targetInputs.js';
import { judgedBy } from './_time.js';
import type { Assessment } from './types.js';

/** Assesses a level target. */
export function assessLevel(
  target: LevelTarget,
  env: TargetEnvironment,
  o: ResolvedOptions,
): Assessment {
  const indicator = indicatorOf(target, env);
  const f = env.targetField;
  const units = unitsOf(indicator, env);
  const level = targetValue(target.value, target.unit, indicator, `${f}.value`, `${f}.unit`);
  const due = periodInfo(target.period, `${f}.period`);
  const kind = indicator.measure === 'flow' ? due.kind : null;
  const asOfDay = env.asOf === null ? null : env.asOf.day;
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
  const found = findYearToDate(indicator, env, due, units);
  if (found !== null) {
    const dir = directionOf(target.comparator, `${f}.comparator`);
    const d = draft(target, env, o);
    d.indicator = indicator.id;
    d.unit = indicator.unit;
    d.comparator = target.comparator;
    d.target = { period: due.text, value: level.value };
    d.plannedAnnualRate = planned === null ? null : toFigure(planned);
    if (base !== null) {
      d.baseline = observed(base);
      d.approximate = base.approximate;
    }
    return assessLevelYearToDate(d, found, level.exact, dir, env, units, due, o);
  }
  const latest = latestBy(env.series, judgedBy(asOfDay, due), kind);
  return judgeLevel(target, indicator, env, o, {
    target: level.exact,
    targetFigure: level.value,
    due,
    base,
    latest: latest === undefined ? null : pointOf(latest, units),
    planned,
    fixedRequired: null,
  });
}
