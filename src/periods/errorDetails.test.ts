import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../test/fixtures/errors.js';
import { elapsedFraction } from './elapsedFraction.js';
import { isValidPeriod } from './isValidPeriod.js';
import { nextPeriod } from './nextPeriod.js';
import { parsePeriod } from './parsePeriod.js';
import { periodEnd } from './periodEnd.js';
import { periodStart } from './periodStart.js';
import { previousPeriod } from './previousPeriod.js';
import { samePeriodLastYear } from './samePeriodLastYear.js';
import { toDateString } from './toDateString.js';

/** The code, field and reason of an error, for one comparison. */
describe('the periods layer names the argument and the reason', () => {
  it.each([
    ['nextPeriod', () => nextPeriod('2021-Q5')],
    ['previousPeriod', () => previousPeriod('2021-Q5')],
    ['samePeriodLastYear', () => samePeriodLastYear('2021-Q5')],
    ['periodStart', () => periodStart('2021-Q5')],
    ['periodEnd', () => periodEnd('2021-Q5')],
  ])('%s names its argument period', (_name, call) => {
    expect(detailsOf(call)).toEqual(['invalid-period', 'period', 'quarter must be 1 to 4']);
  });

  it('gives the accepted forms when a period string has none of them', () => {
    expect(detailsOf(() => parsePeriod('2021.5'))).toEqual([
      'invalid-period',
      'period',
      'expected YYYY, YYYY-H1, YYYY-Q3, YYYY-MM, YYYY-MM-DD (or SDMX YYYY-S1, YYYY-M06), ' +
        'or a range such as 2022/2026',
    ]);
  });

  it('reads half years and quarters with one digit only, whole strings only', () => {
    for (const text of ['x2021-H1', '2021-H1x', 'x2021-Q1', '2021-Q1x', 'x2021-06', 'x2021-S2']) {
      expect(isValidPeriod(text), text).toBe(false);
    }
    expect(detailsOf(() => parsePeriod('2021-H12'))).toEqual([
      'invalid-period',
      'period',
      'half must be 1 or 2',
    ]);
    expect(detailsOf(() => parsePeriod('2021-Q12'))).toEqual([
      'invalid-period',
      'period',
      'quarter must be 1 to 4',
    ]);
  });

  it('names toDateString argument and type when it is no Date', () => {
    expect(detailsOf(() => toDateString('2021-01-01' as unknown as Date))).toEqual([
      'invalid-period',
      'date',
      'expected a Date, got string',
    ]);
  });

  it('refuses elapsedFraction options that are not an object, or an unknown basis', () => {
    for (const options of [null, 5, 'day']) {
      expect(
        detailsOf(() => elapsedFraction('2022', '2022-06-30', options as unknown as object)),
      ).toEqual(['invalid-argument', 'options', 'expected an options object']);
    }
    expect(
      detailsOf(() => elapsedFraction('2022', '2022-06-30', { basis: 'week' as unknown as 'day' })),
    ).toEqual(['invalid-argument', 'options.basis', "basis must be 'month' or 'day'"]);
  });
});

describe('samePeriodLastYear', () => {
  it('returns periods with their own fields only', () => {
    expect(samePeriodLastYear('2021')).toStrictEqual({ kind: 'year', year: 2020 });
    expect(samePeriodLastYear('2021-Q3')).toStrictEqual({
      kind: 'quarter',
      year: 2020,
      quarter: 3,
    });
    expect(samePeriodLastYear('2021-06')).toStrictEqual({ kind: 'month', year: 2020, month: 6 });
  });
});
