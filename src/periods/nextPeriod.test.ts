import { describe, expect, it } from 'vitest';
import { formatPeriod } from './formatPeriod.js';
import { nextPeriod } from './nextPeriod.js';
import type { PeriodInput } from './Period.js';

const next = (period: PeriodInput) => formatPeriod(nextPeriod(period));

describe('nextPeriod', () => {
  it('steps one period of the same kind forward', () => {
    expect(next('2021')).toBe('2022');
    expect(next('2021-H1')).toBe('2021-H2');
    expect(next('2021-H2')).toBe('2022-H1');
    expect(next('2021-Q4')).toBe('2022-Q1');
    expect(next('2021-12')).toBe('2022-01');
    expect(next('2021-02-28')).toBe('2021-03-01');
    expect(next('2024-02-28')).toBe('2024-02-29');
    expect(next('2017/2021')).toBe('2022/2026');
    expect(next({ kind: 'month', year: 2021, month: 6 })).toBe('2021-07');
  });

  it('rejects results after 9999', () => {
    for (const text of ['9999', '9999-H2', '9999-Q4', '9999-12', '9999-12-31', '9998/9999']) {
      expect(() => nextPeriod(text), text).toThrow(
        'the result falls outside the years 1900 to 9999',
      );
    }
  });
});
