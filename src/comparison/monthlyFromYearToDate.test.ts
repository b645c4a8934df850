import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detailsOf, errorOf } from '../../test/fixtures/errors.js';
import type { Indicator, Observation } from '../models/types.js';
import { monthlyFromYearToDate } from './monthlyFromYearToDate.js';

const source = { document: 'stats', section: '月报', quote: '' };

function ytd(period: string, value: string, extra: Partial<Observation> = {}): Observation {
  return {
    indicator: 'revenue',
    period,
    value,
    status: 'actual',
    qualifier: null,
    source,
    ...extra,
  };
}

function flow(id: string, unit: string, measure: Indicator['measure'] = 'flow'): Indicator {
  return {
    id,
    name: { zh: id, en: id },
    unit,
    direction: 'increase',
    measure,
    sector: 'finance',
    attribute: 'anticipatory',
  };
}

describe('monthlyFromYearToDate', () => {
  it('gives 6月 = 1–6月 − 1–5月: 4.18 − 3.4 = 0.78 (the known answer)', () => {
    const { months, gaps } = monthlyFromYearToDate([
      ytd('2022-01/2022-05', '3.4', { unit: 'yi-yuan' }),
      ytd('2022-01/2022-06', '4.18', { unit: 'yi-yuan' }),
    ]);
    expect(gaps).toEqual([
      {
        indicator: 'revenue',
        period: '2022-05',
        yearToDate: '2022-01/2022-05',
        missing: '2022-01/2022-04',
      },
    ]);
    expect(months).toHaveLength(1);
    const [june] = months;
    expect(june?.value.toString()).toBe('0.78');
    expect({ ...june, value: undefined }).toEqual({
      indicator: 'revenue',
      period: '2022-06',
      value: undefined,
      unit: 'yi-yuan',
      status: 'actual',
      qualifier: null,
      yearToDate: '2022-01/2022-06',
      previousYearToDate: '2022-01/2022-05',
    });
  });

  it('takes January as the 1月 figure itself and December as the year less 1–11月', () => {
    const { months, gaps } = monthlyFromYearToDate([
      ytd('2022-01', '0.5'),
      ytd('2022-01/2022-02', '1.2'),
      ytd('2022-01/2022-11', '9.9'),
      ytd('2022', '11'),
    ]);
    expect(months.map((m) => [m.period, m.value.toString(), m.previousYearToDate, m.unit])).toEqual(
      [
        ['2022-01', '0.5', null, null],
        ['2022-02', '0.7', '2022-01', null],
        ['2022-12', '1.1', '2022-01/2022-11', null],
      ],
    );
    expect(gaps.map((g) => [g.period, g.missing])).toEqual([['2022-11', '2022-01/2022-10']]);
  });

  it('reads every spelling of a span and skips periods that are not year-to-date', () => {
    const { months, gaps } = monthlyFromYearToDate([
      ytd('2022-01/2022-02', '2'),
      ytd('2022-Q1', '3.5'),
      ytd('2022-04/2022-06', '99'),
      ytd('2022-06', '99'),
      ytd('2022-M04', '99'),
      ytd('2022-02-01/2022-02-28', '99'),
      ytd('2022-Q1/2022-Q2', '7'),
      ytd('2022-S1', '7', { status: 'estimated' }),
    ]);
    expect(months.map((m) => [m.period, m.value.toString(), m.yearToDate])).toEqual([
      ['2022-03', '1.5', '2022-Q1'],
    ]);
    expect(gaps.map((g) => [g.period, g.yearToDate, g.missing])).toEqual([
      ['2022-02', '2022-01/2022-02', '2022-01'],
      ['2022-06', '2022-Q1/2022-Q2', '2022-01/2022-05'],
    ]);
  });

  it('converts the earlier figure exactly into the unit of the later one', () => {
    const { months } = monthlyFromYearToDate([
      ytd('2022-01/2022-05', '3.4', { unit: 'yi-yuan' }),
      ytd('2022-H1', '41800', { unit: 'wan-yuan' }),
    ]);
    expect(months.map((m) => [m.value.toString(), m.unit])).toEqual([['7800', 'wan-yuan']]);
  });

  it('takes the unit of a figure without one from its indicator', () => {
    const { months } = monthlyFromYearToDate(
      [ytd('2022-01/2022-05', '3.4', { unit: 'yi-yuan' }), ytd('2022-H1', '41800')],
      { indicators: [flow('revenue', 'wan-yuan')] },
    );
    expect(months.map((m) => [m.value.toString(), m.unit])).toEqual([['7800', 'wan-yuan']]);
  });

  it('refuses to pair a stated unit with an unknown one', () => {
    const error = errorOf(() =>
      monthlyFromYearToDate([
        ytd('2022-01/2022-05', '3.4', { unit: 'yi-yuan' }),
        ytd('2022-H1', '4.18'),
      ]),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.details).toMatchObject({ field: 'observations[1]', value: '2022-H1' });
    expect(error.details.reason).toBe(
      "states no unit while observations[0] states yi-yuan: pass options.indicators to give it its indicator's unit",
    );
    const reversed = errorOf(() =>
      monthlyFromYearToDate([
        ytd('2022-01/2022-05', '3.4'),
        ytd('2022-H1', '4.18', { unit: 'yi-yuan' }),
      ]),
    );
    expect(reversed.details).toMatchObject({ field: 'observations[0]', value: '2022-01/2022-05' });
  });

  it('prefers the more final status, and marks a month by the less final of its two figures', () => {
    const { months } = monthlyFromYearToDate([
      ytd('2022-01/2022-05', '3.5', { status: 'forecast' }),
      ytd('2022-01/2022-05', '3.4', { status: 'preliminary' }),
      ytd('2022-01/2022-05', '3.6', { status: 'estimated' }),
      ytd('2022-H1', '4.18'),
      ytd('2022-01/2022-07', '5', { status: 'estimated' }),
    ]);
    expect(months.map((m) => [m.period, m.value.toString(), m.status])).toEqual([
      ['2022-06', '0.78', 'preliminary'],
      ['2022-07', '0.82', 'estimated'],
    ]);
  });

  it('marks a month approximate when either figure is qualified', () => {
    const { months } = monthlyFromYearToDate([
      ytd('2022-01', '1'),
      ytd('2022-01/2022-02', '2', { qualifier: 'more-than' }),
      ytd('2022-01/2022-03', '3'),
      ytd('2022-01/2022-04', '4'),
    ]);
    expect(months.map((m) => m.qualifier)).toEqual([null, 'approximately', 'approximately', null]);
  });

  it('keeps indicators and years apart, ordered by first appearance, year and month', () => {
    const { months } = monthlyFromYearToDate([
      ytd('2023-01/2023-02', '2.5'),
      ytd('2023-01', '1'),
      ytd('2022-01', '0.9', { indicator: 'tax' }),
      ytd('2022-01', '0.8'),
      ytd('2022-01/2022-02', '1.7', { indicator: 'tax' }),
    ]);
    expect(months.map((m) => [m.indicator, m.period, m.value.toString()])).toEqual([
      ['revenue', '2022-01', '0.8'],
      ['revenue', '2023-01', '1'],
      ['revenue', '2023-02', '1.5'],
      ['tax', '2022-01', '0.9'],
      ['tax', '2022-02', '0.8'],
    ]);
  });

  it('gives zero, never -0, for a month with nothing added, and a negative month as it is', () => {
    const { months } = monthlyFromYearToDate([
      ytd('2022-01', '-0'),
      ytd('2022-01/2022-02', '0'),
      ytd('2022-01/2022-03', '-1.5'),
    ]);
    expect(months.map((m) => m.value.toString())).toEqual(['0', '0', '-1.5']);
    expect(months.every((m) => !Object.is(m.value.toNumber(), -0))).toBe(true);
  });

  it('refuses a span given twice with one status, naming both', () => {
    const error = errorOf(() =>
      monthlyFromYearToDate([ytd('2022-Q1', '3'), ytd('2022-01/2022-03', '3.1')]),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.details).toEqual({
      field: 'observations[1]',
      value: '2022-01/2022-03',
      reason:
        'gives revenue 2022-01/2022-03 (actual) a second time, after observations[0] (2022-Q1)',
    });
  });

  it('checks the indicators it is given: known, and flows', () => {
    expect(
      errorOf(() => monthlyFromYearToDate([ytd('2022-01', '1')], { indicators: [] })).details,
    ).toEqual({
      field: 'observations[0].indicator',
      value: 'revenue',
      reason: 'is not one of options.indicators',
    });
    expect(
      errorOf(() =>
        monthlyFromYearToDate([ytd('2022-01', '1')], {
          indicators: [flow('revenue', 'yuan', 'stock')],
        }),
      ).details.reason,
    ).toBe("is a stock: only a flow's figures add up over the year");
    expect(
      errorOf(() => monthlyFromYearToDate([], { indicators: 'all' as never })).details,
    ).toMatchObject({ field: 'options.indicators', value: 'all' });
  });

  it('refuses malformed arguments with the field', () => {
    const cases: [() => unknown, string, string][] = [
      [() => monthlyFromYearToDate('x' as never), 'invalid-argument', 'observations'],
      [() => monthlyFromYearToDate([null as never]), 'invalid-argument', 'observations[0]'],
      [
        () => monthlyFromYearToDate([{ ...ytd('2022-01', '1'), indicator: 3 as never }]),
        'invalid-argument',
        'observations[0].indicator',
      ],
      [
        () => monthlyFromYearToDate([ytd('2022-13', '1')]),
        'invalid-period',
        'observations[0].period',
      ],
      [
        () => monthlyFromYearToDate([ytd('2022-01', 'abc')]),
        'invalid-number',
        'observations[0].value',
      ],
      [
        () => monthlyFromYearToDate([ytd('2022-01', '1', { status: 'guess' as never })]),
        'invalid-argument',
        'observations[0].status',
      ],
      [() => monthlyFromYearToDate([], 3 as never), 'invalid-argument', 'options'],
    ];
    for (const [run, code, field] of cases) {
      const error = errorOf(run);
      expect([error.code, error.details.field]).toEqual([code, field]);
    }
    expect(
      errorOf(() =>
        monthlyFromYearToDate([
          ytd('2022-01', '1', { unit: 'mu' }),
          ytd('2022-01/2022-02', '2', { unit: 'yuan' }),
        ]),
      ).code,
    ).toBe('incompatible-units');
  });

  it('does not change its input', () => {
    const input = [ytd('2022-01', '1'), ytd('2022-01/2022-02', '3')];
    const before = structuredClone(input);
    monthlyFromYearToDate(input);
    expect(input).toEqual(before);
  });

  it('gives back the cumulative figures when its months are summed (property)', () => {
    const cents = fc.array(fc.integer({ min: -100_000, max: 100_000 }), {
      minLength: 1,
      maxLength: 12,
    });
    fc.assert(
      fc.property(cents, (values) => {
        let total = 0;
        const observations = values.map((value, index) => {
          total += value;
          const month = String(index + 1).padStart(2, '0');
          return ytd(index === 0 ? '2022-01' : `2022-01/2022-${month}`, String(total / 100));
        });
        const { months, gaps } = monthlyFromYearToDate(observations);
        expect(gaps).toEqual([]);
        expect(months.map((m) => m.value.times(100).toNumber())).toEqual(values.map((v) => v + 0));
      }),
      { numRuns: 40 },
    );
  });
});

describe('monthlyFromYearToDate refuses, saying why', () => {
  it('observations that are not an array', () => {
    expect(detailsOf(() => monthlyFromYearToDate({} as never))).toEqual([
      'invalid-argument',
      'observations',
      'expected an array of observations',
    ]);
  });
});

describe('monthlyFromYearToDate, qualifiers', () => {
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
