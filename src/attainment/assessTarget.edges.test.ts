/**
 * The engine at the edges of its decisions: thresholds met exactly, days that fall on a
 * boundary, ties between records, and the flags each kind of target reports.
 */
import { describe, expect, it } from 'vitest';
import type { Observation } from '../models/types.js';
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
import { assessTarget } from './assessTarget.js';
import type { AssessmentMethod } from './types.js';

const output = indicator();
const flow = indicator({ measure: 'flow' });
const trees = indicator({ id: 'trees', unit: 'plant', measure: 'flow' });
const tree = (period: string, value: string, overrides: Partial<Observation> = {}) =>
  observation(period, value, { indicator: 'trees', ...overrides });

describe('statuses at their thresholds', () => {
  // A one-year growth of 5% against 10% planned: R = 0.05 / 0.1 = 0.5 exactly.
  const halfway = {
    indicator: output,
    observations: [observation('2021', '100'), observation('2022', '105')],
  };
  const target = growth({ annualGrowthPercent: '10' });

  it('has a progress ratio of exactly 0.5', () => {
    expect(assessTarget(target, halfway).progressRatio?.toString()).toBe('0.5');
  });

  it.each<
    [string, { onTrack?: string; needsAcceleration?: string; limitedProgress?: string }, string]
  >([
    ['on track at R = onTrack', { onTrack: '0.5', needsAcceleration: '0.5' }, 'on-track'],
    [
      'needs acceleration just above R',
      { onTrack: '0.51', needsAcceleration: '0.5' },
      'needs-acceleration',
    ],
    [
      'needs acceleration at R = needsAcceleration',
      { onTrack: '0.9', needsAcceleration: '0.5' },
      'needs-acceleration',
    ],
    [
      'limited progress just above R',
      { onTrack: '0.9', needsAcceleration: '0.51' },
      'limited-progress',
    ],
    [
      'limited progress at R = limitedProgress',
      { onTrack: '0.9', needsAcceleration: '0.6', limitedProgress: '0.5' },
      'limited-progress',
    ],
  ])('is %s', (_name, thresholds, status) => {
    expect(assessTarget(target, halfway, { thresholds }).status).toBe(status);
  });

  // From 100 in 2020 toward 120 in 2022, with the latest figure at the deadline: the
  // projection is the latest value itself, and the index 10·(a − 100)/20.
  const at2022 = (latest: string) => ({
    indicator: output,
    observations: [observation('2020', '100'), observation('2022', latest)],
  });
  const toward120 = level({ value: '120', period: '2022' });

  it.each<[AssessmentMethod, string, string, string]>([
    ['projection', '119', 'on-track', '0.95'],
    ['projection', '118.9', 'needs-acceleration', '0.945'],
    ['projection', '102', 'needs-acceleration', '0.1'],
    ['projection', '101.9', 'limited-progress', '0.095'],
    ['projection', '100', 'limited-progress', '0'],
    ['projection', '99', 'deterioration', '-0.05'],
  ])('by %s at %s is %s (ratio %s)', (method, latest, status, ratio) => {
    const result = assessTarget(toward120, at2022(latest), { method });
    expect(result.status).toBe(status);
    expect(result.projectionRatio?.toString()).toBe(ratio);
  });

  it.each<[string, string, string]>([
    ['119', 'on-track', '9.5'],
    ['118', 'needs-acceleration', '9'],
    ['100', 'limited-progress', '0'],
    ['99', 'deterioration', '-0.5'],
  ])('by current status at %s is %s (index %s)', (latest, status, index) => {
    const result = assessTarget(toward120, at2022(latest), { method: 'current-status' });
    expect(result.status).toBe(status);
    expect(result.currentStatusIndex?.toString()).toBe(index);
  });

  // From 8 (2020) toward 10.5 (2026), half the time gone by 2023: the gap is the increment
  // completion less 0.5.
  const by2023 = (latest: string) => ({
    indicator: output,
    observations: [observation('2020', '8'), observation('2023', latest)],
  });

  it.each<[string, string, string, string, string]>([
    ['9.5', '0.05', 'ahead', 'on-track', '0.1'],
    ['9.5', '0.1', 'on-schedule', 'on-track', '0.1'],
    ['9.25', '0.1', 'on-schedule', 'on-track', '0'],
    ['9', '0.1', 'on-schedule', 'on-track', '-0.1'],
    ['9', '0.05', 'behind', 'needs-acceleration', '-0.1'],
  ])('on schedule at %s with tolerance %s is %s', (latest, tolerance, state, status, gap) => {
    const result = assessTarget(level(), by2023(latest), { method: 'schedule', tolerance });
    expect(result.scheduleGap?.toString()).toBe(gap);
    expect(result.scheduleState).toBe(state);
    expect(result.status).toBe(status);
  });
});

