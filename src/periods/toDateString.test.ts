import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { parseDate } from './parseDate.js';
import { toDateString } from './toDateString.js';

describe('toDateString', () => {
  it('writes the UTC calendar day', () => {
    expect(toDateString(new Date(Date.UTC(2021, 11, 25)))).toBe('2021-12-25');
    expect(toDateString(new Date('2022-06-30T23:59:59.999Z'))).toBe('2022-06-30');
    expect(toDateString(new Date('2022-07-01T06:00:00+08:00'))).toBe('2022-06-30');
    expect(toDateString(new Date(Date.UTC(1900, 0, 1)))).toBe('1900-01-01');
    expect(toDateString(new Date(Date.UTC(9999, 11, 31)))).toBe('9999-12-31');
  });

  it('round-trips with parseDate', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(9999, 11, 31, 23, 59, 59, 999) }),
        (ms) => {
          const text = toDateString(new Date(ms));
          expect(text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(toDateString(parseDate(text))).toBe(text);
        },
      ),
    );
  });

  it('rejects invalid Dates, years outside 1900..9999 and non-Dates, naming `date`', () => {
    for (const value of [
      new Date(Number.NaN),
      new Date(Date.UTC(1899, 11, 31, 23, 59)),
      new Date(Date.UTC(10000, 0, 1)),
      new Date(-8.64e15),
      '2021-12-25',
      1640390400000,
      null,
      undefined,
    ]) {
      let caught: unknown;
      try {
        toDateString(value as unknown as Date);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(IndicatorError);
      expect((caught as IndicatorError).code).toBe('invalid-period');
      expect((caught as IndicatorError).details.field).toBe('date');
    }
  });

  it('names the date when a Proxy throws while its type is checked', () => {
    const hostile = new Proxy(new Date(0), {
      getPrototypeOf() {
        throw new Error('no');
      },
    });
    const error = errorOf(() => toDateString(hostile));
    expect(error.code).toBe('invalid-period');
    expect(error.details.field).toBe('date');
    expect(error.details.reason).toBe('could not be read (Error: no)');
  });
});
