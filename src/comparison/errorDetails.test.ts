import { Decimal as UserDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../test/fixtures/errors.js';
import { checkStatedChange } from './checkStatedChange.js';
import { compareValues } from './compareValues.js';
import { periodOverPeriod } from './periodOverPeriod.js';
import { yearOverYear } from './yearOverYear.js';

const a = { period: '2020', value: 1 };
const b = { period: '2021', value: 2 };

describe('comparison errors name the argument and the reason', () => {
  it('for options and records that are not objects', () => {
    expect(detailsOf(() => compareValues(a, b, null as never))).toEqual([
      'invalid-argument',
      'options',
      'expected an object, got null',
    ]);
    expect(detailsOf(() => compareValues(a, b, [] as never))).toEqual([
      'invalid-argument',
      'options',
      'expected an object, got an array',
    ]);
    expect(detailsOf(() => compareValues('2020' as never, b))).toEqual([
      'invalid-argument',
      'from',
      'expected an object { period, value }, got string',
    ]);
    expect(detailsOf(() => compareValues(a, 5 as never))).toEqual([
      'invalid-argument',
      'to',
      'expected an object { period, value }, got number',
    ]);
  });

  it('for an unknown measure or direction', () => {
    expect(detailsOf(() => compareValues(a, b, { measure: 'level' as never }))).toEqual([
      'invalid-argument',
      'options.measure',
      "expected 'stock', 'flow' or 'rate'",
    ]);
    expect(detailsOf(() => compareValues(a, b, { direction: 1 as never }))).toEqual([
      'invalid-argument',
      'options.direction',
      "expected 'increase', 'decrease' or 'neutral'",
    ]);
  });

  it('for units of different dimensions', () => {
    expect(detailsOf(() => compareValues({ ...a, unit: '元' }, { ...b, unit: '亩' }))).toEqual([
      'incompatible-units',
      'to.unit',
      '亩 (area) cannot be compared with 元 (money)',
    ]);
  });

  it('for series', () => {
    expect(detailsOf(() => yearOverYear({} as never))).toEqual([
      'invalid-argument',
      'series',
      'expected an array of { period, value } in period order',
    ]);
    expect(detailsOf(() => periodOverPeriod([{ period: '2021/2022-06', value: 1 }]))).toEqual([
      'invalid-argument',
      'series[0].period',
      'a range whose ends differ in kind has no preceding period to compare with',
    ]);
  });

  it('for checkStatedChange', () => {
    expect(detailsOf(() => checkStatedChange(0, 1, '5'))).toEqual([
      'non-positive-base',
      'from',
      'a change in percent needs a starting level above 0',
    ]);
    for (const decimals of [-1, 1.5, 1001, '1']) {
      expect(
        detailsOf(() => checkStatedChange(1, 2, '5', { decimals: decimals as never })),
      ).toEqual(['invalid-argument', 'options.decimals', 'expected an integer from 0 to 1000']);
    }
    expect(detailsOf(() => checkStatedChange(1, 2, '5', { qualifier: '约' as never }))).toEqual([
      'invalid-argument',
      'options.qualifier',
      "expected null, 'approximately', 'more-than' or 'at-least'",
    ]);
    expect(detailsOf(() => checkStatedChange(1, 2, '5', { kind: 'pp' as never }))).toEqual([
      'invalid-argument',
      'options.kind',
      "expected 'percent' or 'percentage-points'",
    ]);
  });

  it('reads the decimals of a stated figure from numbers and Decimals of any copy', () => {
    expect(checkStatedChange(27720, 40000, 44.3).decimals).toBe(1);
    expect(checkStatedChange(27720, 40000, new UserDecimal('4.430e1')).decimals).toBe(1);
    expect(checkStatedChange(1, 1.0000001, new UserDecimal('1e-5')).decimals).toBe(5);
    expect(checkStatedChange(27720, 40000, '4.43e1').decimals).toBe(1);
    expect(checkStatedChange(27720, 40000, ' 44.30 ').decimals).toBe(2);
  });
});
