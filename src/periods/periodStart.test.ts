import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../errors/IndicatorError.js';
import { periodStart } from './periodStart.js';

describe('periodStart', () => {
  it('gives UTC midnight of the first day of each kind', () => {
    expect(periodStart('2021').toISOString()).toBe('2021-01-01T00:00:00.000Z');
    expect(periodStart('2021-H1').toISOString()).toBe('2021-01-01T00:00:00.000Z');
    expect(periodStart('2021-H2').toISOString()).toBe('2021-07-01T00:00:00.000Z');
    expect(periodStart('2021-Q1').toISOString()).toBe('2021-01-01T00:00:00.000Z');
    expect(periodStart('2021-Q2').toISOString()).toBe('2021-04-01T00:00:00.000Z');
    expect(periodStart('2021-Q3').toISOString()).toBe('2021-07-01T00:00:00.000Z');
    expect(periodStart('2021-Q4').toISOString()).toBe('2021-10-01T00:00:00.000Z');
    expect(periodStart('2021-06').toISOString()).toBe('2021-06-01T00:00:00.000Z');
    expect(periodStart('2021-06-30').toISOString()).toBe('2021-06-30T00:00:00.000Z');
    expect(periodStart('2022-03/2022-06').toISOString()).toBe('2022-03-01T00:00:00.000Z');
    expect(periodStart({ kind: 'year', year: 1900 }).toISOString()).toBe(
      '1900-01-01T00:00:00.000Z',
    );
  });

  it('is independent of the machine time zone', () => {
    // Under TZ=America/Los_Angeles a local-time implementation would give the previous day.
    const start = periodStart('2022-03-13');
    expect(start.getTime()).toBe(Date.UTC(2022, 2, 13));
    expect(start.getUTCHours()).toBe(0);
  });

  it('returns a fresh Date each time', () => {
    const a = periodStart('2021');
    a.setUTCFullYear(1999);
    expect(periodStart('2021').getUTCFullYear()).toBe(2021);
  });

  it('rejects invalid periods with invalid-period', () => {
    expect(() => periodStart('2021-Q5')).toThrow(IndicatorError);
    expect(() => periodStart('2021-Q5')).toThrow('period ("2021-Q5") is not a valid period');
  });
});
