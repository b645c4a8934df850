/**
 * The exact error (code, field, reason) of each malformed input the attainment functions
 * reject, so that a caller can tell which record and which field to fix.
 */
import { describe, expect, it } from 'vitest';
import { detailsOf, errorOf } from '../../test/fixtures/errors.js';
import type { Observation, Target } from '../models/types.js';
import {
  cumulative,
  growth,
  indicator,
  level,
  milestone,
  observation,
  project,
  qualitative,
} from './_testKit.js';
import {
  type AssessTargetContext,
  type AssessTargetOptions,
  assessTarget,
} from './assessTarget.js';

const output = indicator();
const trees = indicator({ id: 'trees', unit: 'plant', measure: 'flow' });
const eightToNine = [observation('2020', '8'), observation('2023', '9')];
const context = { indicator: output, observations: eightToNine };
const planted = {
  indicator: trees,
  observations: [observation('2022', '5', { indicator: 'trees' })],
};

type Case = [string, () => unknown, string, string | undefined, string | undefined];

const cases: Case[] = [
  [
    'a target that is not an object',
    () => assessTarget(null as never, context),
    'invalid-argument',
    'target',
    'expected a target object with a kind',
  ],
  [
    'a function posing as a target',
    () => assessTarget(Object.assign(() => undefined, qualitative()) as never, context),
    'invalid-argument',
    'target',
    'expected a target object with a kind',
  ],
  [
    'a context that is not an object',
    () => assessTarget(level(), 'context' as never),
    'invalid-argument',
    'context',
    'expected an object { indicator, observations, project, plan }',
  ],
  [
    'observations that are not an array',
    () => assessTarget(level(), { indicator: output, observations: 'x' as never }),
    'invalid-argument',
    'context.observations',
    'expected an array of observations',
  ],
  [
    'a bad plan period',
    () => assessTarget(level(), { ...context, plan: { period: '2022/20x6' } }),
    'invalid-period',
    'context.plan.period',
    undefined,
  ],
  [
    'an unknown kind',
    () => assessTarget({ ...level(), kind: 'wish' } as never, context),
    'invalid-argument',
    'target.kind',
    'expected level, growth, cumulative, milestone or qualitative',
  ],
  [
    'a missing indicator',
    () => assessTarget(level(), { observations: eightToNine }),
    'invalid-argument',
    'context.indicator',
    'the target needs its indicator "output"',
  ],
  [
    'an unknown comparator',
    () => assessTarget(level({ comparator: 'about' as never }), context),
    'invalid-argument',
    'target.comparator',
    "expected 'at-least' or 'at-most'",
  ],
  [
    'a planned growth of -100%',
    () => assessTarget(level({ annualGrowthPercent: '-100' }), context),
    'invalid-argument',
    'target.annualGrowthPercent',
    'a planned growth must be above -100%',
  ],
  [
    'a planned growth that is not a number',
    () => assessTarget(level({ annualGrowthPercent: 'x' }), context),
    'invalid-number',
    'target.annualGrowthPercent',
    undefined,
  ],
  [
    'a stated baseline that is not a number',
    () => assessTarget(level({ baseline: { period: '2020', value: 'x' } }), context),
    'invalid-number',
    'target.baseline.value',
    undefined,
  ],
  [
    'a stated baseline with a bad period',
    () => assessTarget(level({ baseline: { period: '2020-13', value: '8' } }), context),
    'invalid-period',
    'target.baseline.period',
    undefined,
  ],
  [
    'a growth target with a bad period',
    () => assessTarget(growth({ period: '2022-Q5' }), context),
    'invalid-period',
    'target.period',
    undefined,
  ],
  [
    'a growth target with a bad base period',
    () => assessTarget(growth({ basePeriod: '2021-Q5' }), context),
    'invalid-period',
    'target.basePeriod',
    undefined,
  ],
  [
    'a growth target ending at its base period',
    () => assessTarget(growth({ period: '2021' }), context),
    'invalid-periods',
    'target.period',
    'a growth target must end after its base period 2021',
  ],
  [
    'a growth target whose level is beyond the accepted range',
    () =>
      assessTarget(growth({ annualGrowthPercent: '1e300', basePeriod: '2020', period: '2026' }), {
        indicator: output,
        observations: [observation('2020', '1'), observation('2021', '2')],
      }),
    'invalid-number',
    'target.annualGrowthPercent',
    'the target level it implies is outside the accepted range',
  ],
  [
    'a growth target whose level overflows only with the base',
    () =>
      assessTarget(growth({ annualGrowthPercent: '9900' }), {
        indicator: output,
        observations: [observation('2021', '1e999'), observation('2022', '1e999')],
      }),
    'invalid-number',
    'target.annualGrowthPercent',
    'the target level it implies is outside the accepted range',
  ],
  [
    'a required rate beyond the accepted range',
    () =>
      assessTarget(level({ value: '1e900', period: '2020-01-03' }), {
        indicator: output,
        observations: [observation('2020-01-01', '1'), observation('2020-01-02', '1')],
      }),
    'invalid-number',
    'requiredAnnualRate',
    undefined,
  ],
  [
    'a catch-up rate beyond the accepted range',
    () =>
      assessTarget(level({ value: '1e900', period: '2020-01-02' }), {
        indicator: output,
        observations: [observation('2000', '1'), observation('2020-01-01', '1')],
      }),
    'invalid-number',
    'catchUpRate',
    undefined,
  ],
  [
    'a cumulative target with an unknown comparator',
    () => assessTarget(cumulative({ comparator: 'near' as never }), planted),
    'invalid-argument',
    'target.comparator',
    "expected 'at-least' or 'at-most'",
  ],
  [
    'a cumulative target that is not a number',
    () => assessTarget(cumulative({ value: 'ten' }), planted),
    'invalid-number',
    'target.value',
    undefined,
  ],
  [
    'a cumulative target in an unknown unit',
    () => assessTarget(cumulative({ unit: 'furlong' }), planted),
    'invalid-unit',
    'target.unit',
    undefined,
  ],
  [
    'a cumulative target with a bad period',
    () => assessTarget(cumulative({ period: '2022/20x6' }), planted),
    'invalid-period',
    'target.period',
    undefined,
  ],
  [
    'a milestone with a bad due day',
    () => assessTarget(milestone({ due: '2022-02-30' }), { project: project() }),
    'invalid-period',
    'target.due',
    undefined,
  ],
  [
    'a milestone of another project',
    () => assessTarget(milestone({ project: 'museum' }), { project: project() }),
    'invalid-argument',
    'context.project',
    'the target\'s project is "museum"',
  ],
  [
    'a bad stage period, read for the default as-of day',
    () =>
      assessTarget(milestone(), {
        project: project({ stageHistory: [{ period: '2021-13', stage: 'approved' }] }),
      }),
    'invalid-period',
    'context.project.stageHistory[0].period',
    undefined,
  ],
  [
    'a bad stage period, read for the stage',
    () =>
      assessTarget(
        milestone(),
        { project: project({ stageHistory: [{ period: '2021-13', stage: 'approved' }] }) },
        { asOf: '2022-01-01' },
      ),
    'invalid-period',
    'context.project.stageHistory[0].period',
    undefined,
  ],
  [
    'a bad done day, read for the default as-of day',
    () =>
      assessTarget(milestone(), {
        project: project({
          milestones: [{ id: 'open', title: { zh: '开', en: 'Opens' }, due: '2022', doneOn: 'x' }],
        }),
      }),
    'invalid-period',
    'context.project.milestones[0].doneOn',
    undefined,
  ],
  [
    'a bad done day, read for the milestone',
    () =>
      assessTarget(
        milestone(),
        {
          project: project({
            milestones: [
              { id: 'open', title: { zh: '开', en: 'Opens' }, due: '2022', doneOn: 'x' },
            ],
          }),
        },
        { asOf: '2022-01-01' },
      ),
    'invalid-period',
    'context.project.milestones[0].doneOn',
    undefined,
  ],
];

