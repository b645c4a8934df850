import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../errors/IndicatorError.js';
import { formatPeriod } from './formatPeriod.js';
import { samePeriodLastYear } from './samePeriodLastYear.js';

const lastYear = (text: string) => formatPeriod(samePeriodLastYear(text));

describe('samePeriodLastYear', () => {
  it('moves every kind back one year', () => {
    expect(lastYear('2021')).toBe('2020');
    expect(lastYear('2021-H2')).toBe('2020-H2');
    expect(lastYear('2021-Q3')).toBe('2020-Q3');
    expect(lastYear('2021-06')).toBe('2020-06');
    expect(lastYear('2021-06-30')).toBe('2020-06-30');
    expect(lastYear('2022/2026')).toBe('2021/2025');
    expect(lastYear('2022-Q1/2022-06')).toBe('2021-Q1/2021-06');
  });

  it('turns 29 February into the 28th', () => {
    expect(lastYear('2024-02-29')).toBe('2023-02-28');
    expect(lastYear('2024-02-28')).toBe('2023-02-28');
    expect(lastYear('2025-02-28')).toBe('2024-02-28');
    expect(lastYear('2023-03-01/2024-02-29')).toBe('2022-03-01/2023-02-28');
  });

  it('rejects results before 1900', () => {
    let caught: unknown;
    try {
      samePeriodLastYear('1900-Q3');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IndicatorError);
    expect((caught as IndicatorError).details.reason).toBe(
      'the result falls outside the years 1900 to 9999',
    );
    expect(() => samePeriodLastYear('1900/2000')).toThrow(IndicatorError);
  });

  it('keeps the kind and yields a valid period for random days', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1901, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        const text = new Date(ms).toISOString().slice(0, 10);
        const result = samePeriodLastYear(text);
        expect(result.kind).toBe('day');
        expect(formatPeriod(result).slice(0, 4)).toBe(String(Number(text.slice(0, 4)) - 1));
      }),
    );
  });
});
