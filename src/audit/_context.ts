/**
 * The dataset as the checks read it: indicators by id, and each indicator's observations, one
 * per period (the best status), with their days. Private to the audit layer.
 */
import { STATUS_RANK } from '../_internal/observationStatus.js';
import { Decimal } from '../decimal/Decimal.js';
import { GuardDecimal, roundResult } from '../decimal/guardPrecision.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { formatQuantity } from '../format/formatQuantity.js';
import type { Dataset, Indicator, Observation, Qualifier } from '../models/types.js';
import {
  formatPeriod,
  parsePeriod,
  periodEnd,
  periodStart,
  previousPeriod,
  yearsBetween,
} from '../periods/index.js';
import { convert, getUnit } from '../units/index.js';

const DAY_MS = 86_400_000;

/** One observation as the checks use it: its period's days and its value in a chosen unit. */
export interface Located {
  readonly observation: Observation;
  /** The canonical period. */
  readonly period: string;
  /** First day, as UTC milliseconds. */
  readonly start: number;
  /** Last day, as UTC milliseconds. */
  readonly end: number;
}

/** What every check reads. */
export interface AuditContext {
  readonly dataset: Dataset;
  readonly indicators: ReadonlyMap<string, Indicator>;
  /** Per indicator, one observation per period (best status), ordered by end then start. */
  readonly series: ReadonlyMap<string, readonly Located[]>;
  readonly matches: Readonly<Record<string, readonly string[]>>;
}

/** Indexes the dataset; the input is only read. */
export function buildContext(
  dataset: Dataset,
  matches: Readonly<Record<string, readonly string[]>>,
): AuditContext {
  const indicators = new Map<string, Indicator>();
  for (const indicator of dataset.indicators) indicators.set(indicator.id, indicator);
  const best = new Map<string, Map<string, Located>>();
  for (const observation of dataset.observations) {
    const period = formatPeriod(observation.period);
    let byPeriod = best.get(observation.indicator);
    if (byPeriod === undefined) {
      byPeriod = new Map();
      best.set(observation.indicator, byPeriod);
    }
    const current = byPeriod.get(period);
    if (current === undefined || rank(observation) < rank(current.observation)) {
      byPeriod.set(period, {
        observation,
        period,
        start: periodStart(period).getTime(),
        end: periodEnd(period).getTime(),
      });
    }
  }
  const series = new Map<string, readonly Located[]>();
  for (const [indicator, byPeriod] of best) {
    series.set(
      indicator,
      [...byPeriod.values()].sort((a, b) => a.end - b.end || a.start - b.start),
    );
  }
  return { dataset, indicators, series, matches };
}

function rank(observation: Observation): number {
  return STATUS_RANK[observation.status];
}

/** The observation of `indicator` for `period` (same days), or undefined. */
export function observationAt(
  context: AuditContext,
  indicator: string,
  period: string,
): Located | undefined {
  const start = periodStart(period).getTime();
  const end = periodEnd(period).getTime();
  return context.series.get(indicator)?.find((item) => item.start === start && item.end === end);
}

/** A value given in `unit` (or the indicator's unit), in the indicator's unit. */
export function inUnit(value: string, unit: string | undefined, indicatorUnit: string): Decimal {
  const amount = toDecimal(value, 'value');
  return unit === undefined || unit === indicatorUnit
    ? amount
    : convert(amount, unit, indicatorUnit);
}

/** An observation's value in the indicator's unit. */
export function observedValue(located: Located, indicatorUnit: string): Decimal {
  return inUnit(located.observation.value, located.observation.unit, indicatorUnit);
}

/**
 * The range a qualified figure stands for, in the indicator's unit: a point when exact; 约
 * (approximately) half a unit of its last non-zero digit either side (约4万 is 3.5万 to 4.5万);
 * 余/多 and 以上 up to one unit of that digit beyond (4万余 is 4万 to 5万). The digit is read in
 * the unit the figure is written in.
 */
