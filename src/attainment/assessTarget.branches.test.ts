import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import type { Observation } from '../models/types.js';
import {
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
import { selectObservation } from './selectObservation.js';

// Paths of the target kinds that the main tests of each kind do not take: caps during the
// year, baselines of year-to-date figures, quarter targets, comparable prices between quarters.

const flow = indicator({ measure: 'flow' });
const stock = indicator();
const midYear = { asOf: '2022-07-15' };

describe('a level target of a flow during the year', () => {
  it('keeps a cap not yet exceeded on track: it is kept only when the year is over', () => {
    const cap = level({ period: '2022', value: '10', comparator: 'at-most' });
    const a = assessTarget(
      cap,
      { indicator: flow, observations: [observation('2022-01/2022-06', '4')] },
      midYear,
    );
    expect([a.basis, a.status]).toEqual(['year-to-date', 'on-track']);
  });

  it('reports the baseline and its qualifier', () => {
    const a = assessTarget(
      level({ period: '2022', value: '10' }),
      {
        indicator: flow,
        observations: [
          observation('2021', '8', { qualifier: 'approximately' }),
          observation('2022-01/2022-06', '4'),
        ],
      },
      midYear,
    );
    expect(a.basis).toBe('year-to-date');
    expect(a.baseline).toMatchObject({ period: '2021' });
    expect(a.baseline?.value.toString()).toBe('8');
    expect(a.approximate).toBe(true);
  });

  it('names a comparator it does not know', () => {
    const error = errorOf(() =>
      assessTarget(
        level({ period: '2022', comparator: 'about' as never }),
        { indicator: flow, observations: [observation('2022-01/2022-06', '4')] },
        midYear,
      ),
    );
    expect([error.code, error.details.field]).toEqual(['invalid-argument', 'target.comparator']);
  });

  it('is not judged on year-to-date figures when it is due at the end of a half-year', () => {
    const a = assessTarget(
      level({ period: '2022-H1', value: '10' }),
      { indicator: flow, observations: [observation('2022-01/2022-04', '4')] },
      { asOf: '2022-05-15' },
    );
    expect(a.basis).not.toBe('year-to-date');
    expect(a.yearToDate).toBe(null);
  });
});

describe('a growth target of one year during the year', () => {
  const bare = (base: string, extra: Partial<Observation> = {}) => [
    observation('2021', base, extra),
    observation('2022-01/2022-06', '4'),
  ];

  it('keeps a cap not yet exceeded on track, judged on the sum without a growth', () => {
    const a = assessTarget(
      growth({ comparator: 'at-most' }),
      { indicator: flow, observations: bare('8') },
      midYear,
    );
    expect([a.basis, a.status]).toEqual(['year-to-date', 'on-track']);
    expect(a.sumToDate?.toString()).toBe('4');
  });

  it('has no level to judge the sum by from a base of zero', () => {
    const a = assessTarget(growth(), { indicator: flow, observations: bare('0') }, midYear);
    expect([a.basis, a.status, a.reason]).toEqual([
      'year-to-date',
      'not-assessable',
      'no-baseline',
    ]);
  });

  it('is approximate when its base is', () => {
    const a = assessTarget(
      growth(),
      { indicator: flow, observations: bare('8', { qualifier: 'approximately' }) },
      midYear,
    );
    expect(a.approximate).toBe(true);
  });

  it('names a comparator it does not know', () => {
    const error = errorOf(() =>
      assessTarget(
        growth({ comparator: 'about' as never }),
        { indicator: flow, observations: bare('8') },
        midYear,
      ),
    );
    expect([error.code, error.details.field]).toEqual(['invalid-argument', 'target.comparator']);
  });
});

describe('a growth target of one year, its previous year-to-date figure', () => {
  it('is the one of the same months a year earlier, not the first figure of the series', () => {
    const a = assessTarget(
      growth(),
      {
        indicator: flow,
        observations: [
          observation('2020', '7'),
          observation('2021-03', '0.7'),
          observation('2021', '8'),
          observation('2021-01/2021-06', '4.0'),
          observation('2022-01/2022-06', '4.18'),
        ],
      },
      midYear,
    );
    expect(a.yearToDate?.previous?.period).toBe('2021-01/2021-06');
    expect(a.yearToDate?.growth?.toString()).toBe('0.045');
  });
});

describe('a growth target of part of a year', () => {
  it('is not judged on year-to-date figures: only a growth of one year is', () => {
    const a = assessTarget(
      growth({ basePeriod: '2022-H1', period: '2022' }),
      {
        indicator: flow,
        observations: [observation('2022-H1', '4'), observation('2022-01/2022-09', '6.5')],
      },
      { asOf: '2022-10-15' },
    );
    expect(a.basis).not.toBe('year-to-date');
  });
});

describe('a growth target of several years', () => {
  it('is judged on whole years, not on the year-to-date figures of its last year', () => {
    const a = assessTarget(
      growth({ basePeriod: '2021', period: '2023' }),
      {
        indicator: flow,
        observations: [
          observation('2021', '8'),
          observation('2022', '8.5'),
          observation('2023-01/2023-06', '4.4'),
        ],
      },
      { asOf: '2023-07-15' },
    );
    expect(a.basis).not.toBe('year-to-date');
    expect(a.latest?.period).toBe('2022');
  });
});

describe('a growth target at comparable prices', () => {
  const real = (percent: string): Partial<Observation> => ({
    yearOverYearPercent: percent,
    priceBasis: 'comparable',
  });

  it('is exact, not approximate, when no figure has a qualifier', () => {
    const a = assessTarget(
      growth({ priceBasis: 'comparable' }),
      {
        indicator: stock,
        observations: [observation('2021', '8'), observation('2022', '8.3', real('6.5'))],
      },
      { asOf: '2023-01-31' },
    );
    expect([a.status, a.approximate]).toEqual(['achieved', false]);
  });

  it('does not carry quarterly levels by the growths of whole years', () => {
    const a = assessTarget(
      growth({ priceBasis: 'comparable', basePeriod: '2021-Q4', period: '2022-Q4' }),
      {
        indicator: stock,
        observations: [
          observation('2021-Q4', '8'),
          observation('2022', '8.5', real('6.5')),
          observation('2022-Q4', '8.6'),
        ],
      },
      { asOf: '2023-01-31' },
    );
    expect(a.reason).toBe('price-basis');
  });

  it('carries only a yearly base to a yearly latest level', () => {
    // A yearly base and a half-year latest level: the years' growths do not reach it.
    const toHalf = assessTarget(
      growth({ priceBasis: 'comparable', basePeriod: '2021', period: '2024' }),
      {
        indicator: stock,
        observations: [
          observation('2021', '8'),
          observation('2022', '8.5', real('6.5')),
          observation('2023-H1', '9'),
          observation('2023', '9.5', real('7')),
        ],
      },
      { asOf: '2023-07-31' },
    );
    expect([toHalf.latest?.period, toHalf.reason]).toEqual(['2023-H1', 'price-basis']);
    // A quarterly base and a yearly latest level.
    const fromQuarter = assessTarget(
      growth({ priceBasis: 'comparable', basePeriod: '2021-Q4', period: '2023' }),
      {
        indicator: stock,
        observations: [observation('2021-Q4', '8'), observation('2022', '8.5', real('6.5'))],
      },
      { asOf: '2023-01-31' },
    );
    expect([fromQuarter.latest?.period, fromQuarter.reason]).toEqual(['2022', 'price-basis']);
  });

  it('keeps the figures of each carried latest level apart, in one scorecard', () => {
    const soon = growth({ id: 'soon', priceBasis: 'comparable', period: '2022' });
    const later = growth({ id: 'later', priceBasis: 'comparable', period: '2026' });
    const card = assessPlan(
      planDataset(
        [soon, later],
        [
          observation('2021', '8'),
          observation('2022', '8.3', real('6.5')),
          observation('2023', '9', real('7')),
        ],
      ),
      'plan',
      { asOf: '2024-06-30' },
    );
    const [first, second] = card.assessments;
    expect(first?.actualAnnualRate?.toString()).toBe('0.065');
    // √(1.065 × 1.07) − 1, from 8 carried to 9.1164 over two years.
    expect(second?.latest?.value.toString()).toBe('9.1164');
    expect(second?.actualAnnualRate?.toFixed(12)).toBe('0.067497072596');
  });

  it('needs a growth, not only the mark of comparable prices', () => {
    const a = assessTarget(
      growth({ priceBasis: 'comparable' }),
      {
        indicator: stock,
        observations: [
          observation('2021', '8'),
          observation('2022', '8.3', { priceBasis: 'comparable' }),
        ],
      },
      { asOf: '2023-01-31' },
    );
    expect(a.reason).toBe('price-basis');
  });

  it('names a stated growth that is not a number', () => {
    const error = errorOf(() =>
      assessTarget(
        growth({ priceBasis: 'comparable' }),
        {
          indicator: stock,
          observations: [observation('2021', '8'), observation('2022', '8.3', real('fast'))],
        },
        { asOf: '2023-01-31' },
      ),
    );
    expect(error.details).toMatchObject({
      field: 'context.observations[1].yearOverYearPercent',
      value: 'fast',
    });
    expect(error.code).toBe('invalid-number');
    const fall = errorOf(() =>
      assessTarget(
        growth({ priceBasis: 'comparable' }),
        {
          indicator: stock,
          observations: [observation('2021', '8'), observation('2022', '8.3', real('-100'))],
        },
        { asOf: '2023-01-31' },
      ),
    );
    expect(fall.details.reason).toBe('a stated growth must be above -100%');
  });
});

describe('a level target projected to its deadline', () => {
  it('gives no projection when the projected level is beyond the accepted range', () => {
    const a = assessTarget(
      level({ period: '2024', value: '9e999' }),
      {
        indicator: stock,
        observations: [observation('2021', '1e998'), observation('2022', '1e999')],
      },
      { asOf: '2023-01-31' },
    );
    expect(a.projectedAtDeadline).toBe(null);
  });
});

describe('a milestone without an as-of day', () => {
  it('has no time elapsed when nothing dates the project', () => {
    const a = assessTarget(milestone(), { project: project({ stageHistory: [] }) });
    expect(a.timeElapsed).toBe(null);
  });
});

describe('refusals name the argument and the code', () => {
  it('a target of another shape is an invalid-argument naming the target', () => {
    const error = errorOf(() =>
      assessTarget({ ...level(), title: null } as never, { indicator: stock, observations: [] }),
    );
    expect([error.code, error.details.field]).toEqual(['invalid-argument', 'target']);
  });

  it('a dataset of another shape is an invalid-dataset naming the dataset', () => {
    const dataset = planDataset([level()]);
    const broken = { ...dataset, plans: [{ ...dataset.plans[0], targets: null }] };
    const error = errorOf(() => assessPlan(broken as never, 'plan'));
    expect([error.code, error.details.field]).toEqual(['invalid-dataset', 'dataset']);
  });

  it('no dataset at all is an invalid-argument', () => {
    const error = errorOf(() => assessPlan(null as never, 'plan'));
    expect([error.code, error.details.field]).toEqual(['invalid-argument', 'dataset']);
  });

  it('an observation that is not an object is an invalid-argument', () => {
    expect(errorOf(() => selectObservation([null] as never)).code).toBe('invalid-argument');
  });
});
