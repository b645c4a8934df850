import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidPeriod } from './isValidPeriod.js';

describe('isValidPeriod', () => {
  it('accepts every valid form', () => {
    for (const text of [
      '2021',
      '2021-H1',
      '2021-S2',
      '2021-Q3',
      '2021-06',
      '2021-M06',
      '2021-06-30',
      '2022/2026',
      '2022-01/2022-06',
      '1900',
      '9999-12-31',
    ]) {
      expect(isValidPeriod(text), text).toBe(true);
    }
  });

  it('rejects the issue examples and out-of-range years', () => {
    for (const text of ['2021-Q5', '2021-13', '2021-02-30', '2026/2022', '1899', '10000']) {
      expect(isValidPeriod(text), text).toBe(false);
    }
  });

  it('is false, never throwing, for anything that is not a string', () => {
    for (const value of [
      undefined,
      null,
      2021,
      { kind: 'year', year: 2021 },
      [],
      Symbol('p'),
      10n,
      new Date(),
    ]) {
      expect(isValidPeriod(value)).toBe(false);
    }
    fc.assert(
      fc.property(fc.anything(), (value) => {
        expect(typeof isValidPeriod(value)).toBe('boolean');
      }),
    );
  });
});
