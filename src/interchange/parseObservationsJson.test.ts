import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { parseDataset } from '../models/parseDataset.js';
import { itemPositions, lineColumn } from './_jsonPositions.js';
import { parseObservationsJson } from './parseObservationsJson.js';

const dataset = parseDataset(structuredClone(miniDataset));

function caught(run: () => unknown): IndicatorError {
  try {
    run();
  } catch (error) {
    if (error instanceof IndicatorError) return error;
    throw error;
  }
  throw new Error('expected an IndicatorError');
}

describe('parseObservationsJson', () => {
  it('reads an array, with the model names or the column names of the new fields', () => {
    const json = `[
  {"indicator": "industrial-output", "period": "2022-01/2022-06", "value": 4.18,
   "unit": "亿元", "yearOverYearPercent": 4.5, "priceBasis": "comparable"},
  {"indicator": "industrial-output", "period": "2022-Q1/2022-Q3", "value": "6.30",
   "status": "preliminary", "qualifier": "approximately", "yoy_percent": "-1", "price_basis": null}
]`;
    expect(parseObservationsJson(json, { file: 'ytd.json' })).toEqual([
      {
        indicator: 'industrial-output',
        period: '2022-01/2022-06',
        value: '4.18',
        unit: 'yi-yuan',
        status: 'actual',
        qualifier: null,
        yearOverYearPercent: '4.5',
        priceBasis: 'comparable',
        source: { document: 'observations-file', section: 'file', quote: 'ytd.json:2' },
      },
      {
        indicator: 'industrial-output',
        period: '2022-Q1/2022-Q3',
        value: '6.3',
        status: 'preliminary',
        qualifier: 'approximately',
        yearOverYearPercent: '-1',
        source: { document: 'observations-file', section: 'file', quote: 'ytd.json:4' },
      },
    ]);
  });

  it('reads { observations: [...] } and a BOM, quoting "JSON text" without a file name', () => {
    const json =
      '\uFEFF{"note": {"observations": 1}, "observations": [{"indicator":"x","period":"2022","value":1}]}';
    const [observation] = parseObservationsJson(json);
    expect(observation?.source.quote).toBe('JSON text:1');
    expect(observation?.value).toBe('1');
  });

  it('names the line and column where the bad value starts', () => {
    const json = [
      '{"observations": [',
      '  {"indicator": "x", "period": "2022", "value": 1},',
      '  {"indicator": "x",',
      '   "period": "2022-13",',
      '   "value": 2}',
      ']}',
    ].join('\r\n');
    const error = caught(() => parseObservationsJson(json, { file: 'a.json' }));
    expect(error.code).toBe('invalid-input');
    expect(error.details).toEqual({
      field: 'a.json line 4, item 1, field "period"',
      value: '2022-13',
      reason: 'is not a period such as 2022, 2022-Q3, 2022-06 or 2022-01/2022-06',
      line: 4,
      column: 14,
      name: 'period',
      item: 1,
    });
  });

  it('names the item when a field is missing, and refuses what is no list of objects', () => {
    const missing = caught(() => parseObservationsJson('[\n  {"period": "2022"}]'));
    expect(missing.details).toEqual({
      field: 'line 2, item 0, field "indicator"',
      reason: 'is missing',
      line: 2,
      column: 3,
      name: 'indicator',
      item: 0,
    });
    expect(caught(() => parseObservationsJson('[1, [2]]')).details).toEqual({
      field: 'line 1, item 0',
      value: 1,
      reason: 'expected an object',
      line: 1,
      column: 2,
      item: 0,
    });
    expect(caught(() => parseObservationsJson('{"a": []}', { file: 'a.json' })).details).toEqual({
      field: 'a.json',
      reason: 'expected an array of observations',
    });
    expect(caught(() => parseObservationsJson('"text"')).details.field).toBe('JSON text');
    expect(caught(() => parseObservationsJson('{"observations": {}}')).details.field).toBe(
      'JSON text',
    );
  });

  it('gives the line and column of a syntax error when the parser gives a position', () => {
    const error = caught(() => parseObservationsJson('[\n  {"a" 1}]', { file: 'a.json' }));
    expect(error.details).toMatchObject({ field: 'a.json line 2, column 8', line: 2, column: 8 });
    expect(error.details.reason).toMatch(/^not valid JSON \(/);
    const bare = caught(() => parseObservationsJson('[', { file: 'a.json' }));
    expect(bare.details.field).toBe('a.json');
    expect(bare.details).not.toHaveProperty('line');
  });

  it('refuses unknown fields, prototype keys and a field under both its names', () => {
    expect(
      caught(() => parseObservationsJson('[{"indicator":"x","__proto__":{"polluted":1}}]')).details,
    ).toMatchObject({ name: '__proto__', column: 31, item: 0 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(caught(() => parseObservationsJson('[{"constructor":1}]')).details.reason).toBe(
      'unknown field; expected indicator, period, value, unit, status, qualifier, yoy_percent, price_basis',
    );
    const both = caught(() =>
      parseObservationsJson('[{"yoy_percent":"1","yearOverYearPercent":"2"}]'),
    );
    expect(both.details).toEqual({
      field: 'line 1, item 0, field "yearOverYearPercent"',
      reason: 'gives yoy_percent a second time, after "yoy_percent"',
      line: 1,
      column: 43,
      name: 'yearOverYearPercent',
      item: 0,
    });
    expect(
      caught(() => parseObservationsJson('[{"indicator":"x","period":"2022","value":{}}]')).details
        .reason,
    ).toBe('expected text or a number');
  });

  it('names the aliased field as the item writes it', () => {
    const error = caught(() =>
      parseObservationsJson('[{"indicator":"x","period":"2022","value":1,"priceBasis":"real"}]'),
    );
    expect(error.details).toMatchObject({ name: 'priceBasis', value: 'real', column: 58 });
  });

  it('checks against the indicators it is given and refuses repeats, naming the first line', () => {
    expect(
      caught(() =>
        parseObservationsJson('[{"indicator":"gdp","period":"2022","value":1}]', {
          indicators: dataset.indicators,
        }),
      ).details.reason,
    ).toBe('is not an indicator of the dataset');
    const repeated = caught(() =>
      parseObservationsJson(
        '[{"indicator":"x","period":"2022-H1","value":1},\n{"indicator":"x","period":"2022-S1","value":2}]',
      ),
    );
    expect(repeated.details).toMatchObject({ line: 2, column: 27, firstLine: 1, item: 1 });
  });

  it('refuses arguments of the wrong kind', () => {
    expect(caught(() => parseObservationsJson(null as never)).details.field).toBe('text');
    expect(caught(() => parseObservationsJson('[]', 'a' as never)).details.field).toBe('options');
    expect(parseObservationsJson('[]')).toEqual([]);
  });
});

describe('itemPositions and lineColumn', () => {
  it('find items and their fields past strings, escapes and nested values', () => {
    const text = '[ {"a\\"b": "x]\\"}", "n": [1, {"m": 2}], "c": true} , 7, "s" ]';
    const items = itemPositions(text);
    expect(items.map((item) => item.offset)).toEqual([2, 53, 56]);
    expect([...(items[0]?.fields ?? [])]).toEqual([
      ['a"b', 11],
      ['n', 25],
      ['c', 45],
    ]);
    expect(itemPositions('  {"x": [1]}')).toEqual([]);
    expect(itemPositions('3')).toEqual([]);
    expect(itemPositions('{"observations": [ ]}')).toEqual([]);
    expect(itemPositions('{"observations": [{"k":null} ]}')[0]?.fields.get('k')).toBe(23);
  });

  it('count lines ended by CRLF, LF or CR', () => {
    const at = lineColumn('ab\r\ncd\ref\ngh');
    expect([0, 1, 4, 5, 7, 10, 11].map(at)).toEqual([
      { line: 1, column: 1 },
      { line: 1, column: 2 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});
