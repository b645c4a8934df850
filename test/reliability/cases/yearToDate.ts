/**
 * Table entries of year-to-date figures: monthlyFromYearToDate and yearToDateGrowth
 * (comparison), the observation readers and addObservations (`tianmu-indicators/schemas`).
 */
import fc from 'fast-check';
import * as root from '../../../src/index.js';
import * as schemas from '../../../src/schemas.js';
import { hostileOptionsBag, hostilePeriod } from '../arbitraries.js';
import { corruptDataset, validDataset } from '../datasets.js';
import { type FunctionCase, isDecimal, periodInput } from '../table.js';

const source = { document: 'stats', section: '月报', quote: '1—6月' };
const statuses = ['actual', 'preliminary', 'estimated', 'forecast'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

/** A year-to-date span in one of its spellings. */
function span(year: number, months: number, spelling: number): string {
  if (months === 12 && spelling % 2 === 0) return String(year);
  if (months === 6 && spelling % 3 === 0) return `${year}-H1`;
  if (months === 1) return `${year}-01`;
  return `${year}-01/${year}-${pad(months)}`;
}

const amount = fc
  .tuple(fc.integer({ min: -1_000_000, max: 100_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([units, places]) => new root.Decimal(units).div(10 ** places).toFixed());

const figure = fc
  .record({
    indicator: fc.constantFrom('revenue', 'tax'),
    year: fc.integer({ min: 2020, max: 2022 }),
    months: fc.integer({ min: 1, max: 12 }),
    spelling: fc.nat(5),
    value: amount,
    unit: fc.constantFrom('yuan', 'wan-yuan', 'yi-yuan'),
    status: fc.constantFrom(...statuses),
    qualifier: fc.constantFrom(null, 'approximately'),
  })
  .map(({ year, months, spelling, ...rest }) => ({
    ...rest,
    period: span(year, months, spelling),
    key: `${rest.indicator}|${year}|${months}|${rest.status}`,
    source,
  }));

const figures = fc
  .uniqueArray(figure, { maxLength: 10, selector: (f) => f.key })
  .map((list) => list.map(({ key: _key, ...observation }) => observation));

const hostileObservations = fc.constantFrom<unknown>(
  null,
  'observations',
  [null],
  [{ indicator: 'revenue', period: '2022-13', value: '1', status: 'actual' }],
  [{ indicator: 'revenue', period: '2022-01', value: 'NaN', status: 'actual' }],
  [{ indicator: 5, period: '2022-01', value: '1', status: 'actual' }],
  [{ indicator: 'revenue', period: '2022-01', value: '1', status: 'maybe' }],
  [
    { indicator: 'revenue', period: '2022-01', value: '1', unit: 'yuan', status: 'actual' },
    { indicator: 'revenue', period: '2022-01/2022-02', value: '2', unit: 'mu', status: 'actual' },
  ],
  [
    { indicator: 'revenue', period: '2022-H1', value: '1', status: 'actual' },
    { indicator: 'revenue', period: '2022-01/2022-06', value: '2', status: 'actual' },
  ],
);

/** Two figures of the same months in consecutive years, the earlier one above zero. */
const growthPair = fc
  .tuple(
    fc.integer({ min: 1901, max: 9999 }),
    fc.integer({ min: 1, max: 12 }),
    fc.nat(5),
    amount.filter((v) => !v.startsWith('-')),
    amount.filter((v) => root.toDecimal(v).gt(0)),
    fc.constantFrom('yuan', 'wan-yuan', 'yi-yuan'),
    fc.constantFrom('yuan', 'wan-yuan', 'yi-yuan'),
  )
  .map(([year, months, spelling, now, before, nowUnit, beforeUnit]) => [
    { ...base(span(year, months, spelling), now), unit: nowUnit },
    { ...base(span(year - 1, months, spelling + 1), before), unit: beforeUnit },
  ]);

function base(period: string, value: string) {
  return {
    indicator: 'gdp',
    period,
    value,
    status: 'actual' as const,
    qualifier: null,
    source,
  };
}

const hostilePair = fc.constantFrom<unknown[]>(
  [base('2022-H1', '1'), base('2021-Q1/2021-Q3', '1')],
  [base('2022-H1', '1'), base('2020-H1', '1')],
  [base('2022-H1', '1'), { ...base('2021-H1', '1'), indicator: 'tax' }],
  [base('2022-04/2022-06', '1'), base('2021-04/2021-06', '1')],
  [base('2022-H1', '1'), base('2021-H1', '0')],
  [base('2022-H1', '-1'), base('2021-H1', '1')],
  [base('2022-H1', 'x'), base('2021-H1', '1')],
  [base('2022-13', '1'), base('2021-H1', '1')],
  [null, base('2021-H1', '1')],
  [base('2022-H1', '1'), { ...base('2021-H1', '1'), unit: 'mu' }],
  [{ ...base('2022-H1', '1'), unit: 'yuan' }, base('2021-H1', '1')],
  [base('2022-H1', '1'), base('2021-H1', '1'), 'options'],
);

/** Rows of an observations file, valid by construction. */
const rows = fc.uniqueArray(
  fc.record({
    indicator: fc.constantFrom('revenue', 'tax'),
    period: fc.constantFrom('2022', '2022-H1', '2022-01/2022-09', '2022-Q3', '2021-M06'),
    value: amount,
    unit: fc.constantFrom('', '亿元', 'wan-yuan'),
    status: fc.constantFrom('', ...statuses),
    qualifier: fc.constantFrom('', 'approximately', 'more-than', 'at-least'),
    yoy_percent: fc.oneof(fc.constant(''), amount),
    price_basis: fc.constantFrom('', 'current', 'comparable'),
  }),
  { maxLength: 6, selector: (row) => `${row.indicator}|${row.period}|${row.status || 'actual'}` },
);
const readerOptions = fc.option(
  fc.record(
    { file: fc.constantFrom('h1.csv', '一季度.json'), document: fc.constant('stats') },
    {
      requiredKeys: [],
    },
  ),
  { nil: undefined },
);
const HEADER = 'indicator,period,value,unit,status,qualifier,yoy_percent,price_basis';
const hostileCsv = fc.constantFrom(
  '',
  '\uFEFF',
  '"open',
  'indicator,period',
  'indicator,period,value,value',
  'indicator,period,value,colour\nx,2022,1,red',
  'indicator,period,value\nx,2022-13,1',
  'indicator,period,value\nx,2022,NaN',
  'indicator,period,value\nx,2022,1e999',
  'indicator,period,value\nx,2022',
  'indicator,period,value,yoy_percent\nx,2022,1,6.6%',
  'indicator,period,value,price_basis\nx,2022,1,real',
  'indicator,period,value\nx,2022-H1,1\nx,2022-01/2022-06,2',
);
const hostileJson = fc.constantFrom(
  '',
  '[',
  'null',
  '{"observations": 5}',
  '[null]',
  '[[1]]',
  '[{"indicator":"x","period":"2022","value":"NaN"}]',
  '[{"indicator":"x","period":"2022","value":1,"__proto__":{}}]',
  '[{"indicator":"x","period":"2022","value":1,"priceBasis":"x","price_basis":"y"}]',
  '[{"indicator":"x","period":"2022","value":{}}]',
);

export const yearToDate: FunctionCase[] = [
  {
    name: 'toYearToDate',
    call: root.toYearToDate,
    valid: fc.tuple(periodInput),
    invalid: fc.tuple(hostilePeriod),
    codes: ['invalid-period'],
    check: (result) => {
      if (result === null) return;
      const { year, months } = result as root.YearToDate;
      if (!Number.isInteger(year) || !Number.isInteger(months) || months < 1 || months > 12) {
        throw new Error('not a year and 1 to 12 months');
      }
    },
  },
  {
    name: 'monthlyFromYearToDate',
    call: root.monthlyFromYearToDate,
    valid: fc.tuple(figures),
    invalid: fc.oneof(fc.tuple(hostileObservations), fc.tuple(fc.constant([]), hostileOptionsBag)),
    codes: ['invalid-argument', 'invalid-period', 'invalid-number', 'incompatible-units'],
    check: (result) => {
      const { months, gaps } = result as root.MonthlyFromYearToDateResult;
      for (const month of months) isDecimal(month.value);
      if (!Array.isArray(gaps)) throw new Error('no gaps');
    },
  },
  {
    name: 'yearToDateGrowth',
    call: root.yearToDateGrowth,
    valid: growthPair,
    invalid: hostilePair,
    codes: [
      'invalid-argument',
      'invalid-period',
      'invalid-number',
      'non-positive-base',
      'sign-change',
      'incompatible-units',
    ],
    check: isDecimal,
  },
  {
    name: 'parseObservationsCsv',
    call: schemas.parseObservationsCsv,
    valid: fc
      .tuple(rows, readerOptions)
      .map(([list, options]) => [
        [HEADER, ...list.map((row) => Object.values(row).join(','))].join('\r\n'),
        ...(options === undefined ? [] : [options]),
      ]),
    invalid: fc.oneof(
      fc.tuple(hostileCsv),
      fc.tuple(fc.constantFrom<unknown>(null, 5, {}, [])),
      fc.tuple(fc.constant(HEADER), hostileOptionsBag),
    ),
    codes: ['invalid-input', 'invalid-argument'],
    check: (result, [text]) => {
      if ((result as unknown[]).length !== (text as string).split('\r\n').length - 1) {
        throw new Error('one observation per row');
      }
    },
  },
  {
    name: 'parseObservationsJson',
    call: schemas.parseObservationsJson,
    valid: fc
      .tuple(rows, readerOptions, fc.boolean())
      .map(([list, options, wrapped]) => [
        JSON.stringify(wrapped ? { observations: list } : list, null, wrapped ? 2 : undefined),
        ...(options === undefined ? [] : [options]),
      ]),
    invalid: fc.oneof(
      fc.tuple(hostileJson),
      fc.tuple(fc.constantFrom<unknown>(null, 5, {}, [])),
      fc.tuple(fc.constant('[]'), hostileOptionsBag),
    ),
    codes: ['invalid-input', 'invalid-argument'],
  },
  {
    name: 'addObservations',
    call: schemas.addObservations,
    valid: validDataset.map((dataset) => {
      const parsed = schemas.parseDataset(dataset);
      return [parsed, structuredClone(parsed.observations.slice(0, 3)), { replace: true }];
    }),
    // Two observations of a generated dataset may cover the same days under two spellings.
    validCodes: ['invalid-argument'],
    invalid: fc.oneof(
      fc.tuple(
        corruptDataset.map((c) => c.dataset),
        fc.constant([base('2022', '1')]),
      ),
      fc.tuple(fc.constantFrom<unknown>(null, 5, 'dataset', []), fc.constant([])),
      validDataset.chain((dataset) =>
        fc.tuple(
          fc.constant(schemas.parseDataset(dataset)),
          fc.constantFrom<unknown>(null, {}, [null], [base('2022-13', '1')], [base('2022', '1')]),
        ),
      ),
      validDataset.chain((dataset) =>
        fc.tuple(fc.constant(schemas.parseDataset(dataset)), fc.constant([]), hostileOptionsBag),
      ),
    ),
    codes: ['invalid-argument', 'invalid-dataset'],
  },
];
