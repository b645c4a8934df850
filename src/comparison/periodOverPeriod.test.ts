import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../errors/IndicatorError.js';
import { periodOverPeriod } from './periodOverPeriod.js';

function caught(run: () => unknown): IndicatorError {
  try {
    run();
  } catch (error) {
    if (error instanceof IndicatorError) return error;
    throw error;
  }
  throw new Error('expected an IndicatorError');
}

describe('periodOverPeriod', () => {
  it('compares each month with the month before (环比) and reports the gap', () => {
    const result = periodOverPeriod(
      [
        { period: '2021-04', value: 50 },
        { period: '2021-05', value: 60 },
        { period: '2021-07', value: 66 },
        { period: '2021-08', value: 55 },
      ],
      { direction: 'increase' },
    );
    expect(result.changes.map((change) => change.status)).toEqual([
      'series-start',
      'ok',
      'gap',
      'ok',
    ]);
    expect(result.changes.map((change) => change.basePeriod)).toEqual([
      '2021-03',
      '2021-04',
      '2021-06',
      '2021-07',
    ]);
    expect(result.changes[1]?.relativeChange?.toString()).toBe('0.2');
    expect(result.changes[1]?.absoluteChange?.toString()).toBe('10');
    // 2021-07 is not compared with 2021-05: the June value is missing.
    expect(result.changes[2]?.relativeChange).toBeNull();
    expect(result.changes[3]?.relativeChange?.toFixed(4)).toBe('-0.1667');
    expect(result.changes[3]?.trend).toBe('worsened');
    expect(result.gaps).toEqual(['2021-06']);
  });

  it('steps across the year: 2021-Q1 against 2020-Q4', () => {
    const result = periodOverPeriod([
      { period: '2020-Q4', value: 80 },
      { period: '2021-Q1', value: 100 },
    ]);
    expect(result.changes[1]?.basePeriod).toBe('2020-Q4');
    expect(result.changes[1]?.relativeChange?.toString()).toBe('0.25');
    expect(result.changes[1]?.trend).toBe('changed');
  });

  it('compares a plan period with the one before it', () => {
    const result = periodOverPeriod([
      { period: '2017/2021', value: 27720 },
      { period: '2022/2026', value: 40000 },
    ]);
    expect(result.changes[1]?.basePeriod).toBe('2017/2021');
    expect(result.changes[1]?.absoluteChange?.toString()).toBe('12280');
  });

  it('gives a rate series its change in percentage points', () => {
    const result = periodOverPeriod(
      [
        { period: '2020', value: '20.8' },
        { period: '2021', value: '18.2' },
      ],
      { measure: 'rate', direction: 'decrease' },
    );
    expect(result.changes[1]?.percentagePointChange?.toString()).toBe('-2.6');
    expect(result.changes[1]?.relativeChange?.toString()).toBe('-0.125');
    expect(result.changes[1]?.trend).toBe('improved');
  });

  it('has no base before 1900', () => {
    const result = periodOverPeriod([
      { period: '1900-01-01', value: 1 },
      { period: '1900-01-02', value: 0 },
      { period: '1900-01-03', value: 4 },
    ]);
    expect(result.changes.map((change) => change.basePeriod)).toEqual([
      null,
      '1900-01-01',
      '1900-01-02',
    ]);
    expect(result.changes.map((change) => change.status)).toEqual([
      'series-start',
      'ok',
      'zero-base',
    ]);
    expect(result.changes[1]?.relativeChange?.toString()).toBe('-1');
  });

  it('rejects a range whose ends differ in kind, and a series out of order', () => {
    const error = caught(() => periodOverPeriod([{ period: '2021-06/2021-Q4', value: 1 }]));
    expect(error.code).toBe('invalid-argument');
    expect(error.details.field).toBe('series[0].period');
    expect(error.details.value).toBe('2021-06/2021-Q4');
    expect(
      caught(() =>
        periodOverPeriod([
          { period: '2021', value: 1 },
          { period: '2020', value: 2 },
        ]),
      ).details.field,
    ).toBe('series[1].period');
  });
});
