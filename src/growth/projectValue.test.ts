import * as formulajs from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { projectValue } from './projectValue.js';

const base = fc.double({ min: 0.001, max: 1e9, noNaN: true });
const rate = fc.double({ min: -0.9, max: 10, noNaN: true });
const periods = fc.integer({ min: 0, max: 100 });

describe('projectValue', () => {
  it('projects 8 亿元 at 6% over five years exactly', () => {
    // 8 × 1.06^5 = 10.7058046208; spreadsheet FV(0.06, 5, 0, -8) prints 10.7058046208 and
    // formulajs returns the float 10.705804620800002.
    expect(projectValue(8, 0.06, 5).toString()).toBe('10.7058046208');
    const float = formulajs.FV(0.06, 5, 0, -8) as number;
    expect(float).toBeCloseTo(10.7058046208, 13);
  });

  it('agrees with spreadsheet FV to float precision', () => {
    fc.assert(
      fc.property(base, rate, periods, (b, r, n) => {
        const exact = projectValue(b, r, n);
        const float = formulajs.FV(r, n, 0, -b) as number;
        expect(Math.abs(float - exact.toNumber())).toBeLessThanOrEqual(
          Math.abs(exact.toNumber()) * 1e-12,
        );
      }),
    );
  });

  it('is the identity over no periods', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), rate, (b, r) => {
        expect(projectValue(b, r, 0).eq(new Decimal(String(b)))).toBe(true);
      }),
    );
  });

  it('grows with the rate for a positive base', () => {
    fc.assert(
      fc.property(base, rate, rate, fc.integer({ min: 1, max: 100 }), (b, r1, r2, n) => {
        const [low, high] = r1 <= r2 ? [r1, r2] : [r2, r1];
        expect(projectValue(b, low, n).lte(projectValue(b, high, n))).toBe(true);
        if (high - low > 1e-9) {
          expect(projectValue(b, low, n).lt(projectValue(b, high, n))).toBe(true);
        }
      }),
    );
  });

  it('scales zero and negative bases like any other', () => {
    expect(projectValue(0, 0.5, 3).toString()).toBe('0');
    expect(projectValue(-8, 0.1, 2).toString()).toBe('-9.68');
    expect(projectValue('8', '0.21', '0.5').toString()).toBe('8.8');
  });

  it('rejects a rate of −1 or below and negative periods, naming the field', () => {
    const rateError = errorOf(() => projectValue(8, -1, 5));
    expect(rateError.code).toBe('invalid-argument');
    expect(rateError.message).toMatch(/^rate \(-1\)/);
    const periodsError = errorOf(() => projectValue(8, 0.06, -5));
    expect(periodsError.code).toBe('invalid-periods');
    expect(periodsError.details.field).toBe('periods');
    expect(errorOf(() => projectValue('abc', 0.06, 5)).message).toMatch(/^base \("abc"\)/);
  });

  it('refuses results beyond 1e±1000 instead of returning Infinity', () => {
    expect(errorOf(() => projectValue(8, 1e6, 1e6)).code).toBe('invalid-number');
    const error = errorOf(() => projectValue('1e999', 99, 1));
    expect(error.code).toBe('invalid-number');
    expect(error.details.field).toBe('projectedValue');
    // A tiny base times a huge factor is in range.
    expect(projectValue('1e-999', 9, 999).toString()).toBe('1');
  });
});
