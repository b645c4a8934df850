import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { parseDataset } from '../models/parseDataset.js';
import { FILE_SOURCE_ID, readObservations, withObservations } from './readObservations.js';

const dataset = parseDataset(structuredClone(miniDataset));

function messageOf(text: string, file = 'new.csv'): string {
  try {
    readObservations(text, file, dataset);
  } catch (error) {
    expect(error).toBeInstanceOf(IndicatorError);
    expect((error as IndicatorError).code).toBe('invalid-input');
    return (error as Error).message;
  }
  throw new Error('expected an error');
}

describe('readObservations', () => {
  it('reads CSV with a BOM, CRLF, optional columns and canonical values', () => {
    const csv =
      '\uFEFFindicator,period,value,unit,status\r\nindustrial-output,2022,8.50,亿元,actual\r\nfarmer-income,2022-M06,21000,,\r\n';
    expect(readObservations(csv, 'new.csv', dataset)).toEqual([
      {
        indicator: 'industrial-output',
        period: '2022',
        value: '8.5',
        unit: 'yi-yuan',
        status: 'actual',
        qualifier: null,
        source: { document: FILE_SOURCE_ID, section: 'file', quote: 'new.csv:2' },
      },
      {
        indicator: 'farmer-income',
        period: '2022-06',
        value: '21000',
        status: 'actual',
        qualifier: null,
        source: { document: FILE_SOURCE_ID, section: 'file', quote: 'new.csv:3' },
      },
    ]);
  });

  it('reads JSON arrays and { observations } objects', () => {
    const item = {
      indicator: 'industrial-output',
      period: '2022',
      value: 8.5,
      status: 'preliminary',
      qualifier: 'approximately',
    };
    expect(readObservations(JSON.stringify([item]), 'new.json', dataset)[0]).toMatchObject({
      value: '8.5',
      status: 'preliminary',
      qualifier: 'approximately',
    });
    expect(
      readObservations(JSON.stringify({ observations: [item] }), 'data.txt', dataset),
    ).toHaveLength(1);
  });

  it('names the file, line and field of every problem', () => {
    expect(messageOf('indicator,period\nx,2022')).toBe(
      'new.csv line 1, field "value" could not be read: the header has no such column',
    );
    expect(messageOf('indicator,period,value,colour\nx,2022,1,red')).toContain('field "colour"');
    expect(messageOf('indicator,period,value\nnope,2022,1')).toBe(
      'new.csv line 2, field "indicator" ("nope") could not be read: is not an indicator of the dataset',
    );
    expect(messageOf('indicator,period,value\nindustrial-output,2022-13,1')).toContain(
      'line 2, field "period" ("2022-13")',
    );
    expect(messageOf('indicator,period,value\nindustrial-output,2022,abc')).toContain(
      'line 2, field "value" ("abc") could not be read: is not a number',
    );
    expect(messageOf('indicator,period,value,unit\nindustrial-output,2022,1,亩')).toContain(
      'field "unit" ("亩") could not be read: does not fit',
    );
    expect(messageOf('indicator,period,value,unit\nindustrial-output,2022,1,furlong')).toContain(
      'is not a known unit',
    );
    expect(messageOf('indicator,period,value,status\nindustrial-output,2022,1,guess')).toContain(
      'field "status" ("guess")',
    );
    expect(messageOf('indicator,period,value,qualifier\nindustrial-output,2022,1,maybe')).toContain(
      'field "qualifier" ("maybe")',
    );
    expect(messageOf('indicator,period,value\nindustrial-output,,1')).toContain(
      'field "period" could not be read: is missing',
    );
    expect(messageOf('indicator,period,value\nindustrial-output,2022')).toContain(
      'line 2 could not be read: expected 3 cells, found 2',
    );
    expect(messageOf('')).toBe('new.csv could not be read: the file is empty');
    expect(
      messageOf('indicator,period,value\nindustrial-output,2022,1\nindustrial-output,2022,2'),
    ).toBe(
      'new.csv line 3, field "period" ("2022") could not be read: repeats industrial-output 2022 actual, first given on line 2',
    );
  });

  it('names no file when it has no name', () => {
    expect(messageOf('indicator,period,value\nindustrial-output,2022,abc', '')).toBe(
      'line 2, field "value" ("abc") could not be read: is not a number',
    );
  });

  it('rejects malformed JSON with the item and field', () => {
    expect(messageOf('{oops', 'new.json')).toContain(
      'new.json:1:2 could not be read: not valid JSON',
    );
    expect(messageOf('{"a":1}', 'new.json')).toContain('expected an array of observations');
    expect(messageOf('[1]', 'new.json')).toContain(
      'new.json line 1, item 0 (1) could not be read: expected an object',
    );
    expect(
      messageOf(
        '[{"indicator":"industrial-output","period":"2022","value":1,"__proto__":{}}]',
        'new.json',
      ),
    ).toContain('field "__proto__"');
    expect(
      messageOf('[{"indicator":"industrial-output","period":"2022","value":{}}]', 'new.json'),
    ).toContain('field "value" ({}) could not be read: expected text or a number');
  });

  it('neither pollutes Object.prototype nor mutates the dataset', () => {
    const before = JSON.stringify(dataset);
    try {
      readObservations('[{"__proto__":{"polluted":1}}]', 'x.json', dataset);
    } catch {
      // rejected, as the test above shows
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(JSON.stringify(dataset)).toBe(before);
  });
});

describe('year-to-date files', () => {
  it('reads 1–N月 figures with their stated growth and replaces one given in another spelling', () => {
    const first = withObservations(
      dataset,
      readObservations(
        'indicator,period,value,unit,yoy_percent,price_basis\nindustrial-output,2022-H1,4.1,亿元,4.5,current\n',
        'h1.csv',
        dataset,
      ),
      'h1.csv',
    );
    expect(first.observations.at(-1)).toMatchObject({
      period: '2022-H1',
      value: '4.1',
      yearOverYearPercent: '4.5',
      priceBasis: 'current',
    });
    expect(
      messageOf(
        '[{"indicator": "industrial-output", "period": "2022-01/2022-06", "value": 4.18,\n  "yoy_percent": "x"}]',
        'h1.json',
      ),
    ).toBe('h1.json line 2, item 0, field "yoy_percent" ("x") could not be read: is not a number');
    const revised = withObservations(
      first,
      readObservations(
        '[{"indicator": "industrial-output", "period": "2022-01/2022-06", "value": 4.18}]',
        'h1.json',
        first,
      ),
      'h1.json',
    );
    expect(revised.observations.map((o) => `${o.period} ${o.value}`)).toEqual([
      '2016 27720',
      '2021 4',
      '2021 3',
      '2022-01/2022-06 4.18',
    ]);
  });
});

describe('withObservations', () => {
  it('adds a file source and lets the file replace figures of the same status', () => {
    const added = readObservations(
      'indicator,period,value,status\nfarmer-income,2016,28000,actual\n',
      'new.csv',
      dataset,
    );
    const merged = parseDataset(withObservations(dataset, added, 'new.csv'));
    expect(merged.sources.map((s) => s.id)).toContain(FILE_SOURCE_ID);
    const income2016 = merged.observations.filter(
      (o) => o.indicator === 'farmer-income' && o.period === '2016',
    );
    expect(income2016.map((o) => o.value)).toEqual(['28000']);
    expect(dataset.observations).toHaveLength(3);
  });
});
