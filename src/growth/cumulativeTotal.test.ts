import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { cumulativeTotal } from './cumulativeTotal.js';
import { projectValue } from './projectValue.js';

const base = fc.double({ min: 0.001, max: 1e9, noNaN: true });
const rate = fc.double({ min: -0.9, max: 2, noNaN: true });

describe('cumulativeTotal', () => {
  it('sums the flows after the base year, exactly for decimal rates', () => {
    // 8.8 + 9.68
    expect(cumulativeTotal(8, 0.1, 2).toString()).toBe('18.48');
    // 8 × (1.06 + 1.1236 + 1.191016 + 1.26247696 + 1.3382255776) = 47.8025483008
    expect(cumulativeTotal(8, 0.06, 5).toString()).toBe('47.8025483008');
  });

  it('is 0 over no periods and base × periods at a zero rate', () => {
    expect(cumulativeTotal(8, 0.06, 0).toString()).toBe('0');
    expect(cumulativeTotal(8, 0, 5).toString()).toBe('40');
    expect(cumulativeTotal(-8, 0.1, 2).toString()).toBe('-18.48');
  });

  it('is the sum of the projected values', () => {
    fc.assert(
      fc.property(base, rate, fc.integer({ min: 0, max: 80 }), (b, r, n) => {
        let sum = new Decimal(0);
        for (let k = 1; k <= n; k++) sum = sum.plus(projectValue(b, r, k));
        const total = cumulativeTotal(b, r, n);
        expect(total.minus(sum).abs().lte(sum.abs().times('1e-31'))).toBe(true);
      }),
    );
  });

  it('follows S(n + 1) = (1 + r)(S(n) + b) across long spans (closed form)', () => {
    fc.assert(
      // Rates up to 30% keep 5000 periods within range (1.3^5000 ≈ 1e570).
      fc.property(
        base,
        fc.double({ min: -0.9, max: 0.3, noNaN: true }),
        fc.integer({ min: 60, max: 5000 }),
        (b, r, n) => {
          const next = cumulativeTotal(b, r, n + 1);
          const expected = cumulativeTotal(b, r, n)
            .plus(b)
            .times(new Decimal(String(r)).plus(1));
          expect(next.minus(expected).abs().lte(next.abs().times('1e-31'))).toBe(true);
        },
      ),
    );
  });

  it('keeps its digits at a tiny rate over a long span', () => {
    // Σ (1 + 1e-30)^k, k = 1..1000 = 1000 + 500500e-30 + … (mpmath).
    expect(cumulativeTotal(1, '1e-30', 1000).toString()).toBe('1000.0000000000000000000000005005');
    // 8 × Σ 1.001^k, k = 1..1000 (mpmath: 13749.1268493450267987237696805561 98…)
    expect(cumulativeTotal(8, '0.001', 1000).toString()).toBe('13749.1268493450267987237696805562');
  });

  it('sums a vanishing flow over a very long span', () => {
    // 8 × 0.01/0.99: the terms after the first few no longer count.
    expect(cumulativeTotal(8, -0.99, 1_000_000).toString()).toBe(
      '0.08080808080808080808080808080808081',
    );
  });

  it('rejects fractional or negative periods and rates of −1 or below', () => {
    for (const bad of [2.5, -1]) {
      const error = errorOf(() => cumulativeTotal(8, 0.06, bad));
      expect(error.code).toBe('invalid-periods');
      expect(error.message).toMatch(/^periods \(/);
    }
    expect(errorOf(() => cumulativeTotal(8, -1, 5)).code).toBe('invalid-argument');
  });

  it('refuses totals beyond 1e±1000', () => {
    expect(errorOf(() => cumulativeTotal(8, 1e6, 1e6)).code).toBe('invalid-number');
    const error = errorOf(() => cumulativeTotal('1e999', 0, 100));
    expect(error.code).toBe('invalid-number');
    expect(error.details.field).toBe('cumulativeTotal');
  });
});

describe('cumulativeTotal to the last digit (reference: decimal.js at 60 digits)', () => {
  const Wide = Decimal.clone({ precision: 60 });
  const reference = (b: string, r: string, n: number) => {
    const x = new Wide(r).plus(1);
    let sum = new Wide(0);
    for (let k = 0; k < n; k++) sum = sum.plus(1).times(x);
    return new Decimal(sum.times(b)).toSignificantDigits(34).toString();
  };

  it.each([
    // Exact sums of 35 digits ending in 5: term by term they round half-even, the closed form
    // lands a guard unit off the tie.
    ['1', '0.75', 15],
    ['1', '0.85', 15],
    ['1', '2.5', 22],
    // A rate finer than 1 + rate holds at guard precision lifts the sum just above that tie.
    ['1', '0.85000000000000000000000000000000000000000000000001', 15],
    // (1 − 2^-123)·b: 2^-123 ≈ 9e-38 still shows against a tie of the 34th digit (ln 2^-123
    // is above NEGLIGIBLE_LOG ≈ ln 1e-47).
    ['1.0000000000000000000000000000000015', '-0.5', 123],
    // A zero rate over a long span: base × periods.
    ['8', '0', 1000],
  ])('base %s, rate %s, %i periods', (b, r, n) => {
    expect(cumulativeTotal(b, r, n).toString()).toBe(reference(b, r, n));
  });
});
