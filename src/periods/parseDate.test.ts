import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { parseDate } from './parseDate.js';

describe('parseDate', () => {
  it('reads YYYY-MM-DD as UTC midnight', () => {
    expect(parseDate('2022-06-30').toISOString()).toBe('2022-06-30T00:00:00.000Z');
    expect(parseDate('2024-02-29').toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseDate('1900-01-01').getTime()).toBe(Date.UTC(1900, 0, 1));
    expect(parseDate('9999-12-31').getTime()).toBe(Date.UTC(9999, 11, 31));
  });

  it('takes the UTC day of a Date and returns a fresh Date', () => {
    const input = new Date('2022-06-30T18:30:00Z');
    const result = parseDate(input);
    expect(result.toISOString()).toBe('2022-06-30T00:00:00.000Z');
    expect(result).not.toBe(input);
    expect(input.toISOString()).toBe('2022-06-30T18:30:00.000Z');
  });

  it.each([
    ['2021-02-30', 'day must be 01 to 28 in 2021-02'],
    ['2021-13-01', 'month must be 01 to 12'],
    ['1899-12-31', 'year must be 1900 to 9999'],
    ['2021-6-30', 'expected a date written YYYY-MM-DD'],
    ['2021-06-30T00:00:00Z', 'expected a date written YYYY-MM-DD'],
    [' 2021-06-30', 'expected a date written YYYY-MM-DD'],
    ['2021-06', 'expected a date written YYYY-MM-DD'],
    ['+010000-01-01', 'expected a date written YYYY-MM-DD'],
    ['', 'expected a date written YYYY-MM-DD'],
  ])('rejects %j: %s', (text, reason) => {
    const error = errorOf(() => parseDate(text, 'asOf'));
    expect(error.code).toBe('invalid-period');
    expect(error.details.field).toBe('asOf');
    expect(error.details.value).toBe(text);
    expect(error.details.reason).toBe(reason);
  });

  it('names `date` by default and rejects invalid Dates and other types', () => {
    expect(errorOf(() => parseDate('2021-02-30')).details.field).toBe('date');
    expect(errorOf(() => parseDate(new Date('nonsense'))).details.reason).toBe(
      'the date is invalid',
    );
    expect(errorOf(() => parseDate(new Date(Date.UTC(10000, 0, 1)))).details.reason).toBe(
      'year must be 1900 to 9999',
    );
    expect(errorOf(() => parseDate(20220630 as unknown as string)).details.reason).toBe(
      'expected a Date or a YYYY-MM-DD string, got number',
    );
    expect(errorOf(() => parseDate(null as unknown as string)).details.reason).toBe(
      'expected a Date or a YYYY-MM-DD string, got null',
    );
    expect(() => parseDate('2021-02-30', '--as-of')).toThrow(
      '--as-of ("2021-02-30") is not a valid period: day must be 01 to 28 in 2021-02',
    );
  });
});
