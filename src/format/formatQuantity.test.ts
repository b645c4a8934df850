import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { getUnit } from '../units/index.js';
import { formatQuantity } from './formatQuantity.js';

describe('formatQuantity in zh-CN', () => {
  it('prints the issue examples in the given unit', () => {
    expect(formatQuantity('27720', '元')).toBe('27,720元');
    expect(formatQuantity('8.2', '亿元')).toBe('8.2亿元');
    expect(formatQuantity('4', '万元')).toBe('4万元');
    expect(formatQuantity(700, '亩')).toBe('700亩');
    expect(formatQuantity('10', 'wan-plant')).toBe('10万株');
    expect(formatQuantity('62', '家')).toBe('62家');
    expect(formatQuantity('3', 'item')).toBe('3个');
    expect(formatQuantity('12.5', 'kilometre')).toBe('12.5公里');
    expect(formatQuantity('6', '%')).toBe('6%');
  });

  it('accepts a Unit object and numbers', () => {
    expect(formatQuantity(27720, getUnit('yuan'))).toBe('27,720元');
    expect(formatQuantity(new Decimal('0.5'), '万亩')).toBe('0.5万亩');
  });

  it('rounds half-up by default and honours the rounding option', () => {
    expect(formatQuantity('0.125', '万元')).toBe('0.13万元');
    expect(formatQuantity('0.125', '万元', { rounding: 'half-even' })).toBe('0.12万元');
    expect(formatQuantity('0.135', '万元', { rounding: 'half-even' })).toBe('0.14万元');
    expect(formatQuantity('0.125', '万元', { rounding: 'half-down' })).toBe('0.12万元');
    expect(formatQuantity('0.121', '万元', { rounding: 'up' })).toBe('0.13万元');
    expect(formatQuantity('0.129', '万元', { rounding: 'down' })).toBe('0.12万元');
    expect(formatQuantity('-0.121', '万元', { rounding: 'ceil' })).toBe('-0.12万元');
    expect(formatQuantity('-0.121', '万元', { rounding: 'floor' })).toBe('-0.13万元');
    expect(formatQuantity('-0.125', '万元')).toBe('-0.13万元');
  });

  it('trims to maximumFractionDigits or keeps fractionDigits', () => {
    expect(formatQuantity('8.20', '亿元')).toBe('8.2亿元');
    expect(formatQuantity('8.2', '亿元', { fractionDigits: 2 })).toBe('8.20亿元');
    expect(formatQuantity('8.2', '亿元', { fractionDigits: 0 })).toBe('8亿元');
    expect(formatQuantity('8.5', '亿元', { fractionDigits: 0 })).toBe('9亿元');
    expect(formatQuantity('1.23456', '亿元', { maximumFractionDigits: 4 })).toBe('1.2346亿元');
    expect(formatQuantity('1.23456', '亿元', { maximumFractionDigits: 0 })).toBe('1亿元');
  });

  it('prints every digit of large and long values, through strings only', () => {
    expect(formatQuantity('12345678901234567890', '元')).toBe('12,345,678,901,234,567,890元');
    expect(formatQuantity('123456789012345678901234567890123456789.5', '元')).toBe(
      '123,456,789,012,345,678,901,234,567,890,123,456,789.5元',
    );
    expect(formatQuantity('9007199254740993', '元')).toBe('9,007,199,254,740,993元');
  });

  it('prints negatives with an ASCII minus and never -0', () => {
    expect(formatQuantity('-27720', '元')).toBe('-27,720元');
    expect(formatQuantity('-0.001', '元')).toBe('0元');
    expect(formatQuantity('-0', '元')).toBe('0元');
    expect(formatQuantity('-0.004', '万元', { fractionDigits: 2 })).toBe('0.00万元');
  });

  it('shows signs and drops grouping on request', () => {
    expect(formatQuantity('27720', '元', { signDisplay: 'except-zero' })).toBe('+27,720元');
    expect(formatQuantity('0', '元', { signDisplay: 'except-zero' })).toBe('0元');
    expect(formatQuantity('27720', '元', { useGrouping: false })).toBe('27720元');
    expect(formatQuantity('999', '元')).toBe('999元');
    expect(formatQuantity('1000', '元')).toBe('1,000元');
  });
});

