import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { obs, town } from '../../test/fixtures/town.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset, Indicator } from '../models/types.js';
import { deriveObservations } from './deriveObservations.js';

const of = (dataset: Dataset, indicator: string) =>
  deriveObservations(dataset).filter((derived) => derived.indicator === indicator);

function withIndicators(dataset: Dataset, change: Record<string, Partial<Indicator>>): Dataset {
  return {
    ...dataset,
    indicators: dataset.indicators.map((indicator) => ({
      ...indicator,
      ...change[indicator.id],
    })),
  };
}

describe('deriveObservations', () => {
  it('divides 收入总额 9.4544亿元 by 常住人口 40,000 人: 23,636 元 per person, exactly', () => {
    // Independently: 9.4544亿元 = 945,440,000元, an integer division.
    expect(945_440_000n % 40_000n).toBe(0n);
    expect(String(945_440_000n / 40_000n)).toBe('23636');
    const dataset = town([
      obs('income-total', '2021', '9.4544'),
      obs('population', '2021', '40000'),
    ]);
    expect(deriveObservations(dataset)).toEqual([
      {
        indicator: 'income-per-capita',
        period: '2021',
        value: '23636',
        unit: 'yuan',
        status: 'actual',
        qualifier: null,
        derivedFrom: [
          {
            indicator: 'income-total',
            period: '2021',
            status: 'actual',
            value: '9.4544',
            unit: 'yi-yuan',
            qualifier: null,
            derived: false,
          },
          {
            indicator: 'population',
            period: '2021',
            status: 'actual',
            value: '40000',
            unit: 'person',
            qualifier: null,
            derived: false,
          },
        ],
      },
    ]);
  });

  it('adds 17.2 + 14.68 into 31.88 exactly, converting a part given in 万元', () => {
    const dataset = town([
      obs('agri-output', '2022', '172000', { unit: 'wan-yuan' }),
      obs('industrial-output', '2022', '14.68'),
    ]);
    const [total] = of(dataset, 'agri-industrial-output');
    expect(total?.value).toBe('31.88');
    expect(total?.derivedFrom.map((input) => [input.value, input.unit])).toEqual([
      ['172000', 'wan-yuan'],
      ['14.68', 'yi-yuan'],
    ]);
  });

  it('takes the least final status, and the qualifier a sum of bounds has', () => {
    const dataset = town([
      obs('agri-output', '2022', '17.2', { status: 'preliminary' }),
      obs('agri-output', '2022', '17', { status: 'forecast' }),
      obs('industrial-output', '2022', '14.68', { status: 'estimated', qualifier: 'more-than' }),
      obs('agri-output', '2023', '18'),
      obs('industrial-output', '2023', '15', { status: 'actual' }),
      obs('industrial-output', '2023', '16', { status: 'forecast' }),
    ]);
    expect(
      of(dataset, 'agri-industrial-output').map((d) => [d.period, d.value, d.status, d.qualifier]),
    ).toEqual([
      ['2022', '31.88', 'estimated', 'more-than'],
      ['2023', '33', 'actual', null],
    ]);
  });

  it('derives only where every input has the same period, ordered by period', () => {
    const dataset = town([
      obs('agri-output', '2023', '1'),
      obs('agri-output', '2022-Q4', '1'),
      obs('agri-output', '2021', '1'),
      obs('industrial-output', '2023', '2'),
      obs('industrial-output', '2022-Q4', '2'),
      obs('industrial-output', '2022', '2'),
    ]);
    expect(of(dataset, 'agri-industrial-output').map((d) => d.period)).toEqual(['2022-Q4', '2023']);
  });

  it('orders periods that end on one day by their start: the year before its last quarter', () => {
    const both = (...periods: string[]) =>
      periods.flatMap((period) => [
        obs('agri-output', period, '1'),
        obs('industrial-output', period, '2'),
      ]);
    const dataset = town(both('2022-Q4', '2022', '2022-H2'));
    expect(of(dataset, 'agri-industrial-output').map((d) => d.period)).toEqual([
      '2022',
      '2022-H2',
      '2022-Q4',
    ]);
  });

  it('reads past figures of indicators the dataset does not define', () => {
    const dataset = town([
      { ...obs('agri-output', '2022', '1'), indicator: 'ghost', unit: undefined } as never,
      obs('agri-output', '2022', '1'),
      obs('industrial-output', '2022', '2'),
    ]);
    expect(of(dataset, 'agri-industrial-output').map((d) => d.value)).toEqual(['3']);
  });

  it('gives no figure for a zero denominator, and 34 digits for a ratio that does not end', () => {
    const dataset = town([
      obs('income-total', '2020', '1'),
      obs('population', '2020', '0'),
      obs('income-total', '2021', '0.0001'),
      obs('population', '2021', '3'),
    ]);
    expect(of(dataset, 'income-per-capita').map((d) => [d.period, d.value])).toEqual([
      ['2021', '3333.333333333333333333333333333333'],
    ]);
  });

  it('computes a share in percent, and formulas of formulas (a stated input wins over a derived one)', () => {
    const dataset = withIndicators(
      town([
        obs('agri-output', '2021', '17.2'),
        obs('industrial-output', '2021', '14.68'),
        obs('agri-output', '2022', '10'),
        obs('industrial-output', '2022', '10'),
        obs('agri-industrial-output', '2022', '25'),
      ]),
      {
        'income-per-capita': {
          unit: 'percent',
          formula: {
            op: 'ratio',
            numerator: 'agri-output',
            denominator: 'agri-industrial-output',
            multiplier: '100',
          },
        },
      },
    );
    const shares = of(dataset, 'income-per-capita');
    expect(shares.map((d) => [d.period, d.value, d.derivedFrom.map((i) => i.derived)])).toEqual([
      ['2021', '53.95232120451693851944792973651192', [false, true]],
      ['2022', '40', [false, false]],
    ]);
    // The derived total of 2022 is still returned beside the stated one.
    expect(of(dataset, 'agri-industrial-output').map((d) => [d.period, d.value])).toEqual([
      ['2021', '31.88'],
      ['2022', '20'],
    ]);
  });

  it('evaluates an indicator after the derived indicators it uses, whatever their order', () => {
    const base = town([obs('agri-output', '2021', '1'), obs('industrial-output', '2021', '3')]);
    const reordered = withIndicators(
      { ...base, indicators: [...base.indicators].reverse() },
      {
        gdp: {
          formula: { op: 'sum', of: ['agri-industrial-output', 'agri-output'] },
        },
      },
    );
    expect(deriveObservations(reordered).map((d) => [d.indicator, d.value])).toEqual([
      ['gdp', '5'],
      ['agri-industrial-output', '4'],
    ]);
  });

  it('is exact for every sum of two-decimal figures (property)', () => {
    fc.assert(
      fc.property(
        fc.bigInt(-(10n ** 12n), 10n ** 12n),
        fc.bigInt(-(10n ** 12n), 10n ** 12n),
        (a, b) => {
          const text = (cents: bigint) => {
            const sign = cents < 0n ? '-' : '';
            const abs = cents < 0n ? -cents : cents;
            return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
          };
          const dataset = town([
            obs('agri-output', '2021', text(a)),
            obs('industrial-output', '2021', text(b)),
          ]);
          const [total] = of(dataset, 'agri-industrial-output');
          const expected = text(a + b).replace(/\.?0+$/, '') || '0';
          return total?.value === (expected === '-0' ? '0' : expected);
        },
      ),
      { numRuns: 50 },
    );
  });

  it('does not change its input and returns fresh objects', () => {
    const dataset = town([
      obs('income-total', '2021', '9.4544'),
      obs('population', '2021', '40000'),
    ]);
    const before = structuredClone(dataset);
    const first = deriveObservations(dataset);
    expect(dataset).toEqual(before);
    expect(deriveObservations(dataset)).toEqual(first);
    expect(deriveObservations(dataset)[0]).not.toBe(first[0]);
  });

  it.each([
    ['null', null, 'dataset', 'expected a dataset object'],
    [
      'a dataset without indicators',
      { observations: [] },
      'dataset.indicators',
      'expected an array',
    ],
    [
      'a dataset without observations',
      { indicators: [] },
      'dataset.observations',
      'expected an array',
    ],
  ])('rejects %s', (_, input, field, reason) => {
    const error = (() => {
      try {
        deriveObservations(input as unknown as Dataset);
      } catch (caught) {
        return caught as IndicatorError;
      }
      throw new Error('expected an error');
    })();
    expect([error.code, error.details.field, error.details.reason]).toEqual([
      'invalid-argument',
      field,
      reason,
    ]);
  });

  it.each([
    [
      'a cycle',
      { 'agri-output': { formula: { op: 'sum', of: ['agri-industrial-output', 'gdp'] } } },
      'agri-output',
      'formulas form a cycle',
    ],
    [
      'an unknown input',
      { 'agri-industrial-output': { formula: { op: 'sum', of: ['agri-output', 'nothing'] } } },
      'nothing',
      'unknown indicator "nothing"',
    ],
  ] as const)(
    'rejects formulas with %s (a dataset parseDataset would refuse)',
    (_, change, value, reason) => {
      const dataset = withIndicators(
        town([]),
        change as unknown as Record<string, Partial<Indicator>>,
      );
      expect(() => deriveObservations(dataset)).toThrow(IndicatorError);
      try {
        deriveObservations(dataset);
      } catch (error) {
        expect([
          (error as IndicatorError).code,
          (error as IndicatorError).details.value,
          (error as IndicatorError).details.reason,
        ]).toEqual(['invalid-dataset', value, reason]);
      }
    },
  );

  it('names the formula that closes a cycle and the one with an unknown input', () => {
    const cycle = withIndicators(town([]), {
      'agri-output': { formula: { op: 'sum', of: ['agri-industrial-output', 'gdp'] } },
    });
    expect(errorOf(() => deriveObservations(cycle)).details.field).toBe(
      'indicators.agri-output.formula',
    );
    const unknown = withIndicators(town([]), {
      'agri-industrial-output': { formula: { op: 'sum', of: ['agri-output', 'nothing'] } },
    });
    expect(errorOf(() => deriveObservations(unknown)).details.field).toBe(
      'indicators.agri-industrial-output.formula',
    );
  });

  it('derives a formula that other formulas also use once', () => {
    // gdp = agri-industrial-output + fiscal-revenue, itself a sum of two parts.
    const chained = withIndicators(
      town([
        obs('agri-output', '2022', '17.2'),
        obs('industrial-output', '2022', '14.68'),
        obs('fiscal-revenue', '2022', '1'),
      ]),
      { gdp: { formula: { op: 'sum', of: ['agri-industrial-output', 'fiscal-revenue'] } } },
    );
    const derived = deriveObservations(chained).map((o) => [o.indicator, o.period, o.value]);
    expect(derived).toEqual([
      ['agri-industrial-output', '2022', '31.88'],
      ['gdp', '2022', '32.88'],
    ]);
  });

  it('refuses a dataset of another shape as invalid-dataset, naming the dataset', () => {
    const error = errorOf(() => deriveObservations({ ...town([]), indicators: [null] } as never));
    expect([error.code, error.details.field]).toEqual(['invalid-dataset', 'dataset']);
  });
});
