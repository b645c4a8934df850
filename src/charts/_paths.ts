/** The lines of a trajectory chart, computed exactly with the growth and periods layers. */
import { Decimal } from '../decimal/Decimal.js';
import { annualMilestones, projectValue, requiredAnnualRate } from '../growth/index.js';
import {
  elapsedFraction,
  parsePeriod,
  periodEnd,
  periodStart,
  toDateString,
  yearsBetween,
} from '../periods/index.js';

/** A value at a period, and the day it is drawn at: the period's last day (UTC). */
export interface DatedValue {
  readonly period: string;
  readonly day: string;
  readonly value: Decimal;
}

/** The last day of a period, `YYYY-MM-DD`. */
export function endDay(period: string): string {
  return toDateString(periodEnd(period));
}

export function dated(period: string, value: Decimal): DatedValue {
  return { period, day: endDay(period), value };
}

/** The same day `years` later, 29 February becoming 28 February outside leap years. */
export function shiftYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const last = new Date(Date.UTC(year, m, 0)).getUTCDate();
  return toDateString(new Date(Date.UTC(year, m - 1, Math.min(d, last))));
}

/**
 * The path from one value to another at the constant annual rate joining them: one point a
 * year, both ends exact. Whole years use `annualMilestones`; other periods step a year at a
 * time from the first period's last day with `projectValue`. Compound growth needs a positive
 * start and an end of zero or more; otherwise the path is the straight line between the ends.
 * `from` must end before `to`.
 */
export function compoundPath(from: DatedValue, to: DatedValue): DatedValue[] {
  if (!from.value.gt(0) || to.value.lt(0)) return [from, to];
  const start = parsePeriod(from.period);
  const end = parsePeriod(to.period);
  if (start.kind === 'year' && end.kind === 'year') {
    const { milestones } = annualMilestones(from.value, to.value, {
      from: start.year,
      to: end.year,
    });
    return milestones.map((point) => dated(point.period, point.value));
  }
  // The callers draw a path only when `from` ends before `to`, so `years` is positive.
  const years = yearsBetween(from.period, to.period);
  const rate = requiredAnnualRate(from.value, to.value, years);
  const path = [from];
  for (let k = 1; years.gt(k); k++) {
    const day = shiftYears(from.day, k);
    if (day >= to.day) break;
    path.push({ period: day, day, value: projectValue(from.value, rate, k) });
  }
  path.push(to);
  return path;
}

/** The day before a period begins, `YYYY-MM-DD`: where a running total starts from zero. */
export function dayBefore(period: string): string {
  const start = periodStart(period);
  return toDateString(new Date(start.getTime() - 86_400_000));
}

/**
 * The even pace to a total over a range (序时进度): zero the day before the range starts, then
 * `total × elapsedFraction` at the end of each calendar year inside the range, and the total
 * at its end.
 */
export function evenPacePath(range: string, total: Decimal): DatedValue[] {
  const zeroDay = dayBefore(range);
  const lastDay = endDay(range);
  const path: DatedValue[] = [{ period: zeroDay, day: zeroDay, value: new Decimal(0) }];
  for (let year = Number(zeroDay.slice(0, 4)); `${year}-12-31` < lastDay; year++) {
    const day = `${year}-12-31`;
    if (day > zeroDay) {
      path.push({ period: day, day, value: total.times(elapsedFraction(range, day)) });
    }
  }
  path.push({ period: range, day: lastDay, value: total });
  return path;
}
