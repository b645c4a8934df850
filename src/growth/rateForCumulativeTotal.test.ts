import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { cumulativeTotal } from './cumulativeTotal.js';
import { rateForCumulativeTotal } from './rateForCumulativeTotal.js';

describe('rateForCumulativeTotal (累计法)', () => {
  it('solves the textbook case: base 8, five-year total 50 → x ≈ 1.0753273', () => {
    // mpmath: the root of x + x² + … + x⁵ = 6.25 is 1.07532727362573043830073420487658 424…
    const rate = rateForCumulativeTotal(8, 50, 5);
    expect(rate.toString()).toBe('0.07532727362573043830073420487658424');
    expect(rate.plus(1).toFixed(7)).toBe('1.0753273');
  });

  it('is exact in closed-form cases', () => {
    expect(rateForCumulativeTotal(8, 10, 1).toString()).toBe('0.25');
    expect(rateForCumulativeTotal(8, 18.48, 2).toString()).toBe('0.1');
    // x + x² = 1000: x = (√4001 − 1)/2.
    expect(rateForCumulativeTotal(1, 1000, 2).toString()).toBe(
      '30.12672920173693838686586416024696',
    );
  });

  it('gives 0 for a total of base × periods and −1 for a total of 0', () => {
    expect(rateForCumulativeTotal(8, 40, 5).toString()).toBe('0');
    expect(rateForCumulativeTotal(8, 0, 5).toString()).toBe('-1');
  });

  it('solves long spans, rising, falling and near zero (checked with mpmath)', () => {
    expect(rateForCumulativeTotal(8, 50000, 1000).toString()).toBe(
      '0.002977662657976802917788085447313165',
    );
    // A rate this small against 1 is as exact as the ratio total/base at guard precision
    // allows: 33 digits (mpmath: 2.4975024767315603642048861595249957 88…e-11).
    expect(rateForCumulativeTotal(8, '8000.0001', 1000).toSignificantDigits(33).toString()).toBe(
      '0.00000000002497502476731560364204886159525',
    );
    // x/(1 − x) = 6.25: the later terms vanish.
    expect(rateForCumulativeTotal(8, 50, 1000).toString()).toBe(
      '-0.1379310344827586206896551724137931',
    );
    expect(rateForCumulativeTotal(8, 50, 1_000_000).toString()).toBe(
      '-0.1379310344827586206896551724137931',
    );
    expect(rateForCumulativeTotal(8, '1e900', 1_000_000).toString()).toBe(
      '0.002066194675868287435208837666379707',
    );
  });

  it('handles totals so small that 1 + rate is almost 0', () => {
    expect(rateForCumulativeTotal(1, '1e-20', 3).toString()).toBe('-0.99999999999999999999');
    expect(rateForCumulativeTotal(1, '1e-30', 1000).toString()).toBe(
      '-0.999999999999999999999999999999',
    );
    expect(rateForCumulativeTotal(1, '1e-40', 1_000_000).toString()).toBe('-1');
    expect(rateForCumulativeTotal(1, '1e-50', 100).toString()).toBe('-1');
  });

  it('undoes cumulativeTotal, small rates included', () => {
    // Near a zero rate the total is rounded to 34 digits (relative 5e-34) and the rate moves
    // by at most that over d ln S/dr ≥ 1: an absolute 1e-33 on top of the relative bound.
    const tiny = fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 4, max: 30 }), fc.boolean())
      .map(([digits, places, negative]) => `${negative ? '-' : ''}${digits}e-${places}`);
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1e9, noNaN: true }),
        fc.oneof(fc.double({ min: -0.9, max: 2, noNaN: true }), tiny),
        fc.integer({ min: 1, max: 200 }),
        (b, r, n) => {
          const rate = rateForCumulativeTotal(b, cumulativeTotal(b, r, n), n);
          const exact = new Decimal(String(r));
          expect(rate.minus(exact).abs().lte(exact.abs().times('1e-28').plus('1e-33'))).toBe(true);
        },
      ),
    );
  });

  it('rejects a base of zero or below and a negative total', () => {
    expect(errorOf(() => rateForCumulativeTotal(0, 50, 5)).code).toBe('non-positive-base');
    expect(errorOf(() => rateForCumulativeTotal(-8, 50, 5)).message).toMatch(/^base \(-8\)/);
    const error = errorOf(() => rateForCumulativeTotal(8, -50, 5));
    expect(error.code).toBe('sign-change');
    expect(error.message).toMatch(/^total \(-50\)/);
  });

  it('rejects periods that are not a whole number of at least 1', () => {
    for (const bad of [0, -5, 2.5]) {
      const error = errorOf(() => rateForCumulativeTotal(8, 50, bad));
      expect(error.code).toBe('invalid-periods');
      expect(error.details.field).toBe('periods');
    }
  });
});

describe('rateForCumulativeTotal near a zero rate', () => {
  it('answers a rate below the 34th digit of the base, to the guard digits of total/base', () => {
    const base = `9.${'9'.repeat(33)}`;
    // x + x² = 20/base: the exact rate is about 6.67e-35 (a 100-digit reference).
    const Precise = Decimal.clone({ precision: 100 });
    const ratio = new Precise(20).div(base);
    const x = new Precise(-1).plus(new Precise(1).plus(ratio.times(4)).sqrt()).div(2);
    const ours = rateForCumulativeTotal(base, 20, 2);
    expect(ours.isPositive() && !ours.isZero()).toBe(true);
    // total/base is taken to 42 digits, so the rate is right to about 1e-42 of the ratio.
    expect(x.minus(1).minus(ours).abs().lte('1e-41')).toBe(true);
    expect(rateForCumulativeTotal(5, 10, 2).toString()).toBe('0');
  });
});
