import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { findUnit } from './findUnit.js';
import { UNITS } from './UNITS.js';
import type { Unit } from './Unit.js';
import { unitForMultiplier } from './unitForMultiplier.js';

describe('unitForMultiplier', () => {
  it('finds the scaled units of SDMX UNIT_MULT', () => {
    expect(unitForMultiplier('yuan', 8)).toBe(findUnit('亿元'));
    expect(unitForMultiplier('yuan', 4)).toBe(findUnit('万元'));
    expect(unitForMultiplier('元', 0)).toBe(findUnit('元'));
    expect(unitForMultiplier('mu', 4).id).toBe('wan-mu');
    expect(unitForMultiplier('株', 4).id).toBe('wan-plant');
    expect(unitForMultiplier('person-time', 4).id).toBe('wan-person-time');
  });

  it('scales relative to the unit given', () => {
    expect(unitForMultiplier('wan-yuan', 4).id).toBe('yi-yuan');
    expect(unitForMultiplier('亿元', -8).id).toBe('yuan');
    expect(unitForMultiplier('亿元', -4).id).toBe('wan-yuan');
  });

  it('inverts unitMultiplier for every unit of the catalogue', () => {
    for (const unit of UNITS) {
      const unscaled = unitForMultiplier(unit, -unit.unitMultiplier);
      expect(unscaled.unitMultiplier, unit.id).toBe(0);
      expect(unitForMultiplier(unscaled, unit.unitMultiplier), unit.id).toBe(unit);
    }
  });

  it('returns a copy of a unit of the caller for multiplier 0', () => {
    const custom: Unit = { ...UNITS[0]!, id: 'custom' };
    expect(unitForMultiplier(custom, 0)).toEqual(custom);
    expect(unitForMultiplier(custom, 0)).not.toBe(custom);
  });

  it('throws invalid-unit when the catalogue holds no such unit', () => {
    for (const [base, multiplier] of [
      ['metre', 3],
      ['hectare', 4],
      ['yuan', 6],
      ['percent', 4],
    ] as const) {
      const error = errorOf(() => unitForMultiplier(base, multiplier));
      expect([error.code, error.details.field, error.details.value]).toEqual([
        'invalid-unit',
        'multiplier',
        multiplier,
      ]);
    }
    const error = errorOf(() => unitForMultiplier('元', 6));
    expect(error.details.base).toBe('yuan');
    expect(error.message).toBe(
      'multiplier (6) is not a known unit: the catalogue holds no unit of 10^6 元',
    );
  });

  it('throws invalid-argument for a multiplier that is not a whole number', () => {
    for (const multiplier of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, '8']) {
      const error = errorOf(() => unitForMultiplier('yuan', multiplier as number));
      expect([error.code, error.details.field]).toEqual(['invalid-argument', 'multiplier']);
      expect(error.details.reason).toBe('expected a whole power of ten such as 0, 4 or 8');
    }
  });

  it('throws invalid-unit naming base when the base is unknown', () => {
    const error = errorOf(() => unitForMultiplier('furlong', 0));
    expect([error.code, error.details.field]).toEqual(['invalid-unit', 'base']);
  });
});
