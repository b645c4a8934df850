import { describe, expect, it } from 'vitest';
import type { Observation } from '../models/types.js';
import { growth, indicator, level, observation } from './_testKit.js';
import { assessTarget } from './assessTarget.js';

const comparable = growth({ priceBasis: 'comparable' });
const stock = indicator();
const flow = indicator({ measure: 'flow' });
const real = (percent: string): Partial<Observation> => ({
  yearOverYearPercent: percent,
  priceBasis: 'comparable',
});

describe('assessTarget, a growth target at comparable prices', () => {
  it('is not assessable on current-price levels alone, and gives their growth', () => {
    const observations = [observation('2021', '8'), observation('2022', '8.6')];
    const a = assessTarget(comparable, { indicator: stock, observations }, { asOf: '2023-01-31' });
    expect([a.status, a.reason]).toEqual(['not-assessable', 'price-basis']);
    expect(a.currentPriceGrowth?.annualRate?.toString()).toBe('0.075');
    expect(a.currentPriceGrowth?.growthSource).toBe('computed');
    expect([a.baseline?.value.toString(), a.latest?.value.toString()]).toEqual(['8', '8.6']);
    expect(a.plannedAnnualRate?.toString()).toBe('0.06');
    expect(a.score).toBe(null);
    // The same target at current prices is judged on the levels.
    const nominal = assessTarget(
      growth(),
      { indicator: stock, observations },
      { asOf: '2023-01-31' },
    );
    expect([nominal.status, nominal.currentPriceGrowth]).toEqual(['achieved', null]);
  });

  it('does not take a growth stated at current prices', () => {
    const observations = [
      observation('2021', '8'),
      observation('2022', '8.6', { yearOverYearPercent: '7.5', priceBasis: 'current' }),
    ];
    const a = assessTarget(comparable, { indicator: stock, observations }, { asOf: '2023-01-31' });
    expect(a.reason).toBe('price-basis');
  });

  it('gives no current-price growth for levels of opposite signs', () => {
    const observations = [observation('2021', '8'), observation('2022', '-1')];
    const a = assessTarget(comparable, { indicator: stock, observations }, { asOf: '2023-01-31' });
    expect(a.reason).toBe('price-basis');
    expect(a.currentPriceGrowth).toEqual({ annualRate: null, growthSource: null });
  });

  it('is judged on the stated comparable growth: achieved at 6.5%, missed at 5.5%', () => {
    const run = (percent: string) =>
      assessTarget(
        comparable,
        {
          indicator: stock,
          observations: [observation('2021', '8'), observation('2022', '8.3', real(percent))],
        },
        { asOf: '2023-01-31' },
      );
    const achieved = run('6.5');
    expect(achieved.status).toBe('achieved');
    // The latest is the base carried by the comparable growth: 8 × 1.065.
    expect(achieved.latest).toMatchObject({ period: '2022', status: 'actual' });
    expect(achieved.latest?.value.toString()).toBe('8.52');
    expect(achieved.target?.value.toString()).toBe('8.48');
    expect(achieved.actualAnnualRate?.toString()).toBe('0.065');
    expect(achieved.currentPriceGrowth).toBe(null);
    const missed = run('5.5');
    expect(missed.status).toBe('missed');
    expect(missed.latest?.value.toString()).toBe('8.44');
  });

  it('chains the comparable growths of every year over several years', () => {
    const target = growth({ priceBasis: 'comparable', period: '2026', annualGrowthPercent: '7' });
    const observations = [
      observation('2021', '10'),
      observation('2022', '10.9', { ...real('7'), qualifier: 'approximately' }),
      observation('2023', '12', real('6')),
    ];
    const a = assessTarget(target, { indicator: stock, observations }, { asOf: '2024-06-30' });
    // 10 × 1.07 × 1.06; actual √1.1342 − 1 against 7%: R ≈ 0.928.
    expect(a.latest?.value.toString()).toBe('11.342');
    expect(a.actualAnnualRate?.toFixed(12)).toBe('0.064988262846');
    expect(a.progressRatio?.toFixed(6)).toBe('0.928404');
    expect(a.status).toBe('needs-acceleration');
    expect(a.approximate).toBe(true);
    // A year without a comparable growth breaks the chain: √(12/10) − 1 at current prices.
    const gap = [observations[0], observation('2022', '10.9'), observations[2]] as Observation[];
    const b = assessTarget(target, { indicator: stock, observations: gap }, { asOf: '2024-06-30' });
    expect(b.reason).toBe('price-basis');
    expect(b.currentPriceGrowth?.annualRate?.toFixed(12)).toBe('0.095445115010');
    const missing = [observations[0], observations[2]] as Observation[];
    const c = assessTarget(
      target,
      { indicator: stock, observations: missing },
      { asOf: '2024-06-30' },
    );
    expect(c.reason).toBe('price-basis');
  });

  it('reads comparable growths only between yearly figures', () => {
    const target = growth({ priceBasis: 'comparable', basePeriod: '2021-Q4', period: '2022-Q4' });
    const observations = [observation('2021-Q4', '8'), observation('2022-Q4', '8.6', real('6.5'))];
    const a = assessTarget(target, { indicator: stock, observations }, { asOf: '2023-01-31' });
    expect(a.reason).toBe('price-basis');
    expect(a.currentPriceGrowth?.annualRate?.toString()).toBe('0.075');
  });

  it('gives no current-price growth when the latest figure is the baseline', () => {
    const target = growth({ priceBasis: 'comparable', basePeriod: '2021-Q4', period: '2022-Q4' });
    const observations = [observation('2021-Q4', '8')];
    const a = assessTarget(target, { indicator: stock, observations }, { asOf: '2022-06-30' });
    expect(a.reason).toBe('price-basis');
    expect(a.currentPriceGrowth).toEqual({ annualRate: null, growthSource: null });
  });

  it('keeps the rules for what comes first: no data, no baseline', () => {
    const none = assessTarget(
      comparable,
      { indicator: stock, observations: [] },
      { asOf: '2023-01-31' },
    );
    expect(none.reason).toBe('no-data');
    const noBase = assessTarget(
      comparable,
      { indicator: stock, observations: [observation('2022', '8.6', real('6.5'))] },
      { asOf: '2023-01-31' },
    );
    expect(noBase.reason).toBe('no-baseline');
  });
});

