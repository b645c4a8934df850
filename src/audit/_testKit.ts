/**
 * Builders for the audit tests of derived indicators, annual claims and price bases: a small
 * town whose figures come from the examples of other towns' reports. Not library code.
 */
import type { Claim, Dataset, Indicator, Observation } from '../models/types.js';

const cite = (quote: string) => ({ document: 'report', section: '工作回顾', quote });

const indicator = (
  id: string,
  zh: string,
  en: string,
  unit: string,
  extra: Partial<Indicator> = {},
): Indicator => ({
  id,
  name: { zh, en },
  unit,
  direction: 'increase',
  measure: 'flow',
  sector: 'economy',
  attribute: 'anticipatory',
  ...extra,
});

/** The town's indicators: two parts and their sum, a per-capita ratio, and two plain ones. */
export const TOWN_INDICATORS: readonly Indicator[] = [
  indicator('agri-output', '农业总产值', 'Agricultural output', 'yi-yuan'),
  indicator('industrial-output', '工业总产值', 'Industrial output', 'yi-yuan'),
  indicator(
    'agri-industrial-output',
    '工农业总值',
    'Agricultural and industrial output',
    'yi-yuan',
    {
      formula: { op: 'sum', of: ['agri-output', 'industrial-output'] },
      aggregation: 'sum',
    },
  ),
  indicator('income-total', '收入总额', 'Total income', 'yi-yuan'),
  indicator('population', '常住人口', 'Resident population', 'person', { measure: 'stock' }),
  indicator('income-per-capita', '人均收入', 'Income per person', 'yuan', {
    measure: 'stock',
    formula: { op: 'ratio', numerator: 'income-total', denominator: 'population', multiplier: '1' },
    aggregation: 'formula',
  }),
  indicator('industry-above-size', '规上工业产值', 'Industrial output above size', 'yi-yuan'),
  indicator('gdp', '地区生产总值', 'Gross domestic product', 'yi-yuan'),
  indicator('fiscal-revenue', '财政收入', 'Fiscal revenue', 'yi-yuan'),
];

/** An actual, exact observation unless `extra` says otherwise. */
export function obs(
  id: string,
  period: string,
  value: string,
  extra: Partial<Observation> = {},
): Observation {
  return {
    indicator: id,
    period,
    value,
    status: 'actual',
    qualifier: null,
    source: cite(`${id} ${period} ${value}`),
    ...extra,
  };
}

/** A claim of a total change (`statedPercent`) unless `extra` says otherwise. */
export function claim(
  id: string,
  indicatorId: string,
  fromPeriod: string,
  toPeriod: string,
  extra: Partial<Claim>,
): Claim {
  return {
    id,
    indicator: indicatorId,
    fromPeriod,
    toPeriod,
    qualifier: null,
    source: cite(id),
    ...extra,
  };
}

/** The town with the given observations and claims. */
export function town(
  observations: readonly Observation[],
  claims: readonly Claim[] = [],
  extra: Partial<Dataset> = {},
): Dataset {
  return {
    id: 'town',
    area: { id: 'town', name: { zh: '某镇', en: 'A town' } },
    sources: [
      {
        id: 'report',
        title: { zh: '政府工作报告', en: 'Government work report' },
        issuer: { zh: '某镇人民政府', en: 'A town government' },
      },
    ],
    indicators: [...TOWN_INDICATORS],
    observations: [...observations],
    claims: [...claims],
    plans: [],
    projects: [],
    ...extra,
  };
}
