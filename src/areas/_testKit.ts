import type { Dataset, Indicator, Observation, Target } from '../models/types.js';

/** Builders of small town datasets for the areas tests. */
export const source = { document: 'report', section: '2022', quote: '报告原文' } as const;

const name = (zh: string, en: string) => ({ zh, en });

export const INDICATORS: Record<string, Indicator> = {
  output: {
    id: 'output',
    name: name('规上工业总产值', 'Industrial output above designated size'),
    unit: 'yi-yuan',
    direction: 'increase',
    measure: 'flow',
    sector: 'industry',
    attribute: 'anticipatory',
  },
  income: {
    id: 'income',
    name: name('农村居民可支配收入总额', 'Rural disposable income, total'),
    unit: 'yi-yuan',
    direction: 'increase',
    measure: 'flow',
    sector: 'livelihood',
    attribute: 'anticipatory',
  },
  population: {
    id: 'population',
    name: name('常住人口', 'Resident population'),
    unit: 'person',
    direction: 'neutral',
    measure: 'stock',
    sector: 'population',
    attribute: 'anticipatory',
  },
  'income-per-capita': {
    id: 'income-per-capita',
    name: name('农村居民人均可支配收入', 'Rural disposable income per capita'),
    unit: 'yuan',
    direction: 'increase',
    measure: 'stock',
    sector: 'livelihood',
    attribute: 'anticipatory',
    aggregation: 'formula',
    formula: { op: 'ratio', numerator: 'income', denominator: 'population', multiplier: '1' },
  },
  'forest-cover': {
    id: 'forest-cover',
    name: name('森林覆盖率', 'Forest cover'),
    unit: 'percent',
    direction: 'increase',
    measure: 'rate',
    sector: 'ecology',
    attribute: 'binding',
  },
  pollution: {
    id: 'pollution',
    name: name('违法建筑面积', 'Illegal construction'),
    unit: 'square-metre',
    direction: 'decrease',
    measure: 'flow',
    sector: 'ecology',
    attribute: 'binding',
  },
};

export function obs(
  indicator: string,
  period: string,
  value: string,
  extra: Partial<Observation> = {},
): Observation {
  return { indicator, period, value, status: 'actual', qualifier: null, source, ...extra };
}

export function town(
  id: string,
  observations: Observation[],
  options: { indicators?: Indicator[]; targets?: Target[]; zh?: string } = {},
): Dataset {
  const used = new Set(observations.map((observation) => observation.indicator));
  for (const target of options.targets ?? []) {
    if (target.kind === 'level' || target.kind === 'growth' || target.kind === 'cumulative')
      used.add(target.indicator);
  }
  const indicators =
    options.indicators ??
    [...used].map((indicator) => INDICATORS[indicator] as Indicator).filter(Boolean);
  return {
    id,
    area: { id, name: { zh: options.zh ?? `${id}镇`, en: `${id} town` } },
    sources: [{ id: 'report', title: name('报告', 'Report'), issuer: name(id, id) }],
    indicators,
    observations,
    claims: [],
    plans:
      options.targets === undefined
        ? []
        : [
            {
              id: 'plan',
              title: name('规划', 'Plan'),
              issuer: name(id, id),
              adoptedOn: '2021-12-25',
              period: '2022/2026',
              source: 'report',
              targets: options.targets,
            },
          ],
    projects: [],
  };
}

/** A binding level target: industrial output at least 110 in 2026. */
export const outputTarget: Target = {
  kind: 'level',
  id: 'output-2026',
  title: name('产值', 'Output'),
  attribute: 'binding',
  source,
  indicator: 'output',
  value: '110',
  period: '2026',
  comparator: 'at-least',
};

/** Towns a, b and c: output 100 in 2021, then 98, 101 and 104 in 2022, each with {@link outputTarget}. */
export const threeTowns: readonly Dataset[] = ['a', 'b', 'c'].map((id, index) =>
  town(id, [obs('output', '2021', '100'), obs('output', '2022', String(98 + index * 3))], {
    targets: [outputTarget],
  }),
);
