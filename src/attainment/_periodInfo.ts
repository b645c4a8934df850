/**
 * Private to the attainment layer: periods read once and kept as plain day and month numbers,
 * so that a scorecard of a million targets never parses the same period string twice.
 */
import { IndicatorError } from '../errors/IndicatorError.js';
import { type Period, parseDate, parsePeriod, periodEnd, periodStart } from '../periods/index.js';
import { BoundedCache } from './_boundedCache.js';

const MS_PER_DAY = 86_400_000;

/** A period reduced to what the assessment compares. */
export interface PeriodInfo {
  /** The period string as written in the data. */
  readonly text: string;
  /** The kind of period (`year`, `quarter`, `range`, …). */
  readonly kind: Period['kind'];
  /** Days since 1970-01-01 of its first day. */
  readonly start: number;
  /** Days since 1970-01-01 of its last day (inclusive). */
  readonly end: number;
  /** Months since year 0 of its last day. */
  readonly endMonth: number;
  /** Whether its last day closes a month (then years between are whole months / 12). */
  readonly endsMonth: boolean;
}

/** A non-negative or negative rational number of years, `num / den`, `den > 0`, reduced. */
export interface Rational {
  readonly num: number;
  readonly den: number;
}

/**
 * The most period strings kept read: a long-running process reading endless distinct days
 * cannot grow the cache past it (about 200 bytes an entry, so at most some 40 MB).
 */
export const PERIOD_INFO_CACHE_LIMIT = 200_000;
const cache = new BoundedCache<PeriodInfo>(PERIOD_INFO_CACHE_LIMIT);

/**
 * Reads a period string through the periods layer, once per distinct string (the result is
 * frozen and shared).
 *
 * @throws IndicatorError `invalid-period` naming `field` when the period is invalid.
 */
export function periodInfo(text: string, field: string): PeriodInfo {
  const cached = cache.get(text);
  if (cached !== undefined) return cached;
  let period: Period;
  try {
    period = parsePeriod(text);
  } catch (error) {
    // Re-thrown so that the message names the field of the record, not `period`;
    // parsePeriod throws only IndicatorError.
    throw new IndicatorError('invalid-period', {
      ...(error as IndicatorError).details,
      field,
      value: text,
    });
  }
  const last = periodEnd(period);
  const info: PeriodInfo = Object.freeze({
    text,
    kind: period.kind,
    start: periodStart(period).getTime() / MS_PER_DAY,
    end: last.getTime() / MS_PER_DAY,
    endMonth: last.getUTCFullYear() * 12 + last.getUTCMonth(),
    endsMonth: new Date(last.getTime() + MS_PER_DAY).getUTCDate() === 1,
  });
  cache.set(text, info);
  return info;
}

/** A day read from a Date or a `YYYY-MM-DD` string: its day number and canonical text. */
export interface DayInfo {
  /** Days since 1970-01-01. */
  readonly day: number;
  /** `YYYY-MM-DD`. */
  readonly text: string;
}

/**
 * Reads an as-of day (a Date's UTC calendar day, or `YYYY-MM-DD`).
 *
 * @throws IndicatorError `invalid-period` naming `field` for anything else.
 */
export function readDay(value: Date | string, field: string): DayInfo {
  const date = parseDate(value, field);
  const day = date.getTime() / MS_PER_DAY;
  return { day, text: dayText(day) };
}

/** `YYYY-MM-DD` of a day number. */
export function dayText(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The years between the last days of two periods, as an exact fraction, by the periods
 * layer's rule (`yearsBetween`): whole months / 12 when both last days close a month,
 * otherwise days / 365. Kept as a fraction so that a root of it is taken exactly.
 */
export function yearsBetweenRational(from: PeriodInfo, to: PeriodInfo): Rational {
  if (from.endsMonth && to.endsMonth) return reduce(to.endMonth - from.endMonth, 12);
  return reduce(to.end - from.end, 365);
}

/** `num / den` in lowest terms with a positive denominator (`den ≠ 0`). */
export function reduce(num: number, den: number): Rational {
  const divisor = gcd(Math.abs(num), Math.abs(den));
  // Stryker disable next-line EqualityOperator: den ≠ 0 by contract
  const sign = den < 0 ? -1 : 1;
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

function gcd(a: number, b: number): number {
  let x = a;
  let y = b;
  while (y !== 0) {
    const rest = x % y;
    x = y;
    y = rest;
  }
  return x;
}
