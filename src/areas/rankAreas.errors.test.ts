import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import type { Dataset, Indicator } from '../models/types.js';
import { INDICATORS, obs, town } from './_testKit.js';
import { rankAreas } from './rankAreas.js';

// rankAreas' refusals, each with its code, field, value and reason.

const towns = [town('a', [obs('output', '2022', '8')]), town('b', [obs('output', '2022', '5')])];
const options = { indicator: 'output', period: '2022' };

describe('rankAreas refuses, saying why', () => {
  it('options that are not an object', () => {
    for (const bad of [undefined, null, 'output']) {
      const error = errorOf(() => rankAreas(towns, bad as never));
      expect([error.code, error.details]).toEqual([
        'invalid-argument',
        {
          field: 'options',
          value: bad,
          reason: 'expected an object of options',
        },
      ]);
    }
  });

  it('a ranking of another kind', () => {
    const error = errorOf(() => rankAreas(towns, { ...options, by: 'size' as never }));
    expect([error.code, error.details]).toEqual([
      'invalid-argument',
      { field: 'by', value: 'size', reason: 'expected value, growth or completion' },
    ]);
  });

  it('an indicator no dataset defines', () => {
    const error = errorOf(() => rankAreas(towns, { ...options, indicator: 'tax' }));
    expect([error.code, error.details]).toEqual([
      'not-found',
      { field: 'indicator', value: 'tax', reason: 'no dataset defines this indicator' },
    ]);
  });

  it('a completion ranking without a target', () => {
    const error = errorOf(() => rankAreas(towns, { ...options, by: 'completion' }));
    expect([error.code, error.details]).toEqual([
      'invalid-argument',
      {
        field: 'target',
        value: undefined,
        reason: 'a completion ranking needs the id of a target',
      },
    ]);
  });

  it('a neutral indicator without an order', () => {
    const neutral = { ...(INDICATORS.output as Indicator), direction: 'neutral' } as Indicator;
    const level = [town('a', [obs('output', '2022', '8')], { indicators: [neutral] })];
    const error = errorOf(() => rankAreas(level, options));
    expect([error.code, error.details]).toEqual([
      'invalid-argument',
      {
        field: 'order',
        value: 'neutral',
        reason: 'indicator output is neutral: say which order ranks it (descending or ascending)',
      },
    ]);
  });

  it('datasets of another shape, as invalid-dataset naming the datasets', () => {
    const [a, b] = towns as [Dataset, Dataset];
    const error = errorOf(() => rankAreas([{ ...a, indicators: [null] } as never, b], options));
    expect([error.code, error.details.field]).toEqual(['invalid-dataset', 'datasets']);
  });

  it('ranks by value when no ranking is named', () => {
    const result = rankAreas(towns, options);
    expect(result.areas.map((row) => [row.area.id, row.rank])).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
  });
});
