import { describe, expect, it } from 'vitest';
import { isIndicatorError } from '../errors/IndicatorError.js';
import { parseDataset } from '../models/parseDataset.js';
import { INDICATORS, obs, town } from './_testKit.js';
import { rollUp } from './rollUp.js';

const district = { id: 'district', area: { id: 'lin-an', name: { zh: '临安区', en: "Lin'an" } } };

function thrown(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('rollUp', () => {
  const three = [
    town('a', [obs('output', '2022', '8.2')]),
    town('b', [obs('output', '2022', '5000', { unit: 'wan-yuan' })]),
    town('c', [obs('output', '2022', '12.5')]),
  ];

  it('sums 8.2亿元 + 5000万元 + 12.5亿元 to 21.2亿元 exactly, as a valid dataset', () => {
    const result = rollUp(three, district);
    expect(result.incomplete).toEqual([]);
    expect(result.skipped).toEqual([]);
    expect(result.dataset.observations).toEqual([
      {
        indicator: 'output',
        period: '2022',
        value: '21.2',
        status: 'actual',
        qualifier: null,
        source: {
          document: 'district.roll-up',
          section: '2022',
          quote: 'Σ 3 areas / 3个地区合计',
        },
      },
    ]);
    expect(result.dataset.area).toEqual(district.area);
    expect(result.dataset.sources).toEqual([
      {
        id: 'district.roll-up',
        title: {
          zh: '临安区汇总(3个地区:a镇、b镇、c镇)',
          en: "Lin'an roll-up of 3 areas: a town, b town, c town",
        },
        issuer: { zh: '临安区', en: "Lin'an" },
      },
    ]);
    expect(parseDataset(result.dataset).id).toBe('district');
  });

  it('lists a period some town lacks as incomplete, naming it, and gives no partial total', () => {
    const fourth = town('d', [obs('output', '2021', '1')]);
    const result = rollUp([...three, fourth], district);
    expect(result.dataset.observations).toEqual([]);
    expect(result.incomplete).toEqual([
      { indicator: 'output', period: '2021', missing: ['a', 'b', 'c'] },
      { indicator: 'output', period: '2022', missing: ['d'] },
    ]);
  });

  it('recomputes per-capita income as Σ income / Σ population, not a mean', () => {
    const result = rollUp(
      [
        town('a', [
          obs('income', '2022', '9.4544'),
          obs('population', '2022', '40000'),
          obs('income-per-capita', '2022', '23636'),
        ]),
        town('b', [
          obs('income', '2022', '30000', { unit: 'wan-yuan' }),
          obs('population', '2022', '15000'),
          obs('income-per-capita', '2022', '20000'),
        ]),
      ],
      district,
    );
    const perCapita = result.dataset.observations.find((o) => o.indicator === 'income-per-capita');
    expect(perCapita?.value).toBe('22644.36363636363636363636363636364');
    expect(perCapita?.source.quote).toBe('income-per-capita = income / population × 1');
    expect(result.dataset.observations.map((o) => [o.indicator, o.value])).toEqual([
      ['income', '12.4544'],
      ['population', '55000'],
      ['income-per-capita', '22644.36363636363636363636363636364'],
    ]);
    expect(parseDataset(result.dataset).indicators).toHaveLength(3);
  });

  it('takes the least final status and marks a total approximate when a part is', () => {
    const result = rollUp(
      [
        town('a', [obs('output', '2022', '1', { status: 'preliminary' })]),
        town('b', [
          obs('output', '2022', '2', { status: 'estimated', qualifier: 'approximately' }),
        ]),
        town('c', [obs('output', '2022', '3', { qualifier: 'more-than' })]),
      ],
      district,
    );
    expect(result.dataset.observations[0]).toMatchObject({
      value: '6',
      status: 'estimated',
      qualifier: 'approximately',
    });
    const bounded = rollUp(
      [
        town('a', [obs('output', '2022', '1', { qualifier: 'at-least' })]),
        town('b', [obs('output', '2022', '2', { qualifier: 'more-than' })]),
      ],
      district,
    );
    expect(bounded.dataset.observations[0]?.qualifier).toBe('more-than');
    const atLeast = rollUp(
      [
        town('a', [obs('output', '2022', '1', { qualifier: 'at-least' })]),
        town('b', [obs('output', '2022', '2')]),
      ],
      district,
    );
    expect(atLeast.dataset.observations[0]?.qualifier).toBe('at-least');
  });

  it("uses each town's most final figure of a period", () => {
    const result = rollUp(
      [
        town('a', [
          obs('output', '2022', '9', { status: 'estimated' }),
          obs('output', '2022', '8', { status: 'actual' }),
          obs('output', '2022', '7', { status: 'forecast' }),
        ]),
        town('b', [obs('output', '2022', '1', { status: 'preliminary' })]),
      ],
      district,
    );
    expect(result.dataset.observations[0]).toMatchObject({ value: '9', status: 'preliminary' });
  });

  it('skips rates and marks a formula incomplete where an input is', () => {
    const result = rollUp(
      [
        town('a', [
          obs('forest-cover', '2022', '80'),
          obs('income', '2022', '1'),
          obs('population', '2022', '100'),
          obs('population', '2021', '100'),
        ]),
        town('b', [obs('forest-cover', '2022', '70'), obs('income', '2022', '1')], {
          indicators: [
            INDICATORS['forest-cover']!,
            INDICATORS.income!,
            INDICATORS.population!,
            INDICATORS['income-per-capita']!,
          ],
        }),
      ],
      district,
    );
    expect(result.skipped).toEqual(['forest-cover']);
    expect(result.dataset.indicators.map((indicator) => indicator.id)).toEqual([
      'income',
      'population',
      'income-per-capita',
    ]);
    expect(result.incomplete).toEqual([
      { indicator: 'population', period: '2021', missing: ['b'] },
      { indicator: 'population', period: '2022', missing: ['b'] },
      { indicator: 'income-per-capita', period: '2021', missing: ['a', 'b'] },
      { indicator: 'income-per-capita', period: '2022', missing: ['b'] },
    ]);
  });

  it('keeps an indicator no town has a figure of, with no period missing', () => {
    const result = rollUp(
      [
        town('a', [obs('output', '2022', '1')], {
          indicators: [INDICATORS.output!, INDICATORS.income!],
        }),
        town('b', [obs('output', '2022', '2')]),
      ],
      district,
    );
    expect(result.dataset.indicators.map((indicator) => indicator.id)).toEqual([
      'output',
      'income',
    ]);
    expect(result.dataset.observations.map((observation) => observation.indicator)).toEqual([
      'output',
    ]);
    expect(result.incomplete).toEqual([]);
  });

  it('names the towns in the source title up to 1,800 characters, then counts the rest', () => {
    // English names of 15 characters joined by ", ": 106 names fill exactly 1,800 characters.
    const ids = Array.from({ length: 108 }, (_, index) => `area-${String(index).padStart(5, '0')}`);
    const towns = ids.map((id) => town(id, [obs('output', '2022', '1')]));
    const title = rollUp(towns, district).dataset.sources[0]?.title;
    const named = ids.slice(0, 106).map((id) => `${id} town`);
    expect(title?.en).toBe(`Lin'an roll-up of 108 areas: ${named.join(', ')}, … (+2)`);
    expect(title?.zh).toBe(`临安区汇总(108个地区:${ids.map((id) => `${id}镇`).join('、')})`);
    const all = rollUp(towns.slice(0, 106), district).dataset.sources[0]?.title.en;
    expect(all).toBe(`Lin'an roll-up of 106 areas: ${named.join(', ')}`);
  });

  it('names both towns when their units measure different things', () => {
    const error = thrown(() =>
      rollUp(
        [
          town('a', [obs('output', '2022', '1')]),
          town('b', [], { indicators: [{ ...INDICATORS.output!, unit: 'mu' }] }),
        ],
        district,
      ),
    );
    expect(isIndicatorError(error, 'incompatible-units')).toBe(true);
    expect((error as Error).message).toContain('a measures it in yi-yuan, b in mu');
    expect((error as { details: { areas: unknown } }).details.areas).toEqual(['a', 'b']);
  });

  it('rejects bad arguments with typed errors', () => {
    const codes = [
      () => rollUp([], district),
      () => rollUp([town('a', []), town('a', [])], district),
      () => rollUp([town('a', [])], { ...district, id: 'Bad Id' }),
      () => rollUp([town('a', [])], { id: 'x', area: { id: 'x' } as never }),
      () => rollUp([null as never], district),
    ].map((run) => (thrown(run) as { code: string; details: { field: string } }).details.field);
    expect(codes).toEqual([
      'datasets',
      'datasets[1].area.id',
      'options.id',
      'options.area',
      'datasets[0]',
    ]);
  });

  it('refuses a formula aggregation without a formula, a cycle and a zero denominator', () => {
    const loose = { ...INDICATORS.income!, id: 'loose', aggregation: 'formula' as const };
    expect(
      (thrown(() => rollUp([town('a', [], { indicators: [loose] })], district)) as Error).message,
    ).toContain('no formula');
    const cyclic = {
      ...INDICATORS.income!,
      id: 'cyclic',
      formula: { op: 'sum' as const, of: ['cyclic', 'income'] },
      aggregation: 'formula' as const,
    };
    expect(
      (
        thrown(() =>
          rollUp([town('a', [], { indicators: [cyclic, INDICATORS.income!] })], district),
        ) as Error
      ).message,
    ).toContain('refers back');
    const zero = thrown(() =>
      rollUp(
        [
          town('a', [obs('income', '2022', '1'), obs('population', '2022', '0')], {
            indicators: [
              INDICATORS.income!,
              INDICATORS.population!,
              INDICATORS['income-per-capita']!,
            ],
          }),
        ],
        district,
      ),
    );
    expect(isIndicatorError(zero, 'non-positive-base')).toBe(true);
  });

  it('sums with a sum formula in the indicatorʼs unit and shares nothing with its inputs', () => {
    const total = {
      ...INDICATORS.output!,
      id: 'total',
      unit: 'wan-yuan',
      aggregation: 'formula' as const,
      formula: { op: 'sum' as const, of: ['output', 'income'] },
    };
    const input = town(
      'a',
      [obs('output', '2022', '1'), obs('income', '2022', '0.5', { qualifier: 'at-least' })],
      {
        indicators: [INDICATORS.output!, INDICATORS.income!, total],
      },
    );
    const result = rollUp([input], district);
    expect(result.dataset.observations.at(-1)).toMatchObject({
      indicator: 'total',
      value: '15000',
      qualifier: 'at-least',
    });
    expect(result.dataset.indicators[2]).not.toBe(total);
    expect(result.dataset.indicators[2]).toEqual(total);
  });
});
