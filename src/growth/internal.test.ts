import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { GuardDecimal, roundResult } from '../decimal/guardPrecision.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import {
  checkLogFactor,
  finishResult,
  geometricSumGuarded,
  readPeriods,
  readPositiveBase,
  readRate,
  readReachableLevel,
  readYear,
  readYearSpan,
} from './internal.js';

const d = (value: string) => new Decimal(value);
const rounded = (value: Decimal) => roundResult(value).toString();

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof IndicatorError ? error.code : `not an IndicatorError: ${error}`;
  }
  return undefined;
}

describe('geometricSumGuarded', () => {
  it('agrees term by term and in closed form across the switch at 64 periods', () => {
    const rate = d('0.0375');
    const short = geometricSumGuarded(rate, d('64'), 'sum');
    const long = geometricSumGuarded(rate, d('65'), 'sum');
    // S(n + 1) = (1 + r)(S(n) + 1).
    const expected = short.plus(1).times('1.0375');
    expect(long.minus(expected).abs().div(expected).lt('1e-38')).toBe(true);
  });

  it('sums a vanishing flow to x / (1 − x)', () => {
    expect(rounded(geometricSumGuarded(d('-0.5'), d('1000000'), 'sum'))).toBe('1');
  });
});

describe('argument readers', () => {
  it('reads rates above −1 only', () => {
    expect(readRate('0.06').toString()).toBe('0.06');
    expect(codeOf(() => readRate(-1))).toBe('invalid-argument');
    expect(() => readRate('-1.5', 'annualRate')).toThrow(/^annualRate \("-1.5"\)/);
  });

  it('reads positive bases only', () => {
    expect(readPositiveBase(8).toString()).toBe('8');
    expect(codeOf(() => readPositiveBase(0))).toBe('non-positive-base');
  });

  it('reads periods by rule', () => {
    expect(readPeriods('2.5').toString()).toBe('2.5');
    expect(readPeriods(0).toString()).toBe('0');
    expect(codeOf(() => readPeriods(-1))).toBe('invalid-periods');
    expect(codeOf(() => readPeriods(0, { positive: true }))).toBe('invalid-periods');
    expect(codeOf(() => readPeriods(2.5, { integer: true }))).toBe('invalid-periods');
  });

  it('reads years as numbers or YYYY strings, 1900 to 9999', () => {
    expect(readYear(2021, 'from')).toBe(2021);
    expect(readYear('2026', 'to')).toBe(2026);
    // Number() would read '2021 ', '2021.0' and ['2021'] as 2021; the canonical form is four digits.
    const rejected = [
      1899,
      10000,
      2021.5,
      '2021-Q3',
      '21',
      ' 2021',
      '2021 ',
      '2021.0',
      ['2021'],
      '',
      null,
    ];
    for (const bad of [...rejected, Number.NaN]) {
      expect(codeOf(() => readYear(bad, 'from'))).toBe('invalid-period');
    }
    expect(() => readYear('2021-Q3', 'from')).toThrow(/^from \("2021-Q3"\)/);
  });

  it('reads spans with from not after to', () => {
    expect(readYearSpan({ from: '2021', to: 2026 })).toEqual({ from: 2021, to: 2026 });
    expect(codeOf(() => readYearSpan({ from: 2026, to: 2021 }))).toBe('invalid-period');
    expect(() => readYearSpan({ from: 2026, to: 2021 })).toThrow(/^to \(2021\)/);
    expect(codeOf(() => readYearSpan(undefined))).toBe('invalid-argument');
    expect(codeOf(() => readYearSpan('2021/2026'))).toBe('invalid-argument');
  });
});

describe('range checks', () => {
  it('accepts results within 1e±1000 and zero, rejects the rest', () => {
    expect(finishResult(new GuardDecimal('1e1000'), 'x').e).toBe(1000);
    expect(finishResult(new GuardDecimal('-0'), 'x').isNegative()).toBe(false);
    expect(codeOf(() => finishResult(new GuardDecimal('1e1001'), 'x'))).toBe('invalid-number');
    expect(codeOf(() => finishResult(new GuardDecimal('1e-1001'), 'x'))).toBe('invalid-number');
    expect(() => finishResult(new GuardDecimal('-1e-1001'), 'x')).toThrow(
      /^x \("-1.000000e-1001"\)/,
    );
    expect(codeOf(() => finishResult(new GuardDecimal(Number.NaN), 'x'))).toBe('invalid-number');
  });

  it('refuses powers whose log is beyond reach, describing their size', () => {
    expect(checkLogFactor(d('-10000'), 'x').toString()).toBe('-10000');
    expect(() => checkLogFactor(d('13815.51'), 'x')).toThrow(/^x \("about 10\^6000"\)/);
    expect(() => checkLogFactor(d('1e1000'), 'x')).toThrow(/^x \("about 10\^4.343e\+999"\)/);
  });
});

describe('reasons of the argument readers', () => {
  it.each([
    [
      () => readRate(-1),
      'a rate must be greater than -1, so that the growth factor 1 + rate is positive',
    ],
    [
      () => readReachableLevel(-1, d('8'), 'target'),
      'the base 8 is positive and the target is negative',
    ],
    [() => readPeriods(-1), 'periods cannot be negative'],
    [
      () => readPeriods(0, { positive: true }),
      'at least some time must pass: periods must be greater than 0',
    ],
    [
      () => readPeriods(2.5, { integer: true }),
      'a sum of yearly flows needs a whole number of periods',
    ],
    [
      () => readYear(1899, 'from'),
      "expected a year 1900 to 9999, as a number (2021) or a string ('2021')",
    ],
    [() => readYearSpan(null), 'expected { from, to } with the first and last years'],
    [
      () => readYearSpan({ from: 2026, to: 2021 }),
      'the last year comes before the first year 2026',
    ],
    [
      () => finishResult(new GuardDecimal('1e1001'), 'x'),
      'the result is outside the accepted range 1e-1000 to 1e+1000',
    ],
  ])('%#', (call, reason) => {
    expect(detailsOf(call)[2]).toBe(reason);
  });

  it('names options as the field of a missing span', () => {
    expect(detailsOf(() => readYearSpan(null)).slice(0, 2)).toEqual([
      'invalid-argument',
      'options',
    ]);
  });
});
