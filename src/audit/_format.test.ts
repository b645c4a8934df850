import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { decimalsOf, pct, show, signed } from './_format.js';

describe('sentence figures', () => {
  it('rounds half-up, drops trailing zeros, never shows -0', () => {
    expect(show(new Decimal('44.30014430'))).toBe('44.3001');
    expect(show(new Decimal('7.84621081'), 4)).toBe('7.8462');
    expect(show(new Decimal('0.00005'))).toBe('0.0001');
    expect(show(new Decimal('-0.00004'))).toBe('0');
    expect(show(new Decimal('2.5'), 0)).toBe('3');
    expect(show(new Decimal('-2.5'), 0)).toBe('-3');
    expect(show(new Decimal('10.50'))).toBe('10.5');
  });

  it('writes percents and signed figures', () => {
    expect(pct(new Decimal('44.3001443'))).toBe('44.3001%');
    expect(pct(new Decimal('26.262626'), 2)).toBe('26.26%');
    expect(signed(new Decimal('1.25'))).toBe('+1.25');
    expect(signed(new Decimal('-1'))).toBe('-1');
    expect(signed(new Decimal('0'))).toBe('0');
  });

  it('reads the decimals of a decimal string', () => {
    expect(decimalsOf('44.3')).toBe(1);
    expect(decimalsOf('6')).toBe(0);
    expect(decimalsOf('44.30')).toBe(2);
  });
});
