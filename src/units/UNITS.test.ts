import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { formatQuantity } from '../format/formatQuantity.js';
import { UNIT_INDEX } from './_lookup.js';
import { convert } from './convert.js';
import { findUnit } from './findUnit.js';
import { isUnitCompatible } from './isUnitCompatible.js';
import { UNITS } from './UNITS.js';
import { DIMENSIONS } from './Unit.js';

/** Every unit the report uses, with the fixed id each must carry. */
const REPORT_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['元', 'yuan'],
  ['万元', 'wan-yuan'],
  ['亿元', 'yi-yuan'],
  ['亩', 'mu'],
  ['万亩', 'wan-mu'],
  ['公顷', 'hectare'],
  ['平方米', 'square-metre'],
  ['公里', 'kilometre'],
  ['米', 'metre'],
  ['株', 'plant'],
  ['万株', 'wan-plant'],
  ['人', 'person'],
  ['人次', 'person-time'],
  ['万人次', 'wan-person-time'],
  ['户', 'household'],
  ['家', 'establishment'],
  ['个', 'item'],
  ['件', 'piece'],
  ['条', 'strip'],
  ['处', 'site'],
  ['幢', 'building'],
  ['起', 'case'],
  ['村', 'village'],
  ['%', 'percent'],
];

/** The units other township reports use, beyond the Tianmushan report's. */
const OTHER_REPORT_UNITS: ReadonlyArray<readonly [string, string]> = [
  ['万平方米', 'wan-square-metre'],
  ['千克', 'kilogram'],
  ['万千克', 'wan-kilogram'],
  ['吨', 'tonne'],
  ['万吨', 'wan-tonne'],
  ['头', 'head'],
  ['只', 'animal'],
  ['辆', 'vehicle'],
  ['床', 'bed'],
  ['套', 'set'],
  ['千瓦', 'kilowatt'],
  ['万千瓦', 'wan-kilowatt'],
  ['千瓦时', 'kilowatt-hour'],
  ['万千瓦时', 'wan-kilowatt-hour'],
  ['立方米', 'cubic-metre'],
];

