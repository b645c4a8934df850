import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { growthFactor } from './growthFactor.js';

const rate = fc.double({ min: -0.9, max: 10, noNaN: true });
const periods = fc.double({ min: 0, max: 100, noNaN: true });

describe('growthFactor', () => {
  it('is exact for whole periods of a decimal rate', () => {
    expect(growthFactor(0.06, 2).toString()).toBe('1.1236');
    expect(growthFactor('0.06', 5).toString()).toBe('1.3382255776');
    expect(growthFactor(new Decimal('-0.1'), 3).toString()).toBe('0.729');
  });

  it('takes fractional periods to 34 digits', () => {
    expect(growthFactor(0.21, 0.5).toString()).toBe('1.1');
    // mpmath, 60 digits: 1.06^2.5 = 1.15681700264129935548299243299723 7…
    expect(growthFactor(0.06, 2.5).toString()).toBe('1.156817002641299355482992432997237');
    // 1.1^96 = 9412.34365126854052600118651191150 7…
    expect(growthFactor(0.1, 96).toString()).toBe('9412.343651268540526001186511911507');
  });

  it('keeps the digits of a rate too fine for 1 + rate at guard precision', () => {
    // (1 + 1e-50)^(1e50) = e to 34 digits.
    expect(growthFactor('1e-50', '1e50').toString()).toBe('2.718281828459045235360287471352662');
  });

  it('is 1 over no periods, and 1 at a zero rate over any span', () => {
    fc.assert(fc.property(rate, (r) => growthFactor(r, 0).toString() === '1'));
    expect(growthFactor(0, '1e1000').toString()).toBe('1');
  });

  it('is positive, finite, and multiplies over consecutive spans', () => {
    fc.assert(
      fc.property(rate, periods, periods, (r, a, b) => {
        const whole = growthFactor(r, new Decimal(a).plus(b));
        const split = growthFactor(r, a).times(growthFactor(r, b));
        expect(whole.isPositive() && whole.isFinite()).toBe(true);
        expect(whole.minus(split).abs().div(whole).lte('1e-32')).toBe(true);
      }),
    );
  });

  it('rejects a rate of −1 or below: no positive growth factor', () => {
    for (const bad of [-1, '-1.5', -100]) {
      const error = errorOf(() => growthFactor(bad, 2));
      expect(error.code).toBe('invalid-argument');
      expect(error.details.field).toBe('rate');
      expect(error.message).toMatch(/^rate \(/);
    }
  });

  it('rejects negative periods and non-numbers, naming the field', () => {
    expect(errorOf(() => growthFactor(0.06, -1)).code).toBe('invalid-periods');
    expect(errorOf(() => growthFactor(0.06, -1)).message).toMatch(/^periods \(-1\)/);
    expect(errorOf(() => growthFactor(Number.NaN, 1)).code).toBe('invalid-number');
    expect(errorOf(() => growthFactor(0.06, 'five')).details.field).toBe('periods');
  });

  it('refuses factors beyond 1e±1000 instead of returning Infinity or 0', () => {
    const huge = errorOf(() => growthFactor(1e6, 1e6));
    expect(huge.code).toBe('invalid-number');
    expect(huge.message).toContain('about 10^6000000');
    expect(errorOf(() => growthFactor(-0.5, '1e1000')).code).toBe('invalid-number');
    expect(errorOf(() => growthFactor(9, 1001)).code).toBe('invalid-number');
    expect(growthFactor(9, 1000).toString()).toBe(`1${'0'.repeat(1000)}`);
  });
});

describe('growthFactor on a tie of the 34th digit', () => {
  // 1.5^29 = 15^29 / 10^29 has 35 digits ending in 5: only an exact power rounds it half-even
  // (exp(29·ln 1.5) lands a few guard units off the tie). Reference: decimal.js at 60 digits.
  const Wide = Decimal.clone({ precision: 60 });
  it.each([
    ['0.5', 29],
    ['9.5', 17],
    ['5.5', 19],
  ])('(1 + %s)^%i', (rate, periods) => {
    const exact = new Wide(rate).plus(1).pow(periods);
    expect(exact.sd()).toBe(35);
    expect(growthFactor(rate, periods).toString()).toBe(
      new Decimal(exact).toSignificantDigits(34).toString(),
    );
  });
});
