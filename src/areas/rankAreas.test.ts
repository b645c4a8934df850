import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import type { Dataset, Indicator, Plan, Target } from '../models/types.js';
import { INDICATORS, obs, source, town } from './_testKit.js';
import { rankAreas } from './rankAreas.js';

const values = (indicator: string, list: string[]) =>
  list.map((value, index) => town(`t${index + 1}`, [obs(indicator, '2022', value)]));

const ranks = (result: ReturnType<typeof rankAreas>) =>
  result.areas.map((row) => [row.area.id, row.rank]);

function thrown(run: () => unknown) {
  try {
    run();
  } catch (error) {
    return error as { code: string; details: { field: string } };
  }
  throw new Error('expected an error');
}

describe('rankAreas', () => {
  it('ranks 5, 7, 7, 3 (higher is better) as 3, 1, 1, 4', () => {
    const result = rankAreas(values('output', ['5', '7', '7', '3']), {
      indicator: 'output',
      period: '2022',
    });
    expect(ranks(result)).toEqual([
      ['t2', 1],
      ['t3', 1],
      ['t1', 3],
      ['t4', 4],
    ]);
    expect(result.areas.map((row) => row.value?.toString())).toEqual(['7', '7', '5', '3']);
    expect(result).toMatchObject({ by: 'value', unit: 'yi-yuan', from: null, order: 'descending' });
  });

  it('reverses for a lower-is-better indicator', () => {
    const result = rankAreas(values('pollution', ['5', '7', '7', '3']), {
      indicator: 'pollution',
      period: '2022',
    });
    expect(ranks(result)).toEqual([
      ['t4', 1],
      ['t1', 2],
      ['t2', 3],
      ['t3', 3],
    ]);
    expect(result.order).toBe('ascending');
  });

  it('ties exactly across units and lists towns without the figure last, unranked', () => {
    const towns = [
      town('a', [obs('output', '2022', '0.5')]),
      town('b', [obs('output', '2021', '1')]),
      town('c', [obs('output', '2022', '5000', { unit: 'wan-yuan' })]),
      town('d', [obs('output', '2022', '0.50000000000000000000000000000001')]),
    ];
    const result = rankAreas(towns, { indicator: 'output', period: '2022' });
    expect(result.areas.map((row) => [row.area.id, row.rank, row.reason])).toEqual([
      ['d', 1, null],
      ['a', 2, null],
      ['c', 2, null],
      ['b', null, 'no-figure'],
    ]);
    expect(result.areas[2]?.value?.toString()).toBe('0.5');
    expect(result.areas[3]?.value).toBeNull();
  });

  it('ranks by year-on-year growth, from figures or a stated 同比', () => {
    const towns = [
      town('a', [obs('output', '2021', '10'), obs('output', '2022', '11')]),
      town('b', [obs('output', '2022', '5', { yearOverYearPercent: '12.5' })]),
      town('c', [obs('output', '2021', '4'), obs('output', '2022', '4')]),
      town('d', [obs('output', '2022', '4')]),
      town('e', [obs('output', '2021', '0'), obs('output', '2022', '4')]),
    ];
    const result = rankAreas(towns, { indicator: 'output', period: '2022', by: 'growth' });
    expect(
      result.areas.map((row) => [row.area.id, row.rank, row.value?.toString() ?? row.reason]),
    ).toEqual([
      ['b', 1, '0.125'],
      ['a', 2, '0.1'],
      ['c', 3, '0'],
      ['d', null, 'no-base'],
      ['e', null, 'no-base'],
    ]);
    expect(result.from).toBe('2021');
    expect(result.unit).toBeNull();
  });

  it('ranks by average annual growth from a base period', () => {
    const towns = [
      town('a', [obs('output', '2020', '100'), obs('output', '2022', '121')]),
      town('b', [obs('output', '2020', '100'), obs('output', '2022', '144')]),
      town('c', [obs('output', '2021', '100'), obs('output', '2022', '144')]),
    ];
    const result = rankAreas(towns, {
      indicator: 'output',
      period: '2022',
      by: 'growth',
      from: '2020',
    });
    expect(
      result.areas.map((row) => [row.area.id, row.rank, row.value?.toString() ?? row.reason]),
    ).toEqual([
      ['b', 1, '0.2'],
      ['a', 2, '0.1'],
      ['c', null, 'no-base'],
    ]);
    const oneYear = rankAreas(towns, {
      indicator: 'output',
      period: '2022',
      by: 'growth',
      from: '2021',
    });
    expect(oneYear.areas[0]?.value?.toString()).toBe('0.44');
  });

  it('ranks by completion of a named target', () => {
    const target = (value: string): Target => ({
      kind: 'level',
      id: 'output-2022',
      title: { zh: '产值', en: 'Output' },
      attribute: 'anticipatory',
      source,
      indicator: 'output',
      value,
      period: '2022',
      comparator: 'at-least',
    });
    const towns = [
      town('a', [obs('output', '2021', '8'), obs('output', '2022', '9')], {
        targets: [target('10')],
      }),
      town('b', [obs('output', '2021', '8'), obs('output', '2022', '9')], {
        targets: [target('9')],
      }),
      town('c', [obs('output', '2022', '9')]),
      town('d', [], { targets: [target('9')] }),
    ];
    const result = rankAreas(towns, {
      indicator: 'output',
      period: '2022',
      by: 'completion',
      target: 'output-2022',
    });
    expect(
      result.areas.map((row) => [row.area.id, row.rank, row.value?.toString() ?? row.reason]),
    ).toEqual([
      ['b', 1, '1'],
      ['a', 2, '0.9'],
      ['c', null, 'no-completion'],
      ['d', null, 'no-completion'],
    ]);
  });

  it("takes each town's most final figure of the indicator and period, in the town's own unit", () => {
    const wanYuan = { ...INDICATORS.output, unit: 'wan-yuan' } as Indicator;
    const towns = [
      town('a', [
        obs('income', '2022', '99'),
        obs('output', '2022', '5', { status: 'preliminary' }),
        obs('output', '2022', '6'),
        obs('output', '2022', '7', { status: 'preliminary' }),
      ]),
      // The first town's definition is in 亿元, this town's own in 万元, after another one.
      town('b', [obs('output', '2022', '55000')], {
        indicators: [INDICATORS.population as Indicator, wanYuan],
      }),
    ];
    const result = rankAreas(towns, { indicator: 'output', period: '2022' });
    expect(result.areas.map((row) => [row.area.id, row.value?.toString()])).toEqual([
      ['a', '6'],
      ['b', '5.5'],
    ]);
  });

  it('ranks a growth exactly, however small, and a 同比 only against the year before', () => {
    const towns = [
      town('a', [
        obs('output', '2021', '1'),
        obs('output', '2022', '1.000000000000000000000000000000001234'),
      ]),
      town('b', [obs('output', '2022', '5', { yearOverYearPercent: '12.5' })]),
    ];
    const yearOnYear = rankAreas(towns, { indicator: 'output', period: '2022', by: 'growth' });
    expect(yearOnYear.areas.map((row) => row.value?.toString())).toEqual([
      '0.125',
      '0.000000000000000000000000000000001234',
    ]);
    const fromEarlier = rankAreas(towns, {
      indicator: 'output',
      period: '2022',
      by: 'growth',
      from: '2020',
    });
    expect(fromEarlier.areas.map((row) => row.reason)).toEqual(['no-base', 'no-base']);
  });

  it('ranks completion highest first, whatever the direction, on the figures of the period', () => {
    const cap = (id: string, value: string): Target => ({
      kind: 'level',
      id,
      title: { zh: '违建', en: 'Illegal construction' },
      attribute: 'binding',
      source,
      indicator: 'pollution',
      value,
      // Due later than the period ranked: only the as-of day keeps the 2023 figure out.
      period: '2026',
      comparator: 'at-most',
    });
    const [a, b] = [
      town('a', [obs('pollution', '2022', '120'), obs('pollution', '2023', '1')], {
        targets: [cap('other', '1'), cap('cap', '100')],
      }),
      town('b', [obs('pollution', '2022', '110')]),
    ] as [Dataset, Dataset];
    // Town b's target is in its second plan.
    const second = { ...(a.plans[0] as Plan), id: 'second', targets: [cap('cap', '100')] };
    const towns = [a, { ...b, plans: [{ ...second, id: 'first', targets: [] }, second] }];
    const result = rankAreas(towns, {
      indicator: 'pollution',
      period: '2022',
      by: 'completion',
      target: 'cap',
    });
    expect(result.order).toBe('descending');
    expect(result.areas.map((row) => [row.area.id, row.value?.toString()])).toEqual([
      ['b', '0.9'],
      ['a', '0.8'],
    ]);
  });

  it('rejects what it cannot rank', () => {
    const towns = values('population', ['1', '2']);
    expect(
      thrown(() => rankAreas(towns, { indicator: 'population', period: '2022' })).details.field,
    ).toBe('order');
    expect(
      ranks(rankAreas(towns, { indicator: 'population', period: '2022', order: 'ascending' })),
    ).toEqual([
      ['t1', 1],
      ['t2', 2],
    ]);
    expect(thrown(() => rankAreas(towns, { indicator: 'nothing', period: '2022' })).code).toBe(
      'not-found',
    );
    expect(
      thrown(() =>
        rankAreas(towns, { indicator: 'population', period: '2022', by: 'size' as never }),
      ).details.field,
    ).toBe('by');
    expect(
      thrown(() => rankAreas(towns, { indicator: 'population', period: '2022', by: 'completion' }))
        .details.field,
    ).toBe('target');
    expect(
      thrown(() => rankAreas(towns, { indicator: 'population', period: '2022-13' })).code,
    ).toBe('invalid-period');
  });

  test.prop([fc.array(fc.integer({ min: -5, max: 5 }), { minLength: 1, maxLength: 8 })], {
    numRuns: 50,
  })('a rank is one more than the number of strictly better areas', (list) => {
    const result = rankAreas(values('output', list.map(String)), {
      indicator: 'output',
      period: '2022',
    });
    for (const row of result.areas) {
      const better = result.areas.filter((other) =>
        (other.value as never as { gt: (x: unknown) => boolean }).gt(row.value),
      );
      expect(row.rank).toBe(better.length + 1);
    }
    expect(INDICATORS.output?.direction).toBe('increase');
  });
});
