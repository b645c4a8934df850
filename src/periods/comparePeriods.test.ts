import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorError } from '../errors/IndicatorError.js';
import { comparePeriods } from './comparePeriods.js';

describe('comparePeriods', () => {
  it('orders by last day, then by first day', () => {
    expect(comparePeriods('2021', '2022')).toBe(-1);
    expect(comparePeriods('2022', '2021')).toBe(1);
    expect(comparePeriods('2021-06', '2021')).toBe(-1);
    expect(comparePeriods('2021-Q4', '2021-H2')).toBe(1);
    expect(comparePeriods('2021-H2', '2021')).toBe(1);
    expect(comparePeriods('2021', '2021-12-31')).toBe(-1);
    expect(comparePeriods('2021-S1', '2021-H1')).toBe(0);
    expect(comparePeriods('2021-M06', { kind: 'month', year: 2021, month: 6 })).toBe(0);
    expect(comparePeriods('2022/2026', '2026')).toBe(-1);
  });

  it('sorts a mixed series in time order', () => {
    const series = ['2022', '2021-Q3', '2021-06-30', '2021', '2021-06', '2021-H1'];
    expect([...series].sort(comparePeriods)).toEqual([
      '2021-H1',
      '2021-06',
      '2021-06-30',
      '2021-Q3',
      '2021',
      '2022',
    ]);
  });

  it('is antisymmetric and returns only -1, 0 or 1', () => {
    const period = fc.constantFrom(
      '2021',
      '2021-H1',
      '2021-Q2',
      '2021-06',
      '2021-06-30',
      '2020/2021',
    );
    fc.assert(
      fc.property(period, period, (a, b) => {
        const ab = comparePeriods(a, b);
        expect([-1, 0, 1]).toContain(ab);
        expect(comparePeriods(b, a)).toBe(-ab || 0);
        expect(Object.is(ab, -0)).toBe(false);
      }),
    );
  });

  it('names the invalid argument', () => {
    const error = (() => {
      try {
        comparePeriods('2021', '2021-Q5');
      } catch (caught) {
        return caught as IndicatorError;
      }
      throw new Error('did not throw');
    })();
    expect(error.code).toBe('invalid-period');
    expect(error.details.field).toBe('b');
    expect(() => comparePeriods('x', '2021')).toThrow('a ("x") is not a valid period');
  });
});
