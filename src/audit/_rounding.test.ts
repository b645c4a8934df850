import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { halfUnit, meetsRounding, roundHalfUp, withinRange, zhPeriod } from './_rounding.js';

const d = (value: string) => new Decimal(value);

describe('meetsRounding', () => {
  it('accepts [s − ½, s + ½) above zero', () => {
    expect(meetsRounding(d('5.5'), d('5.5'), d('6'), 0)).toBe(true);
    expect(meetsRounding(d('6.4999'), d('6.4999'), d('6'), 0)).toBe(true);
    expect(meetsRounding(d('6.5'), d('6.5'), d('6'), 0)).toBe(false);
    expect(meetsRounding(d('5.4999'), d('5.4999'), d('6'), 0)).toBe(false);
    expect(meetsRounding(d('44.35'), d('44.35'), d('44.3'), 1)).toBe(false);
    expect(meetsRounding(d('44.25'), d('44.25'), d('44.3'), 1)).toBe(true);
  });

  it('accepts (s − ½, s + ½] below zero and (−½, ½) at zero', () => {
    // −5.5 rounds half away from zero to −6, −6.5 to −7.
    expect(meetsRounding(d('-5.5'), d('-5.5'), d('-6'), 0)).toBe(true);
    expect(meetsRounding(d('-6.5'), d('-6.5'), d('-6'), 0)).toBe(false);
    expect(meetsRounding(d('-0.5'), d('-0.5'), d('0'), 0)).toBe(false);
    expect(meetsRounding(d('0.5'), d('0.5'), d('0'), 0)).toBe(false);
    expect(meetsRounding(d('0.49'), d('0.49'), d('0'), 0)).toBe(true);
  });

  it('accepts a range that meets the rounding interval', () => {
    expect(meetsRounding(d('2'), d('5.5'), d('6'), 0)).toBe(true);
    expect(meetsRounding(d('2'), d('5.4'), d('6'), 0)).toBe(false);
    expect(meetsRounding(d('2'), d('9'), d('6'), 0)).toBe(true);
    expect(meetsRounding(d('6.5'), d('9'), d('6'), 0)).toBe(false);
  });

  test.prop([fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 0, max: 3 })])(
    'a point meets its own half-up rounding',
    (scaled, decimals) => {
      const value = new Decimal(scaled).div(1000);
      const rounded = roundHalfUp(value, decimals);
      expect(meetsRounding(value, value, rounded, decimals)).toBe(true);
      const off = rounded.plus(new Decimal(10).pow(-decimals));
      expect(meetsRounding(value, value, off, decimals)).toBe(false);
    },
  );
});

describe('helpers', () => {
  it('gives half a unit of the last place', () => {
    expect(halfUnit(0).toString()).toBe('0.5');
    expect(halfUnit(1).toString()).toBe('0.05');
  });

  it('rounds half away from zero, never to -0', () => {
    expect(roundHalfUp(d('5.5766'), 0).toString()).toBe('6');
    expect(roundHalfUp(d('-2.5'), 0).toString()).toBe('-3');
    expect(Object.is(roundHalfUp(d('-0.4'), 0).toNumber(), -0)).toBe(false);
  });

  it('turns only an out-of-range failure into null', () => {
    expect(withinRange(() => 1)).toBe(1);
    expect(
      withinRange(() => {
        throw new IndicatorError('invalid-number', { field: 'x', value: 'y' });
      }),
    ).toBeNull();
    expect(() =>
      withinRange(() => {
        throw new IndicatorError('invalid-argument', { field: 'x', value: 'y' });
      }),
    ).toThrow(IndicatorError);
  });

  it('writes periods for Chinese sentences', () => {
    expect(zhPeriod('2021')).toBe('2021年');
    expect(zhPeriod('2017/2021')).toBe('2017—2021年');
    expect(zhPeriod('2021-Q3')).toBe('2021年第三季度');
    expect(zhPeriod('2020-01-02/2020-12-31')).toBe('2020年1月2日—2020年12月31日');
    // Text that is no period stays as written.
    expect(zhPeriod('2017/2021-Q2')).toBe('2017年—2021年第二季度');
    expect(zhPeriod('12017/2021')).toBe('12017/2021');
  });
});
