import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../errors/IndicatorError.js';
import { periodEnd } from './periodEnd.js';
import { periodStart } from './periodStart.js';

describe('periodEnd', () => {
  it('gives UTC midnight of the last day, inclusive', () => {
    expect(periodEnd('2021').toISOString()).toBe('2021-12-31T00:00:00.000Z');
    expect(periodEnd('2021-H1').toISOString()).toBe('2021-06-30T00:00:00.000Z');
    expect(periodEnd('2021-S2').toISOString()).toBe('2021-12-31T00:00:00.000Z');
    expect(periodEnd('2021-Q1').toISOString()).toBe('2021-03-31T00:00:00.000Z');
    expect(periodEnd('2021-Q2').toISOString()).toBe('2021-06-30T00:00:00.000Z');
    expect(periodEnd('2021-Q3').toISOString()).toBe('2021-09-30T00:00:00.000Z');
    expect(periodEnd('2021-Q4').toISOString()).toBe('2021-12-31T00:00:00.000Z');
    expect(periodEnd('2021-02').toISOString()).toBe('2021-02-28T00:00:00.000Z');
    expect(periodEnd('2024-02').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(periodEnd('1900-02').toISOString()).toBe('1900-02-28T00:00:00.000Z');
    expect(periodEnd('2000-02').toISOString()).toBe('2000-02-29T00:00:00.000Z');
    expect(periodEnd('2021-06-30').toISOString()).toBe('2021-06-30T00:00:00.000Z');
    expect(periodEnd('2022/2026').toISOString()).toBe('2026-12-31T00:00:00.000Z');
    expect(periodEnd('9999').toISOString()).toBe('9999-12-31T00:00:00.000Z');
  });

  it('never ends before the period starts, and months have 28 to 31 days', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1900, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        (year, month) => {
          const text = `${year}-${String(month).padStart(2, '0')}`;
          const days = (periodEnd(text).getTime() - periodStart(text).getTime()) / 86_400_000 + 1;
          expect(days).toBeGreaterThanOrEqual(28);
          expect(days).toBeLessThanOrEqual(31);
        },
      ),
    );
  });

  it('rejects invalid periods with invalid-period', () => {
    expect(() => periodEnd('2021-13')).toThrow(IndicatorError);
    expect(() => periodEnd('2021-13')).toThrow('month must be 01 to 12');
  });
});
