import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import type { Dataset } from '../models/Dataset.js';
import { parseDataset } from '../models/parseDataset.js';
import { toSdmxCsv } from './toSdmxCsv.js';

const HEADER =
  'DATAFLOW,INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,' +
  'OBS_QUALIFIER,OBS_ID,PERIOD,UNIT,YOY_PERCENT,PRICE_BASIS,SOURCE_DOCUMENT,SOURCE_SECTION,SOURCE_QUOTE';

const mini = (): Dataset => parseDataset(structuredClone(miniDataset));

/** The mini dataset with its observations replaced. */
const withObservations = (observations: Dataset['observations']): Dataset => ({
  ...mini(),
  observations,
});

const source = { document: 'report-2021', section: '五年回顾', quote: '增至约4万元' };

describe('toSdmxCsv', () => {
  it('writes the mini dataset as SDMX-CSV with CRLF line ends', () => {
    expect(toSdmxCsv(mini())).toBe(
      [
        HEADER,
        'TIANMU:INDICATORS(1.0),farmer-income,mini-town,2016,27720,yuan,0,A,,,,,,,report-2021,五年回顾,农民人均收入从27720元增至约4万元',
        'TIANMU:INDICATORS(1.0),farmer-income,mini-town,2021,4,yuan,4,E,approximately,,,wan-yuan,,,report-2021,五年回顾,农民人均收入从27720元增至约4万元',
        'TIANMU:INDICATORS(1.0),precious-trees-planted,mini-town,2021,3,plant,4,A,,,,wan-plant,,,report-2021,生态环境,新植彩色珍贵树种3万株',
        '',
      ].join('\r\n'),
    );
  });

  it('writes only the header for a dataset without observations', () => {
    expect(toSdmxCsv(withObservations([]))).toBe(`${HEADER}\r\n`);
  });

  it('writes the DATAFLOW asked for', () => {
    const text = toSdmxCsv(mini(), { dataflow: 'CN_ZJ:TOWN_INDICATORS(2.1)' });
    expect(text.split('\r\n')[1]?.startsWith('CN_ZJ:TOWN_INDICATORS(2.1),')).toBe(true);
  });

  it('writes the unscaled unit and the power of ten of the unit in force', () => {
    const text = toSdmxCsv(
      withObservations([
        // No unit of its own: the indicator's 亿元, so UNIT stays empty.
        {
          indicator: 'industrial-output',
          period: '2021',
          value: '8.2',
          status: 'actual',
          qualifier: null,
          source,
        },
        {
          indicator: 'industrial-output',
          period: '2020',
          value: '7.5',
          unit: '亿元',
          status: 'actual',
          qualifier: null,
          source,
        },
        {
          indicator: 'industrial-output',
          period: '2019',
          value: '70000',
          unit: 'wan-yuan',
          status: 'actual',
          qualifier: 'more-than',
          source,
        },
        {
          indicator: 'industrial-output',
          period: '2018',
          value: '600000000',
          unit: 'CNY',
          status: 'actual',
          qualifier: 'at-least',
          source,
        },
        {
          indicator: 'medical-insurance-rate',
          period: '2021',
          value: '99',
          status: 'preliminary',
          qualifier: null,
          source,
        },
      ]),
    );
    const rows = text
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',').slice(3, 12));
    expect(rows).toEqual([
      ['2021', '8.2', 'yuan', '8', 'A', '', '', '', ''],
      ['2020', '7.5', 'yuan', '8', 'A', '', '', '', '亿元'],
      ['2019', '70000', 'yuan', '4', 'A', 'more-than', '', '', 'wan-yuan'],
      ['2018', '600000000', 'yuan', '0', 'A', 'at-least', '', '', 'CNY'],
      ['2021', '99', 'percent', '0', 'P', '', '', '', ''],
    ]);
  });

  it('writes a unit of measure in its own right with multiplier 0', () => {
    const dataset = mini();
    dataset.indicators.push({
      id: 'forest-area',
      name: { zh: '林地面积', en: 'Forest area' },
      unit: 'wan-mu',
      direction: 'increase',
      measure: 'stock',
      sector: 'ecology',
      attribute: 'binding',
    });
    dataset.observations = [
      {
        indicator: 'forest-area',
        period: '2021',
        value: '1200',
        unit: '公顷',
        status: 'forecast',
        qualifier: null,
        source,
      },
      {
        indicator: 'forest-area',
        period: '2020',
        value: '2.5',
        status: 'forecast',
        qualifier: null,
        source,
      },
    ];
    const rows = toSdmxCsv(dataset)
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(',').slice(5, 8));
    expect(rows).toEqual([
      ['hectare', '0', 'F'],
      ['mu', '4', 'F'],
    ]);
  });

  it('writes periods in SDMX form, keeping any other spelling in PERIOD', () => {
    const periods = [
      '2022/2026',
      '2021-H1',
      '2021-06',
      '2021-M07',
      '2021-Q1/2021-Q2',
      '2021-06-30',
    ];
    const text = toSdmxCsv(
      withObservations(
        periods.map((period) => ({
          indicator: 'farmer-income',
          period,
          value: '1',
          status: 'actual',
          qualifier: null,
          source,
        })),
      ),
    );
    const rows = text
      .split('\r\n')
      .slice(1, -1)
      .map((row) => row.split(','));
    expect(rows.map((cells) => [cells[3], cells[10]])).toEqual([
      ['2022-01-01/P5Y', ''],
      ['2021-S1', ''],
      ['2021-M06', ''],
      ['2021-M07', '2021-M07'],
      ['2021-01-01/P6M', '2021-Q1/2021-Q2'],
      ['2021-06-30', ''],
    ]);
  });

  it('writes ids, quotes RFC 4180 cells and guards formula-like texts', () => {
    const text = toSdmxCsv(
      withObservations([
        {
          id: 'income-2021',
          indicator: 'farmer-income',
          period: '2021',
          value: '-2.6',
          status: 'actual',
          qualifier: null,
          source: {
            document: 'report-2021',
            section: '=HYPERLINK("x")',
            quote: '\'-1, "down"\r\nnext',
          },
        },
      ]),
    );
    expect(text.split('\r\n')[1]).toBe(
      'TIANMU:INDICATORS(1.0),farmer-income,mini-town,2021,-2.6,yuan,0,A,,income-2021,,,,,report-2021,' +
        `"'=HYPERLINK(""x"")","''-1, ""down""`,
    );
  });

  it('rejects an invalid dataset and an empty dataflow', () => {
    const broken = withObservations([
      {
        indicator: 'no-such-indicator',
        period: '2021',
        value: '1',
        status: 'actual',
        qualifier: null,
        source,
      },
    ]);
    expect(() => toSdmxCsv(broken)).toThrow(
      expect.objectContaining({
        code: 'invalid-dataset',
        message: expect.stringContaining('unknown indicator "no-such-indicator"'),
      }),
    );
    expect(() => toSdmxCsv(mini(), { dataflow: '' })).toThrow(
      'dataflow ("") is not an accepted value: expected a dataflow such as "TIANMU:INDICATORS(1.0)"',
    );
  });

  it('rejects options that are not an object', () => {
    for (const options of [null, 'X:Y(1.0)', 5, []]) {
      expect(() => toSdmxCsv(mini(), options as unknown as { dataflow?: string })).toThrow(
        expect.objectContaining({
          code: 'invalid-argument',
          message: expect.stringMatching(
            /^options \(.*\) is not an accepted value: expected an object such as \{ dataflow \}$/,
          ),
        }),
      );
    }
  });

  it('does not change the dataset', () => {
    const dataset = mini();
    const before = structuredClone(dataset);
    toSdmxCsv(dataset);
    expect(dataset).toStrictEqual(before);
  });
});