describe('assessTarget: the error of each malformed input', () => {
  it.each(cases)('%s', (_name, run, code, field, reason) => {
    const [actualCode, actualField, actualReason] = detailsOf(run);
    expect(actualCode).toBe(code);
    expect(actualField).toBe(field);
    if (reason !== undefined) expect(actualReason).toBe(reason);
  });

  it('reports the value at fault', () => {
    expect(
      errorOf(() => assessTarget({ ...level(), kind: 'wish' } as never, context)).details.value,
    ).toBe('wish');
    expect(
      errorOf(() => assessTarget(milestone({ project: 'museum' }), { project: project() })).details
        .value,
    ).toBe('hotel');
    expect(
      errorOf(() =>
        assessTarget(growth({ annualGrowthPercent: '1e300', basePeriod: '2020', period: '2026' }), {
          indicator: output,
          observations: [observation('2020', '1'), observation('2021', '2')],
        }),
      ).details.value,
    ).toBe('1e300');
  });
});

describe('assessTarget: the option errors', () => {
  const run = (options: unknown) =>
    detailsOf(() => assessTarget(level(), context, options as AssessTargetOptions));

  it.each<[string, unknown, string, string, string | undefined]>([
    ['not an object', 'fast', 'invalid-argument', 'options', 'expected an options object'],
    ['null', null, 'invalid-argument', 'options', 'expected an options object'],
    [
      'an unknown method',
      { method: 'vibes' },
      'invalid-argument',
      'options.method',
      'expected one of progress-ratio, current-status, projection, schedule',
    ],
    [
      'an unknown basis',
      { basis: 'week' },
      'invalid-argument',
      'options.basis',
      "expected 'month' or 'day'",
    ],
    [
      'a negative tolerance',
      { tolerance: '-0.1' },
      'invalid-argument',
      'options.tolerance',
      'the tolerance cannot be negative',
    ],
    [
      'a tolerance that is not a number',
      { tolerance: 'x' },
      'invalid-number',
      'options.tolerance',
      undefined,
    ],
    [
      'thresholds that are not an object',
      { thresholds: 1 },
      'invalid-argument',
      'options.thresholds',
      'expected an object { onTrack, needsAcceleration, limitedProgress }',
    ],
    [
      'null thresholds',
      { thresholds: null },
      'invalid-argument',
      'options.thresholds',
      'expected an object { onTrack, needsAcceleration, limitedProgress }',
    ],
    [
      'thresholds out of order',
      { thresholds: { onTrack: '0.5' } },
      'invalid-argument',
      'options.thresholds',
      'expected onTrack ≥ needsAcceleration ≥ limitedProgress',
    ],
    [
      'a limited-progress threshold above needs-acceleration',
      { thresholds: { limitedProgress: '0.7' } },
      'invalid-argument',
      'options.thresholds',
      'expected onTrack ≥ needsAcceleration ≥ limitedProgress',
    ],
  ])('rejects %s', (_name, options, code, field, reason) => {
    const [actualCode, actualField, actualReason] = run(options);
    expect(actualCode).toBe(code);
    expect(actualField).toBe(field);
    if (reason !== undefined) expect(actualReason).toBe(reason);
  });

  it('reports the thresholds at fault, as read', () => {
    const error = errorOf(() => assessTarget(level(), context, { thresholds: { onTrack: '0.5' } }));
    expect(error.details.value).toEqual({
      onTrack: '0.5',
      needsAcceleration: '0.6',
      limitedProgress: '0',
    });
  });
});

describe('assessTarget: what it does not read', () => {
  const broken: Observation[] = [observation('2020-13', '8', { indicator: 'other' })];

  it('leaves the observations alone for a milestone, even one carrying an indicator', () => {
    const target = { ...milestone(), indicator: 'other' } as unknown as Target;
    const context: AssessTargetContext = { project: project(), observations: broken };
    expect(assessTarget(target, context, { asOf: '2022-06-30' }).status).toBe('on-track');
  });

  it('leaves the observations alone for a qualitative target without an indicator', () => {
    const stray = [
      { ...observation('2020-13', '8'), indicator: undefined } as unknown as Observation,
    ];
    const result = assessTarget(qualitative(), { observations: stray });
    expect(result.reason).toBe('qualitative');
    expect(result.approximate).toBe(false);
  });
});
