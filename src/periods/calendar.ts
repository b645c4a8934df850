/**
 * Calendar arithmetic on plain (year, month, day) fields. Internal to the periods layer.
 *
 * Everything goes through `Date.UTC` and the `getUTC…` accessors: UTC has no daylight
 * saving, so a day is always 86 400 000 ms and no result depends on the machine's zone.
 * (date-fns reads local fields, which shift by a day on UTC midnights west of Greenwich,
 * and `@date-fns/utc` is not a dependency.)
 */
import { IndicatorError } from '../errors/IndicatorError.js';
import type { DayPeriod, SinglePeriod } from './Period.js';

/** The first year the library's calendar accepts. */
export const MIN_YEAR = 1900;
/** The last year the library's calendar accepts (four digits). */
export const MAX_YEAR = 9999;
/** Milliseconds in a UTC day. */
export const MS_PER_DAY = 86_400_000;
/** The reason given for a year outside the calendar. */
export const YEAR_REASON = `year must be ${MIN_YEAR} to ${MAX_YEAR}`;

/** A calendar day as plain fields; month is 1 to 12. */
export interface CalendarDay {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Builds the `invalid-period` error the layer throws. */
export function invalidPeriod(field: string, value: unknown, reason: string): IndicatorError {
  return new IndicatorError('invalid-period', { field, value, reason });
}

/** Tells whether `year` is an integer inside the accepted calendar. */
export function isYearInRange(year: unknown): year is number {
  return Number.isInteger(year) && (year as number) >= MIN_YEAR && (year as number) <= MAX_YEAR;
}

/** The number of days in a month (month 1 to 12). */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (negative before it): an integer, since UTC days are all equal. */
export function dayNumber(day: CalendarDay): number {
  return Date.UTC(day.year, day.month - 1, day.day) / MS_PER_DAY;
}

/** The calendar day of a day number. */
export function fromDayNumber(days: number): CalendarDay {
  const date = new Date(days * MS_PER_DAY);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** A fresh Date at UTC midnight of the day. */
export function toUtcDate(day: CalendarDay): Date {
  return new Date(Date.UTC(day.year, day.month - 1, day.day));
}

/** Months since year 0, so consecutive months differ by one. */
export function monthNumber(day: CalendarDay): number {
  // Stryker disable next-line ArithmeticOperator: callers only subtract month numbers, so a constant offset cancels
  return day.year * 12 + day.month - 1;
}

/** Tells whether the day is the last day of its month. */
export function isMonthEnd(day: CalendarDay): boolean {
  return day.day === daysInMonth(day.year, day.month);
}

/** The first and last months of a period longer than a day. */
function monthSpan(period: Exclude<SinglePeriod, DayPeriod>): readonly [number, number] {
  switch (period.kind) {
    case 'year':
      return [1, 12];
    case 'half':
      return [period.half * 6 - 5, period.half * 6];
    case 'quarter':
      return [period.quarter * 3 - 2, period.quarter * 3];
    case 'month':
      return [period.month, period.month];
  }
}

/** The first day of a single period. */
export function firstDay(period: SinglePeriod): CalendarDay {
  if (period.kind === 'day') return { year: period.year, month: period.month, day: period.day };
  return { year: period.year, month: monthSpan(period)[0], day: 1 };
}

/** The last day of a single period (inclusive). */
export function lastDay(period: SinglePeriod): CalendarDay {
  if (period.kind === 'day') return { year: period.year, month: period.month, day: period.day };
  const month = monthSpan(period)[1];
  return { year: period.year, month, day: daysInMonth(period.year, month) };
}

/** Formats a day as `YYYY-MM-DD` (years are always four digits in this calendar). */
export function formatDay(day: CalendarDay): string {
  return `${day.year}-${pad2(day.month)}-${pad2(day.day)}`;
}

/** Two-digit zero padding. */
export function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
