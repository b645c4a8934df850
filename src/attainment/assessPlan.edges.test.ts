/**
 * assessPlan at its edges: the as-of day it derives from the data, what it reads, and the
 * record each error names.
 */
import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../test/fixtures/errors.js';
import { level, milestone, observation, planDataset, project, qualitative } from './_testKit.js';
import { assessPlan } from './assessPlan.js';

describe('assessPlan: the as-of day', () => {
  it('is the latest end among the observations, whatever their order', () => {
    const observations = [
      observation('2023', '9'),
      observation('2020', '8'),
      observation('2021-06', '8.2'),
    ];
    expect(assessPlan(planDataset([level()], observations), 'plan').asOf).toBe('2023-12-31');
  });

  it('counts observations of indicators no target uses', () => {
    const observations = [
      observation('2020', '8'),
      observation('2024-06', '1', { indicator: 'other' }),
    ];
    expect(assessPlan(planDataset([level()], observations), 'plan').asOf).toBe('2024-06-30');
  });

  it('is the latest stage record of a project when that is later', () => {
    const observations = [observation('2020', '8')];
    const scorecard = assessPlan(planDataset([level()], observations, [project()]), 'plan');
    expect(scorecard.asOf).toBe('2021-12-31');
  });

  it('is the latest observation when that is later than every project record', () => {
    const observations = [observation('2023', '9')];
    const scorecard = assessPlan(planDataset([level()], observations, [project()]), 'plan');
    expect(scorecard.asOf).toBe('2023-12-31');
  });
});

describe('assessPlan: what it reads', () => {
  it('reads no observation period when the as-of day is given, beyond those it needs', () => {
    const observations = [
      observation('2020', '8'),
      observation('2021-13', '1', { indicator: 'other' }),
    ];
    const scorecard = assessPlan(planDataset([level()], observations), 'plan', {
      asOf: '2023-12-31',
    });
    expect(scorecard.assessments[0]?.baseline?.period).toBe('2020');
  });

  it('looks up no indicator for a qualitative target that names one', () => {
    const scorecard = assessPlan(planDataset([qualitative({ indicator: 'ghost' })]), 'plan');
    expect(scorecard.assessments[0]).toMatchObject({ indicator: 'ghost', reason: 'qualitative' });
  });
});

describe('assessPlan: the record each error names', () => {
  const bad = (period: string) => project({ stageHistory: [{ period, stage: 'approved' }] });

  it.each<[string, () => unknown, string, string, string | undefined]>([
    [
      'an unknown plan',
      () => assessPlan(planDataset([]), 'ghost'),
      'not-found',
      'planId',
      'the dataset has no plan with this id',
    ],
    [
      'an unknown indicator',
      () => assessPlan(planDataset([level({ indicator: 'ghost' })]), 'plan'),
      'not-found',
      'dataset.plans[0].targets[0].indicator',
      'the dataset has no indicator with this id',
    ],
    [
      'a non-dataset',
      () => assessPlan({ plans: [] } as never, 'plan'),
      'invalid-argument',
      'dataset',
      'expected a dataset with plans, indicators, observations and projects',
    ],
    [
      'a bad plan period',
      () => assessPlan(planDataset([], [], [], { period: '2022/20x6' }), 'plan'),
      'invalid-period',
      'dataset.plans[0].period',
      undefined,
    ],
    [
      'a bad adoption day',
      () => assessPlan(planDataset([], [], [], { adoptedOn: '2021-02-30' }), 'plan'),
      'invalid-period',
      'dataset.plans[0].adoptedOn',
      undefined,
    ],
    [
      'a bad observation period, read for the series',
      () =>
        assessPlan(
          planDataset(
            [level()],
            [
              observation('2020', '8', { indicator: 'other' }),
              observation('2020', '8'),
              observation('2021-13', '9'),
            ],
          ),
          'plan',
          { asOf: '2023-12-31' },
        ),
      'invalid-period',
      'dataset.observations[2].period',
      undefined,
    ],
    [
      'a bad observation value',
      () =>
        assessPlan(
          planDataset(
            [level()],
            [observation('2020', '8', { indicator: 'other' }), observation('2020', 'x')],
          ),
          'plan',
        ),
      'invalid-number',
      'dataset.observations[1].value',
      undefined,
    ],
    [
      'a bad stage period, read for the as-of day',
      () => assessPlan(planDataset([], [], [project({ id: 'museum' }), bad('2021-13')]), 'plan'),
      'invalid-period',
      'dataset.projects[1].stageHistory[0].period',
      undefined,
    ],
    [
      'a bad stage period, read for a milestone',
      () =>
        assessPlan(
          planDataset([milestone()], [], [project({ id: 'museum' }), bad('2021-13')]),
          'plan',
          {
            asOf: '2022-06-30',
          },
        ),
      'invalid-period',
      'dataset.projects[1].stageHistory[0].period',
      undefined,
    ],
  ])('%s', (_name, run, code, field, reason) => {
    const [actualCode, actualField, actualReason] = detailsOf(run);
    expect(actualCode).toBe(code);
    expect(actualField).toBe(field);
    if (reason !== undefined) expect(actualReason).toBe(reason);
  });
});