describe('level targets: the baseline', () => {
  const plan = { period: '2022/2026' };

  it('takes the last figure ending the day before the plan starts, not one ending on its first day', () => {
    const result = assessTarget(level(), {
      indicator: output,
      plan,
      observations: [
        observation('2021', '8'),
        observation('2022-01-01', '8.5'),
        observation('2023', '9'),
      ],
    });
    expect(result.baseline).toEqual({ period: '2021', value: expect.anything() });
    expect(result.baseline?.value.toString()).toBe('8');
  });

  it('takes the baseline that ended by the as-of day when that is before the plan', () => {
    const result = assessTarget(
      level(),
      {
        indicator: output,
        plan,
        observations: [
          observation('2019', '7'),
          observation('2020', '8'),
          observation('2021', '8.5'),
        ],
      },
      { asOf: '2020-12-31' },
    );
    expect(result.baseline?.period).toBe('2020');
    expect(result.latest?.period).toBe('2020');
  });

  it('reports a stated baseline as exact', () => {
    const result = assessTarget(level({ baseline: { period: '2020', value: '8' } }), {
      indicator: output,
      observations: [observation('2023', '9')],
    });
    expect(result.baseline?.period).toBe('2020');
    expect(result.approximate).toBe(false);
    expect(result.status).toBe('needs-acceleration');
  });

  it('is not approximate without a baseline, or without a latest figure', () => {
    const noBaseline = assessTarget(
      level(),
      { indicator: output, observations: [observation('2023', '9')] },
      {
        basePeriod: '2020',
      },
    );
    expect(noBaseline.reason).toBe('no-baseline');
    expect(noBaseline.approximate).toBe(false);
    const noLatest = assessTarget(level({ baseline: { period: '2020', value: '8' } }), {
      indicator: output,
      observations: [],
    });
    expect(noLatest.reason).toBe('no-data');
    expect(noLatest.approximate).toBe(false);
  });

  it('gives no baseline when the earliest figure ended after the as-of day', () => {
    const result = assessTarget(
      level(),
      { indicator: output, observations: [observation('2023', '9')] },
      {
        asOf: '2022-06-30',
      },
    );
    expect(result.reason).toBe('no-data');
    expect(result.baseline).toBeNull();
  });

  it('takes figures in the indicator unit as they are, even a unit the converter does not know', () => {
    const widgets = indicator({ unit: 'widget' });
    const result = assessTarget(level({ unit: 'widget' }), {
      indicator: widgets,
      observations: [observation('2020', '8', { unit: 'widget' }), observation('2023', '9')],
    });
    expect(result.status).toBe('needs-acceleration');
    expect(result.unit).toBe('widget');
  });

  it('reports a planned growth of a level target', () => {
    const result = assessTarget(level({ annualGrowthPercent: '5' }), {
      indicator: output,
      observations: [observation('2020', '8'), observation('2023', '9')],
    });
    expect(result.plannedAnnualRate?.toString()).toBe('0.05');
    expect(result.completion.growth).not.toBeNull();
  });

  it('calls reaching back to a target the baseline already met, from above, deterioration', () => {
    const result = assessTarget(level({ value: '70', comparator: 'at-most' }), {
      indicator: output,
      observations: [observation('2020', '70'), observation('2023', '75')],
    });
    expect(result.status).toBe('deterioration');
  });
});

