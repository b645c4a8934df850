import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { assessPlan } from '../attainment/assessPlan.js';
import type { Dataset, Target } from '../models/types.js';
import { obs, source, threeTowns, town } from './_testKit.js';
import { assessAreas } from './assessAreas.js';

const level = (id: string, attribute: Target['attribute'], value: string): Target => ({
  kind: 'level',
  id,
  title: { zh: `目标${id}`, en: `Target ${id}` },
  attribute,
  source,
  indicator: 'output',
  value,
  period: '2026',
  comparator: 'at-least',
});

const towns = [
  town('a', [obs('output', '2021', '100'), obs('output', '2022', '104')], {
    targets: [level('bind', 'binding', '110'), level('grow', 'anticipatory', '200')],
  }),
  town('b', [obs('output', '2021', '100'), obs('output', '2022', '98')], {
    targets: [level('bind', 'binding', '110'), level('grow', 'anticipatory', '200')],
  }),
  town('c', [obs('output', '2021', '100'), obs('output', '2022', '90')], {
    targets: [level('bind', 'binding', '110')],
  }),
];

describe('assessAreas', () => {
  it('assesses each area, counts statuses across areas and flags binding targets by status', () => {
    const result = assessAreas(towns, { asOf: '2022-12-31' });
    expect(result.areas.map((area) => area.area.id)).toEqual(['a', 'b', 'c']);
    expect(result.areas[0]?.scorecards[0]).toEqual(
      assessPlan(towns[0]!, 'plan', { asOf: '2022-12-31' }),
    );
    expect(result.areas.map((area) => area.counts.deterioration)).toEqual([0, 2, 1]);
    expect(result.counts).toEqual({
      achieved: 0,
      'on-track': 1,
      'needs-acceleration': 0,
      'limited-progress': 1,
      deterioration: 3,
      missed: 0,
      'not-assessable': 0,
    });
    expect(result.binding).toEqual([
      {
        targetId: 'bind',
        title: { zh: '目标bind', en: 'Target bind' },
        areas: { deterioration: ['b', 'c'] },
      },
    ]);
    expect(result.areas[1]).toMatchObject({ dataset: 'b', area: { id: 'b', name: { zh: 'b镇' } } });
  });

  it('assesses a plan common to all, and names an area that lacks it', () => {
    const result = assessAreas(towns, { plan: 'plan', asOf: '2022-12-31' });
    expect(result.areas.map((area) => area.scorecards.length)).toEqual([1, 1, 1]);
    let error: unknown;
    try {
      assessAreas([...towns, town('d', [obs('output', '2022', '1')])], { plan: 'plan' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({
      code: 'not-found',
      details: {
        field: 'plan',
        value: 'plan',
        area: 'd',
        reason: 'area d has no plan with this id',
      },
    });
  });

  it('keeps only the counts and the alerts when asked, with the same figures', () => {
    const full = assessAreas(towns, { asOf: '2022-12-31' });
    const lean = assessAreas(towns, { asOf: '2022-12-31', scorecards: false });
    expect(lean).toEqual({
      ...full,
      areas: full.areas.map((area) => ({ ...area, scorecards: [] })),
    });
    expect(lean.binding).toEqual(full.binding);
    expect(lean.binding).not.toEqual([]);
    expect(assessAreas(towns, { asOf: '2022-12-31', scorecards: true })).toEqual(full);
  });

  it('refuses options that are not an object', () => {
    const error = errorOf(() => assessAreas(towns, null as never));
    expect([error.code, error.details]).toEqual([
      'invalid-argument',
      { field: 'options', value: null, reason: 'expected an object of options' },
    ]);
  });

  it('refuses a scorecards option that is not true or false, naming it', () => {
    const error = errorOf(() => assessAreas(towns, { scorecards: 'no' as never }));
    expect([error.code, error.details.field, error.details.value]).toEqual([
      'invalid-argument',
      'options.scorecards',
      'no',
    ]);
    expect(error.details.reason).toBe(
      "expected true (keep each area's scorecards) or false (only the counts)",
    );
  });

  it('gives zero counts for areas without plans', () => {
    const result = assessAreas([town('d', [])]);
    expect(result.areas[0]?.scorecards).toEqual([]);
    expect(result.counts).toEqual({});
    expect(result.binding).toEqual([]);
  });

  it('refuses a dataset of another shape as invalid-dataset, naming the datasets', () => {
    const [a, b] = threeTowns as [Dataset, Dataset];
    const broken = { ...a, plans: [null] } as unknown as Dataset;
    const error = errorOf(() => assessAreas([broken, b]));
    expect([error.code, error.details.field]).toEqual(['invalid-dataset', 'datasets']);
  });
});
