import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../errors/IndicatorError.js';
import { formatPeriod } from './formatPeriod.js';
import { nextPeriod } from './nextPeriod.js';
import { previousPeriod } from './previousPeriod.js';

const previous = (text: string) => formatPeriod(previousPeriod(text));

describe('previousPeriod', () => {
  it('steps one period of the same kind back', () => {
    expect(previous('2021')).toBe('2020');
    expect(previous('2021-H1')).toBe('2020-H2');
    expect(previous('2021-H2')).toBe('2021-H1');
    expect(previous('2021-Q1')).toBe('2020-Q4');
    expect(previous('2021-Q3')).toBe('2021-Q2');
    expect(previous('2021-06')).toBe('2021-05');
    expect(previous('2021-01')).toBe('2020-12');
    expect(previous('2021-03-01')).toBe('2021-02-28');
    expect(previous('2024-03-01')).toBe('2024-02-29');
    expect(previous('2021-01-01')).toBe('2020-12-31');
    expect(previousPeriod('2021-S2')).toEqual({ kind: 'half', year: 2021, half: 1 });
  });

  it('steps a same-kind range back by its own length', () => {
    expect(previous('2022/2026')).toBe('2017/2021');
    expect(previous('2022-Q1/2022-Q2')).toBe('2021-Q3/2021-Q4');
    expect(previous('2022-01/2022-06')).toBe('2021-07/2021-12');
    expect(previous('2022-03-01/2022-03-07')).toBe('2022-02-22/2022-02-28');
  });

  it('rejects results before 1900 and mixed-kind ranges', () => {
    for (const text of ['1900', '1900-H1', '1900-Q1', '1900-01', '1900-01-01', '1900/1901']) {
      let caught: unknown;
      try {
        previousPeriod(text);
      } catch (error) {
        caught = error;
      }
      expect((caught as IndicatorError).code, text).toBe('invalid-period');
      expect((caught as IndicatorError).details.reason).toBe(
        'the result falls outside the years 1900 to 9999',
      );
    }
    expect(() => previousPeriod('2022-01/2022-06-30')).toThrow(
      'only a range whose start and end are of the same kind has a neighbouring range',
    );
    expect(() => previousPeriod('2021-Q5')).toThrow(IndicatorError);
  });

  it('is undone by nextPeriod', () => {
    const period = fc.oneof(
      fc.integer({ min: 1901, max: 9999 }).map(String),
      fc
        .tuple(
          fc.integer({ min: 1901, max: 9999 }),
          fc.constantFrom('H1', 'H2', 'Q1', 'Q2', 'Q3', 'Q4', '01', '07', '12'),
        )
        .map(([y, p]) => `${y}-${p}`),
      fc
        .integer({ min: Date.UTC(1900, 0, 2), max: Date.UTC(9999, 11, 31) })
        .map((ms) => new Date(ms).toISOString().slice(0, 10)),
    );
    fc.assert(
      fc.property(period, (text) => {
        expect(formatPeriod(nextPeriod(previousPeriod(text)))).toBe(text);
      }),
    );
  });
});
