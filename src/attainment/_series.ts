/**
 * Private to the attainment layer: the observations of one indicator as a time-ordered
 * series, one entry per period (the best status wins), searched by day numbers; and which
 * figures count (latest, earliest, exact period, within a range, year to date).
 *
 * A series lives for one call of assessTarget or assessPlan; its entries keep what is read
 * from them (value, point, pair figures) for the other targets of the indicator in that call.
 * The Decimals among them are frozen, so that the results that report them share them safely.
 */
import { STATUS_RANK } from '../_internal/observationStatus.js';
import type { Decimal } from '../decimal/Decimal.js';
import { roundResult } from '../decimal/guardPrecision.js';
import { compactFigure, type Ratio, ratioOf } from '../decimal/rational.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Observation, ObservationStatus } from '../models/types.js';
import { toYearToDate } from '../periods/toYearToDate.js';
import { convert } from '../units/index.js';
import { frozen } from './_frozen.js';
import { type PeriodInfo, periodInfo } from './_periodInfo.js';

/**
 * What a series reads of an observation: a stated `Observation` or a `DerivedObservation`
 * (which has `derivedFrom` instead of a `source`); attainment never reads the source.
 */
export type SeriesObservation = Omit<Observation, 'id' | 'source'> & {
  /** Present on a derived observation: the figures it is computed from. */
  readonly derivedFrom?: unknown;
};

/** One period of a series. */
export interface SeriesEntry {
  readonly info: PeriodInfo;
  readonly observation: SeriesObservation;
  /** The observation's index in the list it came from, for error messages. */
  readonly index: number;
  readonly rank: number;
  /** The value in the indicator's unit, converted on first use (34 digits at most). */
  value: Decimal | undefined;
  /** The same value as an exact fraction, made on first use. */
  exact: Ratio | undefined;
  /**
   * Figures that depend only on this entry as a baseline and another as the latest value,
   * kept for the other targets of the indicator: by the latest entry.
   */
  pairs: Map<SeriesEntry, PairFigures> | undefined;
  /** The assessments' view of the entry, made on first use. */
  point: Point | undefined;
  /** The year-to-date span of the period (1–N月), or null; read on first use. */
  yearToDate: YearToDateSpan | null | undefined;
}

