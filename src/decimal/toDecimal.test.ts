import { Decimal as UserDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../errors/IndicatorError.js';
import { Decimal } from './Decimal.js';
import { percent, toPercent } from './percent.js';
import { toDecimal } from './toDecimal.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof IndicatorError ? error.code : 'not-an-IndicatorError';
  }
  return undefined;
}

describe('Decimal', () => {
  it('works at 34 significant digits with half-even rounding', () => {
    expect(Decimal.precision).toBe(34);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_EVEN);
    expect(new Decimal(1).div(3).toString()).toBe('0.3333333333333333333333333333333333');
  });

  it('never prints exponent notation', () => {
    expect(new Decimal('1e-20').toString()).toBe('0.00000000000000000001');
    expect(new Decimal('1e25').toString()).toBe('10000000000000000000000000');
  });

  it('is independent of a user Decimal.set', () => {
    const Local = UserDecimal.clone();
    Local.set({ precision: 5, rounding: Local.ROUND_DOWN });
    expect(toDecimal(new Local(1)).div(3).toString()).toBe('0.3333333333333333333333333333333333');
  });
});

describe('toDecimal', () => {
  it('reads numbers through their shortest string', () => {
    expect(toDecimal(0.1).plus(0.2).toString()).toBe('0.3');
    expect(toDecimal(1e21).toString()).toBe('1000000000000000000000');
  });

  it('reads decimal strings, with spaces, signs and exponents', () => {
    expect(toDecimal(' 8.2 ').toString()).toBe('8.2');
    expect(toDecimal('+1.5e3').toString()).toBe('1500');
    expect(toDecimal('.5').toString()).toBe('0.5');
    expect(toDecimal('-27720').toString()).toBe('-27720');
  });

  it('turns negative zero into zero', () => {
    expect(Object.is(toDecimal(-0).toNumber(), 0)).toBe(true);
    expect(toDecimal('-0').isNegative()).toBe(false);
    expect(toDecimal(new Decimal('-0')).isNegative()).toBe(false);
  });

  it('accepts a Decimal from another copy of decimal.js', () => {
    expect(toDecimal(new UserDecimal('2.5')).toString()).toBe('2.5');
  });

  it.each([
    ['NaN number', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['empty', ''],
    ['spaces', '   '],
    ['hex', '0x10'],
    ['binary', '0b101'],
    ['NaN string', 'NaN'],
    ['Infinity string', 'Infinity'],
    ['words', 'abc'],
    ['thousands separator', '1,000'],
    ['huge exponent', '1e999999'],
    ['tiny exponent', '1e-999999'],
    ['infinite Decimal', new Decimal(Number.POSITIVE_INFINITY)],
    ['NaN Decimal', new Decimal(Number.NaN)],
  ] as const)('rejects %s with invalid-number', (_label, value) => {
    expect(codeOf(() => toDecimal(value))).toBe('invalid-number');
  });

  it('rejects other types with invalid-number', () => {
    expect(codeOf(() => toDecimal(null as unknown as string))).toBe('invalid-number');
    expect(codeOf(() => toDecimal({} as unknown as string))).toBe('invalid-number');
    expect(codeOf(() => toDecimal(10n as unknown as string))).toBe('invalid-number');
  });

  it('names the field and the value in the message', () => {
    expect(() => toDecimal('8,2', 'base')).toThrow('base ("8,2") is not a finite decimal number');
    expect(() => toDecimal(Number.NaN, 'rate')).toThrow('rate (NaN)');
  });

  it('gives the reason of each rejection and a default field name', () => {
    const detailsOf = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as IndicatorError).details;
      }
      return undefined;
    };
    expect(detailsOf(() => toDecimal('x'))?.field).toBe('value');
    expect(detailsOf(() => toDecimal(Number.NaN))?.reason).toBe('expected a finite number');
    expect(detailsOf(() => toDecimal('0x10'))?.reason).toBe(
      'expected a decimal such as "8.2" or "1.5e3"',
    );
    expect(detailsOf(() => toDecimal(new Decimal(Number.NaN)))?.reason).toBe(
      'expected a finite decimal',
    );
    expect(detailsOf(() => toDecimal(null as unknown as string))?.reason).toBe(
      'expected a string, number or Decimal, got object',
    );
    expect(detailsOf(() => toDecimal('1e1001'))?.reason).toBe('the exponent is outside ±1000');
    expect(detailsOf(() => toPercent('x'))?.field).toBe('rate');
    expect(detailsOf(() => percent('x'))?.field).toBe('percent');
  });
});

describe('percent and toPercent', () => {
  it('convert between percents and fractions exactly', () => {
    expect(percent('6').toString()).toBe('0.06');
    expect(percent(99.61).toString()).toBe('0.9961');
    expect(toPercent('0.0761').toString()).toBe('7.61');
  });

  it('reject non-numbers naming the field', () => {
    expect(() => percent('six')).toThrow('percent ("six")');
    expect(() => toPercent('x', 'actualRate')).toThrow('actualRate ("x")');
  });
});
