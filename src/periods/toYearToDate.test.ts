import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../errors/IndicatorError.js';
import { toYearToDate } from './toYearToDate.js';

describe('toYearToDate', () => {
  it.each([
    ['2022-01/2022-06', 6],
    ['2022-H1', 6],
    ['2022-S1', 6],
    ['2022-Q1/2022-Q3', 9],
    ['2022-Q1', 3],
    ['2022-01', 1],
    ['2022-M01', 1],
    ['2022', 12],
    ['2022-01/2022-12', 12],
    ['2022-01-01/2022-05-31', 5],
    ['2024-01/2024-02', 2],
  ])('%s covers %i months', (text, months) => {
    expect(toYearToDate(text)).toEqual({ year: Number(text.slice(0, 4)), months });
  });

  it.each([
    '2022-04/2022-06',
    '2022-H2',
    '2022-Q2',
    '2022-02',
    '2022-01/2023-06',
    '2022/2026',
    '2022-01-01/2022-06-29',
    '2022-01-02/2022-06-30',
    '2022-01-31',
    '2021-12/2022-06',
  ])('%s is not a year-to-date span', (text) => {
    expect(toYearToDate(text)).toBeNull();
  });

  it('accepts a period object', () => {
    expect(toYearToDate({ kind: 'half', year: 2030, half: 1 })).toEqual({ year: 2030, months: 6 });
  });

  it('names the field of a bad period', () => {
    expect(() => toYearToDate('2022-13')).toThrow(IndicatorError);
    try {
      toYearToDate('2022-13');
    } catch (error) {
      expect((error as IndicatorError).code).toBe('invalid-period');
      expect((error as IndicatorError).details).toMatchObject({
        field: 'period',
        value: '2022-13',
      });
    }
  });
});
