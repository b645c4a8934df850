/**
 * Private to the attainment layer: the time figures of an assessment. Years between periods
 * (`yearsBetweenRational` in `_periodInfo.ts`), the share of the time from baseline to deadline
 * gone by the latest figure, 序时进度 of a range at a day, and of a year-to-date figure
 * (months covered / 12). The first two are kept in bounded caches owned here; what they hold
 * is frozen, Decimals included, so that results can share it and none can change it.
 */
import type { Decimal } from '../decimal/Decimal.js';
import { clamp, ONE, type Ratio, ratio, ratioOf, toFigure, ZERO } from '../decimal/rational.js';
import { elapsedFraction } from '../periods/index.js';
import { BoundedCache } from './_boundedCache.js';
import { frozen } from './_frozen.js';
import { dayText, type PeriodInfo, type Rational, yearsBetweenRational } from './_periodInfo.js';

/**
 * The most (baseline, latest, deadline) triples kept: a scorecard asks for few distinct ones,
 * and each entry is under 1 kB, so the cache stays under 10 MB.
 */
export const TIME_CACHE_LIMIT = 10_000;
/** The most (range, day, basis) 序时进度 figures kept; each entry is under 1 kB. */
export const ELAPSED_CACHE_LIMIT = 10_000;

/** The time from a baseline to a latest figure, against the time to the deadline. */
export interface TimeFigures {
  /** Years from the baseline's period to the latest's. */
  readonly elapsedYears: Rational;
  /** Their share of the years from baseline to deadline, within 0..1. */
  readonly elapsed: Ratio;
  /** `elapsed` as reported (frozen). */
  readonly figure: Decimal;
}

/** A share of time, exact and as reported. */
export interface Elapsed {
  readonly exact: Ratio;
  readonly figure: Decimal;
}

const timeCache = new BoundedCache<TimeFigures>(TIME_CACHE_LIMIT);
const elapsedCache = new BoundedCache<Elapsed>(ELAPSED_CACHE_LIMIT);

/**
 * The last day whose data judge a target: the as-of day, but never past the end of the target's
 * period. A target for 2022 is met or missed by the 2022 figure, not by a later year's.
 */
export function judgedBy(asOfDay: number | null, due: PeriodInfo): number {
  // Stryker disable next-line ConditionalExpression: the as-of day is null only when no observation dates it, and then no day finds one
  return asOfDay === null ? due.end : Math.min(asOfDay, due.end);
}

/** `(t − t0)/(tT − t0)` in years for a baseline, latest and deadline period, within 0..1. */
export function timeBetween(base: PeriodInfo, latest: PeriodInfo, due: PeriodInfo): TimeFigures {
  const key = `${base.text}|${latest.text}|${due.text}`;
  let time = timeCache.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; the figures computed again are the same
  if (time === undefined) {
    const total = yearsBetweenRational(base, due);
    const elapsedYears = yearsBetweenRational(base, latest);
    // total > 0 (the baseline precedes the deadline); a latest value before it clamps to 0.
    const elapsed = clamp(
      ratio(elapsedYears.num * total.den, elapsedYears.den * total.num),
      ZERO,
      ONE,
    );
    time = Object.freeze({
      elapsedYears: Object.freeze(elapsedYears),
      elapsed: Object.freeze(elapsed),
      figure: frozen(toFigure(elapsed) as Decimal),
    });
    timeCache.set(key, time);
  }
  return time;
}

/** 序时进度 of a range at a day (`elapsedFraction`, month or day basis). */
export function elapsedAt(range: PeriodInfo, day: number, basis: 'month' | 'day'): Elapsed {
  const key = `${range.text}|${day}|${basis}`;
  let value = elapsedCache.get(key);
  // Stryker disable next-line ConditionalExpression: a cache; the fraction computed again is the same
  if (value === undefined) {
    const figure = elapsedFraction(range.text, dayText(day), { basis });
    value = Object.freeze({ figure: frozen(figure), exact: Object.freeze(ratioOf(figure)) });
    elapsedCache.set(key, value);
  }
  return value;
}

/** 序时进度 of a year-to-date figure: the months it covers over 12, whatever the as-of day. */
export function monthsElapsed(months: number): Elapsed {
  const exact = ratio(months, 12);
  return { exact, figure: toFigure(exact) as Decimal };
}