/** A value at a period, in the indicator's unit, as an assessment uses it. */
export interface Point {
  readonly info: PeriodInfo;
  /** The value to report (34 digits at most, frozen). */
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
export interface PairFigures {
  /** The actual annual rate from baseline to latest. */
  readonly actual: Ratio;
  /** As reported (frozen). */
  readonly actualFigure: Decimal;
  /** Projected values at each deadline (by period text), and as reported; null out of range. */
  readonly projected: Map<string, { exact: Ratio; figure: Decimal | null } | null>;
}

/** The year and the months from January a period covers. */
export interface YearToDateSpan {
  readonly year: number;
  readonly months: number;
}

/** Entries sorted by last day, then first day; one per span of days. */
export type Series = readonly SeriesEntry[];

/** How a series reads values: the indicator's unit and the name of the observation list. */
export interface SeriesUnits {
  readonly unit: string;
  readonly field: string;
}

/**
 * Builds a series from observations (with their indices in the source list). Observations
 * covering the same days (`2021-H1` and `2021-S1` alike) collapse into the one with the best
 * status; on a tie a stated observation beats a derived one, else the first given is kept.
 */
export function buildSeries(
  observations: readonly SeriesObservation[],
  indices: readonly number[],
  field: string,
): SeriesEntry[] {
  const byDays = new Map<string, SeriesEntry>();
  for (let i = 0; i < observations.length; i++) {
    const observation = observations[i] as SeriesObservation;
    const index = indices[i] as number;
    const info = periodInfo(observation.period, `${field}[${index}].period`);
    const rank = readRank(observation.status);
    const key = `${info.start}:${info.end}`;
    const held = byDays.get(key);
    if (
      held === undefined ||
      rank < held.rank ||
      (rank === held.rank && isDerived(held.observation) && !isDerived(observation))
    ) {
      byDays.set(key, {
        info,
        observation,
        index,
        rank,
        value: undefined,
        exact: undefined,
        pairs: undefined,
        point: undefined,
        yearToDate: undefined,
      });
    }
  }
  return [...byDays.values()].sort(
    (a, b) => a.info.end - b.info.end || a.info.start - b.info.start,
  );
}

/** Whether the observation is a derived figure (it names what it is derived from). */
function isDerived(observation: SeriesObservation): boolean {
  return observation.derivedFrom !== undefined;
}

/** An unknown status ranks last, so that a stray value never displaces a known one. */
function readRank(status: unknown): number {
  return STATUS_RANK[status as ObservationStatus] ?? 4;
}

/** The entry's value in the indicator's unit (converted once, then kept). */
export function entryValue(entry: SeriesEntry, units: SeriesUnits): Decimal {
  // Stryker disable next-line ConditionalExpression: a cache; the value converted again is the same
  if (entry.value === undefined) {
    const { observation } = entry;
    const field = `${units.field}[${entry.index}].value`;
    const raw = toDecimal(observation.value, field);
    entry.value = frozen(
      toFigureDigits(
        toUnit(raw, observation.unit, units.unit, `${units.field}[${entry.index}].unit`),
      ),
    );
  }
  return entry.value;
}

/** The entry's value as an exact fraction. */
export function entryExact(entry: SeriesEntry, units: SeriesUnits): Ratio {
  // Stryker disable next-line ConditionalExpression: a cache; the fraction read again is the same
  if (entry.exact === undefined) entry.exact = ratioOf(entryValue(entry, units));
  return entry.exact;
}

/** A value kept to the 34 digits of a reported figure. */
export function toFigureDigits(value: Decimal): Decimal {
  // Stryker disable next-line ConditionalExpression,EqualityOperator: rounding a value of 34 digits or fewer to 34 changes nothing (toDecimal never gives -0)
  return compactFigure(value.sd() > 34 ? roundResult(value) : value);
}

/**
 * A value in `from` (the indicator's unit when undefined) converted to the indicator's unit;
 * a unit error names `field`, the record's unit field, rather than the converter's argument.
 */
export function toUnit(
  value: Decimal,
  from: string | undefined,
  to: string,
  field: string,
): Decimal {
  if (from === undefined || from === to) return value;
  try {
    return convert(value, from, to);
  } catch (error) {
    // convert throws only IndicatorError (invalid-unit, incompatible-units).
    const cause = error as IndicatorError;
    throw new IndicatorError(cause.code, { ...cause.details, field, value: from });
  }
}

/** Index of the last entry whose last day is on or before `day` (−1 when none). */
function lastEndingBy(series: Series, day: number): number {
  let low = 0;
  let high = series.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((series[middle] as SeriesEntry).info.end <= day) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/**
 * The latest entry that ended by `day` (any when `day` is null), of the given period kind
 * when `kind` is not null.
 */
export function latestBy(
  series: Series,
  day: number | null,
  kind: PeriodInfo['kind'] | null,
): SeriesEntry | undefined {
  for (let i = day === null ? series.length - 1 : lastEndingBy(series, day); i >= 0; i--) {
    const entry = series[i] as SeriesEntry;
    if (kind === null || entry.info.kind === kind) return entry;
  }
  return undefined;
}

/** The earliest entry that ended by `day` (any when null), of the given kind when not null. */
export function earliestBy(
  series: Series,
  day: number | null,
  kind: PeriodInfo['kind'] | null,
): SeriesEntry | undefined {
  for (const entry of series) {
    if (entry.info.end > (day ?? Number.POSITIVE_INFINITY)) return undefined;
    if (kind === null || entry.info.kind === kind) return entry;
  }
  return undefined;
}

/** The entry covering exactly the days of `info`, if it ended by `day` (any when null). */
export function entryFor(
  series: Series,
  info: PeriodInfo,
  day: number | null,
): SeriesEntry | undefined {
  if (day !== null && info.end > day) return undefined;
  for (let i = lastEndingBy(series, info.end); i >= 0; i--) {
    const entry = series[i] as SeriesEntry;
    if (entry.info.end !== info.end) return undefined;
    if (entry.info.start === info.start) return entry;
  }
  return undefined;
}

/**
 * The entries inside `[first, last]` (days) that ended by `day`, without double counting:
 * where periods overlap (a year and its months), the longest starting first is kept and
 * anything overlapping a kept period is left out.
 */
export function entriesWithin(
  series: Series,
  first: number,
  last: number,
  day: number | null,
): SeriesEntry[] {
  const inside: SeriesEntry[] = [];
  const limit = Math.min(last, day ?? last);
  for (let i = lastEndingBy(series, limit); i >= 0; i--) {
    const entry = series[i] as SeriesEntry;
    // Sorted by last day: everything further back ends, so starts, before the range.
    // Stryker disable next-line ConditionalExpression: a shortcut; entries further back start before the range and are skipped below
    if (entry.info.end < first) break;
    if (entry.info.start >= first) inside.push(entry);
  }
  // Read backwards, entries starting together come longest first; the stable sort keeps that.
  inside.sort((a, b) => a.info.start - b.info.start);
  const kept: SeriesEntry[] = [];
  let coveredTo = Number.NEGATIVE_INFINITY;
  for (const entry of inside) {
    if (entry.info.start <= coveredTo) continue;
    kept.push(entry);
    coveredTo = entry.info.end;
  }
  return kept;
}

/** The entry as an assessment uses it (made once per entry). */
export function pointOf(entry: SeriesEntry, units: SeriesUnits): Point {
  // Stryker disable next-line ConditionalExpression: a cache; the point built again is the same
  if (entry.point === undefined) {
    entry.point = {
      info: entry.info,
      value: entryValue(entry, units),
      exact: entryExact(entry, units),
      approximate: entry.observation.qualifier != null,
      status: entry.observation.status,
      entry,
    };
  }
  return entry.point;
}

/** The year-to-date span of an entry's period (`2022-H1`: 2022, 6 months), or null. */
export function yearToDateOf(entry: SeriesEntry): YearToDateSpan | null {
  // Stryker disable next-line ConditionalExpression: a cache; the span read again is the same
  if (entry.yearToDate === undefined) entry.yearToDate = toYearToDate(entry.info.text);
  return entry.yearToDate;
}

/**
 * The latest part-year figure of the year `year` (whose first day is `yearStart`) from January
 * (1–N月累计, fewer than 12 months) that ended by `day`; the longest when several did.
 */
export function latestYearToDate(
  series: Series,
  year: number,
  yearStart: number,
  day: number,
): { entry: SeriesEntry; months: number } | undefined {
  for (let i = lastEndingBy(series, day); i >= 0; i--) {
    const entry = series[i] as SeriesEntry;
    // Sorted by last day: everything further back ended before the year began.
    if (entry.info.end < yearStart) return undefined;
    const span = yearToDateOf(entry);
    if (span !== null && span.year === year && span.months < 12) {
      return { entry, months: span.months };
    }
  }
  return undefined;
}

/** The figure of `year`'s first `months` months, if one ended by `day`. */
export function yearToDateEntry(
  series: Series,
  year: number,
  months: number,
  day: number,
): SeriesEntry | undefined {
  for (const entry of series) {
    if (entry.info.end > day) return undefined;
    const span = yearToDateOf(entry);
    if (span !== null && span.year === year && span.months === months) return entry;
  }
  return undefined;
}
