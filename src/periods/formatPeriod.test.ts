import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { formatPeriod } from './formatPeriod.js';
import type { Period } from './Period.js';

describe('formatPeriod', () => {
  it('writes the canonical form of strings', () => {
    expect(formatPeriod('2021')).toBe('2021');
    expect(formatPeriod('2021-S1')).toBe('2021-H1');
    expect(formatPeriod('2021-S2')).toBe('2021-H2');
    expect(formatPeriod('2021-Q3')).toBe('2021-Q3');
    expect(formatPeriod('2021-M06')).toBe('2021-06');
    expect(formatPeriod('2021-06-30')).toBe('2021-06-30');
    expect(formatPeriod('2021-S1/2022-M03')).toBe('2021-H1/2022-03');
  });

  it('writes period objects', () => {
    expect(formatPeriod({ kind: 'year', year: 2021 })).toBe('2021');
    expect(formatPeriod({ kind: 'half', year: 2021, half: 2 })).toBe('2021-H2');
    expect(formatPeriod({ kind: 'quarter', year: 2021, quarter: 4 })).toBe('2021-Q4');
    expect(formatPeriod({ kind: 'month', year: 2021, month: 1 })).toBe('2021-01');
    expect(formatPeriod({ kind: 'day', year: 2021, month: 2, day: 3 })).toBe('2021-02-03');
    expect(
      formatPeriod({
        kind: 'range',
        start: { kind: 'year', year: 2022 },
        end: { kind: 'year', year: 2026 },
      }),
    ).toBe('2022/2026');
  });

  it('does not mutate or keep extra fields of its input', () => {
    const input = Object.freeze({ kind: 'year', year: 2021, extra: true }) as unknown as Period;
    expect(formatPeriod(input)).toBe('2021');
    expect(input).toEqual({ kind: 'year', year: 2021, extra: true });
  });

  it.each([
    ['year out of range', { kind: 'year', year: 1899 }, 'year must be 1900 to 9999'],
    ['fractional year', { kind: 'year', year: 2021.5 }, 'year must be 1900 to 9999'],
    ['NaN year', { kind: 'year', year: Number.NaN }, 'year must be 1900 to 9999'],
    ['string year', { kind: 'year', year: '2021' }, 'year must be 1900 to 9999'],
    ['half 3', { kind: 'half', year: 2021, half: 3 }, 'half must be 1 or 2'],
    ['quarter 5', { kind: 'quarter', year: 2021, quarter: 5 }, 'quarter must be 1 to 4'],
    ['quarter "1"', { kind: 'quarter', year: 2021, quarter: '1' }, 'quarter must be 1 to 4'],
    ['month 13', { kind: 'month', year: 2021, month: 13 }, 'month must be 01 to 12'],
    ['month 0', { kind: 'month', year: 2021, month: 0 }, 'month must be 01 to 12'],
    ['month 1.5', { kind: 'month', year: 2021, month: 1.5 }, 'month must be 01 to 12'],
    [
      'day 30 Feb',
      { kind: 'day', year: 2021, month: 2, day: 30 },
      'day must be 01 to 28 in 2021-02',
    ],
    ['day 0', { kind: 'day', year: 2021, month: 1, day: 0 }, 'day must be 01 to 31 in 2021-01'],
    ['day 1.5', { kind: 'day', year: 2021, month: 1, day: 1.5 }, 'day must be 01 to 31 in 2021-01'],
    ['day month 13', { kind: 'day', year: 2021, month: 13, day: 1 }, 'month must be 01 to 12'],
    [
      'unknown kind',
      { kind: 'week', year: 2021 },
      'kind must be one of year, half, quarter, month, day or range',
    ],
    ['no kind', {}, 'kind must be one of year, half, quarter, month, day or range'],
    [
      'reversed range',
      { kind: 'range', start: { kind: 'year', year: 2026 }, end: { kind: 'year', year: 2022 } },
      'the end 2022 is before the start 2026',
    ],
    [
      'nested range',
      {
        kind: 'range',
        start: { kind: 'year', year: 2022 },
        end: {
          kind: 'range',
          start: { kind: 'year', year: 2023 },
          end: { kind: 'year', year: 2024 },
        },
      },
      'a range cannot be nested',
    ],
    ['range without ends', { kind: 'range' }, 'expected a period object, got undefined'],
    [
      'range with a null end',
      { kind: 'range', start: { kind: 'year', year: 2022 }, end: null },
      'expected a period object, got null',
    ],
  ])('rejects an object with %s', (_label, input, reason) => {
    const error = errorOf(() => formatPeriod(input as unknown as Period));
    expect(error.code).toBe('invalid-period');
    expect(error.details.field).toBe('period');
    expect(error.details.value).toBe(input);
    expect(error.details.reason).toBe(reason);
  });

  it('rejects non-periods and invalid strings with invalid-period', () => {
    for (const value of [undefined, null, 2021, true, () => 2021]) {
      const error = errorOf(() => formatPeriod(value as unknown as Period));
      expect(error.code).toBe('invalid-period');
      expect(error.details.reason).toMatch(/^expected a period string or object, got /);
    }
    expect(errorOf(() => formatPeriod('2021-Q5')).details.reason).toBe('quarter must be 1 to 4');
  });
});