export function qualifiedRange(
  value: string,
  unit: string | undefined,
  qualifier: Qualifier,
  indicatorUnit: string,
): readonly [Decimal, Decimal] {
  const amount = toDecimal(value, 'value');
  if (qualifier === null || amount.isZero()) {
    const point = inUnit(value, unit, indicatorUnit);
    return [point, point];
  }
  const step = new Decimal(10).pow(amount.e - amount.sd() + 1);
  let low: Decimal;
  let high: Decimal;
  if (qualifier === 'approximately') {
    low = amount.minus(step.div(2));
    high = amount.plus(step.div(2));
  } else if (amount.isNegative()) {
    low = amount.minus(step);
    high = amount;
  } else {
    low = amount;
    high = amount.plus(step);
  }
  return [inUnit(low.toFixed(), unit, indicatorUnit), inUnit(high.toFixed(), unit, indicatorUnit)];
}

/** The first single period of a period (a range's start, or the period itself). */
function firstPeriodOf(period: string): string {
  const parsed = parsePeriod(period);
  return formatPeriod(parsed.kind === 'range' ? parsed.start : parsed);
}

/** The period just before `period` starts (`2022/2026` → `2021`). */
export function periodBefore(period: string): string {
  return formatPeriod(previousPeriod(firstPeriodOf(period)));
}

/** The years a period covers: `2021` is 1, `2017/2021` is 5, `2021-Q3` is 0.25. */
export function durationYears(period: string): Decimal {
  return yearsBetween(periodBefore(period), period);
}

/** Whether `next` starts the day after `previous` ends (or `previous` is the range start). */
export function follows(previousEnd: number, nextStart: number): boolean {
  return nextStart - previousEnd === DAY_MS;
}

/**
 * Picks the observations between `start` and `end` (inclusive) that do not overlap: earliest
 * first and, for one start, the longest. `excludeWhole` drops a period covering exactly them.
 */
export function partsWithin<T extends Located>(
  items: readonly T[],
  start: number,
  end: number,
  excludeWhole: boolean,
): T[] {
  const inside = items
    .filter((item) => item.start >= start && item.end <= end)
    .filter((item) => !(excludeWhole && item.start === start && item.end === end))
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: T[] = [];
  let reached = Number.NEGATIVE_INFINITY;
  for (const item of inside) {
    if (item.start > reached) {
      chosen.push(item);
      reached = item.end;
    }
  }
  return chosen;
}

/** Whether `parts` (ordered, not overlapping) run without a gap from `start`. */
export function contiguousFrom(parts: readonly Located[], start: number): boolean {
  let previousEnd = start - DAY_MS;
  for (const part of parts) {
    if (!follows(previousEnd, part.start)) return false;
    previousEnd = part.end;
  }
  return true;
}

/** `a / b × 100`, rounded once to 34 digits (`b` non-zero). */
export function percentOf(a: Decimal, b: Decimal): Decimal {
  return roundResult(new GuardDecimal(a).times(100).div(b));
}

/** `a / b`, rounded once to 34 digits (`b` non-zero). */
export function ratio(a: Decimal, b: Decimal): Decimal {
  return roundResult(new GuardDecimal(a).div(b));
}

/** The sum of decimals, exactly as the library's Decimal adds (34 digits). */
export function sum(values: readonly Decimal[]): Decimal {
  return values.reduce((total, value) => total.plus(value), new Decimal(0));
}

/** A unit's labels for the sentences: Chinese, English for one, English for several. */
export interface UnitLabels {
  readonly zh: string;
  readonly en: string;
  readonly one: string;
  /** The unit's id. */
  readonly id: string;
}

/** The unit's labels for messages. */
export function unitLabels(unitId: string): UnitLabels {
  const unit = getUnit(unitId);
  return { zh: unit.zh, en: unit.enPlural, one: unit.en, id: unit.id };
}

/**
 * A figure with its English unit, as `formatQuantity` writes it: `1 item`, `3 items`,
 * `CNY 27,720`, `CNY 1.05 billion` (never `10.5 100m CNY`).
 */
export function enQty(figure: string, unit: UnitLabels): string {
  return formatQuantity(figure, unit.id, { locale: 'en', maximumFractionDigits: 4 });
}
