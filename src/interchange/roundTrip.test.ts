import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { tianmushan } from '../data/tianmushan/index.js';
import type { Dataset } from '../models/Dataset.js';
import type { Observation } from '../models/Observation.js';
import { parseDataset } from '../models/parseDataset.js';
import { isValidPeriod, periodEnd, periodStart } from '../periods/index.js';
import { fromSdmxTimePeriod, toSdmxTimePeriod } from './_timePeriod.js';
import { fromSdmxCsv } from './fromSdmxCsv.js';
import { toSdmxCsv } from './toSdmxCsv.js';

/** The mini dataset, plus an area indicator so that 公顷 (a unit with multiplier 0) is tried. */
const base = (): Dataset => {
  const dataset = parseDataset(structuredClone(miniDataset));
  dataset.indicators.push({
    id: 'forest-area',
    name: { zh: '林地面积', en: 'Forest area' },
    unit: 'wan-mu',
    direction: 'increase',
    measure: 'stock',
    sector: 'ecology',
    attribute: 'binding',
  });
  return dataset;
};

/** Every spelling the catalogue reads, per indicator of {@link base}. */
const money = ['yuan', '元', 'CNY', 'wan-yuan', '万元', 'yi-yuan', '亿元', ' 万元 '];
const SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  'industrial-output': money,
  'farmer-income': money,
  'medical-insurance-rate': ['percent', '%', '％'],
  'precious-trees-planted': ['plant', '株', 'wan-plant', '万株'],
  'forest-area': ['mu', '亩', 'wan-mu', '万亩', 'hectare', '公顷', 'ha', 'square-metre', 'm2'],
};

const year = fc.integer({ min: 1900, max: 9999 });
const pad = (n: number) => String(n).padStart(2, '0');
/** Any single period, in the library's and SDMX's spellings. */
const single = fc.oneof(
  year.map(String),
  fc
    .tuple(year, fc.constantFrom('H', 'S'), fc.constantFrom(1, 2))
    .map(([y, l, h]) => `${y}-${l}${h}`),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.constantFrom('', 'M'))
    .map(([y, m, l]) => `${y}-${l}${pad(m)}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`)
    .filter(isValidPeriod),
);
/** Ranges of any two single periods, kept near each other so that few are filtered out. */
const range = fc
  .tuple(single, single)
  .map(([a, b]) => (a.slice(0, 4) <= b.slice(0, 4) ? `${a}/${b}` : `${b}/${a}`))
  .filter(isValidPeriod);
const period = fc.oneof(single, range);

/** Texts full of what CSV and the formula guard act on. */
const tricky = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "'",
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        '\r\n',
        '"',
        ',',
        ' ',
        '\uFEFF',
        '约',
      ),
      fc.string({ unit: 'binary', maxLength: 6 }),
    ),
    { minLength: 1, maxLength: 10 },
  )
  .map((parts) => parts.join(''))
  .filter((text) => text.length >= 1 && text.length <= 200);

const id = fc.stringMatching(/^[a-z0-9]{1,8}(?:[-._][a-z0-9]{1,8}){0,3}$/);

const observation = fc.constantFrom(...Object.keys(SPELLINGS)).chain((indicator) =>
  fc.record({
    id: fc.option(id, { nil: undefined }),
    indicator: fc.constant(indicator),
    period,
    value: fc.stringMatching(/^-?(?:0|[1-9]\d{0,20})(?:\.\d{1,12})?$/),
    unit: fc.option(fc.constantFrom(...(SPELLINGS[indicator] as string[])), { nil: undefined }),
    status: fc.constantFrom('actual', 'preliminary', 'estimated', 'forecast' as const),
    qualifier: fc.constantFrom(null, 'approximately', 'more-than', 'at-least' as const),
    yearOverYearPercent: fc.option(fc.stringMatching(/^-?(?:0|[1-9]\d{0,3})(?:\.\d{1,3})?$/), {
      nil: undefined,
    }),
    priceBasis: fc.option(fc.constantFrom('current', 'comparable' as const), { nil: undefined }),
    source: fc.record({ document: fc.constant('report-2021'), section: tricky, quote: tricky }),
  }),
);

const observations = fc
  .uniqueArray(observation, {
    selector: (o) => `${o.indicator}|${o.period}|${o.status}`,
    maxLength: 12,
  })
  .map((list) =>
    list.map(
      (
        { id: given, unit, yearOverYearPercent, priceBasis, source, ...rest },
        index,
      ): Observation => ({
        // Ids must be unique in a dataset: the index makes them so.
        ...(given === undefined ? {} : { id: `${given}-${index}` }),
        ...rest,
        ...(unit === undefined ? {} : { unit }),
        ...(yearOverYearPercent === undefined ? {} : { yearOverYearPercent }),
        ...(priceBasis === undefined ? {} : { priceBasis }),
        // fc.record builds objects without a prototype; toStrictEqual would tell them apart.
        source: { ...source },
      }),
    ),
  );

