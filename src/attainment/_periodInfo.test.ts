import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { yearsBetween } from '../periods/index.js';
import {
  dayText,
  PERIOD_INFO_CACHE_LIMIT,
  periodInfo,
  readDay,
  reduce,
  yearsBetweenRational,
} from './_periodInfo.js';

const period = fc.oneof(
  fc.integer({ min: 1990, max: 2040 }).map(String),
  fc
    .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 2 }))
    .map(([y, h]) => `${y}-H${h}`),
  fc
    .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc
    .date({
      min: new Date('1990-01-01T00:00:00Z'),
      max: new Date('2040-12-31T00:00:00Z'),
      noInvalidDate: true,
    })
    .map((date) => date.toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: 1990, max: 2030 }), fc.integer({ min: 0, max: 10 }))
    .map(([y, n]) => `${y}/${y + n}`),
);

describe('period info', () => {
  it('reads a period once into day and month numbers', () => {
    const info = periodInfo('2021-Q3', 'p');
    expect(info).toMatchObject({ text: '2021-Q3', kind: 'quarter', endsMonth: true });
    expect(dayText(info.start)).toBe('2021-07-01');
    expect(dayText(info.end)).toBe('2021-09-30');
    expect(periodInfo('2021-Q3', 'p')).toBe(info);
    expect(periodInfo('2021-06-15', 'p').endsMonth).toBe(false);
    expect(periodInfo('2022/2026', 'p').kind).toBe('range');
  });

  it('names the field of an invalid period', () => {
    expect(() => periodInfo('2021-Q5', 'target.period')).toThrow(IndicatorError);
    expect(() => periodInfo('2021-Q5', 'target.period')).toThrow(
      /target\.period.*quarter must be 1 to 4/,
    );
  });

  it('counts years as yearsBetween does, as an exact fraction', () => {
    fc.assert(
      fc.property(period, period, (from, to) => {
        const years = yearsBetweenRational(periodInfo(from, 'from'), periodInfo(to, 'to'));
        expect(years.den).toBeGreaterThan(0);
        expect(new Decimal(years.num).div(years.den).eq(yearsBetween(from, to))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('reduces fractions', () => {
    expect(reduce(36, 12)).toEqual({ num: 3, den: 1 });
    expect(reduce(-6, 4)).toEqual({ num: -3, den: 2 });
    expect(reduce(3, -6)).toEqual({ num: -1, den: 2 });
    expect(reduce(0, 12)).toEqual({ num: 0, den: 1 });
  });

  it('reads as-of days in UTC', () => {
    expect(readDay('2022-06-30', 'asOf').text).toBe('2022-06-30');
    expect(readDay(new Date('2022-06-30T23:30:00Z'), 'asOf').text).toBe('2022-06-30');
    expect(() => readDay('2022-6-30', 'options.asOf')).toThrow(/options\.asOf/);
  });

  it('keeps each period read once, frozen, in a cache of a documented bound', () => {
    const info = periodInfo('1900-01-01', 'p');
    expect(Object.isFrozen(info)).toBe(true);
    expect(periodInfo('1900-01-01', 'p')).toBe(info);
    // The bound itself is proved on a small cache in _boundedCache.test.ts.
    expect(PERIOD_INFO_CACHE_LIMIT).toBe(200_000);
  });
});
