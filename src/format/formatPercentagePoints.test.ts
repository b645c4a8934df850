import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { formatPercentagePoints } from './formatPercentagePoints.js';

describe('formatPercentagePoints', () => {
  it('prints 个百分点 in zh-CN and pp in en, signed', () => {
    expect(formatPercentagePoints('1.2')).toBe('+1.2个百分点');
    expect(formatPercentagePoints(1.2, { locale: 'en' })).toBe('+1.2 pp');
    expect(formatPercentagePoints('-2.6')).toBe('-2.6个百分点');
    expect(formatPercentagePoints('-2.6', { locale: 'en' })).toBe('-2.6 pp');
  });

  it('prints zero without a sign, and never -0', () => {
    expect(formatPercentagePoints('0')).toBe('0个百分点');
    expect(formatPercentagePoints('-0')).toBe('0个百分点');
    expect(formatPercentagePoints('0', { locale: 'en' })).toBe('0 pp');
    expect(formatPercentagePoints('-0.001')).toBe('0个百分点');
    expect(formatPercentagePoints('0.004', { fractionDigits: 2 })).toBe('0.00个百分点');
  });

  it('computes the change of the reference figures (20.8% → 18.2%)', () => {
    expect(formatPercentagePoints(new Decimal('18.2').minus('20.8'))).toBe('-2.6个百分点');
  });

  it('follows digits, rounding and sign options', () => {
    expect(formatPercentagePoints('1.25', { maximumFractionDigits: 1 })).toBe('+1.3个百分点');
    expect(
      formatPercentagePoints('1.25', { maximumFractionDigits: 1, rounding: 'half-even' }),
    ).toBe('+1.2个百分点');
    expect(formatPercentagePoints('1.2', { fractionDigits: 2 })).toBe('+1.20个百分点');
    expect(formatPercentagePoints('1.2', { signDisplay: 'auto' })).toBe('1.2个百分点');
    expect(formatPercentagePoints('1234.5', { locale: 'en' })).toBe('+1,234.5 pp');
  });

  it('rejects bad input and options', () => {
    const number = errorOf(() => formatPercentagePoints('1.2pp'));
    expect(number.code).toBe('invalid-number');
    expect(number.details.field).toBe('percentagePoints');
    const digits = errorOf(() => formatPercentagePoints('1', { maximumFractionDigits: 1.5 }));
    expect(digits.code).toBe('invalid-argument');
    expect(digits.details.field).toBe('maximumFractionDigits');
  });
});
