import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import type { Indicator } from '../models/types.js';
import { aggregationOf } from './aggregationOf.js';

const base: Indicator = {
  id: 'output',
  name: { zh: '产值', en: 'Output' },
  unit: 'yi-yuan',
  direction: 'increase',
  measure: 'flow',
  sector: 'economy',
  attribute: 'anticipatory',
};

describe('aggregationOf', () => {
  it('sums the stocks and flows of additive units', () => {
    expect(aggregationOf(base)).toBe('sum');
    expect(aggregationOf({ ...base, measure: 'stock', unit: 'person' })).toBe('sum');
    expect(aggregationOf({ ...base, formula: { op: 'sum', of: ['a', 'b'] } })).toBe('sum');
  });

  it('recomputes a ratio formula from the rolled-up inputs', () => {
    const ratio = { op: 'ratio', numerator: 'a', denominator: 'b', multiplier: '1' } as const;
    expect(aggregationOf({ ...base, formula: ratio })).toBe('formula');
    // A ratio formula of a rate in percent is recomputed, not left uncombined.
    expect(aggregationOf({ ...base, unit: 'percent', measure: 'rate', formula: ratio })).toBe(
      'formula',
    );
  });

  it('never combines a rate, nor a figure in a unit of the ratio dimension', () => {
    expect(aggregationOf({ ...base, measure: 'rate', unit: 'yuan' })).toBe('none');
    expect(aggregationOf({ ...base, measure: 'stock', unit: 'percent' })).toBe('none');
  });

  it('sums a figure in a unit the catalogue of units does not hold', () => {
    expect(aggregationOf({ ...base, unit: 'hectare-equivalent' })).toBe('sum');
  });

  it('keeps an aggregation the indicator states', () => {
    expect(aggregationOf({ ...base, measure: 'rate', unit: 'percent', aggregation: 'sum' })).toBe(
      'sum',
    );
  });

  it('refuses an indicator of another shape, naming it', () => {
    const error = errorOf(() => aggregationOf(null as never));
    expect([error.code, error.details.field]).toEqual(['invalid-argument', 'indicator']);
  });
});
