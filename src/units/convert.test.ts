import { fc, test } from '@fast-check/vitest';
import { Decimal as UserDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { convert } from './convert.js';
import { UNITS } from './UNITS.js';
import type { Unit } from './Unit.js';

/** Pairs of units of one dimension whose factors are both powers of ten. */
const POWER_OF_TEN_PAIRS = UNITS.flatMap((a) =>
  UNITS.filter(
    (b) =>
      a.dimension === b.dimension &&
      /^10*$/.test(a.factor) &&
      /^10*$/.test(b.factor) &&
      a.id !== b.id,
  ).map((b) => [a, b] as const),
);

/** Decimals of up to `digits` significant digits, positive or negative, with any scale. */
function decimalsOf(digits: number) {
  const limit = 10n ** BigInt(digits);
  return fc
    .tuple(fc.bigInt({ min: -limit + 1n, max: limit - 1n }), fc.integer({ min: -30, max: 30 }))
    .map(([mantissa, exponent]) => new Decimal(`${mantissa}e${exponent}`).toString());
}

describe('convert', () => {
  it('converts the report amounts exactly', () => {
    expect(convert('8.2', '亿元', '万元').toString()).toBe('82000');
    expect(convert('27720', '元', '万元').toString()).toBe('2.772');
    expect(convert('4', '万元', 'yuan').toString()).toBe('40000');
    expect(convert('85', '公里', '米').toString()).toBe('85000');
    expect(convert('10', '万株', '株').toString()).toBe('100000');
    expect(convert('8.2', 'yi-yuan', 'yi-yuan').toString()).toBe('8.2');
  });

  it('converts between 公顷, 平方米 and 亩 exactly', () => {
    expect(convert('1', '公顷', '亩').toString()).toBe('15');
    expect(convert('150', '亩', '公顷').toString()).toBe('10');
    expect(convert('2180', '平方米', '亩').toString()).toBe('3.27');
    expect(convert('3.27', '亩', '平方米').toString()).toBe('2180');
    expect(convert('1', '亩', '平方米').toString()).toBe('666.6666666666666666666666666666667');
    expect(convert('1', '公顷', '平方米').toString()).toBe('10000');
    expect(convert('1', '万亩', '公顷').toString()).toBe('666.6666666666666666666666666666667');
  });

  it('rounds factors that do not divide once, to 34 significant digits', () => {
    const result = convert('1', '亩', '公顷');
    expect(result.toString()).toBe('0.06666666666666666666666666666666667');
    expect(result.precision()).toBe(34);
  });

  test.prop([decimalsOf(34), fc.constantFrom(...POWER_OF_TEN_PAIRS)])(
    'round-trips exactly between power-of-ten units',
    (value, [from, to]) => {
      const there = convert(value, from, to);
      const shift = new Decimal(from.factor).div(to.factor);
      expect(there.eq(new Decimal(value).times(shift))).toBe(true);
      expect(convert(there, to, from).toString()).toBe(new Decimal(value).toString());
    },
  );

  test.prop([decimalsOf(32)])('round-trips exactly from 公顷 or 平方米 through 亩', (value) => {
    expect(convert(convert(value, '公顷', '亩'), '亩', '公顷').eq(value)).toBe(true);
    expect(convert(convert(value, '平方米', '亩'), '亩', '平方米').eq(value)).toBe(true);
    expect(convert(convert(value, '公顷', '平方米'), '平方米', '公顷').eq(value)).toBe(true);
  });

  it('rounds once, even for values of more than 42 digits', () => {
    // 1.000…001 (34 digits) followed by 4999999999: rounding to 42 digits first would make a
    // tie of it and round the 34th digit up.
    const value = `1.${'0'.repeat(32)}1${'4999999999'}`;
    expect(convert(value, '元', '元').toString()).toBe(`1.${'0'.repeat(32)}1`);
    expect(convert(value, '万元', '元').toString()).toBe(`10000.${'0'.repeat(28)}1`);
    // The exact quotient, 0.0666…6676666…, rounded once (checked with Python's decimal).
    expect(convert(value, '亩', '公顷').toString()).toBe('0.06666666666666666666666666666666677');
  });

  it('keeps signs and never returns negative zero', () => {
    expect(convert('-2.5', '万元', '元').toString()).toBe('-25000');
    expect(convert('-0', '亿元', '万元').isNegative()).toBe(false);
    expect(convert(-0, '亩', '亩').isNegative()).toBe(false);
  });

  it('accepts numbers, strings and Decimals from any copy of decimal.js', () => {
    expect(convert(0.1, '亿元', '万元').toString()).toBe('1000');
    expect(convert(new UserDecimal('2.772'), '万元', '元').toString()).toBe('27720');
    expect(convert(new Decimal('1.5e3'), '米', '公里').toString()).toBe('1.5');
  });

  it('accepts Unit objects, including units of the caller', () => {
    const squareKilometre: Unit = {
      id: 'square-kilometre',
      symbol: '平方公里',
      zh: '平方公里',
      en: 'km²',
      enPlural: 'km²',
      dimension: 'area',
      factor: '1500',
      unitMultiplier: 0,
      base: 'mu',
    };
    expect(convert('1', squareKilometre, '公顷').toString()).toBe('100');
    expect(convert('3', UNITS[2]!, UNITS[0]!).toString()).toBe('300000000');
  });

  it('does not change its inputs and returns a fresh Decimal', () => {
    const value = new Decimal('8.2');
    const from: Unit = { ...UNITS[2]! };
    const before = { ...from };
    const result = convert(value, from, '万元');
    expect(value.toString()).toBe('8.2');
    expect(from).toEqual(before);
    const same = convert(value, '亿元', '亿元');
    expect(same).not.toBe(value);
    expect(same.toString()).toBe('8.2');
    expect(result.toString()).toBe('82000');
  });

  it('refuses to convert across dimensions', () => {
    const error = errorOf(() => convert('8.2', '亿元', '亩'));
    expect(error.code).toBe('incompatible-units');
    expect(error.details).toMatchObject({ field: 'to', value: '亩', from: 'yi-yuan', to: 'mu' });
    expect(error.message).toContain('亿元 (money) cannot become 亩 (area)');
    expect(errorOf(() => convert('1', '个', '件')).code).toBe('incompatible-units');
    expect(errorOf(() => convert('1', '人', '万人次')).code).toBe('incompatible-units');
    expect(errorOf(() => convert('1', '亩', UNITS[0]!)).details.value).toBe('yuan');
  });

  it('names the value when it is not a finite decimal', () => {
    for (const value of ['abc', '', Number.NaN, Number.POSITIVE_INFINITY, '0x10']) {
      const error = errorOf(() => convert(value, '元', '万元'));
      expect([error.code, error.details.field]).toEqual(['invalid-number', 'value']);
    }
  });

  it('refuses a result beyond 1e±1000', () => {
    const error = errorOf(() => convert('1e1000', '亿元', '元'));
    expect(error.code).toBe('invalid-number');
    expect(error.details).toMatchObject({ field: 'value', value: '1.000000e+1008' });
    expect(errorOf(() => convert('1e-999', '元', '亿元')).code).toBe('invalid-number');
    expect(convert('1e992', '亿元', '元').e).toBe(1000);
  });

  it('names the unknown unit', () => {
    const from = errorOf(() => convert('1', 'furlong', '米'));
    expect([from.code, from.details.field, from.details.value]).toEqual([
      'invalid-unit',
      'from',
      'furlong',
    ]);
    const to = errorOf(() => convert('1', '米', 'furlong'));
    expect([to.code, to.details.field]).toEqual(['invalid-unit', 'to']);
  });
});
