import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { growth, indicator, level, observation } from './_testKit.js';
import { assessTarget } from './assessTarget.js';

const flow = indicator({ measure: 'flow' });
const revenue = indicator({ id: 'revenue', measure: 'flow' });
const ofRevenue = (period: string, value: string) =>
  observation(period, value, { indicator: 'revenue' });

describe('an annual growth target during the year (year to date)', () => {
  it('computes the growth from the two year-to-date levels (known answer)', () => {
    const result = assessTarget(
      growth(),
      {
        indicator: flow,
        observations: [
          observation('2021', '8'),
          observation('2021-01/2021-06', '4.0'),
          observation('2022-01/2022-06', '4.18'),
        ],
      },
      { asOf: '2022-07-15' },
    );
    expect(result.basis).toBe('year-to-date');
    expect(result.provisional).toBe(false);
    expect(result.reason).toBeNull();
    expect(result.status).toBe('needs-acceleration');
    expect(result.yearToDate?.period).toBe('2022-01/2022-06');
    expect(result.yearToDate?.months).toBe(6);
    expect(result.yearToDate?.value.toString()).toBe('4.18');
    expect(result.yearToDate?.previous).toEqual({
      period: '2021-01/2021-06',
      value: new Decimal('4'),
    });
    expect(result.yearToDate?.growth?.toString()).toBe('0.045');
    expect(result.yearToDate?.growthSource).toBe('computed');
    expect(result.actualAnnualRate?.toString()).toBe('0.045');
    expect(result.plannedAnnualRate?.toString()).toBe('0.06');
    expect(result.requiredAnnualRate?.toString()).toBe('0.06');
    expect(result.progressRatio?.toString()).toBe('0.75');
    // 1.045 / 1.06, rounded half to even at 34 digits.
    expect(result.completion.growth?.toString()).toBe('0.9858490566037735849056603773584906');
    expect(result.completion.growth?.eq(new Decimal('1.045').div('1.06'))).toBe(true);
    expect(result.timeElapsed?.toString()).toBe('0.5');
    expect(result.latest).toEqual({
      period: '2022-01/2022-06',
      value: new Decimal('4.18'),
      status: 'actual',
    });
    // The whole base year: the target level 8 × 1.06 and its projection at 4.5%.
    expect(result.baseline?.value.toString()).toBe('8');
    expect(result.target?.value.toString()).toBe('8.48');
    expect(result.projectedAtDeadline?.toString()).toBe('8.36');
    expect(result.currentStatusIndex?.toString()).toBe('7.5');
    expect(result.projectionRatio?.toString()).toBe('0.75');
    expect(result.completion.increment?.toString()).toBe('0.75');
    expect(result.scheduleGap?.toString()).toBe('-0.25');
    expect(result.scheduleState).toBe('behind');
    expect(result.score?.toFixed(6)).toBe('1.071475');
  });

  it('takes the stated 同比 when last year’s level is not known (known answer)', () => {
    const result = assessTarget(
      growth(),
      {
        indicator: flow,
        observations: [
          observation('2021', '8'),
          observation('2022-01/2022-06', '4.18', { yearOverYearPercent: '4.5' }),
        ],
      },
      { asOf: '2022-07-15' },
    );
    expect(result.status).toBe('needs-acceleration');
    expect(result.progressRatio?.toString()).toBe('0.75');
    expect(result.yearToDate?.growthSource).toBe('stated');
    expect(result.yearToDate?.previous).toBeNull();
    expect(result.yearToDate?.growth?.toString()).toBe('0.045');
    expect(result.completion.growth?.toString()).toBe('0.9858490566037735849056603773584906');
  });

  it('prefers the levels to the stated growth', () => {
    const result = assessTarget(
      growth(),
      {
        indicator: flow,
        observations: [
          observation('2021-H1', '4'),
          observation('2022-H1', '4.4', { yearOverYearPercent: '4.5' }),
        ],
      },
      { asOf: '2022-07-15' },
    );
    expect(result.yearToDate?.growthSource).toBe('computed');
    expect(result.yearToDate?.growth?.toString()).toBe('0.1');
    expect(result.status).toBe('on-track');
    // No whole base year: no target level, but the growth still judges.
    expect(result.baseline).toBeNull();
    expect(result.target).toBeNull();
    expect(result.projectedAtDeadline).toBeNull();
  });

  it('falls back on the stated growth when the earlier level gives no growth', () => {
    for (const earlier of ['0', '-1']) {
      const result = assessTarget(
        growth(),
        {
          indicator: flow,
          observations: [
            observation('2021-H1', earlier),
            observation('2022-H1', '4', { yearOverYearPercent: '3' }),
          ],
        },
        { asOf: '2022-07-15' },
      );
      expect(result.yearToDate?.growthSource).toBe('stated');
      expect(result.progressRatio?.toString()).toBe('0.5');
    }
    const approximate = assessTarget(
      growth(),
      {
        indicator: flow,
        observations: [
          observation('2021-H1', '4', { qualifier: 'approximately' }),
          observation('2022-H1', '4.4'),
        ],
      },
      { asOf: '2022-07-15' },
    );
    expect(approximate.approximate).toBe(true);
    const exact = assessTarget(
      growth(),
      {
        indicator: flow,
        observations: [observation('2021-H1', '4'), observation('2022-H1', '4.4')],
      },
      { asOf: '2022-07-15' },
    );
    expect(exact.approximate).toBe(false);
  });

  it('judges every method on the like-for-like ratio R', () => {
    const context = {
      indicator: flow,
      observations: [
        observation('2021', '8'),
        observation('2022-Q1/2022-Q3', '6', { yearOverYearPercent: '3' }),
      ],
    };
    const status = (method: 'projection' | 'current-status' | 'schedule') =>
      assessTarget(growth(), context, { asOf: '2022-10-20', method }).status;
    // R = 0.5: UNSD 0.10..0.95, ESCAP 5 of 10, 50% behind schedule.
    expect(status('projection')).toBe('needs-acceleration');
    expect(status('current-status')).toBe('needs-acceleration');
    expect(status('schedule')).toBe('needs-acceleration');
    const r = assessTarget(growth(), context, { asOf: '2022-10-20' });
    expect(r.timeElapsed?.toString()).toBe('0.75');
    expect(r.status).toBe('limited-progress');
  });

  it('reads a fall, an at-most target and a plan of no change', () => {
    const falling = {
      indicator: flow,
      observations: [observation('2022-H1', '4', { yearOverYearPercent: '-2' })],
    };
    const asOf = { asOf: '2022-07-15' };
    expect(assessTarget(growth(), falling, asOf).status).toBe('deterioration');
    const cap = assessTarget(
      growth({ comparator: 'at-most', annualGrowthPercent: '-5' }),
      falling,
      asOf,
    );
    // R = 0.02/0.05 = 0.4; completion mirrored: 2 − 0.98/0.95.
    expect(cap.progressRatio?.toString()).toBe('0.4');
    expect(cap.status).toBe('limited-progress');
    expect(cap.completion.growth?.toFixed(6)).toBe('0.968421');
    const flat = growth({ annualGrowthPercent: '0' });
    expect(assessTarget(flat, falling, asOf).status).toBe('deterioration');
    expect(assessTarget(flat, falling, asOf).progressRatio).toBeNull();
    const rising = {
      indicator: flow,
      observations: [observation('2022-H1', '4', { yearOverYearPercent: '0' })],
    };
    expect(assessTarget(flat, rising, asOf).status).toBe('on-track');
  });

  it('without a growth, judges the sum so far against the year’s implied level', () => {
    const result = assessTarget(
      growth(),
      { indicator: flow, observations: [observation('2021', '8'), observation('2022-H1', '4.24')] },
      { asOf: '2022-07-15' },
    );
    // 4.24 of 8.48 by mid-year: exactly on schedule.
    expect(result.basis).toBe('year-to-date');
    expect(result.reason).toBeNull();
    expect(result.yearToDate?.growth).toBeNull();
    expect(result.yearToDate?.growthSource).toBeNull();
    expect(result.sumToDate?.toString()).toBe('4.24');
    expect(result.completion.increment?.toString()).toBe('0.5');
    expect(result.progressRatio?.toString()).toBe('1');
    expect(result.status).toBe('on-track');
    const nothing = assessTarget(
      growth(),
      { indicator: flow, observations: [observation('2022-H1', '4.24')] },
      { asOf: '2022-07-15' },
    );
    expect(nothing.reason).toBe('no-baseline');
  });

  it('is never not assessable with last year whole and this year to date', () => {
    for (const months of ['01', '03', '06', '09', '11']) {
      const result = assessTarget(
        growth(),
        {
          indicator: flow,
          observations: [observation('2021', '8'), observation(`2022-01/2022-${months}`, '1')],
        },
        { asOf: '2022-12-20' },
      );
      expect(result.status).not.toBe('not-assessable');
      expect(result.yearToDate?.months).toBe(Number(months));
    }
  });

  it('keeps a growth over several years and a stock on the present rules', () => {
    const observations = [observation('2020', '8'), observation('2022-H1', '4.2')];
    const longer = assessTarget(
      growth({ basePeriod: '2020' }),
      { indicator: flow, observations },
      { asOf: '2022-07-15' },
    );
    expect(longer.basis).toBe('period');
    const stock = assessTarget(
      growth(),
      {
        indicator: indicator(),
        observations: [observation('2021', '8'), observation('2022-H1', '8.3')],
      },
      { asOf: '2022-07-15' },
    );
    expect(stock.basis).toBe('period');
    expect(stock.latest?.period).toBe('2022-H1');
  });

  it('is provisional once the year is over without its whole figure', () => {
    const result = assessTarget(
      growth(),
      {
        indicator: flow,
        observations: [
          observation('2021-01/2021-11', '7.2'),
          observation('2022-01/2022-11', '7.56'),
        ],
      },
      { asOf: '2023-01-31' },
    );
    expect(result.basis).toBe('year-to-date');
    expect(result.provisional).toBe(true);
    expect(result.yearToDate?.growth?.toString()).toBe('0.05');
    expect(result.status).toBe('needs-acceleration');
  });

  it('names the stated growth that cannot be read', () => {
    expect(() =>
      assessTarget(
        growth(),
        {
          indicator: flow,
          observations: [observation('2022-H1', '4', { yearOverYearPercent: '-100' })],
        },
        { asOf: '2022-07-15' },
      ),
    ).toThrow(
      /context\.observations\[0\]\.yearOverYearPercent.*a stated growth must be above -100%/,
    );
  });
});

