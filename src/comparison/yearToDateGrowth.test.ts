import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detailsOf, errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import type { Indicator, Observation } from '../models/types.js';
import { yearToDateGrowth } from './yearToDateGrowth.js';

const source = { document: 'stats', section: '月报', quote: '' };

function ytd(period: string, value: string, extra: Partial<Observation> = {}): Observation {
  return {
    indicator: 'gdp',
    period,
    value,
    status: 'actual',
    qualifier: null,
    source,
    ...extra,
  };
}

const gdp: Indicator = {
  id: 'gdp',
  name: { zh: '地区生产总值', en: 'GDP' },
  unit: 'yi-yuan',
  direction: 'increase',
  measure: 'flow',
  sector: 'economy',
  attribute: 'anticipatory',
};

describe('yearToDateGrowth', () => {
  it('gives 4.18 on 4.0 for 1–6月 as 0.045 (the known answer)', () => {
    const growth = yearToDateGrowth(ytd('2022-01/2022-06', '4.18'), ytd('2021-01/2021-06', '4.0'));
    expect(growth).toBeInstanceOf(Decimal);
    expect(growth.toString()).toBe('0.045');
  });

  it('matches spans written differently, and whole years', () => {
    expect(
      yearToDateGrowth(ytd('2022-Q1/2022-Q3', '6.3'), ytd('2021-01/2021-09', '6')).toString(),
    ).toBe('0.05');
    expect(yearToDateGrowth(ytd('2022', '8.4'), ytd('2021', '8')).toString()).toBe('0.05');
    expect(yearToDateGrowth(ytd('2022-01', '1'), ytd('2021-M01', '1')).toString()).toBe('0');
  });

  it('converts the previous figure exactly into the current unit', () => {
    expect(
      yearToDateGrowth(
        ytd('2022-H1', '4.18', { unit: 'yi-yuan' }),
        ytd('2021-H1', '40000', { unit: 'wan-yuan' }),
      ).toString(),
    ).toBe('0.045');
    expect(
      yearToDateGrowth(ytd('2022-H1', '41800', { unit: 'wan-yuan' }), ytd('2021-H1', '4'), {
        indicators: [gdp],
      }).toString(),
    ).toBe('0.045');
  });

  it('rounds a quotient that does not terminate once, to 34 digits', () => {
    expect(yearToDateGrowth(ytd('2022-H1', '4'), ytd('2021-H1', '3')).toString()).toBe(
      '0.3333333333333333333333333333333333',
    );
    expect(yearToDateGrowth(ytd('2022-H1', '2'), ytd('2021-H1', '3')).toString()).toBe(
      '-0.3333333333333333333333333333333333',
    );
  });

  it('refuses figures that do not match, naming what differs', () => {
    const cases: [Observation, Observation, string, unknown, string][] = [
      [
        ytd('2022-H1', '4.18'),
        ytd('2021-Q1/2021-Q3', '6'),
        'previous.period',
        '2021-Q1/2021-Q3',
        'covers 9 months, the current figure 6: both must cover the same months',
      ],
      [
        ytd('2022-H1', '4.18'),
        ytd('2020-H1', '4'),
        'previous.period',
        '2020-H1',
        "is in 2020; expected the year before the current figure's, 2021",
      ],
      [
        ytd('2022-H1', '4.18'),
        ytd('2023-H1', '4'),
        'previous.period',
        '2023-H1',
        "is in 2023; expected the year before the current figure's, 2021",
      ],
      [
        ytd('2022-H1', '4.18'),
        ytd('2021-H1', '4', { indicator: 'tax' }),
        'previous.indicator',
        'tax',
        "differs from the current figure's indicator gdp",
      ],
      [
        ytd('2022-04/2022-06', '4.18'),
        ytd('2021-04/2021-06', '4'),
        'current.period',
        '2022-04/2022-06',
        'is not a year-to-date span (1–N月累计) such as 2022-01/2022-06, 2022-H1 or 2022-Q1/2022-Q3',
      ],
      [
        ytd('2022-H1', '4.18'),
        ytd('2021-H2', '4'),
        'previous.period',
        '2021-H2',
        'is not a year-to-date span (1–N月累计) such as 2022-01/2022-06, 2022-H1 or 2022-Q1/2022-Q3',
      ],
    ];
    for (const [current, previous, field, value, reason] of cases) {
      const error = errorOf(() => yearToDateGrowth(current, previous));
      expect(error.code).toBe('invalid-argument');
      expect(error.details).toEqual({ field, value, reason });
    }
  });

  it('has no growth from a base of 0 or below, nor to a negative figure', () => {
    const zero = errorOf(() => yearToDateGrowth(ytd('2022-H1', '1'), ytd('2021-H1', '0')));
    expect([zero.code, zero.details.field, zero.details.value, zero.details.reason]).toEqual([
      'non-positive-base',
      'previous.value',
      '0',
      'a growth needs a previous figure above 0',
    ]);
    expect(errorOf(() => yearToDateGrowth(ytd('2022-H1', '1'), ytd('2021-H1', '-2'))).code).toBe(
      'non-positive-base',
    );
    const negative = errorOf(() => yearToDateGrowth(ytd('2022-H1', '-1'), ytd('2021-H1', '2')));
    expect([
      negative.code,
      negative.details.field,
      negative.details.value,
      negative.details.reason,
    ]).toEqual([
      'sign-change',
      'current.value',
      '-1',
      'the current figure is below 0 and the previous one above it',
    ]);
    expect(yearToDateGrowth(ytd('2022-H1', '0'), ytd('2021-H1', '2')).toString()).toBe('-1');
  });

  it('refuses units it cannot relate, and indicators that are no flow', () => {
    const error = errorOf(() =>
      yearToDateGrowth(ytd('2022-H1', '4.18', { unit: 'yi-yuan' }), ytd('2021-H1', '4')),
    );
    expect(error.details.field).toBe('previous');
    expect(
      errorOf(() =>
        yearToDateGrowth(ytd('2022-H1', '4.18'), ytd('2021-H1', '4'), {
          indicators: [{ ...gdp, measure: 'stock' }],
        }),
      ).details.field,
    ).toBe('current.indicator');
    expect(errorOf(() => yearToDateGrowth(ytd('2022-H1', '1'), null as never)).details.field).toBe(
      'previous',
    );
    expect(
      errorOf(() => yearToDateGrowth(ytd('2022-H1', '1'), ytd('2021-H1', '1'), [] as never)).details
        .field,
    ).toBe('options');
  });

  it('is the ratio of the two figures less one (property)', () => {
    const amount = fc.integer({ min: 1, max: 10_000_000 });
    fc.assert(
      fc.property(amount, amount, (now, before) => {
        const growth = yearToDateGrowth(
          ytd('2022-Q1/2022-Q3', String(now)),
          ytd('2021-01/2021-09', String(before)),
        );
        // growth × before = now − before, to the 34 digits kept.
        const change = new Decimal(now - before);
        const error = growth.times(before).minus(change).abs();
        expect(error.lte(change.abs().times('1e-32'))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('the year-to-date readers refuse, saying why', () => {
  it('indicators that are not an array', () => {
    expect(
      detailsOf(() =>
        yearToDateGrowth(ytd('2022-H1', '2'), ytd('2021-H1', '1'), { indicators: {} as never }),
      ),
    ).toEqual([
      'invalid-argument',
      'options.indicators',
      'expected an array of indicators, such as dataset.indicators',
    ]);
  });

  it('an indicator that is not an id', () => {
    expect(
      detailsOf(() =>
        yearToDateGrowth(ytd('2022-H1', '2', { indicator: 7 as never }), ytd('2021-H1', '1')),
      ),
    ).toEqual(['invalid-argument', 'current.indicator', 'expected an indicator id']);
  });

  it('an indicator that the given indicators do not hold', () => {
    expect(
      detailsOf(() =>
        yearToDateGrowth(ytd('2022-H1', '2', { indicator: 'tax' }), ytd('2021-H1', '1'), {
          indicators: [gdp],
        }),
      ),
    ).toEqual(['invalid-argument', 'current.indicator', 'is not one of options.indicators']);
  });

  it('an unknown status', () => {
    expect(
      detailsOf(() =>
        yearToDateGrowth(ytd('2022-H1', '2'), ytd('2021-H1', '1', { status: 'final' as never })),
      ),
    ).toEqual([
      'invalid-argument',
      'previous.status',
      "expected 'actual', 'preliminary', 'estimated' or 'forecast'",
    ]);
  });

  it('a unit stated on one side only, naming the side that states it', () => {
    const unstated = { ...ytd('2021-H1', '1'), unit: undefined };
    expect(
      detailsOf(() => yearToDateGrowth(ytd('2022-H1', '2', { unit: 'yi-yuan' }), unstated)),
    ).toEqual([
      'invalid-argument',
      'previous',
      "states no unit while current states yi-yuan: pass options.indicators to give it its indicator's unit",
    ]);
    expect(
      detailsOf(() =>
        yearToDateGrowth(
          { ...ytd('2022-H1', '2'), unit: undefined },
          ytd('2021-H1', '1', { unit: 'wan-yuan' }),
        ),
      ),
    ).toEqual([
      'invalid-argument',
      'current',
      "states no unit while previous states wan-yuan: pass options.indicators to give it its indicator's unit",
    ]);
  });
});
