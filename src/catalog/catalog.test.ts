import { describe, expect, it } from 'vitest';
import { aggregationOf } from '../areas/aggregationOf.js';
import { Indicator } from '../models/Indicator.js';
import { parseDataset } from '../models/parseDataset.js';
import { CATALOG } from './CATALOG.js';
import { findCatalogIndicator } from './findCatalogIndicator.js';
import { withCatalogIndicators } from './withCatalogIndicators.js';

const ids = CATALOG.map((entry) => entry.indicator.id);

describe('CATALOG', () => {
  it('holds at least 30 valid indicators with unique ids and phrases', () => {
    expect(CATALOG.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of CATALOG) expect(Indicator.parse(entry.indicator)).toEqual(entry.indicator);
    const phrases = CATALOG.flatMap((entry) => entry.phrases);
    expect(new Set(phrases).size).toBe(phrases.length);
    for (const entry of CATALOG) expect(entry.phrases[0]).toBe(entry.indicator.name.zh);
  });

  it('has the indicators the issue names, and formulas whose inputs it holds', () => {
    for (const phrase of [
      '地区生产总值',
      '规上工业总产值',
      '工业总产值',
      '农业总产值',
      '工农业总产值',
      '财政总收入',
      '一般公共预算收入',
      '固定资产投资',
      '社会消费品零售总额',
      '农民人均可支配收入',
      '城镇居民人均可支配收入',
      '常住人口',
      '户籍人口',
      '粮食播种面积',
      '旅游人次',
      '旅游收入',
      '招商引资到位资金',
      '新增规上企业',
      '高标准农田',
      '造林面积',
    ]) {
      expect(findCatalogIndicator(phrase), phrase).toBeDefined();
    }
    for (const entry of CATALOG) {
      const formula = entry.indicator.formula;
      if (formula === undefined) continue;
      const inputs = formula.op === 'sum' ? formula.of : [formula.numerator, formula.denominator];
      for (const input of inputs) expect(ids).toContain(input);
    }
  });

  it('never sums a per-capita figure or a percent', () => {
    const by = (id: string) =>
      aggregationOf(CATALOG.find((entry) => entry.indicator.id === id)!.indicator);
    expect(by('rural-income-per-capita')).toBe('formula');
    expect(by('urbanisation-rate')).toBe('formula');
    expect(by('forest-cover')).toBe('none');
    expect(by('gdp')).toBe('sum');
    expect(by('industrial-agricultural-output')).toBe('sum');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(CATALOG)).toBe(true);
    expect(Object.isFrozen(CATALOG[0]?.indicator.name)).toBe(true);
    expect(Object.isFrozen(CATALOG[0]?.phrases)).toBe(true);
  });
});

describe('findCatalogIndicator', () => {
  it('finds by phrase, id, full-width forms and spaces', () => {
    expect(findCatalogIndicator('农民人均纯收入')?.indicator.id).toBe('rural-income-per-capita');
    expect(findCatalogIndicator(' 农民 人均收入 ')?.indicator.id).toBe('rural-income-per-capita');
    expect(findCatalogIndicator('ｇｄｐ')?.indicator.id).toBe('gdp');
    expect(findCatalogIndicator('tourist-visits')?.indicator.unit).toBe('wan-person-time');
    expect(findCatalogIndicator('收入')).toBeUndefined();
    expect(findCatalogIndicator(42 as never)).toBeUndefined();
  });
});

describe('withCatalogIndicators', () => {
  const source = { document: 'report', section: '2022', quote: '原文' };
  const base = {
    id: 'town',
    area: { id: 'town', name: { zh: '样镇', en: 'Town' } },
    sources: [
      { id: 'report', title: { zh: '报告', en: 'Report' }, issuer: { zh: '镇', en: 'Town' } },
    ],
    claims: [],
    projects: [],
  };

  it('adds the catalogue indicators the dataset refers to, its own first, inputs after', () => {
    const ownGdp = { ...CATALOG[0]!.indicator, unit: 'wan-yuan' };
    const dataset = withCatalogIndicators(
      {
        ...base,
        indicators: [ownGdp],
        observations: [
          {
            indicator: 'gdp',
            period: '2021',
            value: '1',
            status: 'actual',
            qualifier: null,
            source,
          },
          {
            indicator: 'unknown',
            period: '2021',
            value: '1',
            status: 'actual',
            qualifier: null,
            source,
          },
        ],
        plans: [
          {
            id: 'plan',
            title: { zh: '规划', en: 'Plan' },
            issuer: { zh: '镇', en: 'Town' },
            adoptedOn: '2021-12-25',
            period: '2022',
            source: 'report',
            targets: [
              {
                kind: 'level',
                id: 't',
                title: { zh: '目标', en: 'T' },
                attribute: 'anticipatory',
                source,
                indicator: 'urbanisation-rate',
                value: '60',
                period: '2022',
                comparator: 'at-least',
              },
              {
                kind: 'qualitative',
                id: 'q',
                title: { zh: '目标', en: 'Q' },
                attribute: 'anticipatory',
                source,
              },
            ],
          },
        ],
      },
      { include: ['forest-cover'] },
    );
    expect(dataset.indicators.map((indicator) => indicator.id)).toEqual([
      'gdp',
      'forest-cover',
      'urbanisation-rate',
      'urban-population',
      'resident-population',
    ]);
    expect(dataset.indicators[0]?.unit).toBe('wan-yuan');
    expect(Object.isFrozen(dataset.indicators[1])).toBe(false);
  });

  it('gives a dataset parseDataset accepts, and rejects unknown ids to include', () => {
    const dataset = withCatalogIndicators({
      ...base,
      observations: [
        {
          indicator: 'industrial-agricultural-output',
          period: '2021',
          value: '1',
          status: 'actual',
          qualifier: null,
          source,
        },
      ],
      plans: [],
    });
    expect(parseDataset(dataset).indicators.map((indicator) => indicator.id)).toEqual([
      'industrial-agricultural-output',
      'industrial-output',
      'agricultural-output',
    ]);
    expect(() =>
      withCatalogIndicators({ ...base, observations: [], plans: [] }, { include: ['nope'] }),
    ).toThrow(
      expect.objectContaining({
        code: 'not-found',
        details: expect.objectContaining({ value: 'nope' }),
      }),
    );
  });
});
