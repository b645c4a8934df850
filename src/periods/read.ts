/**
 * Reading, checking and writing periods and dates. Internal to the periods layer: the public
 * functions are thin wrappers that name their own argument in errors.
 */

import { isValid } from 'date-fns/isValid';
import { readPlain } from '../_internal/plain.js';
import {
  type CalendarDay,
  dayNumber,
  daysInMonth,
  firstDay,
  formatDay,
  invalidPeriod,
  isYearInRange,
  lastDay,
  pad2,
  YEAR_REASON,
} from './calendar.js';
import type { Period, PeriodInput, PeriodRange, SinglePeriod } from './Period.js';

const FORMAT_REASON =
  'expected YYYY, YYYY-H1, YYYY-Q3, YYYY-MM, YYYY-MM-DD (or SDMX YYYY-S1, YYYY-M06), ' +
  'or a range such as 2022/2026';
const DATE_REASON = 'expected a date written YYYY-MM-DD';

const YEAR = /^(\d{4})$/;
const HALF = /^(\d{4})-[HS](\d+)$/;
const QUARTER = /^(\d{4})-Q(\d+)$/;
const MONTH = /^(\d{4})-M?(\d{2})$/;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Reads a period string; errors name `field` and carry `value` as given. */
export function readPeriod(text: unknown, field: string): Period {
  if (typeof text !== 'string') {
    throw invalidPeriod(field, text, `expected a period string, got ${describeType(text)}`);
  }
  const slash = text.indexOf('/');
  if (slash === -1) return readSingle(text, field, text);
  if (text.includes('/', slash + 1)) throw invalidPeriod(field, text, 'a range cannot be nested');
  const start = readSingle(text.slice(0, slash), field, text);
  const end = readSingle(text.slice(slash + 1), field, text);
  return checkedRange(start, end, field, text);
}

function readSingle(text: string, field: string, value: string): SinglePeriod {
  let match = YEAR.exec(text);
  if (match) return { kind: 'year', year: readYear(match[1], field, value) };
  match = HALF.exec(text);
  if (match) {
    const year = readYear(match[1], field, value);
    if (match[2] === '1' || match[2] === '2') {
      return { kind: 'half', year, half: match[2] === '1' ? 1 : 2 };
    }
    throw invalidPeriod(field, value, 'half must be 1 or 2');
  }
  match = QUARTER.exec(text);
  if (match) {
    const year = readYear(match[1], field, value);
    const quarter = String(match[2]);
    if (!/^[1-4]$/.test(quarter)) throw invalidPeriod(field, value, 'quarter must be 1 to 4');
    return { kind: 'quarter', year, quarter: Number(quarter) as 1 | 2 | 3 | 4 };
  }
  match = MONTH.exec(text);
  if (match) {
    const year = readYear(match[1], field, value);
    return { kind: 'month', year, month: readMonth(match[2], field, value) };
  }
  match = DAY.exec(text);
  if (match) {
    const year = readYear(match[1], field, value);
    const month = readMonth(match[2], field, value);
    return { kind: 'day', year, month, day: readDayOfMonth(year, month, match[3], field, value) };
  }
  throw invalidPeriod(field, value, FORMAT_REASON);
}

function readYear(digits: string | undefined, field: string, value: unknown): number {
  const year = Number(digits);
  if (!isYearInRange(year)) throw invalidPeriod(field, value, YEAR_REASON);
  return year;
}

function readMonth(digits: string | undefined, field: string, value: unknown): number {
  const month = Number(digits);
  if (month < 1 || month > 12) throw invalidPeriod(field, value, 'month must be 01 to 12');
  return month;
}

function readDayOfMonth(
  year: number,
  month: number,
  digits: string | undefined,
  field: string,
  value: unknown,
): number {
  const day = Number(digits);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    throw invalidPeriod(field, value, `day must be 01 to ${last} in ${year}-${pad2(month)}`);
  }
  return day;
}

/** Builds a range, rejecting an end that begins or finishes before the start. */
function checkedRange(
  start: SinglePeriod,
  end: SinglePeriod,
  field: string,
  value: unknown,
): PeriodRange {
  if (
    dayNumber(firstDay(end)) < dayNumber(firstDay(start)) ||
    dayNumber(lastDay(end)) < dayNumber(lastDay(start))
  ) {
    throw invalidPeriod(
      field,
      value,
      `the end ${singleToString(end)} is before the start ${singleToString(start)}`,
    );
  }
  return { kind: 'range', start, end };
}

/**
 * Turns a period string or object into a fresh, checked {@link Period}. Objects are checked
 * field by field, since JavaScript callers and JSON can hand over anything.
 */