describe('formatQuantity with scale', () => {
  it("picks 亿元, 万元 or 元 with scale 'auto'", () => {
    expect(formatQuantity('820000000', '元', { scale: 'auto' })).toBe('8.2亿元');
    expect(formatQuantity('40000', '元', { scale: 'auto' })).toBe('4万元');
    expect(formatQuantity('27720', '元', { scale: 'auto' })).toBe('2.77万元');
    expect(formatQuantity('9999', '元', { scale: 'auto' })).toBe('9,999元');
    expect(formatQuantity('10000', '元', { scale: 'auto' })).toBe('1万元');
    expect(formatQuantity('100000000', '元', { scale: 'auto' })).toBe('1亿元');
    expect(formatQuantity('99999999', '元', { scale: 'auto', rounding: 'down' })).toBe(
      '9,999.99万元',
    );
    expect(formatQuantity('0.5', '亿元', { scale: 'auto' })).toBe('5,000万元');
    expect(formatQuantity('0', '亿元', { scale: 'auto' })).toBe('0元');
    expect(formatQuantity('-820000000', '元', { scale: 'auto' })).toBe('-8.2亿元');
    expect(formatQuantity('12000000000000', '元', { scale: 'auto' })).toBe('120,000亿元');
  });

  it('moves up a unit when rounding reaches it', () => {
    expect(formatQuantity('99999999', '元', { scale: 'auto' })).toBe('1亿元');
    expect(formatQuantity('9999.995', '元', { scale: 'auto' })).toBe('1万元');
    expect(formatQuantity('9999.994', '元', { scale: 'auto' })).toBe('9,999.99元');
    expect(formatQuantity('600000', '元', { scale: 'auto', fractionDigits: 0 })).toBe('60万元');
  });

  it("scales other 万 families with 'auto' and leaves units without one alone", () => {
    expect(formatQuantity('100000', '株', { scale: 'auto' })).toBe('10万株');
    expect(formatQuantity('1500000', '人次', { scale: 'auto' })).toBe('150万人次');
    expect(formatQuantity('0.07', '万亩', { scale: 'auto' })).toBe('700亩');
    expect(formatQuantity('12345', '公里', { scale: 'auto' })).toBe('12,345公里');
    expect(formatQuantity('6', '%', { scale: 'auto' })).toBe('6%');
  });

  it('converts exactly to a given scale unit', () => {
    expect(formatQuantity('8.2', '亿元', { scale: '元' })).toBe('820,000,000元');
    expect(formatQuantity('27720', '元', { scale: 'wan-yuan' })).toBe('2.77万元');
    expect(formatQuantity('1234567890123456789012345678901234567', '亿元', { scale: '元' })).toBe(
      '123,456,789,012,345,678,901,234,567,890,123,456,700,000,000元',
    );
    expect(formatQuantity('700', '亩', { scale: '公顷' })).toBe('46.67公顷');
    expect(formatQuantity('700', '亩', { scale: getUnit('hectare') })).toBe('46.67公顷');
    expect(formatQuantity('1', '亩', { scale: 'square-metre', locale: 'en' })).toBe(
      '666.67 square metres',
    );
  });

  it('rejects a scale of another dimension or an unknown scale', () => {
    const across = errorOf(() => formatQuantity('1', '元', { scale: '亩' }));
    expect(across.code).toBe('incompatible-units');
    expect(across.details.field).toBe('scale');
    expect(errorOf(() => formatQuantity('1', '元', { scale: getUnit('mu') })).details.value).toBe(
      'mu',
    );
    const unknown = errorOf(() => formatQuantity('1', '元', { scale: '美元' }));
    expect(unknown.code).toBe('invalid-unit');
    expect(unknown.details.field).toBe('scale');
  });
});

describe('formatQuantity in en', () => {
  it('prints the issue examples', () => {
    expect(formatQuantity('8.2', '亿元', { locale: 'en' })).toBe('CNY 820 million');
    expect(formatQuantity('700', '亩', { locale: 'en' })).toBe('700 mu');
    expect(formatQuantity('4', '万元', { locale: 'en' })).toBe('CNY 40,000');
    expect(formatQuantity('27720', '元', { locale: 'en' })).toBe('CNY 27,720');
  });

  it('re-expresses 万/亿 units in English magnitudes', () => {
    expect(formatQuantity('15', '亿元', { locale: 'en' })).toBe('CNY 1.5 billion');
    expect(formatQuantity('12000', '亿元', { locale: 'en' })).toBe('CNY 1.2 trillion');
    expect(formatQuantity('150', '万人次', { locale: 'en' })).toBe('1.5 million person-times');
    expect(formatQuantity('10', '万株', { locale: 'en' })).toBe('100,000 plants');
    expect(formatQuantity('0.0001', '万株', { locale: 'en' })).toBe('1 plant');
    expect(formatQuantity('-8.2', '亿元', { locale: 'en' })).toBe('-CNY 820 million');
    expect(formatQuantity('99.9999999', '万元', { locale: 'en' })).toBe('CNY 1 million');
  });

  it('keeps an unprefixed unit unless scale is auto', () => {
    expect(formatQuantity('820000000', '元', { locale: 'en' })).toBe('CNY 820,000,000');
    expect(formatQuantity('820000000', '元', { locale: 'en', scale: 'auto' })).toBe(
      'CNY 820 million',
    );
    expect(formatQuantity('8.2', '亿元', { locale: 'en', scale: '元' })).toBe('CNY 820,000,000');
    expect(formatQuantity('8.2', '亿元', { locale: 'en', scale: '亿元' })).toBe('8.2 100m CNY');
  });

  it('uses the singular label only for a displayed 1', () => {
    expect(formatQuantity('1', '户', { locale: 'en' })).toBe('1 household');
    expect(formatQuantity('-1', '户', { locale: 'en' })).toBe('-1 household');
    expect(formatQuantity('2', '户', { locale: 'en' })).toBe('2 households');
    expect(formatQuantity('1', '户', { locale: 'en', fractionDigits: 1 })).toBe('1.0 households');
    expect(formatQuantity('1.001', '户', { locale: 'en' })).toBe('1 household');
    expect(formatQuantity('0', 'building', { locale: 'en' })).toBe('0 buildings');
    expect(formatQuantity('1', '公顷', { locale: 'en' })).toBe('1 hectare');
    expect(formatQuantity('12.5', '公里', { locale: 'en' })).toBe('12.5 km');
    expect(formatQuantity('6', '%', { locale: 'en' })).toBe('6%');
  });
});

