import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { isUnitCompatible } from './isUnitCompatible.js';
import { UNITS } from './UNITS.js';

describe('isUnitCompatible', () => {
  it('is true within a dimension', () => {
    expect(isUnitCompatible('元', '亿元')).toBe(true);
    expect(isUnitCompatible('hectare', '平方米')).toBe(true);
    expect(isUnitCompatible('公里', 'metre')).toBe(true);
    expect(isUnitCompatible('万人次', '人次')).toBe(true);
  });

  it('is false across dimensions, including counts of different things', () => {
    expect(isUnitCompatible('个', '件')).toBe(false);
    expect(isUnitCompatible('人', '人次')).toBe(false);
    expect(isUnitCompatible('亿元', '万亩')).toBe(false);
    expect(isUnitCompatible('%', '个')).toBe(false);
  });

  it('agrees with the dimensions of the catalogue, both ways', () => {
    for (const a of UNITS) {
      for (const b of UNITS) {
        expect(isUnitCompatible(a, b.symbol)).toBe(a.dimension === b.dimension);
      }
    }
  });

  it('throws invalid-unit naming the unknown side', () => {
    const first = errorOf(() => isUnitCompatible('furlong', '米'));
    expect([first.code, first.details.field]).toEqual(['invalid-unit', 'a']);
    const second = errorOf(() => isUnitCompatible('米', 'furlong'));
    expect([second.code, second.details.field]).toEqual(['invalid-unit', 'b']);
  });
});
