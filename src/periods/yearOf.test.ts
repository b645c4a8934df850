import { describe, expect, it } from 'vitest';
import { yearOf } from './yearOf.js';

describe('yearOf', () => {
  it('gives the year of each kind, and the end year of a range', () => {
    expect(yearOf('2021')).toBe(2021);
    expect(yearOf('2021-H2')).toBe(2021);
    expect(yearOf('2021-Q3')).toBe(2021);
    expect(yearOf('2021-M06')).toBe(2021);
    expect(yearOf('2021-06-30')).toBe(2021);
    expect(yearOf('2022/2026')).toBe(2026);
    expect(yearOf({ kind: 'quarter', year: 1999, quarter: 4 })).toBe(1999);
  });

  it('rejects invalid periods', () => {
    expect(() => yearOf('2021-Q5')).toThrow('period ("2021-Q5") is not a valid period');
  });
});
