import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../errors/IndicatorError.js';
import { fromSdmxCsv } from './fromSdmxCsv.js';

const COLUMNS = [
  'DATAFLOW',
  'INDICATOR',
  'REF_AREA',
  'TIME_PERIOD',
  'OBS_VALUE',
  'UNIT_MEASURE',
  'UNIT_MULT',
  'OBS_STATUS',
  'OBS_QUALIFIER',
  'OBS_ID',
  'PERIOD',
  'UNIT',
  'SOURCE_DOCUMENT',
  'SOURCE_SECTION',
  'SOURCE_QUOTE',
] as const;
type Row = Partial<Record<(typeof COLUMNS)[number], string>>;

const BASE: Required<Row> = {
  DATAFLOW: 'TIANMU:INDICATORS(1.0)',
  INDICATOR: 'farmer-income',
  REF_AREA: 'mini-town',
  TIME_PERIOD: '2021',
  OBS_VALUE: '4',
  UNIT_MEASURE: 'yuan',
  UNIT_MULT: '4',
  OBS_STATUS: 'E',
  OBS_QUALIFIER: 'approximately',
  OBS_ID: '',
  PERIOD: '',
  UNIT: 'wan-yuan',
  SOURCE_DOCUMENT: 'report-2021',
  SOURCE_SECTION: '五年回顾',
  SOURCE_QUOTE: '增至约4万元',
};

/** A text with the full header, the base row (line 2) and then `row` (line 3). */
const text = (row: Row): string =>
  [
    COLUMNS.join(','),
    COLUMNS.map((c) => BASE[c]).join(','),
    COLUMNS.map((c) => row[c] ?? BASE[c]).join(','),
  ].join('\r\n');

const messageOf = (input: string, options = {}): string => {
  try {
    fromSdmxCsv(input, options);
  } catch (error) {
    expect(error).toBeInstanceOf(IndicatorError);
    return `${(error as IndicatorError).code}: ${(error as Error).message}`;
  }
  return 'accepted';
};

const expected = {
  indicator: 'farmer-income',
  period: '2021',
  value: '4',
  unit: 'wan-yuan',
  status: 'estimated',
  qualifier: 'approximately',
  source: { document: 'report-2021', section: '五年回顾', quote: '增至约4万元' },
};

