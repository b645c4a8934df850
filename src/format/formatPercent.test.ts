import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { formatPercent } from './formatPercent.js';

describe('formatPercent', () => {
  it('prints a fraction as a percent', () => {
    expect(formatPercent('0.06')).toBe('6%');
    expect(formatPercent(0.06)).toBe('6%');
    expect(formatPercent('0.0761')).toBe('7.61%');
    expect(formatPercent('0.076108')).toBe('7.61%');
    expect(formatPercent('0.665')).toBe('66.5%');
    expect(formatPercent('0.9961')).toBe('99.61%');
    expect(formatPercent('1')).toBe('100%');
    expect(formatPercent('12.5')).toBe('1,250%');
    expect(formatPercent('0.06', { locale: 'en' })).toBe('6%');
    expect(formatPercent(new Decimal('0.2'))).toBe('20%');
  });

  it('rounds half-up by default, half-even on request', () => {
    expect(formatPercent('0.00125')).toBe('0.13%');
    expect(formatPercent('0.00125', { rounding: 'half-even' })).toBe('0.12%');
    expect(formatPercent('0.00135', { rounding: 'half-even' })).toBe('0.14%');
    expect(formatPercent('-0.00125')).toBe('-0.13%');
    expect(formatPercent('0.0761', { maximumFractionDigits: 1 })).toBe('7.6%');
    expect(formatPercent('0.06', { fractionDigits: 2 })).toBe('6.00%');
  });

  it('prints negatives with an ASCII minus, signs on request, never -0', () => {
    expect(formatPercent('-0.026')).toBe('-2.6%');
    expect(formatPercent('0.06', { signDisplay: 'except-zero' })).toBe('+6%');
    expect(formatPercent('0', { signDisplay: 'except-zero' })).toBe('0%');
    expect(formatPercent('-0.00001')).toBe('0%');
    expect(formatPercent('-0.00001', { signDisplay: 'except-zero' })).toBe('0%');
  });

  it('multiplies by 100 exactly, whatever the number of digits', () => {
    expect(formatPercent('0.123456789012345678901234567890123456789', { fractionDigits: 37 })).toBe(
      '12.3456789012345678901234567890123456789%',
    );
    expect(formatPercent('123456789012345678901234567890123456789')).toBe(
      '12,345,678,901,234,567,890,123,456,789,012,345,678,900%',
    );
  });

  it('rejects bad input and options', () => {
    const number = errorOf(() => formatPercent('6%'));
    expect(number.code).toBe('invalid-number');
    expect(number.details.field).toBe('rate');
    const digits = errorOf(() => formatPercent('0.06', { fractionDigits: -1 }));
    expect(digits.code).toBe('invalid-argument');
    expect(digits.details.field).toBe('fractionDigits');
    expect(errorOf(() => formatPercent('0.06', { locale: 'de' as never })).details.field).toBe(
      'locale',
    );
    expect(
      errorOf(() => formatPercent('0.06', { rounding: 'nearest' as never })).details.field,
    ).toBe('rounding');
  });

  it('agrees with decimal.js rounding for every mode', () => {
    const modes = [
      ['half-up', Decimal.ROUND_HALF_UP],
      ['half-even', Decimal.ROUND_HALF_EVEN],
      ['half-down', Decimal.ROUND_HALF_DOWN],
      ['up', Decimal.ROUND_UP],
      ['down', Decimal.ROUND_DOWN],
      ['ceil', Decimal.ROUND_CEIL],
      ['floor', Decimal.ROUND_FLOOR],
    ] as const;
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.constantFrom(...modes),
        fc.integer({ min: 0, max: 3 }),
        (units, [rounding, mode], digits) => {
          const rate = new Decimal(units).div(1_000_000);
          const expected = rate.times(100).toDecimalPlaces(digits, mode);
          const label = formatPercent(rate, { rounding, fractionDigits: digits });
          expect(label).not.toMatch(/^-0(\.0*)?%$/);
          expect(new Decimal(label.replace('%', '').replaceAll(',', '')).eq(expected)).toBe(true);
        },
      ),
    );
  });
});