describe('assessTarget, a comparable-price growth target during the year', () => {
  const half = (year: string, value: string, extra: Partial<Observation> = {}) =>
    observation(`${year}-H1`, value, extra);
  const assess = (observations: Observation[]) =>
    assessTarget(comparable, { indicator: flow, observations }, { asOf: '2022-07-31' });

  it('is judged on a year-to-date growth stated at comparable prices', () => {
    const a = assess([
      observation('2021', '8'),
      half('2021', '3.8'),
      half('2022', '4', real('4.5')),
    ]);
    expect(a.basis).toBe('year-to-date');
    expect(a.yearToDate?.growth?.toString()).toBe('0.045');
    expect(a.yearToDate?.growthSource).toBe('stated');
    expect(a.yearToDate?.previous).toBe(null);
    // R = 4.5% / 6%
    expect(a.progressRatio?.toString()).toBe('0.75');
    expect(a.status).toBe('needs-acceleration');
  });

  it('is not assessable on current-price figures, giving the growth computed from the levels', () => {
    const a = assess([observation('2021', '8'), half('2021', '3.8'), half('2022', '4')]);
    expect([a.basis, a.status, a.reason]).toEqual([
      'year-to-date',
      'not-assessable',
      'price-basis',
    ]);
    expect(a.currentPriceGrowth?.annualRate?.toString()).toBe(
      '0.05263157894736842105263157894736842',
    );
    expect(a.currentPriceGrowth?.growthSource).toBe('computed');
    expect(a.yearToDate?.growth).toBe(null);
    expect(a.sumToDate).toBe(null);
  });

  it('gives a growth stated at current prices as stated, and none when there is none', () => {
    const stated = assess([
      observation('2021', '8'),
      half('2022', '4', { yearOverYearPercent: '4.5' }),
    ]);
    expect(stated.reason).toBe('price-basis');
    expect(stated.currentPriceGrowth?.annualRate?.toString()).toBe('0.045');
    expect(stated.currentPriceGrowth?.growthSource).toBe('stated');
    const bare = assess([observation('2021', '8'), half('2022', '4')]);
    expect(bare.reason).toBe('price-basis');
    expect(bare.currentPriceGrowth).toEqual({ annualRate: null, growthSource: null });
  });
});

describe('assessTarget, a level target with a comparable annual growth', () => {
  it('is judged by its level, as the same target at current prices', () => {
    const observations = [observation('2020', '8'), observation('2023', '9')];
    const run = (priceBasis: 'comparable' | 'current') =>
      assessTarget(
        level({ annualGrowthPercent: '7', priceBasis }),
        { indicator: stock, observations },
        { asOf: '2024-06-30' },
      );
    const real = run('comparable');
    expect(real).toEqual(run('current'));
    expect([real.status, real.reason, real.currentPriceGrowth]).toEqual([
      'needs-acceleration',
      null,
      null,
    ]);
  });
});
