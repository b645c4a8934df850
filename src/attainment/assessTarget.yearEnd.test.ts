import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import {
  cumulative,
  growth,
  indicator,
  level,
  milestone,
  observation,
  planDataset,
  project,
} from './_testKit.js';
import { assessPlan } from './assessPlan.js';
import { assessTarget } from './assessTarget.js';
import type { AssessmentMethod } from './types.js';

const flow = indicator({ measure: 'flow' });
const METHODS: readonly AssessmentMethod[] = [
  'progress-ratio',
  'current-status',
  'projection',
  'schedule',
];

describe('the year-end verdict', () => {
  it('is missed or achieved once the year is over and its figure known (known answers)', () => {
    for (const method of METHODS) {
      const missed = assessTarget(
        growth(),
        { indicator: flow, observations: [observation('2021', '8.0'), observation('2022', '8.4')] },
        { asOf: '2023-01-31', method },
      );
      expect(missed.status).toBe('missed');
      expect(missed.provisional).toBe(false);
      expect(missed.basis).toBe('period');
      expect(missed.target?.value.toString()).toBe('8.48');
      expect(missed.actualAnnualRate?.toString()).toBe('0.05');
      const achieved = assessTarget(
        growth(),
        { indicator: flow, observations: [observation('2021', '8.0'), observation('2022', '8.5')] },
        { asOf: '2023-01-31', method },
      );
      expect(achieved.status).toBe('achieved');
    }
  });

  it('keeps the running labels on the last day of the period', () => {
    const result = assessTarget(
      growth(),
      { indicator: flow, observations: [observation('2021', '8.0'), observation('2022', '8.4')] },
      { asOf: '2022-12-31' },
    );
    expect(result.status).toBe('needs-acceleration');
  });

  it('is missed without a baseline, and even where no compound rate exists', () => {
    const noBase = assessTarget(
      level({ period: '2022' }),
      { indicator: indicator(), observations: [observation('2022', '9')] },
      { asOf: '2023-03-01' },
    );
    expect(noBase.status).toBe('missed');
    expect(noBase.baseline).toBeNull();
    const zero = assessTarget(
      level({ period: '2022' }),
      {
        indicator: indicator(),
        observations: [observation('2020', '0'), observation('2022', '9')],
      },
      { asOf: '2023-03-01' },
    );
    expect(zero.status).toBe('missed');
    expect(zero.completion.increment?.toString()).toBe(new Decimal(9).div('10.5').toString());
  });

  it('is provisional on the latest figures while the period’s figure is not known', () => {
    const result = assessTarget(
      level({ period: '2022' }),
      {
        indicator: indicator(),
        observations: [observation('2020', '8'), observation('2021', '8.5')],
      },
      { asOf: '2023-01-31' },
    );
    expect(result.provisional).toBe(true);
    expect(result.latest?.period).toBe('2021');
    expect(result.status).toBe('limited-progress');
    const running = assessTarget(
      level({ period: '2022' }),
      {
        indicator: indicator(),
        observations: [observation('2020', '8'), observation('2021', '8.5')],
      },
      { asOf: '2022-12-31' },
    );
    expect(running.provisional).toBe(false);
  });

  it('gives cumulative totals the same verdict', () => {
    const trees = indicator({ id: 'trees', unit: 'plant', measure: 'flow' });
    const planted = (values: string[]) =>
      values.map((value, i) => observation(String(2022 + i), value, { indicator: 'trees' }));
    const context = (values: string[]) => ({ indicator: trees, observations: planted(values) });
    const short = ['10000', '10000', '10000', '10000', '10000'];
    expect(assessTarget(cumulative(), context(short), { asOf: '2027-02-01' }).status).toBe(
      'missed',
    );
    expect(assessTarget(cumulative(), context(short), { asOf: '2026-12-31' }).status).toBe(
      'limited-progress',
    );
    const partial = assessTarget(cumulative(), context(short.slice(0, 4)), { asOf: '2027-02-01' });
    expect(partial.provisional).toBe(true);
    expect(partial.status).not.toBe('missed');
    const cap = cumulative({ comparator: 'at-most', value: '4', unit: 'wan-plant' });
    expect(assessTarget(cap, context(short), { asOf: '2027-02-01' }).status).toBe('missed');
    expect(assessTarget(cap, context(short), { asOf: '2026-12-31' }).status).toBe('deterioration');
    const kept = ['5000', '5000', '5000', '5000', '5000'];
    expect(assessTarget(cap, context(kept), { asOf: '2027-02-01' }).status).toBe('achieved');
  });

  it('counts missed targets in a scorecard', () => {
    const dataset = planDataset(
      [growth({ id: 'a' }), growth({ id: 'b', annualGrowthPercent: '4' })],
      [observation('2021', '8.0'), observation('2022', '8.4')],
      [],
      { period: '2022' },
    );
    const scorecard = assessPlan(dataset, 'plan', { asOf: '2023-01-31' });
    expect(scorecard.counts.missed).toBe(1);
    expect(scorecard.counts.achieved).toBe(1);
  });
});

describe('milestones in time', () => {
  it('carry the 序时进度 of their due period', () => {
    const result = assessTarget(
      milestone({ due: '2022' }),
      { project: project() },
      { asOf: '2022-06-30' },
    );
    expect(result.timeElapsed?.toString()).toBe('0.5');
    const scorecard = assessPlan(
      planDataset([milestone({ due: '2022' })], [], [project()], { period: '2022' }),
      'plan',
      {
        asOf: '2022-06-30',
      },
    );
    expect(scorecard.assessments[0]?.timeElapsed?.toString()).toBe(
      scorecard.timeElapsed.toString(),
    );
    const byDay = assessTarget(
      milestone({ due: '2022' }),
      { project: project() },
      { asOf: '2022-06-30', basis: 'day' },
    );
    expect(byDay.timeElapsed?.toFixed(4)).toBe('0.4959');
  });
});
