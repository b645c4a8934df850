import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { getUnit } from './getUnit.js';
import type { Unit } from './Unit.js';

describe('getUnit', () => {
  it('gets a unit by id or by symbol', () => {
    expect(getUnit('万亩').id).toBe('wan-mu');
    expect(getUnit('wan-mu').symbol).toBe('万亩');
    expect(getUnit('公顷').factor).toBe('15');
  });

  it('throws invalid-unit naming the field unit and the value', () => {
    const error = errorOf(() => getUnit('furlong'));
    expect(error.code).toBe('invalid-unit');
    expect(error.details.field).toBe('unit');
    expect(error.details.value).toBe('furlong');
    expect(error.message).toMatch(/^unit \("furlong"\) is not a known unit: expected an id/);
  });

  it('names the field given in options', () => {
    const error = errorOf(() => getUnit('亩亩', { field: 'observations[3].unit' }));
    expect(error.details.field).toBe('observations[3].unit');
    expect(error.message.startsWith('observations[3].unit ("亩亩")')).toBe(true);
  });

  it('falls back to the field unit when options is null', () => {
    const error = errorOf(() => getUnit('furlong', null as unknown as { field?: string }));
    expect(error.code).toBe('invalid-unit');
    expect(error.details.field).toBe('unit');
  });

  it('explains malformed objects and values of other types', () => {
    expect(errorOf(() => getUnit({ id: 'x' } as unknown as Unit)).message).toMatch(
      /expected a Unit with string labels/,
    );
    expect(errorOf(() => getUnit(42 as unknown as string)).message).toMatch(/got number$/);
    expect(errorOf(() => getUnit(null as unknown as string)).message).toMatch(/got null$/);
    expect(errorOf(() => getUnit(undefined as unknown as string)).details.reason).toBe(
      'expected a string or a Unit, got undefined',
    );
  });
});
