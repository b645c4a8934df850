import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import type { Dataset, Observation, Target } from '../models/types.js';
import { level, observation, planDataset, qualitative, source, title } from './_testKit.js';
import { assessPlan } from './assessPlan.js';
import { assessTarget } from './assessTarget.js';

function mini(): Dataset {
  return structuredClone(miniDataset) as unknown as Dataset;
}

function withObservations(dataset: Dataset, extra: Observation[]): Dataset {
  return { ...dataset, observations: [...dataset.observations, ...extra] };
}

describe('assessPlan on the mini dataset', () => {
  it('dates the scorecard by the latest fact and lists binding targets first', () => {
    const scorecard = assessPlan(mini(), 'term-2022-2026');
    expect(scorecard.planId).toBe('term-2022-2026');
    expect(scorecard.title.en).toBe('Goals for 2022–2026');
    expect(scorecard.period).toBe('2022/2026');
    expect(scorecard.method).toBe('progress-ratio');
    expect(scorecard.asOf).toBe('2021-12-31');
    expect(scorecard.timeElapsed.toString()).toBe('0');
    expect(scorecard.assessments.map((a) => [a.targetId, a.status, a.reason])).toEqual([
      ['precious-trees-2022-2026', 'not-assessable', 'not-yet-started'],
      ['industrial-output-2026', 'not-assessable', 'no-data'],
      ['farmer-income-2026', 'not-assessable', 'not-yet-started'],
      ['future-villages', 'not-assessable', 'qualitative'],
    ]);
    const income = scorecard.assessments[2];
    expect(income?.baseline?.value.toString()).toBe('40000');
    expect(income?.approximate).toBe(true);
    expect(scorecard.counts).toEqual({
      achieved: 0,
      'on-track': 0,
      'needs-acceleration': 0,
      'limited-progress': 0,
      deterioration: 0,
      missed: 0,
      'not-assessable': 4,
    });
  });

  it('assesses the 2022 plan once its figures are in', () => {
    const dataset = withObservations(mini(), [
      observation('2021', '8.2', { indicator: 'industrial-output' }),
      observation('2022', '8.6', { indicator: 'industrial-output' }),
      observation('2022', '99.2', { indicator: 'medical-insurance-rate' }),
    ]);
    const scorecard = assessPlan(dataset, 'plan-2022', { asOf: '2022-12-31' });
    expect(scorecard.timeElapsed.toString()).toBe('1');
    const byId = Object.fromEntries(scorecard.assessments.map((a) => [a.targetId, a]));
    expect(scorecard.assessments[0]?.targetId).toBe('medical-insurance-2022');
    expect(byId['medical-insurance-2022']?.status).toBe('achieved');
    const output = byId['industrial-output-growth-2022'];
    expect(output?.status).toBe('needs-acceleration');
    expect(output?.completion.growth?.toFixed(6)).toBe('0.989416');
    expect(output?.actualAnnualRate?.toFixed(6)).toBe('0.048780');
    expect(byId['hotel-opens']).toMatchObject({
      status: 'deterioration',
      milestoneState: 'overdue',
    });
    expect(scorecard.counts).toMatchObject({
      achieved: 1,
      'needs-acceleration': 1,
      deterioration: 1,
    });
  });

  it('gives each target the assessment assessTarget gives it in its plan', () => {
    const dataset = withObservations(mini(), [
      observation('2021', '8.2', { indicator: 'industrial-output' }),
      observation('2023', '8.9', { indicator: 'industrial-output' }),
      observation('2022', '2', { indicator: 'precious-trees-planted', unit: 'wan-plant' }),
      observation('2023', '45000', { indicator: 'farmer-income' }),
    ]);
    const plan = dataset.plans[0]!;
    for (const method of ['progress-ratio', 'schedule'] as const) {
      const scorecard = assessPlan(dataset, plan.id, { asOf: '2024-03-31', method });
      for (const assessment of scorecard.assessments) {
        const target = plan.targets.find((t) => t.id === assessment.targetId) as Target;
        const found = dataset.indicators.find(
          (i) => 'indicator' in target && i.id === target.indicator,
        );
        const alone = assessTarget(
          target,
          {
            ...(found === undefined ? {} : { indicator: found }),
            observations: dataset.observations,
            plan,
          },
          { asOf: '2024-03-31', method },
        );
        expect(assessment).toEqual(alone);
      }
    }
  });

  it('throws not-found for an unknown plan or indicator, invalid-argument for a non-dataset', () => {
    const missing = errorOf(() => assessPlan(mini(), 'plan-2099'));
    expect(missing.code).toBe('not-found');
    expect(missing.details.field).toBe('planId');
    const dataset = mini();
    dataset.plans[0]!.targets.push(level({ id: 'ghost', indicator: 'ghost' }));
    const ghost = errorOf(() => assessPlan(dataset, 'term-2022-2026'));
    expect(ghost.code).toBe('not-found');
    expect(ghost.details.field).toBe('dataset.plans[0].targets[4].indicator');
    expect(errorOf(() => assessPlan(null as never, 'x')).details.field).toBe('dataset');
    expect(errorOf(() => assessPlan({ plans: [] } as never, 'x')).code).toBe('invalid-argument');
  });

  it('names the record of a bad observation period', () => {
    const dataset = withObservations(mini(), [observation('2021-Q9', '1')]);
    expect(errorOf(() => assessPlan(dataset, 'plan-2022')).details.field).toBe(
      'dataset.observations[3].period',
    );
  });
});

