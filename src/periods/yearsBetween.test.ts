import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../errors/IndicatorError.js';
import { yearsBetween } from './yearsBetween.js';

describe('yearsBetween', () => {
  it('counts whole months / 12 between month-end ends', () => {
    expect(yearsBetween('2021', '2026').toString()).toBe('5');
    expect(yearsBetween('2020', '2023').toString()).toBe('3');
    expect(yearsBetween('2021-Q3', '2022-Q1').toString()).toBe('0.5');
    expect(yearsBetween('2021-H1', '2021-H2').toString()).toBe('0.5');
    expect(yearsBetween('2021-06', '2021-09').toString()).toBe('0.25');
    expect(yearsBetween('2021-06-30', '2022-06-30').toString()).toBe('1');
    expect(yearsBetween('2021-02-28', '2022-02-28').toString()).toBe('1');
    expect(yearsBetween('2021', '2022/2026').toString()).toBe('5');
    expect(yearsBetween('2021-01', '2021-02').toString()).toBe(
      '0.08333333333333333333333333333333333',
    );
  });

  it('counts days / 365 otherwise', () => {
    expect(yearsBetween('2021-06-15', '2022-06-15').toString()).toBe('1');
    expect(yearsBetween('2020-01-15', '2021-01-15').toString()).toBe(
      '1.002739726027397260273972602739726',
    );
    expect(yearsBetween('2021', '2022-01-01').toString()).toBe(
      '0.002739726027397260273972602739726027',
    );
  });

  it('is negative when `to` ends first and zero (not -0) when they end together', () => {
    expect(yearsBetween('2023', '2020').toString()).toBe('-3');
    expect(yearsBetween('2022-06-15', '2021-06-15').toString()).toBe('-1');
    const zero = yearsBetween('2021', '2021-Q4');
    expect(zero.toString()).toBe('0');
    expect(zero.isNegative()).toBe(false);
    expect(yearsBetween('2021-06-15', '2021-06-15').isNegative()).toBe(false);
  });

  it('is antisymmetric and additive over years', () => {
    const year = fc.integer({ min: 1900, max: 9999 });
    fc.assert(
      fc.property(year, year, (a, b) => {
        const ab = yearsBetween(String(a), String(b));
        expect(ab.toNumber()).toBe(b - a);
        expect(ab.plus(yearsBetween(String(b), String(a))).isZero()).toBe(true);
      }),
    );
  });

  it('names the invalid argument', () => {
    let caught: unknown;
    try {
      yearsBetween('2021', '2021-Q5');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IndicatorError);
    expect((caught as IndicatorError).details.field).toBe('to');
    expect(() => yearsBetween('1899', '2021')).toThrow('from ("1899") is not a valid period');
  });
});
