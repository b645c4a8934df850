/**
 * Private to the attainment layer: a cumulative target, a total of a flow over a range
 * (珍贵树种造林10万株 over 2022–2026).
 */

import { add, type Ratio, toFigure, ZERO } from '../decimal/rational.js';
import type { CumulativeTarget } from '../models/types.js';
import { draft, unassessable } from './_draft.js';
import { periodOver } from './_judgeLevel.js';
import { judgeTotal } from './_judgeTotal.js';
import type { ResolvedOptions } from './_options.js';
import { periodInfo } from './_periodInfo.js';
import { entriesWithin, entryExact, entryValue } from './_series.js';
import {
  directionOf,
  indicatorOf,
  type TargetEnvironment,
  targetValue,
  unitsOf,
} from './_targetInputs.js';
import { type Elapsed, elapsedAt } from './_time.js';
import type { Assessment } from './types.js';

/** Assesses a cumulative target: the flows in the range by the as-of day, summed. */
export function assessCumulative(
  target: CumulativeTarget,
  env: TargetEnvironment,
  o: ResolvedOptions,
): Assessment {
  const indicator = indicatorOf(target, env);
  const f = env.targetField;
  const units = unitsOf(indicator, env);
  const dir = directionOf(target.comparator, `${f}.comparator`);
  const total = targetValue(target.value, target.unit, indicator, `${f}.value`, `${f}.unit`);
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
  let sum: Ratio = ZERO;
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
  // With a figure there is an as-of day (it defaults to the end of the data).
  const over = periodOver(env, range);
  const final = over && last.info.end === range.end;
  d.provisional = over && !final;
  return judgeTotal(
    d,
    {
      sum,
      total: total.exact,
      time: (elapsed as Elapsed).exact,
      dir,
      final,
      // A cap is kept once its last day is reached without exceeding it.
      capKept: (day as number) >= range.end,
    },
    o,
  );
}
