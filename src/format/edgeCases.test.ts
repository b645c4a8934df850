import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { getUnit, type Unit } from '../units/index.js';
import { formatPercent } from './formatPercent.js';
import { formatPeriodLabel } from './formatPeriodLabel.js';
import { formatQuantity } from './formatQuantity.js';
import { familyBase, familyOf, hasMagnitudePrefix, rescale } from './scaling.js';

const reasonOf = (fn: () => unknown) => errorOf(fn).details.reason;

describe('format option errors give the reason', () => {
  it.each([
    [{ locale: 'fr' }, "expected one of 'zh-CN', 'en'"],
    [
      { rounding: 'nearest' },
      "expected one of 'half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'",
    ],
    [{ signDisplay: 'always' }, "expected one of 'auto', 'except-zero'"],
    [{ fractionDigits: 101 }, 'expected an integer from 0 to 100'],
    [{ maximumFractionDigits: '2' }, 'expected an integer from 0 to 100'],
    [
      { fractionDigits: 1, maximumFractionDigits: 1 },
      'give fractionDigits or maximumFractionDigits, not both',
    ],
    [{ useGrouping: 1 }, 'expected true or false'],
  ])('%j: %s', (options, reason) => {
    expect(reasonOf(() => formatPercent('0.5', options as never))).toBe(reason);
  });

  it('refuses options that are not an object', () => {
    expect(reasonOf(() => formatPercent('0.5', null as never))).toBe('expected an object');
  });
});

describe('formatPeriodLabel of ranges whose ends differ in kind', () => {
  it.each([
    ['2021-Q1/2021-06', '2021年第一季度—2021年6月', 'Q1 2021 – June 2021'],
    ['2021-06/2021-Q4', '2021年6月—2021年第四季度', 'June 2021 – Q4 2021'],
    ['2021-06/2022', '2021年6月—2022年', 'June 2021 – 2022'],
    ['2021-Q1/2022', '2021年第一季度—2022年', 'Q1 2021 – 2022'],
    ['2021-06/2021-12-31', '2021年6月—2021年12月31日', 'June 2021 – 31 December 2021'],
  ])('labels %s as %s and %s', (text, zh, en) => {
    expect(formatPeriodLabel(text)).toBe(zh);
    expect(formatPeriodLabel(text, { locale: 'en' })).toBe(en);
  });
});

describe('formatQuantity details', () => {
  it('names the scale as given when it is of another dimension', () => {
    const error = errorOf(() => formatQuantity('1', '元', { scale: '亩' }));
    expect(error.details.value).toBe('亩');
    expect(error.details.reason).toBe('元 (money) cannot be shown in 亩 (area)');
  });

  it('uses the plural after an English magnitude, even for 1', () => {
    expect(formatQuantity('1000000', 'plant', { locale: 'en', scale: 'auto' })).toBe(
      '1 million plants',
    );
    expect(formatQuantity('1', 'wan-plant', { locale: 'en' })).toBe('10,000 plants');
    expect(formatQuantity('100', 'wan-plant', { locale: 'en' })).toBe('1 million plants');
  });

  it('converts between units whose factors are not powers of ten', () => {
    expect(formatQuantity('2', '公顷', { scale: '亩' })).toBe('30亩');
    expect(formatQuantity('30', '亩', { scale: '公顷' })).toBe('2公顷');
  });
});

/** A unit of the caller's own, based on one of the catalogue. */
const own = (base: string, change: Partial<Unit>): Unit => ({ ...getUnit(base), ...change });

describe('unit families of units the catalogue does not hold', () => {
  it('needs a 万 or 亿 prefix, not any first character', () => {
    const thousand = own('yuan', { id: 'qian-yuan', symbol: '千元', zh: '千元', factor: '1000' });
    expect(familyBase(thousand)).toBe(thousand);
    expect(hasMagnitudePrefix(thousand)).toBe(false);
  });

  it('needs the rest of the symbol to be a unit of the same dimension and symbol', () => {
    const unknownRest = own('wan-yuan', { id: 'wan-wa', symbol: '万瓦', zh: '万瓦' });
    expect(familyBase(unknownRest)).toBe(unknownRest);
    // 'km' is an alias of 公里, whose symbol differs.
    const alias = own('kilometre', { id: 'wan-km', symbol: '万km', factor: '10000000' });
    expect(familyBase(alias)).toBe(alias);
    // 亩 is area, not money.
    const otherDimension = own('wan-yuan', { id: 'wan-mu-money', symbol: '万亩', zh: '万亩' });
    expect(familyBase(otherDimension)).toBe(otherDimension);
    expect(familyOf(otherDimension)).toEqual([otherDimension]);
  });
});

describe('rescale', () => {
  it('moves the point only for factors that are powers of ten', () => {
    const tenBillion = own('yuan', { id: 'ten-billion', symbol: 'X', factor: '10000000000' });
    const long = new Decimal('1.234567890123456789012345678901234567');
    // A power of ten: exact, every digit kept (convert would round to 34 digits).
    expect(rescale(long, tenBillion, getUnit('yuan')).toFixed()).toBe(
      '12345678901.23456789012345678901234567',
    );
    // 2.1 and 0.0021 are not powers of ten, though their exponent form holds "1e".
    const odd = own('yuan', { id: 'odd', symbol: 'Y', factor: '2.1' });
    expect(rescale(new Decimal('10'), odd, getUnit('yuan')).toString()).toBe('21');
    const small = own('yuan', { id: 'small', symbol: 'Z', factor: '0.0021' });
    expect(rescale(new Decimal('1000'), small, getUnit('yuan')).toString()).toBe('2.1');
  });

  it('refuses units of different dimensions, even when both factors are 1', () => {
    expect(errorOf(() => rescale(new Decimal(1), getUnit('yuan'), getUnit('mu'))).code).toBe(
      'incompatible-units',
    );
  });

  it('converts a unit of the caller that shares an id with a catalogue unit by its factor', () => {
    const doubled = own('yuan', { factor: '2' });
    expect(rescale(new Decimal(1), doubled, getUnit('yuan')).toString()).toBe('2');
  });
});
