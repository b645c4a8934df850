import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Direction, Measure } from '../models/types.js';
import type { SeriesPoint } from './types.js';
import { yearOverYear } from './yearOverYear.js';

function caught(run: () => unknown): IndicatorError {
  try {
    run();
  } catch (error) {
    if (error instanceof IndicatorError) return error;
    throw error;
  }
  throw new Error('expected an IndicatorError');
}

describe('yearOverYear', () => {
  it('compares each year with the year before (同比): 4万元 is 8% above 2020', () => {
    // 农民人均收入达到4万元,同比增长8%: 2020 held 40000 / 1.08.
    const result = yearOverYear(
      [
        { period: '2020', value: '37037.037' },
        { period: '2021', value: 40000 },
      ],
      { direction: 'increase' },
    );
    expect(result.gaps).toEqual([]);
    const [first, second] = result.changes;
    expect(first).toEqual({
      period: '2020',
      value: new Decimal('37037.037'),
      basePeriod: '2019',
      baseValue: null,
      status: 'series-start',
      absoluteChange: null,
      relativeChange: null,
      percentagePointChange: null,
      movement: null,
      trend: null,
    });
    expect(second?.status).toBe('ok');
    expect(second?.basePeriod).toBe('2020');
    expect(second?.baseValue?.toString()).toBe('37037.037');
    expect(second?.absoluteChange?.toString()).toBe('2962.963');
    expect(second?.relativeChange?.times(100).toFixed(1)).toBe('8.0');
    expect(second?.movement).toBe('increased');
    expect(second?.trend).toBe('improved');
    expect(second?.percentagePointChange).toBeNull();
  });

  it('compares quarters with the same quarter a year earlier and reports gaps', () => {
    const result = yearOverYear([
      { period: '2020-Q1', value: 100 },
      { period: '2020-Q2', value: 120 },
      { period: '2020-Q4', value: 90 },
      { period: '2021-Q1', value: 108 },
      { period: '2021-Q2', value: 114 },
      { period: '2021-Q3', value: 130 },
      { period: '2021-Q4', value: 90 },
    ]);
    expect(result.changes.map((change) => change.status)).toEqual([
      'series-start',
      'series-start',
      'series-start',
      'ok',
      'ok',
      'gap',
      'ok',
    ]);
    expect(result.changes.map((change) => change.relativeChange?.toString() ?? null)).toEqual([
      null,
      null,
      null,
      '0.08',
      '-0.05',
      null,
      '0',
    ]);
    expect(result.changes.map((change) => change.trend)).toEqual([
      null,
      null,
      null,
      'changed',
      'changed',
      null,
      'unchanged',
    ]);
    expect(result.gaps).toEqual(['2020-Q3']);
    const gap = result.changes[5];
    expect(gap?.basePeriod).toBe('2020-Q3');
    expect(gap?.baseValue).toBeNull();
    expect(gap?.absoluteChange).toBeNull();
  });

  it('never bridges a missing year to an older one', () => {
    const result = yearOverYear([
      { period: '2018', value: 10 },
      { period: '2020', value: 12 },
      { period: '2021', value: 15 },
    ]);
    expect(result.changes.map((change) => change.status)).toEqual(['series-start', 'gap', 'ok']);
    expect(result.changes[1]?.basePeriod).toBe('2019');
    expect(result.changes[2]?.relativeChange?.toString()).toBe('0.25');
    expect(result.gaps).toEqual(['2019']);
  });

  it('keeps the absolute change when the base has no ratio', () => {
    const result = yearOverYear(
      [
        { period: '2018', value: 0 },
        { period: '2019', value: 5 },
        { period: '2020', value: -5 },
        { period: '2021', value: -2 },
      ],
      { direction: 'decrease' },
    );
    expect(result.changes.map((change) => change.status)).toEqual([
      'series-start',
      'zero-base',
      'sign-change',
      'negative-base',
    ]);
    expect(result.changes.map((change) => change.absoluteChange?.toString() ?? null)).toEqual([
      null,
      '5',
      '-10',
      '3',
    ]);
    expect(result.changes.every((change) => change.relativeChange === null)).toBe(true);
    expect(result.changes.map((change) => change.trend)).toEqual([
      null,
      'worsened',
      'improved',
      'worsened',
    ]);
  });

  it('gives a rate series its changes in percentage points', () => {
    const result = yearOverYear(
      [
        { period: '2020', value: '20.8' },
        { period: '2021', value: '18.2' },
      ],
      { measure: 'rate', direction: 'increase' },
    );
    expect(result.changes[1]?.percentagePointChange?.toString()).toBe('-2.6');
    expect(result.changes[1]?.relativeChange?.toString()).toBe('-0.125');
    expect(result.changes[1]?.trend).toBe('worsened');
  });

  it('matches 29 February against the 28th and lists a shared missing base once', () => {
    const result = yearOverYear([
      { period: '2023-02-27', value: 1 },
      { period: '2024-02-28', value: 2 },
      { period: '2024-02-29', value: 3 },
    ]);
    expect(result.changes.map((change) => change.basePeriod)).toEqual([
      '2022-02-27',
      '2023-02-28',
      '2023-02-28',
    ]);
    expect(result.changes.map((change) => change.status)).toEqual(['series-start', 'gap', 'gap']);
    expect(result.gaps).toEqual(['2023-02-28']);
  });

  it('has no base before 1900, and canonical periods', () => {
    const result = yearOverYear([
      { period: '1900-S2', value: 1 },
      { period: { kind: 'half', year: 1901, half: 2 }, value: 2 },
    ]);
    expect(result.changes[0]?.basePeriod).toBeNull();
    expect(result.changes[0]?.status).toBe('series-start');
    expect(result.changes[1]?.period).toBe('1901-H2');
    expect(result.changes[1]?.basePeriod).toBe('1900-H2');
    expect(result.changes[1]?.relativeChange?.toString()).toBe('1');
  });

  it('compares ranges with the range a year earlier', () => {
    const result = yearOverYear([
      { period: '2021/2025', value: 40 },
      { period: '2022/2026', value: 50 },
    ]);
    expect(result.changes[1]?.basePeriod).toBe('2021/2025');
    expect(result.changes[1]?.relativeChange?.toString()).toBe('0.25');
  });

  it('returns nothing for an empty series', () => {
    expect(yearOverYear([])).toEqual({ changes: [], gaps: [] });
  });

  it('rejects a series out of order, naming the point', () => {
    const error = caught(() =>
      yearOverYear([
        { period: '2020', value: 1 },
        { period: '2021', value: 2 },
        { period: '2021-Q2', value: 3 },
      ]),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.details.field).toBe('series[2].period');
    expect(error.message).toContain('2021-Q2 does not come after 2021 (series[1])');
    expect(
      caught(() =>
        yearOverYear([
          { period: '2021-H1', value: 1 },
          { period: '2021-S1', value: 2 },
        ]),
      ).details.field,
    ).toBe('series[1].period');
  });

  it('names every other invalid argument', () => {
    expect(caught(() => yearOverYear('2021' as never)).details.field).toBe('series');
    expect(caught(() => yearOverYear([null as never])).details.field).toBe('series[0]');
    const period = caught(() => yearOverYear([{ period: '2021-Q5', value: 1 }]));
    expect(period.code).toBe('invalid-period');
    expect(period.details.field).toBe('series[0].period');
    const value = caught(() =>
      yearOverYear([
        { period: '2020', value: 1 },
        { period: '2021', value: 'many' },
      ]),
    );
    expect(value.code).toBe('invalid-number');
    expect(value.details.field).toBe('series[1].value');
    expect(caught(() => yearOverYear([], { measure: 'share' as Measure })).details.field).toBe(
      'options.measure',
    );
    expect(caught(() => yearOverYear([], { direction: 'higher' as Direction })).details.field).toBe(
      'options.direction',
    );
    expect(caught(() => yearOverYear([], null as never)).details.field).toBe('options');
  });

  it('does not mutate the series', () => {
    const series: readonly SeriesPoint[] = Object.freeze([
      Object.freeze({ period: '2020', value: 1 }),
      Object.freeze({ period: '2021', value: 2 }),
    ]);
    yearOverYear(series);
    expect(series).toEqual([
      { period: '2020', value: 1 },
      { period: '2021', value: 2 },
    ]);
  });

  it('never returns NaN, Infinity or a negative zero, and reports every missing year', () => {
    const values = fc.array(
      fc.option(fc.integer({ min: -1000, max: 1000 }), { nil: undefined, freq: 4 }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(values, (slots) => {
        const series = slots.flatMap((value, index) =>
          value === undefined ? [] : [{ period: String(2000 + index), value }],
        );
        const result = yearOverYear(series, { measure: 'rate' });
        for (const change of result.changes) {
          for (const field of [
            change.absoluteChange,
            change.relativeChange,
            change.percentagePointChange,
          ]) {
            if (field === null) continue;
            expect(field.isFinite()).toBe(true);
            expect(field.isZero() && field.isNegative()).toBe(false);
          }
        }
        const firstIndex = slots.findIndex((value) => value !== undefined);
        const missing = slots
          .map((value, index) => (value === undefined && index > firstIndex ? index : -1))
          .filter((index) => index >= 0 && slots[index + 1] !== undefined)
          .map((index) => String(2000 + index));
        expect(result.gaps).toEqual(missing);
      }),
    );
  });
});