describe('growth targets', () => {
  it('judges a flow on figures of the target period kind', () => {
    const result = assessTarget(
      growth(),
      {
        indicator: flow,
        observations: [observation('2021', '100'), observation('2022-Q2', '30')],
      },
      { asOf: '2022-06-30' },
    );
    // A quarter that does not start in January is no year-to-date figure.
    expect(result.latest?.period).toBe('2021');
    expect(result.reason).toBe('not-yet-started');
    expect(result.basis).toBe('period');
  });

  it('counts only figures that ended by the as-of day', () => {
    const result = assessTarget(
      growth(),
      { indicator: output, observations: [observation('2021', '100'), observation('2022', '107')] },
      { asOf: '2022-06-30' },
    );
    expect(result.latest?.period).toBe('2021');
  });

  it('has no data, and reports no target, with a base of another kind and no figure of the target kind', () => {
    const result = assessTarget(growth({ basePeriod: '2021-Q4' }), {
      indicator: flow,
      observations: [observation('2021-Q4', '100')],
    });
    expect(result.reason).toBe('no-data');
    expect(result.baseline?.period).toBe('2021-Q4');
    expect(result.target).toBeNull();
    expect(result.approximate).toBe(false);
  });

  it.each<[string, Observation[], string, boolean]>([
    ['nothing', [], 'no-data', false],
    [
      'an approximate latest figure only',
      [observation('2022', '105', { qualifier: 'approximately' })],
      'no-baseline',
      true,
    ],
    ['an exact latest figure only', [observation('2022', '105')], 'no-baseline', false],
    [
      'an approximate zero base',
      [observation('2021', '0', { qualifier: 'approximately' }), observation('2022', '5')],
      'zero-base',
      true,
    ],
    [
      'an exact zero base',
      [observation('2021', '0'), observation('2022', '5')],
      'zero-base',
      false,
    ],
    [
      'an approximate latest figure over a zero base',
      [observation('2021', '0'), observation('2022', '5', { qualifier: 'more-than' })],
      'zero-base',
      true,
    ],
  ])(
    'with %s is not assessable (%s), approximate: %s',
    (_name, observations, reason, approximate) => {
      const result = assessTarget(growth(), { indicator: output, observations });
      expect(result.reason).toBe(reason);
      expect(result.approximate).toBe(approximate);
      expect(result.plannedAnnualRate?.toString()).toBe('0.06');
    },
  );

  it('reports the stated growth as the required rate, however small', () => {
    const result = assessTarget(growth({ annualGrowthPercent: '1e-38', period: '2026' }), {
      indicator: output,
      observations: [observation('2021', '100'), observation('2022', '100')],
    });
    expect(result.requiredAnnualRate?.toExponential()).toBe('1e-40');
  });
});

describe('cumulative targets', () => {
  const range = cumulative({ unit: 'plant', value: '10' });

  it('has no data from the first day of the range, not yet started before it', () => {
    const first = assessTarget(
      range,
      { indicator: trees, observations: [tree('2021', '1')] },
      { asOf: '2022-01-01' },
    );
    expect(first.reason).toBe('no-data');
    const before = assessTarget(
      range,
      { indicator: trees, observations: [tree('2021', '1')] },
      { asOf: '2021-12-31' },
    );
    expect(before.reason).toBe('not-yet-started');
    expect(before.approximate).toBe(false);
  });

  it('is exact when every figure is', () => {
    const result = assessTarget(range, {
      indicator: trees,
      observations: [tree('2022', '4'), tree('2023', '3')],
    });
    expect(result.sumToDate?.toString()).toBe('7');
    expect(result.approximate).toBe(false);
  });

  it('is achieved once the total is reached exactly', () => {
    const result = assessTarget(range, {
      indicator: trees,
      observations: [tree('2022', '4'), tree('2023', '6')],
    });
    expect(result.status).toBe('achieved');
  });

  it('keeps a cap reached exactly on track, and achieved on the last day', () => {
    const cap = cumulative({ unit: 'plant', value: '10', comparator: 'at-most' });
    const observations = [tree('2022', '4'), tree('2023', '6')];
    expect(assessTarget(cap, { indicator: trees, observations }).status).toBe('on-track');
    expect(
      assessTarget(cap, { indicator: trees, observations }, { asOf: '2026-12-31' }).status,
    ).toBe('achieved');
    expect(
      assessTarget(cap, { indicator: trees, observations }, { asOf: '2026-12-30' }).status,
    ).toBe('on-track');
  });

  it('sums only the figures that ended by the as-of day', () => {
    const observations = [tree('2022', '4'), tree('2023', '3')];
    const result = assessTarget(range, { indicator: trees, observations }, { asOf: '2023-06-30' });
    expect(result.sumToDate?.toString()).toBe('4');
  });

  it('counts a figure starting on the last day of another once', () => {
    const result = assessTarget(range, {
      indicator: trees,
      observations: [tree('2022-01', '4'), tree('2022-01-31', '1')],
    });
    expect(result.sumToDate?.toString()).toBe('4');
  });

  it('keeps the longest of figures starting together, in any order', () => {
    const figures = [
      tree('2022', '6'),
      tree('2022-Q1', '2'),
      tree('2022-01', '1'),
      tree('2022-H1', '3'),
    ];
    for (let shift = 0; shift < figures.length; shift++) {
      const observations = [...figures.slice(shift), ...figures.slice(0, shift)];
      const result = assessTarget(range, { indicator: trees, observations });
      expect(result.sumToDate?.toString()).toBe('6');
    }
  });
});

