import * as formulajs from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { projectValue } from './projectValue.js';
import { requiredAnnualRate } from './requiredAnnualRate.js';

const digits30 = (value: Decimal) => value.toSignificantDigits(30).toString();

describe('requiredAnnualRate', () => {
  it('matches the exact RRI to 30 digits where spreadsheets stop at 13', () => {
    // Exact: 0.000993307376291394853640904092649395…; Excel RRI(96, 10000, 11000) prints
    // 0.0009933073762913303 (13 good digits).
    expect(digits30(requiredAnnualRate(10000, 11000, 96))).toBe(
      '0.000993307376291394853640904092649',
    );
    // Exact: 0.0119850241403995843047341957256438…; formulajs RRI 0.011985024140399592.
    expect(digits30(requiredAnnualRate(10000, 11000, 8))).toBe('0.0119850241403995843047341957256');
    // Exact: 0.110690853710752806253825900629189…; numpy-financial's rate(10, 0, -3500, 10000)
    // gives 0.11069085371426892847 (its solver stops at about 10 digits).
    expect(digits30(requiredAnnualRate(3500, 10000, 10))).toBe('0.110690853710752806253825900629');
    expect(requiredAnnualRate(3500, 10000, 10).toString()).toBe(
      '0.1106908537107528062538259006291894',
    );
  });

  it('agrees with formulajs RRI to float precision', () => {
    for (const [n, pv, fv] of [
      [96, 10000, 11000],
      [8, 10000, 11000],
      [10, 3500, 10000],
      [5, 27720, 40000],
    ] as const) {
      const float = formulajs.RRI(n, pv, fv) as number;
      const exact = requiredAnnualRate(pv, fv, n).toNumber();
      expect(Math.abs(float - exact)).toBeLessThanOrEqual(Math.abs(exact) * 1e-12);
    }
  });

  it('gives the report figures: 27720 → 40000 and 40000 → 50000 over five years', () => {
    expect(requiredAnnualRate(27720, 40000, 5).toFixed(4)).toBe('0.0761');
    expect(requiredAnnualRate(40000, 50000, 5).toFixed(5)).toBe('0.04564');
  });

  it('is exact when the root is, and 0 when the target is the base', () => {
    expect(requiredAnnualRate(8, 18, 2).toString()).toBe('0.5');
    expect(requiredAnnualRate(1, 1.21, 0.5).toString()).toBe('0.4641');
    expect(requiredAnnualRate('8.0', 8, 5).toString()).toBe('0');
  });

  it('loses no digits to cancellation for a tiny rate over many periods', () => {
    // mpmath: 1.000000000000000000001^(1/1000) − 1 = 9.999999999999999999995005e-25.
    expect(requiredAnnualRate(1, '1.000000000000000000001', 1000).toString()).toBe(
      '0.0000000000000000000000009999999999999999999995005',
    );
  });

  it('returns exactly −1 for a target of zero', () => {
    expect(requiredAnnualRate(100, 0, 5).toString()).toBe('-1');
  });

  it('keeps a target far below the base (where 1 + change would round to 0)', () => {
    // (1e-50)^(1/2) − 1 = −1 + 1e-25.
    expect(requiredAnnualRate(1, '1e-50', 2).toString()).toBe('-0.9999999999999999999999999');
  });

  it('solves projectValue back to its rate to 30 digits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0.001, max: 1e9, noNaN: true }),
        fc.double({ min: -0.9, max: 10, noNaN: true }).filter((r) => Math.abs(r) > 1e-3),
        fc.integer({ min: 1, max: 100 }),
        (b, r, n) => {
          const rate = requiredAnnualRate(b, projectValue(b, r, n), n);
          const exact = new Decimal(String(r));
          expect(rate.minus(exact).abs().lte(exact.abs().times('1e-29'))).toBe(true);
        },
      ),
    );
  });

  it('rejects a base of zero or below with non-positive-base', () => {
    for (const bad of [0, -1, '-0.5']) {
      const error = errorOf(() => requiredAnnualRate(bad, 10, 5));
      expect(error.code).toBe('non-positive-base');
      expect(error.message).toMatch(/^base \(/);
    }
  });

  it('rejects a negative target with sign-change', () => {
    const error = errorOf(() => requiredAnnualRate(10, -1, 5));
    expect(error.code).toBe('sign-change');
    expect(error.message).toMatch(/^target \(-1\)/);
  });

  it('rejects zero or negative periods with invalid-periods', () => {
    for (const bad of [0, -5]) {
      const error = errorOf(() => requiredAnnualRate(10, 11, bad));
      expect(error.code).toBe('invalid-periods');
      expect(error.details.field).toBe('periods');
    }
  });

  it('refuses rates beyond 1e±1000 instead of returning Infinity or 0', () => {
    expect(errorOf(() => requiredAnnualRate('1e-1000', '1e1000', '1e-1000')).code).toBe(
      'invalid-number',
    );
    const tiny = errorOf(() => requiredAnnualRate(1, 1.1, '1e1000'));
    expect(tiny.code).toBe('invalid-number');
    expect(tiny.details.field).toBe('requiredAnnualRate');
    // 1e6^100 − 1 rounds to 1e600 at 34 digits: large, but within range.
    expect(requiredAnnualRate(1, 1e6, '1e-2').toString()).toBe(`1${'0'.repeat(600)}`);
  });
});

describe('requiredAnnualRate for a target of zero far below the base', () => {
  it('is −1 even when the range check would take the log of the ratio', () => {
    expect(requiredAnnualRate('1e900', 0, '0.01').toString()).toBe('-1');
  });
});
