import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { obs, town } from './_testKit.js';
import { assessAreas } from './assessAreas.js';
import { rankAreas } from './rankAreas.js';
import { rollUp } from './rollUp.js';

// The list of datasets every areas entry takes, refused alike by each: code, field, value, reason.

const a = town('a', [obs('output', '2022', '8')]);
const entries = {
  assessAreas: (datasets: unknown) => assessAreas(datasets as never),
  rankAreas: (datasets: unknown) =>
    rankAreas(datasets as never, { indicator: 'output', period: '2022' }),
  rollUp: (datasets: unknown) =>
    rollUp(datasets as never, { id: 'district', area: { id: 'd', name: { zh: '区', en: 'D' } } }),
};

describe.each(Object.entries(entries))('%s refuses a list of datasets', (_, entry) => {
  it('that is empty or not a list', () => {
    expect(errorOf(() => entry([])).details).toEqual({
      field: 'datasets',
      value: [],
      reason: 'expected a non-empty list of datasets, one per area',
    });
    expect(errorOf(() => entry('towns')).details.value).toBe('string');
  });

  it('with an item that is not a dataset', () => {
    for (const bad of [
      undefined,
      null,
      7,
      { ...a, area: { name: a.area.name } },
      { ...a, plans: 'none' },
    ]) {
      const error = errorOf(() => entry([a, bad]));
      expect([error.code, error.details]).toEqual([
        'invalid-argument',
        {
          field: 'datasets[1]',
          value: bad === null ? 'object' : typeof bad,
          reason: 'expected a dataset with an area, indicators, observations and plans',
        },
      ]);
    }
  });

  it('with two datasets of one area', () => {
    const error = errorOf(() => entry([a, town('b', []), { ...a, id: 'again' }]));
    expect([error.code, error.details]).toEqual([
      'invalid-argument',
      {
        field: 'datasets[2].area.id',
        value: 'a',
        reason: 'the area of datasets[0] too: one dataset per area',
      },
    ]);
  });
});
