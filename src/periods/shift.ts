/**
 * Moving periods through time. Internal to the periods layer.
 */
import {
  dayNumber,
  daysInMonth,
  fromDayNumber,
  invalidPeriod,
  isYearInRange,
  MAX_YEAR,
  MIN_YEAR,
} from './calendar.js';
import type { Period, PeriodInput, SinglePeriod } from './Period.js';
import { toPeriod } from './read.js';

const OUTSIDE_REASON = `the result falls outside the years ${MIN_YEAR} to ${MAX_YEAR}`;

/** The position of a single period among the periods of its kind; consecutive ones differ by 1. */
function indexOf(period: SinglePeriod): number {
  switch (period.kind) {
    case 'year':
      return period.year;
    case 'half':
      return period.year * 2 + period.half - 1;
    case 'quarter':
      return period.year * 4 + period.quarter - 1;
    case 'month':
      return period.year * 12 + period.month - 1;
    case 'day':
      return dayNumber(period);
  }
}

/** The period of `kind` at `index`, or undefined when its year is outside the calendar. */
function fromIndex(kind: SinglePeriod['kind'], index: number): SinglePeriod | undefined {
  let period: SinglePeriod;
  switch (kind) {
    case 'year':
      period = { kind, year: index };
      break;
    case 'half':
      period = { kind, year: Math.floor(index / 2), half: index % 2 === 0 ? 1 : 2 };
      break;
    case 'quarter':
      period = {
        kind,
        year: Math.floor(index / 4),
        quarter: ((index % 4) + 1) as 1 | 2 | 3 | 4,
      };
      break;
    case 'month':
      period = { kind, year: Math.floor(index / 12), month: (index % 12) + 1 };
      break;
    case 'day':
      period = { kind, ...fromDayNumber(index) };
      break;
  }
  return isYearInRange(period.year) ? period : undefined;
}

/**
 * Moves a period by `steps` periods of its own kind. A range whose two ends have the same kind
 * moves by its own length, so `2022/2026` steps back to `2017/2021`.
 */
export function shiftPeriod(input: PeriodInput, steps: 1 | -1, field: string): Period {
  const period = toPeriod(input, field);
  if (period.kind !== 'range') return moved(period, steps, field, input);
  if (period.start.kind !== period.end.kind) {
    throw invalidPeriod(
      field,
      input,
      'only a range whose start and end are of the same kind has a neighbouring range',
    );
  }
  const length = indexOf(period.end) - indexOf(period.start) + 1;
  return {
    kind: 'range',
    start: moved(period.start, steps * length, field, input),
    end: moved(period.end, steps * length, field, input),
  };
}

function moved(period: SinglePeriod, steps: number, field: string, input: unknown): SinglePeriod {
  const result = fromIndex(period.kind, indexOf(period) + steps);
  if (result === undefined) throw invalidPeriod(field, input, OUTSIDE_REASON);
  return result;
}

/**
 * Moves a period back one year, keeping its kind. A 29 February becomes the 28th.
 */
export function shiftYearBack(input: PeriodInput, field: string): Period {
  const period = toPeriod(input, field);
  if (period.kind === 'range') {
    return {
      kind: 'range',
      start: yearBack(period.start, field, input),
      end: yearBack(period.end, field, input),
    };
  }
  return yearBack(period, field, input);
}

function yearBack(period: SinglePeriod, field: string, input: unknown): SinglePeriod {
  const year = period.year - 1;
  if (!isYearInRange(year)) throw invalidPeriod(field, input, OUTSIDE_REASON);
  if (period.kind === 'day') {
    return { ...period, year, day: Math.min(period.day, daysInMonth(year, period.month)) };
  }
  return { ...period, year };
}