describe('UNITS', () => {
  it('holds exactly the units the report uses, each findable by symbol and by id', () => {
    expect(UNITS.map((u) => [u.symbol, u.id])).toEqual([...REPORT_UNITS, ...OTHER_REPORT_UNITS]);
    for (const [symbol, id] of [...REPORT_UNITS, ...OTHER_REPORT_UNITS]) {
      expect(findUnit(symbol)?.id, symbol).toBe(id);
      expect(findUnit(id)?.symbol, id).toBe(symbol);
    }
  });

  it('is frozen, unit by unit', () => {
    expect(Object.isFrozen(UNITS)).toBe(true);
    for (const unit of UNITS) expect(Object.isFrozen(unit), unit.id).toBe(true);
  });

  it('carries the contracted factors and SDMX multipliers', () => {
    const table = Object.fromEntries(UNITS.map((u) => [u.id, [u.factor, u.unitMultiplier]]));
    expect(table['yi-yuan']).toEqual(['100000000', 8]);
    expect(table['wan-yuan']).toEqual(['10000', 4]);
    expect(table['wan-mu']).toEqual(['10000', 4]);
    expect(table['wan-plant']).toEqual(['10000', 4]);
    expect(table['wan-person-time']).toEqual(['10000', 4]);
    expect(table.hectare).toEqual(['15', 0]);
    expect(table['square-metre']).toEqual(['0.0015', 0]);
    expect(table.kilometre).toEqual(['1000', 0]);
    expect(table['wan-square-metre']).toEqual(['15', 4]);
    expect(table.tonne).toEqual(['1000', 0]);
    expect(table['wan-tonne']).toEqual(['10000000', 4]);
    expect(table['wan-kilogram']).toEqual(['10000', 4]);
    expect(table['wan-kilowatt']).toEqual(['10000', 4]);
    expect(table['wan-kilowatt-hour']).toEqual(['10000', 4]);
    const scaled = UNITS.filter((u) => u.unitMultiplier !== 0).map((u) => u.id);
    expect(scaled).toEqual([
      'wan-yuan',
      'yi-yuan',
      'wan-mu',
      'wan-plant',
      'wan-person-time',
      'wan-square-metre',
      'wan-kilogram',
      'wan-tonne',
      'wan-kilowatt',
      'wan-kilowatt-hour',
    ]);
  });

  it('reads 公斤 as 千克, converts 吨 and 万平方米 exactly, and writes the new units in both locales', () => {
    expect(findUnit('公斤')?.id).toBe('kilogram');
    expect(findUnit('kg')?.id).toBe('kilogram');
    expect(findUnit('t')?.id).toBe('tonne');
    expect(findUnit('kW')?.id).toBe('kilowatt');
    expect(findUnit('kWh')?.id).toBe('kilowatt-hour');
    expect(findUnit('m3')?.id).toBe('cubic-metre');
    expect(convert('1188', '吨', '公斤').toString()).toBe('1188000');
    expect(convert('3.3165', '万吨', '吨').toString()).toBe('33165');
    expect(convert('1.8', '万平方米', '公顷').toString()).toBe('1.8');
    expect(convert('143.4', '万千克', '吨').toString()).toBe('1434');
    expect(convert('2', '万千瓦时', '千瓦时').toString()).toBe('20000');
    expect(isUnitCompatible('头', '只')).toBe(false);
    expect(formatQuantity('96', '只')).toBe('96只');
    expect(formatQuantity('3.3165', '万吨', { locale: 'en' })).toBe('33,165 tonnes');
    expect(formatQuantity('1', '辆', { locale: 'en' })).toBe('1 vehicle');
    expect(formatQuantity('60', '千瓦', { locale: 'en' })).toBe('60 kW');
    expect(formatQuantity('2', '万千瓦时', { locale: 'en' })).toBe('20,000 kWh');
  });

  it('gives each dimension exactly one base unit, of factor 1, that every unit names', () => {
    for (const dimension of DIMENSIONS) {
      const members = UNITS.filter((u) => u.dimension === dimension);
      const bases = members.filter((u) => u.factor === '1' && u.unitMultiplier === 0);
      expect(bases.length, dimension).toBe(1);
      for (const unit of members) expect(unit.base, unit.id).toBe(bases[0]?.id);
    }
    expect(new Set(UNITS.map((u) => u.dimension))).toEqual(new Set(DIMENSIONS));
  });

  it('keeps factor = 10^unitMultiplier × the factor of a unit of multiplier 0', () => {
    for (const unit of UNITS.filter((u) => u.unitMultiplier !== 0)) {
      const unscaled = new Decimal(unit.factor).div(new Decimal(10).pow(unit.unitMultiplier));
      const match = UNITS.find(
        (u) => u.dimension === unit.dimension && u.unitMultiplier === 0 && unscaled.eq(u.factor),
      );
      expect(match, unit.id).toBeDefined();
    }
  });

  it('writes factors as canonical positive decimal strings', () => {
    for (const unit of UNITS) {
      expect(new Decimal(unit.factor).toString(), unit.id).toBe(unit.factor);
      expect(new Decimal(unit.factor).isPositive(), unit.id).toBe(true);
    }
  });

  it('has non-empty labels and ASCII ids', () => {
    for (const unit of UNITS) {
      expect(unit.id, unit.id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
      expect(unit.zh.length, unit.id).toBeGreaterThan(0);
      expect(unit.en.length, unit.id).toBeGreaterThan(0);
      expect(unit.enPlural.length, unit.id).toBeGreaterThan(0);
    }
  });

  it('never lets two lookup keys collide', () => {
    const ids = new Set(UNITS.map((u) => u.id));
    const symbols = new Set(UNITS.map((u) => u.symbol));
    expect(ids.size).toBe(UNITS.length);
    expect(symbols.size).toBe(UNITS.length);
    // 24 ids + 24 symbols + 6 aliases (CNY, ha, m2, km, 千米, m): none overwrote another.
    expect(UNIT_INDEX.size).toBe(UNITS.length * 2 + 12);
  });
});

describe('DIMENSIONS', () => {
  it('is frozen and lists twenty-five dimensions once each', () => {
    expect(Object.isFrozen(DIMENSIONS)).toBe(true);
    expect(new Set(DIMENSIONS).size).toBe(25);
    expect(DIMENSIONS.length).toBe(25);
  });
});