describe('an annual level target of a flow during the year (year to date)', () => {
  it('judges S/T against months covered / 12 (known answer)', () => {
    const result = assessTarget(
      level({ indicator: 'revenue', value: '1.2', period: '2022' }),
      {
        indicator: revenue,
        observations: [ofRevenue('2021', '1.1'), ofRevenue('2022-01/2022-09', '0.93')],
      },
      { asOf: '2022-10-20' },
    );
    expect(result.basis).toBe('year-to-date');
    expect(result.provisional).toBe(false);
    expect(result.completion.increment?.toString()).toBe('0.775');
    expect(result.completion.level?.toString()).toBe('0.775');
    // 序时进度 of the figure (nine months), not of 20 October.
    expect(result.timeElapsed?.toString()).toBe('0.75');
    expect(result.progressRatio?.toString()).toBe('1.033333333333333333333333333333333');
    expect(result.scheduleGap?.toString()).toBe('0.025');
    expect(result.scheduleState).toBe('on-schedule');
    expect(result.projectedAtDeadline?.toString()).toBe('1.24');
    expect(result.sumToDate?.toString()).toBe('0.93');
    expect(result.status).toBe('on-track');
    expect(result.target?.value.toString()).toBe('1.2');
    expect(result.yearToDate).toMatchObject({ period: '2022-01/2022-09', months: 9 });
    expect(result.yearToDate?.growth).toBeNull();
  });

  it('reports the year-to-date growth beside it when it is known', () => {
    const result = assessTarget(
      level({ indicator: 'revenue', value: '1.2', period: '2022', annualGrowthPercent: '8' }),
      {
        indicator: revenue,
        observations: [ofRevenue('2021-Q1/2021-Q3', '0.8'), ofRevenue('2022-Q1/2022-Q3', '0.93')],
      },
      { asOf: '2022-10-20' },
    );
    expect(result.yearToDate?.growth?.toString()).toBe('0.1625');
    expect(result.plannedAnnualRate?.toString()).toBe('0.08');
    expect(result.status).toBe('on-track');
  });

  it('is achieved once the sum so far reaches the total', () => {
    const result = assessTarget(
      level({ indicator: 'revenue', value: '1.2', period: '2022' }),
      { indicator: revenue, observations: [ofRevenue('2022-01/2022-11', '1.25')] },
      { asOf: '2022-12-20' },
    );
    expect(result.status).toBe('achieved');
  });

  it('uses the whole year once it is known', () => {
    const result = assessTarget(
      level({ indicator: 'revenue', value: '1.2', period: '2022' }),
      {
        indicator: revenue,
        observations: [
          ofRevenue('2021', '1'),
          ofRevenue('2022-H1', '0.5'),
          ofRevenue('2022', '1.1'),
        ],
      },
      { asOf: '2023-01-31' },
    );
    expect(result.basis).toBe('period');
    expect(result.status).toBe('missed');
  });
});
