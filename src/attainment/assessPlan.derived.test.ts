import { describe, expect, it } from 'vitest';
import { deriveObservations } from '../derivation/deriveObservations.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset, Indicator, Observation, Target } from '../models/types.js';
import { indicator, level, observation, planDataset, qualitative } from './_testKit.js';
import { assessPlan } from './assessPlan.js';
import { assessTarget } from './assessTarget.js';

/** 收入总额 (亿元) / 常住人口 (人) = 人均收入 (元); 农业 + 工业 = 工农业总值 (亿元). */
const indicators: Indicator[] = [
  indicator({ id: 'income', unit: 'yi-yuan' }),
  indicator({ id: 'population', unit: 'person' }),
  indicator({
    id: 'income-per-capita',
    unit: 'yuan',
    formula: { op: 'ratio', numerator: 'income', denominator: 'population', multiplier: '1' },
  }),
  indicator({ id: 'agri', measure: 'flow' }),
  indicator({ id: 'industry', measure: 'flow' }),
  indicator({ id: 'total', measure: 'flow', formula: { op: 'sum', of: ['agri', 'industry'] } }),
];

const of = (id: string, period: string, value: string, extra: Partial<Observation> = {}) =>
  observation(period, value, { indicator: id, ...extra });

const stated: Observation[] = [
  of('income', '2021', '8'),
  of('population', '2021', '40000'),
  of('income', '2023', '9.4544'),
  of('population', '2023', '40000'),
  of('agri', '2021', '14'),
  of('industry', '2021', '12'),
  of('agri', '2023', '17.2'),
  of('industry', '2023', '14.68', { status: 'preliminary' }),
];

const perCapita = level({ id: 'per-capita', indicator: 'income-per-capita', value: '30000' });
const total = level({ id: 'total', indicator: 'total', value: '35' });

function town(targets: Target[], observations: Observation[] = stated): Dataset {
  return { ...planDataset(targets, observations), indicators };
}

describe('assessPlan, targets of derived indicators', () => {
  it('derives the figures a derived target needs beside targets of stated and no indicators', () => {
    const plain = level({ id: 'income-level', indicator: 'income', value: '10' });
    const card = assessPlan(town([qualitative(), plain, perCapita]), 'plan', {
      asOf: '2024-06-30',
    });
    const derived = card.assessments.find((a) => a.targetId === 'per-capita');
    expect(derived?.latest?.value.toString()).toBe('23636');
  });

  it('judges a ratio indicator on its derived figures: 9.4544亿元 / 40,000 人 = 23,636 元', () => {
    const card = assessPlan(town([perCapita]), 'plan', { asOf: '2024-06-30' });
    const [a] = card.assessments;
    expect(a?.latest?.period).toBe('2023');
    expect(a?.latest?.value.toString()).toBe('23636');
    expect(a?.latest?.status).toBe('actual');
    expect(a?.baseline?.period).toBe('2021');
    expect(a?.baseline?.value.toString()).toBe('20000');
    // (23636 − 20000) / (30000 − 20000)
    expect(a?.completion.increment?.toString()).toBe('0.3636');
    // Actual (23636/20000)^(1/2) − 1 ≈ 8.71% a year against the 8.45% required.
    expect(a?.status).toBe('on-track');
    expect(a?.approximate).toBe(false);
  });

  it('judges a sum indicator on its derived figures, with the least final status of its parts', () => {
    const card = assessPlan(town([total]), 'plan', { asOf: '2024-06-30' });
    const [a] = card.assessments;
    expect(a?.baseline?.value.toString()).toBe('26');
    expect(a?.latest?.value.toString()).toBe('31.88');
    expect(a?.latest?.status).toBe('preliminary');
    // 31.88 / 35
    expect(a?.completion.level?.toString()).toBe('0.9108571428571428571428571428571429');
  });

  it('keeps a stated figure of the same period and status, and a derived one of a better status', () => {
    const withStated = [
      ...stated,
      of('income-per-capita', '2023', '23700'),
      of('total', '2023', '32', { status: 'forecast' }),
    ];
    const card = assessPlan(town([perCapita, total], withStated), 'plan', { asOf: '2024-06-30' });
    const [perCapitaResult, totalResult] = card.assessments;
    expect(perCapitaResult?.latest?.value.toString()).toBe('23700');
    expect(perCapitaResult?.baseline?.value.toString()).toBe('20000');
    // The derived preliminary figure beats the stated forecast.
    expect(totalResult?.latest?.value.toString()).toBe('31.88');
    expect(totalResult?.latest?.status).toBe('preliminary');
  });

  it('derives only when a target needs a derived indicator', () => {
    const cyclic: Indicator[] = indicators.map((item) =>
      item.id === 'agri' ? { ...item, formula: { op: 'sum', of: ['total'] } } : item,
    );
    const plain = { ...town([level({ indicator: 'income', value: '10' })]), indicators: cyclic };
    expect(
      assessPlan(plain, 'plan', { asOf: '2024-06-30' }).assessments[0]?.latest?.value.toString(),
    ).toBe('9.4544');
    const derived = { ...town([total]), indicators: cyclic };
    expect(() => assessPlan(derived, 'plan', { asOf: '2024-06-30' })).toThrow(IndicatorError);
    try {
      assessPlan(derived, 'plan', { asOf: '2024-06-30' });
    } catch (error) {
      expect((error as IndicatorError).code).toBe('invalid-dataset');
    }
  });

  it('gives no-data for a derived indicator whose inputs never meet in one period', () => {
    const apart = [of('income', '2022', '9'), of('population', '2023', '40000')];
    const card = assessPlan(town([perCapita], apart), 'plan', { asOf: '2024-06-30' });
    expect([card.assessments[0]?.status, card.assessments[0]?.reason]).toEqual([
      'not-assessable',
      'no-data',
    ]);
  });
});

describe('assessTarget, derived observations in the context', () => {
  const dataset = town([perCapita]);
  const derived = deriveObservations(dataset);
  const indicatorOf = indicators[2] as Indicator;

  it('reads derived observations given with the stated ones', () => {
    const a = assessTarget(
      perCapita,
      { indicator: indicatorOf, observations: [...stated, ...derived] },
      { asOf: '2024-06-30' },
    );
    expect(a.latest?.value.toString()).toBe('23636');
    expect(a.baseline?.value.toString()).toBe('20000');
  });

  it('prefers a stated observation of the same period and status, given before or after', () => {
    const own = of('income-per-capita', '2023', '23700');
    for (const observations of [
      [...derived, own],
      [own, ...derived],
    ]) {
      const a = assessTarget(
        perCapita,
        { indicator: indicatorOf, observations },
        { asOf: '2024-06-30' },
      );
      expect(a.latest?.value.toString()).toBe('23700');
    }
  });

  it('keeps a derived figure of a more final status than a stated one given after it', () => {
    const forecast = of('income-per-capita', '2023', '23700', { status: 'forecast' });
    const a = assessTarget(
      perCapita,
      { indicator: indicatorOf, observations: [...derived, forecast] },
      { asOf: '2024-06-30' },
    );
    expect(a.latest?.value.toString()).toBe('23636');
    expect(a.latest?.status).toBe('actual');
  });
});
