import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../test/fixtures/errors.js';
import type { Indicator, Observation } from '../models/types.js';
import { monthlyFromYearToDate } from './monthlyFromYearToDate.js';
import { yearToDateGrowth } from './yearToDateGrowth.js';

// The year-to-date readers' refusals, each with its code, field and reason.

const source = { document: 'stats', section: '月报', quote: '' };

function ytd(period: string, value: string, extra: Partial<Observation> = {}): Observation {
  return { indicator: 'gdp', period, value, status: 'actual', qualifier: null, source, ...extra };
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

  it('a previous figure of 0 or below, and a current one below 0', () => {
    expect(detailsOf(() => yearToDateGrowth(ytd('2022-H1', '2'), ytd('2021-H1', '0')))).toEqual([
      'non-positive-base',
      'previous.value',
      'a growth needs a previous figure above 0',
    ]);
    expect(detailsOf(() => yearToDateGrowth(ytd('2022-H1', '-2'), ytd('2021-H1', '1')))).toEqual([
      'sign-change',
      'current.value',
      'the current figure is below 0 and the previous one above it',
    ]);
  });

  it('observations that are not an array', () => {
    expect(detailsOf(() => monthlyFromYearToDate({} as never))).toEqual([
      'invalid-argument',
      'observations',
      'expected an array of observations',
    ]);
  });
});

describe('monthlyFromYearToDate', () => {
  it('marks a month approximate only when a figure has a qualifier', () => {
    const { months } = monthlyFromYearToDate([
      ytd('2022-01', '1', { unit: 'yi-yuan' }),
      ytd('2022-01/2022-02', '3', { unit: 'yi-yuan' }),
    ]);
    expect(months.map((month) => month.qualifier)).toEqual([null, null]);
    const { qualifier: _, ...unqualified } = ytd('2022-01/2022-02', '3', { unit: 'yi-yuan' });
    const omitted = monthlyFromYearToDate([
      ytd('2022-01', '1', { unit: 'yi-yuan' }),
      unqualified as Observation,
    ]);
    expect(omitted.months.map((month) => month.qualifier)).toEqual([null, null]);
  });
});