export function toPeriod(given: PeriodInput, field: string): Period {
  if (typeof given === 'string') return readPeriod(given, field);
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  const input = readPlain(given, field, 'invalid-period') as PeriodInput;
  if (typeof input !== 'object' || input === null) {
    throw invalidPeriod(
      field,
      input,
      `expected a period string or object, got ${describeType(input)}`,
    );
  }
  if (input.kind === 'range') {
    const start = checkSingle(input.start, field, given);
    const end = checkSingle(input.end, field, given);
    return checkedRange(start, end, field, given);
  }
  return checkSingle(input, field, given);
}

function checkSingle(input: unknown, field: string, value: unknown): SinglePeriod {
  if (typeof input !== 'object' || input === null) {
    throw invalidPeriod(field, value, `expected a period object, got ${describeType(input)}`);
  }
  const period = input as Record<string, unknown>;
  const kind = period.kind;
  if (kind === 'range') throw invalidPeriod(field, value, 'a range cannot be nested');
  if (
    kind !== 'year' &&
    kind !== 'half' &&
    kind !== 'quarter' &&
    kind !== 'month' &&
    kind !== 'day'
  ) {
    throw invalidPeriod(
      field,
      value,
      'kind must be one of year, half, quarter, month, day or range',
    );
  }
  if (!isYearInRange(period.year)) throw invalidPeriod(field, value, YEAR_REASON);
  const year = period.year;
  switch (kind) {
    case 'year':
      return { kind, year };
    case 'half':
      if (period.half !== 1 && period.half !== 2) {
        throw invalidPeriod(field, value, 'half must be 1 or 2');
      }
      return { kind, year, half: period.half };
    case 'quarter':
      if (
        period.quarter !== 1 &&
        period.quarter !== 2 &&
        period.quarter !== 3 &&
        period.quarter !== 4
      ) {
        throw invalidPeriod(field, value, 'quarter must be 1 to 4');
      }
      return { kind, year, quarter: period.quarter };
    case 'month':
      return { kind, year, month: checkMonth(period.month, field, value) };
    case 'day': {
      const month = checkMonth(period.month, field, value);
      const last = daysInMonth(year, month);
      const day = period.day;
      if (!Number.isInteger(day) || (day as number) < 1 || (day as number) > last) {
        throw invalidPeriod(field, value, `day must be 01 to ${last} in ${year}-${pad2(month)}`);
      }
      return { kind, year, month, day: day as number };
    }
  }
}

function checkMonth(month: unknown, field: string, value: unknown): number {
  if (!Number.isInteger(month) || (month as number) < 1 || (month as number) > 12) {
    throw invalidPeriod(field, value, 'month must be 01 to 12');
  }
  return month as number;
}

/** The canonical string of a checked period. */
export function periodToString(period: Period): string {
  if (period.kind === 'range') {
    return `${singleToString(period.start)}/${singleToString(period.end)}`;
  }
  return singleToString(period);
}

function singleToString(period: SinglePeriod): string {
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'half':
      return `${period.year}-H${period.half}`;
    case 'quarter':
      return `${period.year}-Q${period.quarter}`;
    case 'month':
      return `${period.year}-${pad2(period.month)}`;
    case 'day':
      return formatDay(period);
  }
}

/** The first and last days (inclusive) of a checked period. */
export function periodBounds(period: Period): readonly [CalendarDay, CalendarDay] {
  if (period.kind === 'range') return [firstDay(period.start), lastDay(period.end)];
  return [firstDay(period), lastDay(period)];
}

/**
 * Reads a strict `YYYY-MM-DD` string or a valid Date (its UTC calendar day) into a calendar
 * day inside the accepted years.
 */
export function readCalendarDay(given: unknown, field: string): CalendarDay {
  const input = readPlain(given, field, 'invalid-period');
  if (typeof input === 'string') {
    const match = DAY.exec(input);
    if (!match) throw invalidPeriod(field, input, DATE_REASON);
    const year = readYear(match[1], field, input);
    const month = readMonth(match[2], field, input);
    return { year, month, day: readDayOfMonth(year, month, match[3], field, input) };
  }
  if (input instanceof Date) {
    if (!isValid(input)) throw invalidPeriod(field, input, 'the date is invalid');
    const year = input.getUTCFullYear();
    if (!isYearInRange(year)) throw invalidPeriod(field, input, YEAR_REASON);
    return { year, month: input.getUTCMonth() + 1, day: input.getUTCDate() };
  }
  throw invalidPeriod(
    field,
    input,
    `expected a Date or a YYYY-MM-DD string, got ${describeType(input)}`,
  );
}

function describeType(value: unknown): string {
  return value === null ? 'null' : typeof value;
}