describe('milestones', () => {
  const opens = (doneOn?: string) => ({
    id: 'open',
    title: { zh: '投入运营', en: 'Opens' },
    due: '2022-09-10',
    ...(doneOn === undefined ? {} : { doneOn }),
  });
  const delivery = () => {
    const target = milestone();
    delete (target as { milestone?: string }).milestone;
    return target;
  };

  it('reports no approximation', () => {
    const result = assessTarget(milestone(), { project: project() }, { asOf: '2022-06-30' });
    expect(result.approximate).toBe(false);
    expect(result.status).toBe('on-track');
  });

  it('accepts any project when the target names none', () => {
    const target = milestone();
    delete (target as { project?: string }).project;
    const result = assessTarget(target, { project: project() }, { asOf: '2022-06-30' });
    expect(result.status).toBe('on-track');
  });

  it('follows the milestone the target names, not the first', () => {
    const target = milestone({ milestone: 'second' });
    const hotel = project({
      milestones: [opens('2022-08-01'), { ...opens(), id: 'second' }],
    });
    const result = assessTarget(target, { project: hotel }, { asOf: '2022-09-01' });
    expect(result.milestone?.doneOn).toBeNull();
    expect(result.milestoneState).toBe('due');
  });

  it('dates the default as-of day by the latest stage record', () => {
    const result = assessTarget(milestone(), { project: project() });
    expect(result.asOf).toBe('2021-12-31');
    expect(result.milestone?.stage).toBe('fitting-out');
  });

  it('counts a stage record from its first day', () => {
    const result = assessTarget(milestone(), { project: project() }, { asOf: '2021-12-25' });
    expect(result.milestone?.stage).toBe('fitting-out');
  });

  it('takes the later of two stage records starting together', () => {
    const hotel = project({
      stageHistory: [
        { period: '2022-01', stage: 'under-construction' },
        { period: '2022-01-01', stage: 'suspended' },
      ],
    });
    const result = assessTarget(milestone(), { project: hotel }, { asOf: '2022-06-30' });
    expect(result.milestone?.stage).toBe('suspended');
    expect(result.status).toBe('limited-progress');
  });

  it('takes the project stage when there are no stage records', () => {
    const result = assessTarget(
      milestone(),
      { project: project({ stageHistory: [] }) },
      { asOf: '2022-06-30' },
    );
    expect(result.milestone?.stage).toBe('fitting-out');
  });

  it('is not overdue without an as-of day, even for a due day long past', () => {
    const old = milestone({ due: '1965-01-01' });
    const result = assessTarget(old, { project: project({ stageHistory: [] }) });
    expect(result.asOf).toBeNull();
    expect(result.milestoneState).toBe('due');
  });

  it('dates no delivery for a project no longer delivered', () => {
    const hotel = project({
      stage: 'suspended',
      stageHistory: [
        { period: '2022-01', stage: 'operating' },
        { period: '2022-06', stage: 'suspended' },
      ],
    });
    const result = assessTarget(delivery(), { project: hotel }, { asOf: '2022-12-31' });
    expect(result.milestone).toMatchObject({ doneOn: null, stage: 'suspended' });
  });

  it('dates a resumed delivery by the first one', () => {
    const hotel = project({
      stage: 'operating',
      stageHistory: [
        { period: '2022-03', stage: 'completed' },
        { period: '2022-06', stage: 'suspended' },
        { period: '2022-10', stage: 'operating' },
      ],
    });
    const at = (asOf: string) => assessTarget(delivery(), { project: hotel }, { asOf }).milestone;
    expect(at('2022-12-31')).toMatchObject({ doneOn: '2022-03', stage: 'operating' });
    expect(at('2022-07-31')).toMatchObject({ doneOn: null, stage: 'suspended' });
    expect(at('2022-02-28')).toMatchObject({ doneOn: null, stage: 'planned' });
  });

  it('dates delivery by a stage record starting on the as-of day', () => {
    const hotel = project({
      stage: 'operating',
      stageHistory: [
        { period: '2022-01', stage: 'fitting-out' },
        { period: '2022-09-10', stage: 'operating' },
      ],
    });
    const result = assessTarget(delivery(), { project: hotel }, { asOf: '2022-09-10' });
    expect(result.milestone).toMatchObject({ doneOn: '2022-09-10', stage: 'operating' });
  });

  it('dates delivery by the first listed of delivered records starting together', () => {
    const hotel = project({
      stage: 'operating',
      stageHistory: [
        { period: '2022-09', stage: 'operating' },
        { period: '2022-09-01', stage: 'completed' },
      ],
    });
    const result = assessTarget(delivery(), { project: hotel }, { asOf: '2022-12-31' });
    expect(result.milestone?.doneOn).toBe('2022-09');
  });
});

describe('qualitative targets', () => {
  it('are exact and not assessable', () => {
    const result = assessTarget(qualitative(), {});
    expect(result).toMatchObject({
      status: 'not-assessable',
      reason: 'qualitative',
      approximate: false,
    });
  });
});