describe('assessPlan dates and scale', () => {
  const empty = planDataset([level(), qualitative({ attribute: 'binding' })]);

  it('falls back to the adoption day when the dataset has no dated fact', () => {
    const scorecard = assessPlan(empty, 'plan');
    expect(scorecard.asOf).toBe('2021-12-25');
    expect(scorecard.assessments.map((a) => a.targetId)).toEqual(['villages', 'output-2026']);
    expect(scorecard.assessments[1]?.reason).toBe('no-data');
  });

  it('counts time elapsed by month or day', () => {
    expect(assessPlan(empty, 'plan', { asOf: '2024-06-30' }).timeElapsed.toString()).toBe('0.5');
    const byDay = assessPlan(empty, 'plan', { asOf: '2024-06-30', basis: 'day' });
    expect(byDay.timeElapsed.toFixed(4)).toBe('0.4995');
  });

  it('shares series and figures among many targets of one indicator', () => {
    const targets: Target[] = [];
    for (let i = 0; i < 200; i++) {
      targets.push(
        level({
          id: `t${i}`,
          value: String(9 + (i % 20) / 10),
          period: String(2025 + (i % 3)),
          attribute: i % 2 === 0 ? 'binding' : 'anticipatory',
        }),
      );
    }
    const dataset: Dataset = {
      ...empty,
      observations: [
        observation('2021', '8'),
        observation('2022', '8.4'),
        observation('2023', '9'),
      ],
      plans: [{ ...empty.plans[0]!, targets }],
    };
    const scorecard = assessPlan(dataset, 'plan', { asOf: '2024-01-31' });
    expect(scorecard.assessments).toHaveLength(200);
    expect(scorecard.assessments.slice(0, 100).every((a) => a.attribute === 'binding')).toBe(true);
    expect(scorecard.assessments[0]?.targetId).toBe('t0');
    expect(scorecard.assessments[100]?.targetId).toBe('t1');
    const total = Object.values(scorecard.counts).reduce((sum, count) => sum + count, 0);
    expect(total).toBe(200);
    const first = scorecard.assessments.find((a) => a.targetId === 't0');
    const again = scorecard.assessments.find((a) => a.targetId === 't60');
    expect(first?.actualAnnualRate?.toString()).toBe(again?.actualAnnualRate?.toString());
    expect(first?.projectedAtDeadline?.toString()).toBe(again?.projectedAtDeadline?.toString());
  });

  it('finds a milestone project by id, and none when the target names none', () => {
    const dataset = mini();
    const plan = dataset.plans[1]!;
    const hotel = plan.targets[2]!;
    plan.targets.push({ ...hotel, id: 'no-project', project: undefined } as never);
    delete (plan.targets[3] as { project?: string }).project;
    plan.targets.push({ ...hotel, id: 'unknown-project', project: 'castle' } as never);
    const scorecard = assessPlan(dataset, 'plan-2022', { asOf: '2022-06-30' });
    const byId = Object.fromEntries(scorecard.assessments.map((a) => [a.targetId, a]));
    expect(byId['hotel-opens']?.status).toBe('on-track');
    expect(byId['no-project']?.reason).toBe('no-data');
    expect(byId['unknown-project']?.reason).toBe('no-data');
  });

  it('passes the source of a target through untouched', () => {
    const scorecard = assessPlan(empty, 'plan');
    expect(scorecard.assessments[1]?.title).toEqual(title);
    expect(source.document).toBe('report');
  });
});
