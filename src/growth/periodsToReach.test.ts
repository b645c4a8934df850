import * as formulajs from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { periodsToReach } from './periodsToReach.js';
import { projectValue } from './projectValue.js';

describe('periodsToReach', () => {
  it('matches NPER with no payments, to 30 digits', () => {
    // Exact: ln(10.5/8)/ln(1.06) = 4.66687508379361255640322904069457…; Excel
    // NPER(0.06, 0, -8, 10.5) ≈ 4.666875, formulajs 4.666875083793609.
    const periods = periodsToReach(8, 10.5, 0.06);
    expect(periods.toSignificantDigits(30).toString()).toBe('4.66687508379361255640322904069');
    const float = formulajs.NPER(0.06, 0, -8, 10.5) as number;
    expect(Math.abs(float - periods.toNumber())).toBeLessThan(1e-13);
  });

  it('is exact when the answer is, rising or falling', () => {
    expect(periodsToReach(100, 121, 0.1).toString()).toBe('2');
    expect(periodsToReach(100, 81, -0.1).toString()).toBe('2');
    expect(periodsToReach(8, '8.48', '0.06').toString()).toBe('1');
  });

  it('takes 0 periods to reach the base, whatever the rate', () => {
    expect(periodsToReach(8, 8, 0).toString()).toBe('0');
    expect(periodsToReach(8, '8.00', -0.5).toString()).toBe('0');
  });

  it('loses no digits for a target close to the base at a tiny rate', () => {
    // ln(1 + 1e-20)/ln(1 + 1e-21) = 10·(1 − 4.5e-21) to 34 digits (mpmath).
    expect(periodsToReach(1, '1.00000000000000000001', '1e-21').toString()).toBe(
      '9.999999999999999999955',
    );
  });

  it('gives back the periods of a projection, small rates included', () => {
    // Rates near zero (down to 1e-30) are the ill-conditioned region: the projected target is
    // rounded to 34 digits (a relative error up to 5e-34), which moves ln(T/b)/ln(1 + r) by up
    // to about 5e-34/|r| periods; the bound allows that and nothing more.
    const tiny = fc
      .tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 4, max: 30 }), fc.boolean())
      .map(([digits, places, negative]) => `${negative ? '-' : ''}${digits}e-${places}`);
    const rate = fc.oneof(
      fc.double({ min: -0.9, max: 10, noNaN: true }).filter((r) => r !== 0),
      tiny,
    );
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1e9, noNaN: true }),
        rate,
        fc.integer({ min: 1, max: 100 }),
        (b, r, n) => {
          const periods = periodsToReach(b, projectValue(b, r, n), r);
          const conditioning = new Decimal('1e-33').div(new Decimal(String(r)).abs());
          const bound = new Decimal(n).times('1e-28').plus(conditioning);
          expect(periods.minus(n).abs().lte(bound)).toBe(true);
        },
      ),
    );
  });

  it('rejects a base of zero or below and a negative target', () => {
    expect(errorOf(() => periodsToReach(0, 10, 0.1)).code).toBe('non-positive-base');
    expect(errorOf(() => periodsToReach(-8, 10, 0.1)).message).toMatch(/^base \(-8\)/);
    const sign = errorOf(() => periodsToReach(8, -10, 0.1));
    expect(sign.code).toBe('sign-change');
    expect(sign.details.field).toBe('target');
  });

  it('rejects a rate of −1 or below', () => {
    const error = errorOf(() => periodsToReach(8, 1, -1));
    expect(error.code).toBe('invalid-argument');
    expect(error.details.field).toBe('rate');
  });

  it('calls a target that the rate never reaches unreachable', () => {
    for (const [base, target, rate] of [
      [8, 0, -0.5], // compound growth never reaches 0
      [8, 10, 0], // a zero rate stays at the base
      [8, 10, -0.1], // the target is above, the rate falls
      [8, 6, 0.1], // the target is below, the rate rises
    ] as const) {
      const error = errorOf(() => periodsToReach(base, target, rate));
      expect(error.code).toBe('unreachable');
      expect(error.message).toMatch(/^target \(/);
    }
  });

  it('refuses answers beyond 1e±1000', () => {
    const error = errorOf(() => periodsToReach('1e-1000', '1e1000', '1e-1000'));
    expect(error.code).toBe('invalid-number');
    expect(error.details.field).toBe('periodsToReach');
  });
});
