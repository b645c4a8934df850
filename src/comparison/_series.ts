/**
 * The comparison of each point of a series with a base period (同比, 环比), shared by
 * yearOverYear and periodOverPeriod. Not exported from the barrel.
 */
import { readPlain } from '../_internal/plain.js';
import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError, isIndicatorError } from '../errors/IndicatorError.js';
import { comparePeriods, formatPeriod, type Period, parsePeriod } from '../periods/index.js';
import {
  changeBetween,
  readDirection,
  readMeasure,
  readOptions,
  readPeriodString,
  readRecord,
} from './_change.js';
import type {
  SeriesChange,
  SeriesComparisonOptions,
  SeriesComparisonResult,
  SeriesPoint,
} from './types.js';

/** The base period of a period (one year or one step earlier). */
export type BaseOf = (period: Period, field: string) => Period;

interface Point {
  readonly period: string;
  readonly value: Decimal;
}

/** Reads a series: an array of `{ period, value }` in strictly increasing period order. */
function readSeries(given: readonly SeriesPoint[]): Point[] {
  const series = readPlain(given, 'series') as readonly SeriesPoint[];
  if (!Array.isArray(series)) {
    throw new IndicatorError('invalid-argument', {
      field: 'series',
      value: series,
      reason: 'expected an array of { period, value } in period order',
    });
  }
  const points: Point[] = [];
  series.forEach((item: unknown, index) => {
    const field = `series[${index}]`;
    const record = readRecord(item, field);
    const period = readPeriodString(record.period, `${field}.period`);
    const value = toDecimal(record.value as DecimalInput, `${field}.value`);
    const previous = points[index - 1];
    if (previous !== undefined && comparePeriods(previous.period, period) >= 0) {
      throw new IndicatorError('invalid-argument', {
        field: `${field}.period`,
        value: record.period,
        reason: `the series must be in strictly increasing period order, and ${period} does not come after ${previous.period} (series[${index - 1}])`,
      });
    }
    points.push({ period, value });
  });
  return points;
}

/** The canonical base period, or `null` when it would fall before the calendar's first year. */
function basePeriodOf(period: string, baseOf: BaseOf, field: string): string | null {
  try {
    return formatPeriod(baseOf(parsePeriod(period), field));
  } catch (error) {
    // The periods layer refuses only a result before 1900 here: there is no base to find.
    if (isIndicatorError(error, 'invalid-period')) return null;
    throw error;
  }
}

/** Compares every point of `series` with the point of its base period, reporting gaps. */
export function compareSeries(
  series: readonly SeriesPoint[],
  options: SeriesComparisonOptions | undefined,
  baseOf: BaseOf,
): SeriesComparisonResult {
  const settings = readOptions(options);
  const measure = readMeasure(settings.measure);
  const direction = readDirection(settings.direction);
  const points = readSeries(series);
  // Keyed by period; `null` (no base period) is never a key, so it finds no value.
  const byPeriod = new Map<string | null, Decimal>(
    points.map((point) => [point.period, point.value]),
  );
  // 2024-02-28 and 2024-02-29 share the base 2023-02-28: list each missing period once.
  const gaps = new Set<string>();
  const changes = points.map((point, index): SeriesChange => {
    const basePeriod = basePeriodOf(point.period, baseOf, `series[${index}].period`);
    const baseValue = byPeriod.get(basePeriod);
    if (baseValue === undefined) {
      // A base before the first point is the start of the data, not a hole in it. The base
      // cannot be the first point (it has no value), so comparePeriods gives −1 or 1 here.
      let status: 'gap' | 'series-start' = 'series-start';
      if (basePeriod !== null && comparePeriods(basePeriod, points[0]!.period) === 1) {
        status = 'gap';
        gaps.add(basePeriod);
      }
      return {
        period: point.period,
        value: point.value,
        basePeriod,
        baseValue: null,
        status,
        absoluteChange: null,
        relativeChange: null,
        percentagePointChange: null,
        movement: null,
        trend: null,
      };
    }
    const change = changeBetween(baseValue, point.value, measure, direction);
    return {
      period: point.period,
      value: point.value,
      basePeriod,
      baseValue,
      status: change.relativeChangeUnavailable ?? 'ok',
      absoluteChange: change.absoluteChange,
      relativeChange: change.relativeChange,
      percentagePointChange: change.percentagePointChange,
      movement: change.movement,
      trend: change.trend,
    };
  });
  return { changes, gaps: [...gaps] };
}
