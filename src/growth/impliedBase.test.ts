import * as formulajs from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { impliedBase } from './impliedBase.js';
import { projectValue } from './projectValue.js';

describe('impliedBase', () => {
  it('finds the 2021 level behind 10.5 亿元 in 2026 at 6% a year', () => {
    // 10.5 / 1.06^5 (mpmath: 7.84621081509360025551494884235875 78…); spreadsheet
    // PV(0.06, 5, 0, -10.5) ≈ 7.8462, formulajs 7.846210815093599.
    expect(impliedBase(10.5, 0.06, 5).toString()).toBe('7.846210815093600255514948842358758');
    expect(impliedBase(10.5, 0.06, 5).toFixed(4)).toBe('7.8462');
    expect(formulajs.PV(0.06, 5, 0, -10.5) as number).toBeCloseTo(7.8462108150936, 13);
  });

  it('undoes projectValue to 30 digits', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.double({ min: -0.9, max: 10, noNaN: true }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (b, r, n) => {
          const back = impliedBase(projectValue(b, r, n), r, n);
          const base = new Decimal(String(b));
          expect(back.minus(base).abs().lte(base.abs().times('1e-30'))).toBe(true);
        },
      ),
    );
  });

  it('is the target over no periods and scales any target', () => {
    expect(impliedBase('10.5', 0.06, 0).toString()).toBe('10.5');
    expect(impliedBase(0, 0.06, 5).toString()).toBe('0');
    expect(impliedBase(-9.68, 0.1, 2).toString()).toBe('-8');
    expect(impliedBase(8.8, 0.21, 0.5).toString()).toBe('8');
  });

  it('rejects bad rates, periods and numbers, naming the field', () => {
    expect(errorOf(() => impliedBase(10.5, -1, 5)).code).toBe('invalid-argument');
    expect(errorOf(() => impliedBase(10.5, 0.06, -5)).code).toBe('invalid-periods');
    expect(errorOf(() => impliedBase(Number.POSITIVE_INFINITY, 0.06, 5)).message).toMatch(
      /^target \(Infinity\)/,
    );
  });

  it('refuses results beyond 1e±1000', () => {
    const error = errorOf(() => impliedBase(1, 9, 1001));
    expect(error.code).toBe('invalid-number');
    expect(error.details.field).toBe('impliedBase');
    expect(errorOf(() => impliedBase(1, 1e6, 1e6)).code).toBe('invalid-number');
  });
});
