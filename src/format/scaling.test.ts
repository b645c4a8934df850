import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { getUnit, type Unit } from '../units/index.js';
import { formatQuantity } from './formatQuantity.js';
import { groupDigits } from './internal.js';
import { chooseStep, familyBase, familyOf, hasMagnitudePrefix, rescale } from './scaling.js';

const orphan: Unit = { ...getUnit('wan-yuan'), id: 'wan-thing', symbol: '万台', zh: '万台' };

describe('unit families', () => {
  it('finds the 万/亿 family of a unit, largest first', () => {
    expect(familyOf(getUnit('yuan')).map((u) => u.id)).toEqual(['yi-yuan', 'wan-yuan', 'yuan']);
    expect(familyOf(getUnit('wan-yuan')).map((u) => u.id)).toEqual(['yi-yuan', 'wan-yuan', 'yuan']);
    expect(familyOf(getUnit('plant')).map((u) => u.id)).toEqual(['wan-plant', 'plant']);
    expect(familyOf(getUnit('hectare')).map((u) => u.id)).toEqual(['hectare']);
    expect(familyBase(getUnit('wan-mu')).id).toBe('mu');
    expect(hasMagnitudePrefix(getUnit('yi-yuan'))).toBe(true);
    expect(hasMagnitudePrefix(getUnit('mu'))).toBe(false);
  });

  it('treats a 万 unit without an unprefixed sibling as its own family', () => {
    expect(familyBase(orphan)).toBe(orphan);
    expect(formatQuantity('3', orphan, { locale: 'en' })).toBe('3 10k CNY');
    expect(formatQuantity('3', orphan, { scale: 'auto' })).toBe('3万台');
  });

  it('rescales powers of ten exactly and other factors through convert', () => {
    const long = new Decimal('1234567890123456789012345678901234567.89');
    expect(rescale(long, getUnit('yi-yuan'), getUnit('yuan')).toFixed()).toBe(
      '123456789012345678901234567890123456789000000',
    );
    expect(rescale(new Decimal('15'), getUnit('mu'), getUnit('hectare')).toString()).toBe('1');
    expect(rescale(new Decimal('0'), getUnit('wan-yuan'), getUnit('yuan')).isNegative()).toBe(
      false,
    );
  });
});

describe('chooseStep', () => {
  const round = (x: Decimal) => x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  const one = new Decimal(1);
  it('falls back to the last rung', () => {
    expect(chooseStep([{ tag: 'only', size: one, exact: new Decimal('0.001') }], round).tag).toBe(
      'only',
    );
  });
});

describe('groupDigits', () => {
  it('groups integer digits in threes and leaves the fraction alone', () => {
    expect(groupDigits('0')).toBe('0');
    expect(groupDigits('123')).toBe('123');
    expect(groupDigits('1234')).toBe('1,234');
    expect(groupDigits('1234567.891234')).toBe('1,234,567.891234');
    expect(groupDigits('123456.5')).toBe('123,456.5');
  });
});
