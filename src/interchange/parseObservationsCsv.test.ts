import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { parseDataset } from '../models/parseDataset.js';
import { parseObservationsCsv } from './parseObservationsCsv.js';

const dataset = parseDataset(structuredClone(miniDataset));
const HEADER = 'indicator,period,value,unit,status,qualifier,yoy_percent,price_basis';

function caught(run: () => unknown): IndicatorError {
  try {
    run();
  } catch (error) {
    if (error instanceof IndicatorError) return error;
    throw error;
  }
  throw new Error('expected an IndicatorError');
}

describe('parseObservationsCsv', () => {
  it('reads every column, year-to-date periods included', () => {
    const csv = [
      HEADER,
      'industrial-output,2022-01/2022-06,4.18,亿元,preliminary,approximately,4.50,comparable',
      'industrial-output,2022-Q1/2022-Q3,6.3,,,,-1.2,current',
      'industrial-output,2022-S1,4.1,,estimated,,,',
    ].join('\r\n');
    expect(parseObservationsCsv(csv, { file: 'ytd.csv' })).toEqual([
      {
        indicator: 'industrial-output',
        period: '2022-01/2022-06',
        value: '4.18',
        unit: 'yi-yuan',
        status: 'preliminary',
        qualifier: 'approximately',
        yearOverYearPercent: '4.5',
        priceBasis: 'comparable',
        source: { document: 'observations-file', section: 'file', quote: 'ytd.csv:2' },
      },
      {
        indicator: 'industrial-output',
        period: '2022-Q1/2022-Q3',
        value: '6.3',
        status: 'actual',
        qualifier: null,
        yearOverYearPercent: '-1.2',
        priceBasis: 'current',
        source: { document: 'observations-file', section: 'file', quote: 'ytd.csv:3' },
      },
      {
        indicator: 'industrial-output',
        period: '2022-H1',
        value: '4.1',
        status: 'estimated',
        qualifier: null,
        source: { document: 'observations-file', section: 'file', quote: 'ytd.csv:4' },
      },
    ]);
  });

  it('cites the document it is given, and "CSV text" without a file name', () => {
    const [observation] = parseObservationsCsv('indicator,period,value\nx,2022,1e3', {
      document: 'monthly-report',
    });
    expect(observation?.source).toEqual({
      document: 'monthly-report',
      section: 'file',
      quote: 'CSV text:2',
    });
    expect(observation?.value).toBe('1000');
  });

  it('names the line, column, field and value of a bad cell', () => {
    const error = caught(() =>
      parseObservationsCsv(`${HEADER}\nindustrial-output,2022-H1,4.18,,,,4.5,nominal`, {
        file: 'ytd.csv',
      }),
    );
    expect(error.code).toBe('invalid-input');
    expect(error.details).toEqual({
      field: 'ytd.csv line 2, field "price_basis"',
      value: 'nominal',
      reason: 'expected one of current, comparable',
      line: 2,
      column: 8,
      name: 'price_basis',
    });
    expect(error.message).toBe(
      'ytd.csv line 2, field "price_basis" ("nominal") could not be read: expected one of current, comparable',
    );
    const yoy = caught(() =>
      parseObservationsCsv('period,yoy_percent,value,indicator\n2022,六,1,x'),
    );
    expect(yoy.details).toEqual({
      field: 'line 2, field "yoy_percent"',
      value: '六',
      reason: 'is not a number',
      line: 2,
      column: 2,
      name: 'yoy_percent',
    });
  });

  it('checks indicators and units against the indicators it is given', () => {
    const options = { indicators: dataset.indicators };
    expect(
      caught(() => parseObservationsCsv('indicator,period,value\ngdp,2022,1', options)).details,
    ).toMatchObject({ name: 'indicator', value: 'gdp', column: 1, line: 2 });
    expect(
      caught(() =>
        parseObservationsCsv('indicator,period,value,unit\nindustrial-output,2022,1,亩', options),
      ).details.reason,
    ).toBe('does not fit indicator "industrial-output" (yi-yuan)');
    // Without indicators, any id and unit of the catalogue pass.
    expect(parseObservationsCsv('indicator,period,value,unit\ngdp,2022,1,亩')[0]?.unit).toBe('mu');
  });

  it('refuses a header with a column twice, an unknown one, or without a required one', () => {
    const twice = caught(() => parseObservationsCsv('indicator,period,value, VALUE\nx,2022,1,2'));
    expect(twice.details).toEqual({
      field: 'line 1, field "value"',
      reason: 'the header names this column twice (columns 3 and 4)',
      line: 1,
      column: 4,
      name: 'value',
    });
    expect(caught(() => parseObservationsCsv('indicator,period,value,colour')).details).toEqual({
      field: 'line 1, field "colour"',
      reason:
        'unknown column; expected indicator, period, value, unit, status, qualifier, yoy_percent, price_basis',
      line: 1,
      column: 4,
      name: 'colour',
    });
    expect(caught(() => parseObservationsCsv('indicator,value')).details).toEqual({
      field: 'line 1, field "period"',
      reason: 'the header has no such column',
      line: 1,
      name: 'period',
    });
  });

  it('refuses a short row, an empty text and a repeated figure, naming both lines', () => {
    expect(caught(() => parseObservationsCsv('indicator,period,value\nx,2022')).details).toEqual({
      field: 'line 2',
      reason: 'expected 3 cells, found 2',
      line: 2,
    });
    expect(caught(() => parseObservationsCsv('', { file: 'a.csv' })).details).toEqual({
      field: 'a.csv',
      reason: 'the file is empty',
    });
    expect(caught(() => parseObservationsCsv('\r\n')).details.field).toBe('CSV text');
    const repeated = caught(() =>
      parseObservationsCsv('indicator,period,value\nx,2022-H1,1\ny,2022-H1,1\nx,2022-01/2022-06,2'),
    );
    expect(repeated.details).toEqual({
      field: 'line 4, field "period"',
      value: '2022-01/2022-06',
      reason: 'repeats x 2022-H1 actual, first given on line 2',
      line: 4,
      column: 2,
      name: 'period',
      firstLine: 2,
    });
    // Another status is another figure.
    expect(
      parseObservationsCsv('indicator,period,value,status\nx,2022-H1,1,\nx,2022-H1,1,estimated'),
    ).toHaveLength(2);
  });

  it('refuses a number too long to keep, and a value that is missing', () => {
    const long = caught(() => parseObservationsCsv(`indicator,period,value\nx,2022,1e200`));
    expect(long.details).toMatchObject({ name: 'value', value: '1e200', column: 3 });
    const longYoy = caught(() =>
      parseObservationsCsv(`indicator,period,value,yoy_percent\nx,2022,1,1e100`),
    );
    expect(longYoy.details).toMatchObject({ name: 'yoy_percent', value: '1e100', column: 4 });
    const longId = caught(() =>
      parseObservationsCsv(`indicator,period,value\n${'x'.repeat(200)},2022,1`),
    );
    expect(longId.details).toMatchObject({ name: 'indicator', column: 1 });
    expect(caught(() => parseObservationsCsv('indicator,period,value\nx,2022, ')).details).toEqual({
      field: 'line 2, field "value"',
      reason: 'is missing',
      line: 2,
      column: 3,
      name: 'value',
    });
  });

  it('refuses arguments of the wrong kind', () => {
    expect(caught(() => parseObservationsCsv(3 as never)).details.field).toBe('text');
    expect(caught(() => parseObservationsCsv('', null as never)).details.field).toBe('options');
    expect(caught(() => parseObservationsCsv('', [] as never)).details.field).toBe('options');
    expect(caught(() => parseObservationsCsv('', { file: '' })).details.field).toBe('options.file');
    expect(caught(() => parseObservationsCsv('', { document: 3 as never })).details.field).toBe(
      'options.document',
    );
    expect(caught(() => parseObservationsCsv('', { indicators: {} as never })).details.field).toBe(
      'options.indicators',
    );
  });
});
