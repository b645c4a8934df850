import { describe, expect, it } from 'vitest';
import { Decimal } from './Decimal.js';
import { GuardDecimal, lnGuarded, nthRootGuarded, powGuarded, roundResult } from './math.js';

describe('guarded math', () => {
  it('carries guard digits and rounds once', () => {
    expect(GuardDecimal.precision).toBeGreaterThan(Decimal.precision);
    const third = new GuardDecimal(1).div(3);
    expect(roundResult(third).toString()).toBe('0.3333333333333333333333333333333333');
    expect(roundResult(new GuardDecimal('-0')).isNegative()).toBe(false);
  });

  it('computes roots, powers and logarithms', () => {
    expect(roundResult(nthRootGuarded(new Decimal(8), new Decimal(3))).toString()).toBe('2');
    expect(roundResult(powGuarded(new Decimal('1.06'), new Decimal(2))).toString()).toBe('1.1236');
    expect(roundResult(lnGuarded(new Decimal(1))).toString()).toBe('0');
    expect(roundResult(lnGuarded(new Decimal(2))).toString()).toBe(
      '0.6931471805599453094172321214581766',
    );
  });
});