describe('formatQuantity errors', () => {
  it('rejects a value that is not a finite decimal with invalid-number', () => {
    const error = errorOf(() => formatQuantity('8,2', '亿元'));
    expect(error.code).toBe('invalid-number');
    expect(error.details.field).toBe('value');
    expect(errorOf(() => formatQuantity(Number.NaN, '元')).code).toBe('invalid-number');
  });

  it('rejects an unknown unit with invalid-unit', () => {
    const error = errorOf(() => formatQuantity('1', '美元'));
    expect(error.code).toBe('invalid-unit');
    expect(error.details).toMatchObject({ field: 'unit', value: '美元' });
    expect(errorOf(() => formatQuantity('1', null as unknown as string)).code).toBe('invalid-unit');
    expect(errorOf(() => formatQuantity('1', 5 as unknown as string)).code).toBe('invalid-unit');
  });

  it.each([
    ['fractionDigits', { fractionDigits: -1 }],
    ['fractionDigits', { fractionDigits: 1.5 }],
    ['fractionDigits', { fractionDigits: 101 }],
    ['fractionDigits', { fractionDigits: '2' }],
    ['maximumFractionDigits', { maximumFractionDigits: Number.NaN }],
    ['fractionDigits', { fractionDigits: 1, maximumFractionDigits: 2 }],
    ['locale', { locale: 'zh' }],
    ['locale', { locale: 'fr' }],
    ['rounding', { rounding: 'half_up' }],
    ['rounding', { rounding: 4 }],
    ['signDisplay', { signDisplay: 'always' }],
    ['useGrouping', { useGrouping: 'yes' }],
    ['options', null],
    ['options', 'en'],
    ['options', []],
  ])('rejects a bad %s with invalid-argument', (field, options) => {
    const error = errorOf(() => formatQuantity('1', '元', options as never));
    expect(error.code).toBe('invalid-argument');
    expect(error.details.field).toBe(field);
    expect(error.message).toContain(field);
  });

  it('accepts the boundary fraction digits', () => {
    expect(formatQuantity('1', '元', { fractionDigits: 100 })).toBe(`1.${'0'.repeat(100)}元`);
    expect(formatQuantity('1', '元', { maximumFractionDigits: 100 })).toBe('1元');
  });
});

describe('formatQuantity properties', () => {
  const integer = fc
    .tuple(fc.boolean(), fc.stringMatching(/^[1-9]\d{0,39}$/))
    .map(([negative, digits]) => `${negative ? '-' : ''}${digits}`);

  it('prints every digit of any integer up to 40 digits, grouped in threes', () => {
    fc.assert(
      fc.property(integer, (text) => {
        const label = formatQuantity(text, '元');
        expect(label.replaceAll(',', '')).toBe(`${text}元`);
        expect(label).toMatch(/^-?\d{1,3}(,\d{3})*元$/);
      }),
    );
  });

  it("with scale 'auto' shows a value within half a display unit of the original", () => {
    const factors: Record<string, string> = { 元: '1', 万元: '10000', 亿元: '100000000' };
    const amount = fc
      .tuple(integer, fc.integer({ min: 0, max: 99 }))
      .map(([whole, cents]) => `${whole}.${String(cents).padStart(2, '0')}`);
    fc.assert(
      fc.property(amount, (text) => {
        const label = formatQuantity(text, '元', { scale: 'auto' });
        const match = /^(-?[\d,.]+)(元|万元|亿元)$/.exec(label);
        expect(match).not.toBeNull();
        const [, digits = '', symbol = ''] = match ?? [];
        const factor = new Decimal(factors[symbol] ?? 'NaN');
        const shown = new Decimal(digits.replaceAll(',', '')).times(factor);
        expect(shown.minus(text).abs().lte(factor.times('0.005'))).toBe(true);
        if (symbol !== '元')
          expect(new Decimal(digits.replaceAll(',', '')).abs().gte(1)).toBe(true);
      }),
    );
  });
});