describe('fromSdmxCsv', () => {
  it('reads the layout toSdmxCsv writes', () => {
    const row = { INDICATOR: 'industrial-output', UNIT_MULT: '8', UNIT: '', OBS_ID: 'x-1' };
    const { unit: _unit, ...withoutUnit } = expected;
    expect(fromSdmxCsv(text(row))).toStrictEqual({
      observations: [expected, { id: 'x-1', ...withoutUnit, indicator: 'industrial-output' }],
      area: 'mini-town',
      areas: [
        {
          area: 'mini-town',
          observations: [expected, { id: 'x-1', ...withoutUnit, indicator: 'industrial-output' }],
        },
      ],
    });
  });

  it('reads YOY_PERCENT and PRICE_BASIS, empty cells as none, and refuses bad ones', () => {
    const header =
      'INDICATOR,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,YOY_PERCENT,PRICE_BASIS,SOURCE_DOCUMENT,SOURCE_SECTION,SOURCE_QUOTE';
    const row = (yoy: string, basis: string) =>
      `${header}\nfarmer-income,2022-01-01/P6M,4.18,yuan,8,A,${yoy},${basis},report-2021,月报,1—6月`;
    expect(fromSdmxCsv(row('4.50', 'comparable')).observations[0]).toStrictEqual({
      indicator: 'farmer-income',
      period: '2022-01/2022-06',
      value: '4.18',
      unit: 'yi-yuan',
      status: 'actual',
      qualifier: null,
      yearOverYearPercent: '4.50',
      priceBasis: 'comparable',
      source: { document: 'report-2021', section: '月报', quote: '1—6月' },
    });
    const plain = fromSdmxCsv(row('', '')).observations[0];
    expect(plain).not.toHaveProperty('yearOverYearPercent');
    expect(plain).not.toHaveProperty('priceBasis');
    expect(messageOf(row('6.6%', ''))).toBe(
      'invalid-input: line 2, column YOY_PERCENT ("6.6%") could not be read: expected a decimal string such as "8.2"',
    );
    expect(messageOf(row('', 'real'))).toBe(
      'invalid-input: line 2, column PRICE_BASIS ("real") could not be read: expected empty or current, comparable',
    );
  });

  it('reads a plain SDMX-CSV file: columns in any order, unknown ones ignored, units explicit', () => {
    const input = [
      '\uFEFFOBS_STATUS,TIME_PERIOD,INDICATOR,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,DECIMALS,SOURCE_DOCUMENT,SOURCE_SECTION,SOURCE_QUOTE',
      'A,2017-01-01/P5Y,industrial-output,8.2,CNY,8,1,report,回顾,八亿二千万元',
      '',
      'P,2021-S1,medical-insurance-rate,99.5,percent,0,1,report,回顾,"99.5%, 上半年"',
      'F,2021-M06,forest-area,1200,hectare,0,0,report,回顾,"1200公顷"',
    ].join('\n');
    const source = (quote: string) => ({ document: 'report', section: '回顾', quote });
    const read = fromSdmxCsv(input);
    expect(read.areas).toStrictEqual([{ area: null, observations: read.observations }]);
    const { areas: _areas, ...plain } = read;
    expect(plain).toStrictEqual({
      observations: [
        {
          indicator: 'industrial-output',
          period: '2017/2021',
          value: '8.2',
          unit: 'yi-yuan',
          status: 'actual',
          qualifier: null,
          source: source('八亿二千万元'),
        },
        {
          indicator: 'medical-insurance-rate',
          period: '2021-H1',
          value: '99.5',
          unit: 'percent',
          status: 'preliminary',
          qualifier: null,
          source: source('99.5%, 上半年'),
        },
        {
          indicator: 'forest-area',
          period: '2021-06',
          value: '1200',
          unit: 'hectare',
          status: 'forecast',
          qualifier: null,
          source: source('1200公顷'),
        },
      ],
      area: null,
    });
  });

  it('reads every OBS_STATUS and OBS_QUALIFIER code', () => {
    const statuses = { A: 'actual', P: 'preliminary', E: 'estimated', F: 'forecast' };
    for (const [code, status] of Object.entries(statuses)) {
      expect(fromSdmxCsv(text({ OBS_STATUS: code })).observations[1]?.status).toBe(status);
    }
    for (const qualifier of ['approximately', 'more-than', 'at-least']) {
      expect(fromSdmxCsv(text({ OBS_QUALIFIER: qualifier })).observations[1]?.qualifier).toBe(
        qualifier,
      );
    }
    expect(fromSdmxCsv(text({ OBS_QUALIFIER: '' })).observations[1]?.qualifier).toBeNull();
  });

  it('keeps PERIOD and UNIT as stored when they agree with the SDMX columns', () => {
    const [, observation] = fromSdmxCsv(
      text({ TIME_PERIOD: '2021-01-01/P6M', PERIOD: '2021-Q1/2021-Q2', UNIT: '万元' }),
    ).observations;
    expect([observation?.period, observation?.unit]).toEqual(['2021-Q1/2021-Q2', '万元']);
  });

  it('drops the one apostrophe the formula guard adds', () => {
    const [, observation] = fromSdmxCsv(
      text({ SOURCE_SECTION: "'=A1", SOURCE_QUOTE: "''-1" }),
    ).observations;
    expect(observation?.source).toEqual({ document: 'report-2021', section: '=A1', quote: "'-1" });
  });

  it('reads a header without rows, and a text without REF_AREA', () => {
    expect(fromSdmxCsv(`${COLUMNS.join(',')}\r\n`)).toEqual({
      observations: [],
      area: null,
      areas: [],
    });
  });

  it('rejects malformed cells naming the line, the column and the cell', () => {
    const cases: [Row, string][] = [
      [
        { OBS_VALUE: 'abc' },
        'line 3, column OBS_VALUE ("abc") could not be read: expected a decimal string such as "8.2"',
      ],
      [
        { OBS_VALUE: '' },
        'line 3, column OBS_VALUE ("") could not be read: expected a decimal string such as "8.2"',
      ],
      [
        { OBS_VALUE: '1.5E3' },
        'line 3, column OBS_VALUE ("1.5E3") could not be read: expected a decimal string such as "8.2"',
      ],
      [
        { INDICATOR: 'Farmer Income' },
        'line 3, column INDICATOR ("Farmer Income") could not be read: expected a lower-case id such as "industrial-output"',
      ],
      [
        { OBS_ID: 'X' },
        'line 3, column OBS_ID ("X") could not be read: expected a lower-case id such as "industrial-output"',
      ],
      [
        { SOURCE_DOCUMENT: '' },
        'line 3, column SOURCE_DOCUMENT ("") could not be read: expected a lower-case id such as "industrial-output"',
      ],
      [
        { SOURCE_SECTION: '' },
        'line 3, column SOURCE_SECTION ("") could not be read: Too small: expected string to have >=1 characters',
      ],
      [
        { SOURCE_QUOTE: '' },
        'line 3, column SOURCE_QUOTE ("") could not be read: Too small: expected string to have >=1 characters',
      ],
      [
        { TIME_PERIOD: '2021-Q5' },
        'line 3, column TIME_PERIOD ("2021-Q5") could not be read: quarter must be 1 to 4',
      ],
      [
        { TIME_PERIOD: '2021-01-01/PT1H' },
        'line 3, column TIME_PERIOD ("2021-01-01/PT1H") could not be read: expected a start and a duration such as 2017-01-01/P5Y, P6M or P10D',
      ],
      [
        { PERIOD: '2021-Q5' },
        'line 3, column PERIOD ("2021-Q5") could not be read: expected a valid period such as "2021" or "2022/2026"',
      ],
      [
        { PERIOD: '2022' },
        'line 3, column PERIOD ("2022") could not be read: does not cover the same days as TIME_PERIOD "2021"',
      ],
      [
        { PERIOD: '2021-H1' },
        'line 3, column PERIOD ("2021-H1") could not be read: does not cover the same days as TIME_PERIOD "2021"',
      ],
      [
        { PERIOD: '2021-H2' },
        'line 3, column PERIOD ("2021-H2") could not be read: does not cover the same days as TIME_PERIOD "2021"',
      ],
      [
        { TIME_PERIOD: 'P0Y' },
        'line 3, column TIME_PERIOD ("P0Y") could not be read: expected YYYY, YYYY-H1, YYYY-Q3, YYYY-MM, YYYY-MM-DD (or SDMX YYYY-S1, YYYY-M06), or a range such as 2022/2026',
      ],
      [
        { UNIT_MEASURE: 'furlong' },
        'line 3, column UNIT_MEASURE ("furlong") could not be read: expected a unit id of the catalogue such as "yuan"',
      ],
      [
        { UNIT_MEASURE: 'wan-yuan' },
        'line 3, column UNIT_MEASURE ("wan-yuan") could not be read: expected an unscaled unit: 万元 is yuan with UNIT_MULT 4',
      ],
      [
        { UNIT_MULT: 'four' },
        'line 3, column UNIT_MULT ("four") could not be read: expected a power of ten such as 0, 4 or 8',
      ],
      [
        { UNIT_MULT: '' },
        'line 3, column UNIT_MULT ("") could not be read: expected a power of ten such as 0, 4 or 8',
      ],
      [
        { UNIT_MULT: 'x4' },
        'line 3, column UNIT_MULT ("x4") could not be read: expected a power of ten such as 0, 4 or 8',
      ],
      [
        { UNIT_MULT: '4x' },
        'line 3, column UNIT_MULT ("4x") could not be read: expected a power of ten such as 0, 4 or 8',
      ],
      [
        { UNIT_MULT: '1234' },
        'line 3, column UNIT_MULT ("1234") could not be read: expected a power of ten such as 0, 4 or 8',
      ],
      [
        { UNIT_MULT: '12' },
        'line 3, column UNIT_MULT ("12") could not be read: the unit catalogue holds no unit of 10^12 yuan',
      ],
      [
        { UNIT_MULT: '-4' },
        'line 3, column UNIT_MULT ("-4") could not be read: the unit catalogue holds no unit of 10^-4 yuan',
      ],
      [
        { UNIT_MULT: '5' },
        'line 3, column UNIT_MULT ("5") could not be read: the unit catalogue holds no unit of 10^5 yuan',
      ],
      [
        { UNIT_MEASURE: 'hectare', UNIT_MULT: '4', UNIT: '' },
        'line 3, column UNIT_MULT ("4") could not be read: the unit catalogue holds no unit of 10^4 hectare',
      ],
      [
        { UNIT: 'yi-yuan' },
        'line 3, column UNIT ("yi-yuan") could not be read: expected wan-yuan, the unit UNIT_MEASURE and UNIT_MULT give, in any spelling',
      ],
      [
        // findUnit reads the spelling trimmed; the observation keeps it as written, up to 40.
        { UNIT: `wan-yuan${' '.repeat(33)}` },
        `line 3, column UNIT ("wan-yuan${' '.repeat(33)}") could not be read: Too big: expected string to have <=40 characters`,
      ],
      [
        { UNIT: 'furlong' },
        'line 3, column UNIT ("furlong") could not be read: expected wan-yuan, the unit UNIT_MEASURE and UNIT_MULT give, in any spelling',
      ],
      [
        { OBS_STATUS: 'B' },
        'line 3, column OBS_STATUS ("B") could not be read: expected A, P, E or F',
      ],
      [
        { OBS_STATUS: 'actual' },
        'line 3, column OBS_STATUS ("actual") could not be read: expected A, P, E or F',
      ],
      [
        { OBS_QUALIFIER: '约' },
        'line 3, column OBS_QUALIFIER ("约") could not be read: expected empty or approximately, more-than, at-least',
      ],
      [
        { REF_AREA: 'Other Town' },
        'line 3, column REF_AREA ("Other Town") could not be read: expected a lower-case id such as "industrial-output"',
      ],
    ];
    for (const [row, message] of cases) {
      expect(messageOf(text(row)), JSON.stringify(row)).toBe(`invalid-input: ${message}`);
    }
  });

  it('names the file and keeps the line and column in the details', () => {
    let caught: unknown;
    try {
      fromSdmxCsv(text({ OBS_VALUE: 'abc' }), { file: 'obs.csv' });
    } catch (error) {
      caught = error;
    }
    expect((caught as Error).message).toBe(
      'obs.csv line 3, column OBS_VALUE ("abc") could not be read: expected a decimal string such as "8.2"',
    );
    expect((caught as IndicatorError).details).toMatchObject({ column: 'OBS_VALUE', value: 'abc' });
  });

  it('counts lines across quoted line breaks', () => {
    const input =
      text({}).replace('增至约4万元', '"增至\r\n约4万元"') +
      '\r\n' +
      text({ OBS_VALUE: 'x' }).split('\r\n')[2];
    expect(messageOf(input)).toBe(
      'invalid-input: line 5, column OBS_VALUE ("x") could not be read: expected a decimal string such as "8.2"',
    );
  });

  it('groups the rows of several areas, as toSdmxCsv of several datasets writes them', () => {
    const input = [
      text({}),
      text({ REF_AREA: 'other-town', OBS_VALUE: '5' }).split('\r\n')[2],
      text({ OBS_VALUE: '6' }).split('\r\n')[2],
    ].join('\r\n');
    const read = fromSdmxCsv(input);
    expect(read.area).toBeNull();
    expect(read.observations.map((o) => o.value)).toEqual(['4', '4', '5', '6']);
    expect(read.areas.map((group) => [group.area, group.observations.map((o) => o.value)])).toEqual(
      [
        ['mini-town', ['4', '4', '6']],
        ['other-town', ['5']],
      ],
    );
    expect(read.areas[0]?.observations[0]).toBe(read.observations[0]);
  });

  it('rejects an invalid first REF_AREA', () => {
    const input = text({}).replace('mini-town', 'Mini Town');
    expect(messageOf(input)).toBe(
      'invalid-input: line 2, column REF_AREA ("Mini Town") could not be read: expected a lower-case id such as "industrial-output"',
    );
  });

  it('rejects a bad header, a short row, an open quote, an empty text and a non-string', () => {
    expect(messageOf(text({}).replace('OBS_STATUS,', 'STATUS,'))).toBe(
      'invalid-input: line 1, column OBS_STATUS could not be read: the header lacks this column',
    );
    expect(messageOf(text({}).replace('OBS_ID', 'OBS_VALUE'))).toBe(
      'invalid-input: line 1, column OBS_VALUE could not be read: the header names this column twice',
    );
    // Unknown columns may repeat (they are ignored); a header cell may carry spaces.
    expect(
      fromSdmxCsv(
        text({})
          .replace('DATAFLOW,', 'NOTE, NOTE, DATAFLOW ,')
          .replace(',INDICATOR,', ', INDICATOR ,')
          .replace(/\r\n/g, '\r\n,,'),
      ).observations,
    ).toHaveLength(2);
    expect(messageOf(`${text({})},extra`)).toBe(
      'invalid-input: line 3 could not be read: expected 15 cells as in the header, found 16',
    );
    expect(messageOf(`${text({})}\r\n"open`, { file: 'obs.csv' })).toBe(
      'invalid-input: obs.csv could not be read: line 4: a quoted cell is not closed',
    );
    expect(messageOf(`${text({})}\r\n"open`)).toBe(
      'invalid-input: SDMX-CSV text could not be read: line 4: a quoted cell is not closed',
    );
    expect(messageOf('')).toBe(
      'invalid-input: SDMX-CSV text could not be read: it is empty; expected a header row and data rows',
    );
    expect(messageOf('\uFEFF\r\n\r\n', { file: 'empty.csv' })).toBe(
      'invalid-input: empty.csv could not be read: it is empty; expected a header row and data rows',
    );
    expect(messageOf(42 as unknown as string)).toBe(
      'invalid-argument: text (42) is not an accepted value: expected the SDMX-CSV text as a string',
    );
  });

  it('rejects options that are not an object', () => {
    for (const options of [null, 'obs.csv', 5, []]) {
      expect(messageOf(text({}), options as unknown as { file?: string })).toMatch(
        /^invalid-argument: options \(.*\) is not an accepted value: expected an object such as \{ file \}$/,
      );
    }
  });
});
