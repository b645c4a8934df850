import { describe, expect, it } from 'vitest';
import { findUnit } from './findUnit.js';
import { UNITS } from './UNITS.js';
import type { Unit } from './Unit.js';

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

describe('findUnit', () => {
  it('finds a unit by id or by symbol, returning the catalogue object', () => {
    const yi = UNITS.find((u) => u.id === 'yi-yuan');
    expect(findUnit('yi-yuan')).toBe(yi);
    expect(findUnit('亿元')).toBe(yi);
    expect(findUnit('亩')?.id).toBe('mu');
    expect(findUnit('万人次')?.id).toBe('wan-person-time');
  });

  it('ignores surrounding spaces and reads full-width forms', () => {
    expect(findUnit(' 万元 ')?.id).toBe('wan-yuan');
    expect(findUnit('％')?.id).toBe('percent');
    expect(findUnit('%')?.id).toBe('percent');
    expect(findUnit('㎡')?.id).toBe('square-metre');
    expect(findUnit('m²')?.id).toBe('square-metre');
  });

  it('accepts the common spellings', () => {
    expect(findUnit('CNY')?.id).toBe('yuan');
    expect(findUnit('ha')?.id).toBe('hectare');
    expect(findUnit('km')?.id).toBe('kilometre');
    expect(findUnit('千米')?.id).toBe('kilometre');
    expect(findUnit('m')?.id).toBe('metre');
  });

  it('returns undefined for names it does not know', () => {
    expect(findUnit('furlong')).toBeUndefined();
    expect(findUnit('')).toBeUndefined();
    expect(findUnit('Yuan')).toBeUndefined();
    expect(findUnit('万村')).toBeUndefined();
  });

  it('returns undefined for values that are neither strings nor units', () => {
    for (const value of [undefined, null, 8, true, Symbol('亩'), () => '亩']) {
      expect(findUnit(value as unknown as string)).toBeUndefined();
    }
  });

  it('returns a catalogue unit as it is and any other well-formed Unit as a frozen copy', () => {
    const mu = UNITS.find((u) => u.id === 'mu')!;
    expect(findUnit(mu)).toBe(mu);
    const own = findUnit(squareKilometre);
    expect(own).toEqual(squareKilometre);
    expect(own).not.toBe(squareKilometre);
    expect(Object.isFrozen(own)).toBe(true);
    expect(findUnit({ ...mu })).toEqual(mu);
    expect(findUnit({ ...mu })).not.toBe(mu);
    // Only the fields of a Unit are kept.
    expect(findUnit({ ...mu, note: 'extra' } as Unit)).toEqual(mu);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a factor with a leading point', { factor: '.25' }],
    ['a factor with a trailing point', { factor: '15.' }],
    ['a factor with an exponent', { factor: '1.5e3' }],
    ['a factor with a signed exponent', { factor: '15E+0' }],
    ['a factor with a negative exponent', { factor: '1500e-3' }],
    ['a factor with a long exponent', { factor: '1e10' }],
    ['a factor of 1e1000', { factor: '1e1000' }],
    ['a factor of 1e-1000', { factor: '1e-1000' }],
    ['a multiplier of 1000', { unitMultiplier: 1000 }],
    ['a multiplier of -1000', { unitMultiplier: -1000 }],
  ])('accepts a Unit object with %s', (_name, change) => {
    const unit = { ...squareKilometre, ...change } as Unit;
    expect(findUnit(unit)).toEqual(unit);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a zero factor', { factor: '0' }],
    ['a negative factor', { factor: '-15' }],
    ['a malformed factor', { factor: 'fifteen' }],
    ['a numeric factor', { factor: 15 }],
    ['a huge exponent', { factor: '1e2000' }],
    ['an unknown dimension', { dimension: 'weight' }],
    ['a fractional multiplier', { unitMultiplier: 0.5 }],
    ['a huge multiplier', { unitMultiplier: 5000 }],
    ['an empty id', { id: '' }],
    ['a missing label', { en: undefined }],
    ['a numeric symbol', { symbol: 1 }],
    ['an id that is not a string', { id: ['square-kilometre'] }],
    ['a numeric Chinese label', { zh: 1 }],
    ['a numeric plural label', { enPlural: 1 }],
    ['a numeric base', { base: 1 }],
    ['a numeric dimension', { dimension: 1 }],
    ['a multiplier given as text', { unitMultiplier: '0' }],
    ['a multiplier beyond ±1000', { unitMultiplier: -1001 }],
    ['a factor with trailing text', { factor: '15x' }],
    ['a factor with leading text', { factor: 'x15' }],
    ['a signed factor', { factor: '+15' }],
    ['a factor with an empty exponent', { factor: '15e' }],
    ['a factor with a signed empty exponent', { factor: '15e+' }],
    ['a factor of a bare point', { factor: '.' }],
    ['a factor beyond 1e1000', { factor: '1e1001' }],
    ['a factor below 1e-1000', { factor: '1e-1001' }],
  ])('rejects a Unit object with %s', (_name, change) => {
    expect(findUnit({ ...squareKilometre, ...change } as unknown as Unit)).toBeUndefined();
  });
});