describe('SDMX-CSV round trip', () => {
  it('gives back random valid observations exactly', () => {
    fc.assert(
      fc.property(observations, (list) => {
        const dataset = parseDataset({ ...base(), observations: list });
        const read = fromSdmxCsv(toSdmxCsv(dataset));
        expect(read.observations).toStrictEqual(list);
        expect(read.area).toBe(list.length === 0 ? null : 'mini-town');
      }),
      { numRuns: 300 },
    );
  });

  it('gives back the mini dataset exactly', () => {
    const dataset = parseDataset(structuredClone(miniDataset));
    expect(fromSdmxCsv(toSdmxCsv(dataset))).toStrictEqual({
      observations: dataset.observations,
      area: 'mini-town',
      areas: [{ area: 'mini-town', observations: dataset.observations }],
    });
  });

  it('gives back the Tianmushan dataset exactly, and keeps it as it was', () => {
    const text = toSdmxCsv(tianmushan);
    expect(text.split('\r\n').length).toBe(tianmushan.observations.length + 2);
    expect(fromSdmxCsv(text)).toStrictEqual({
      observations: structuredClone(tianmushan.observations),
      area: 'tianmushan',
      areas: [{ area: 'tianmushan', observations: structuredClone(tianmushan.observations) }],
    });
  });

  it('gives back year-to-date figures in every spelling, with their stated growth', () => {
    const source = { document: 'report-2021', section: '月报', quote: '1—6月' };
    const spellings = [
      ['2022-01', '2022-M01', ''],
      ['2022-01/2022-06', '2022-01-01/P6M', ''],
      ['2022-H1', '2022-S1', ''],
      ['2022-S1', '2022-S1', '2022-S1'],
      ['2022-Q1/2022-Q3', '2022-01-01/P9M', '2022-Q1/2022-Q3'],
      ['2022-M01/2022-M11', '2022-01-01/P11M', '2022-M01/2022-M11'],
      ['2022-01/2022-12', '2022-01-01/P1Y', '2022-01/2022-12'],
    ] as const;
    spellings.forEach(([period, timePeriod, stated], index) => {
      const observation: Observation = {
        indicator: 'industrial-output',
        period,
        value: '4.18',
        status: 'actual',
        qualifier: null,
        yearOverYearPercent: index % 2 === 0 ? '4.50' : '-0.5',
        priceBasis: index % 2 === 0 ? 'comparable' : 'current',
        source,
      };
      const dataset = parseDataset({ ...base(), observations: [observation] });
      const text = toSdmxCsv(dataset);
      const cells = (text.split('\r\n')[1] as string).split(',');
      expect([cells[3], cells[10], cells[12], cells[13]]).toEqual([
        timePeriod,
        stated,
        observation.yearOverYearPercent,
        observation.priceBasis,
      ]);
      expect(fromSdmxCsv(text).observations).toStrictEqual([observation]);
    });
  });

  it('carries several areas in one text and gives each back grouped', () => {
    const mini = parseDataset(structuredClone(miniDataset));
    const other = parseDataset({
      ...structuredClone(miniDataset),
      id: 'other',
      area: { id: 'other-town', name: { zh: '另镇', en: 'Other' } },
    });
    const text = toSdmxCsv([mini, other, tianmushan]);
    expect(text.split('\r\n').length).toBe(
      2 * mini.observations.length + tianmushan.observations.length + 2,
    );
    const read = fromSdmxCsv(text);
    expect(read.area).toBeNull();
    expect(read.areas).toStrictEqual([
      { area: 'mini-town', observations: mini.observations },
      { area: 'other-town', observations: other.observations },
      { area: 'tianmushan', observations: structuredClone(tianmushan.observations) },
    ]);
    expect(toSdmxCsv([mini])).toBe(toSdmxCsv(mini));
    expect(() => toSdmxCsv([])).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        details: expect.objectContaining({ field: 'dataset' }),
      }),
    );
  });

  it('writes TIME_PERIOD covering the same days as the period', () => {
    fc.assert(
      fc.property(period, (text) => {
        const read = fromSdmxTimePeriod(toSdmxTimePeriod(text));
        expect(periodStart(read)).toEqual(periodStart(text));
        expect(periodEnd(read)).toEqual(periodEnd(text));
      }),
      { numRuns: 500 },
    );
  });
});
