/**
 * Generators of valid and hostile inputs, shared by the reliability properties. The hostile
 * pools hold only values that must be refused; values that look odd but are accepted (`-0`,
 * padded decimals) are in the valid generators.
 */

import { Decimal as ForeignDecimal } from 'decimal.js';
import fc from 'fast-check';
import { Decimal } from '../../src/decimal/Decimal.js';
import { UNITS } from '../../src/units/UNITS.js';
import type { Unit } from '../../src/units/Unit.js';

// ---------------------------------------------------------------------------------------------
// Numbers

/** Decimal strings as people and files write them, with exponents inside ±40. */
export const decimalText: fc.Arbitrary<string> = fc.oneof(
  fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map(String),
  fc
    .tuple(
      fc.constantFrom('', '-', '+'),
      fc.bigInt({ min: 0n, max: 10n ** 12n }),
      fc.stringMatching(/^\d{1,12}$/),
    )
    .map(([sign, whole, fraction]) => `${sign}${whole}.${fraction}`),
  fc
    .tuple(fc.integer({ min: -999, max: 999 }), fc.integer({ min: -40, max: 40 }))
    .map(([mantissa, exponent]) => `${mantissa}e${exponent}`),
  fc.constantFrom('0', '-0', '0.0', '.5', '5.', '  8.2  ', '\t27720\n', '1E3', '+1e+2', '-0e5'),
);

/** Finite doubles, -0 and subnormals included. */
export const finiteNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.constantFrom(-0, 0, 5e-324, Number.MAX_VALUE, Number.MAX_SAFE_INTEGER, 0.1, 1 / 3),
);

/** Every accepted `DecimalInput`: text, numbers, the library's Decimals and foreign ones. */
export const decimalInput: fc.Arbitrary<string | number | Decimal> = fc.oneof(
  decimalText,
  finiteNumber,
  decimalText.map((text) => new Decimal(text.trim())),
  decimalText.map((text) => new ForeignDecimal(text.trim()) as unknown as Decimal),
);

/** Moderate decimals (|x| between 1e-6 and 1e9 or zero), for laws that compare results. */
export const moderateDecimal: fc.Arbitrary<string> = fc
  .tuple(fc.integer({ min: -999_999_999, max: 999_999_999 }), fc.integer({ min: 0, max: 6 }))
  .map(([units, places]) => new Decimal(units).div(10 ** places).toFixed());

/** Values that are not finite decimals: each must be refused with `invalid-number`. */
export const hostileNumber: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  '',
  ' ',
  '\t\n',
  '1e999999',
  '-1e999999',
  '1e1001',
  '1e-1001',
  '0x10',
  '0b101',
  '0o17',
  'NaN',
  'Infinity',
  '-Infinity',
  '1,000',
  '1_000',
  '8.2%',
  '８.２',
  '١٢',
  '--1',
  '1e',
  'e5',
  '.',
  '1.2.3',
  '1 2',
  null,
  undefined,
  true,
  {},
  [],
  [1],
  10n,
  Symbol('x'),
  () => 1,
  new Date(0),
  new Decimal(Number.NaN),
  new Decimal(Number.POSITIVE_INFINITY),
  new ForeignDecimal(Number.NEGATIVE_INFINITY),
  { valueOf: () => 1 },
  { toString: () => '1' },
);

// ---------------------------------------------------------------------------------------------
// Periods and dates

const year = fc.integer({ min: 1900, max: 9999 });
const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A single period string of any kind, SDMX spellings included. */
export const singlePeriodText: fc.Arbitrary<string> = fc.oneof(
  year.map(String),
  fc
    .tuple(year, fc.constantFrom('H', 'S'), fc.constantFrom(1, 2))
    .map(([y, l, h]) => `${y}-${l}${h}`),
  fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.boolean())
    .map(([y, m, sdmx]) => `${y}-${sdmx ? 'M' : ''}${pad(m)}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(Math.min(d, daysIn(y, m)))}`),
);

/** Ranges whose end is the same kind as the start and not earlier. */
export const rangeText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(year, fc.integer({ min: 0, max: 30 }))
    .filter(([y, n]) => y + n <= 9999)
    .map(([y, n]) => `${y}/${y + n}`),
  fc
    .tuple(year, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 12 }))
    .filter(([y, q, n]) => y * 4 + q - 1 + n <= 9999 * 4 + 3)
    .map(([y, q, n]) => {
      const end = y * 4 + q - 1 + n;
      return `${y}-Q${q}/${Math.floor(end / 4)}-Q${(end % 4) + 1}`;
    }),
  fc
    .tuple(
      year.filter((y) => y < 9999),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 12 }),
    )
    .map(([y, a, b]) => `${y}-${pad(a)}/${y + 1}-${pad(b)}`),
);

/** Any valid period string. */
export const periodText: fc.Arbitrary<string> = fc.oneof(singlePeriodText, rangeText);

/** Period strings and objects the library must refuse with `invalid-period`. */
export const hostilePeriod: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  '2021-Q5',
  '2021-Q0',
  '2021-H3',
  '2021-S0',
  '2021-13',
  '2021-00',
  '2021-M13',
  '2021-02-30',
  '2021-02-29',
  '2021-04-31',
  '2021-00-10',
  '2026/2022',
  '2022-Q3/2022-Q1',
  '2022-12/2022-01',
  '2021/2022/2023',
  '/2022',
  '2022/',
  '1899',
  '1899-12',
  '1899-12-31',
  '10000',
  '0999',
  '0000',
  '-2021',
  '',
  ' ',
  ' 2021',
  '2021 ',
  '２０２１',
  '2021-1',
  '2021-001',
  '2021-1-1',
  '2021-01-1',
  '2021Q1',
  '2021-q1',
  '2021-W05',
  '20210101',
  '2021-01-01T00:00:00Z',
  'NaN',
  null,
  undefined,
  2021,
  Number.NaN,
  true,
  [],
  { kind: 'year', year: 1899 },
  { kind: 'year', year: 10000 },
  { kind: 'year', year: 2021.5 },
  { kind: 'year', year: '2021' },
  { kind: 'year', year: Number.NaN },
  { kind: 'quarter', year: 2021, quarter: 5 },
  { kind: 'half', year: 2021, half: 0 },
  { kind: 'month', year: 2021, month: 1.5 },
  { kind: 'month', year: 2021, month: 13 },
  { kind: 'day', year: 2021, month: 2, day: 29 },
  { kind: 'day', year: 2021, month: 2, day: -0.5 },
  { kind: 'week', year: 2021 },
  {},
  { kind: 'range', start: { kind: 'year', year: 2026 }, end: { kind: 'year', year: 2022 } },
  { kind: 'range', start: { kind: 'year', year: 2022 } },
  {
    kind: 'range',
    start: {
      kind: 'range',
      start: { kind: 'year', year: 2022 },
      end: { kind: 'year', year: 2023 },
    },
    end: { kind: 'year', year: 2024 },
  },
);

/** A Date inside the calendar (1900 to 9999), at any time of day. */
export const validDate: fc.Arbitrary<Date> = fc.date({
  min: new Date(Date.UTC(1900, 0, 1)),
  max: new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999)),
  noInvalidDate: true,
});

/** A `YYYY-MM-DD` day inside the calendar. */
export const dayText: fc.Arbitrary<string> = validDate.map((date) =>
  date.toISOString().slice(0, 10),
);

/** Dates and day strings that must be refused with `invalid-period`. */
export const hostileDate: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  new Date(Number.NaN),
  new Date(Date.UTC(1899, 11, 31, 23, 59, 59)),
  new Date(Date.UTC(10000, 0, 1)),
  new Date(-8.64e15),
  new Date(8.64e15),
  '2021-02-30',
  '2021-13-01',
  '2021-00-01',
  '2021-2-3',
  '20210203',
  '2021-02-03T00:00:00Z',
  '2021/02/03',
  '1899-12-31',
  '10000-01-01',
  '',
  ' ',
  null,
  undefined,
  0,
  1_700_000_000_000,
  {},
);

// ---------------------------------------------------------------------------------------------
// Units

/** Every way of naming a catalogue unit: id, symbol, alias, padded, full-width, the object. */
export const unitRef: fc.Arbitrary<string | Unit> = fc.oneof(
  fc.constantFrom(...UNITS.map((unit) => unit.id)),
  fc.constantFrom(...UNITS.map((unit) => unit.symbol)),
  fc.constantFrom('CNY', 'ha', 'm2', 'km', '千米', 'm', ' 万元 ', '％', '㎡'),
  fc.constantFrom(...UNITS).map((unit) => ({ ...unit })),
);

/** Two units of one dimension. */
export const sameDimensionPair: fc.Arbitrary<readonly [Unit, Unit]> = fc
  .constantFrom(...UNITS)
  .chain((a) =>
    fc
      .constantFrom(...UNITS.filter((b) => b.dimension === a.dimension))
      .map((b) => [a, b] as const),
  );

/** Two units of different dimensions (money and area, plants and people…). */
export const crossDimensionPair: fc.Arbitrary<readonly [Unit, Unit]> = fc
  .constantFrom(...UNITS)
  .chain((a) =>
    fc
      .constantFrom(...UNITS.filter((b) => b.dimension !== a.dimension))
      .map((b) => [a, b] as const),
  );

const yuan = UNITS.find((unit) => unit.id === 'yuan') as Unit;

/** Unit references the catalogue does not know: each must be refused with `invalid-unit`. */
export const hostileUnit: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  '',
  ' ',
  'xyz',
  'Yuan',
  'YUAN',
  '千元',
  'wan yuan',
  'toString',
  '__proto__',
  'constructor',
  null,
  undefined,
  0,
  Number.NaN,
  true,
  [],
  {},
  { id: 'yuan' },
  { ...yuan, factor: '0' },
  { ...yuan, factor: '-1' },
  { ...yuan, factor: 'NaN' },
  { ...yuan, factor: 'Infinity' },
  { ...yuan, factor: '0x10' },
  { ...yuan, factor: '1e5000' },
  { ...yuan, factor: 1 },
  { ...yuan, dimension: 'time' },
  { ...yuan, unitMultiplier: 1.5 },
  { ...yuan, unitMultiplier: Number.NaN },
  { ...yuan, id: '' },
  { ...yuan, symbol: undefined },
);

// ---------------------------------------------------------------------------------------------
// Options

/** Option bags that are not objects. */
export const hostileOptionsBag: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  null,
  0,
  'zh-CN',
  true,
  Number.NaN,
);

/** Display options with a bad value in one field. */
export const hostileDisplayOptions: fc.Arbitrary<unknown> = fc.oneof(
  hostileOptionsBag,
  fc.constantFrom<unknown>(
    [],
    { locale: 'fr' },
    { locale: 'zh' },
    { locale: null },
    { fractionDigits: -1 },
    { fractionDigits: 1.5 },
    { fractionDigits: Number.NaN },
    { fractionDigits: Number.POSITIVE_INFINITY },
    { fractionDigits: 1e9 },
    { fractionDigits: 101 },
    { fractionDigits: '2' },
    { maximumFractionDigits: -0.5 },
    { maximumFractionDigits: 1e9 },
    { fractionDigits: 2, maximumFractionDigits: 2 },
    { rounding: 'banker' },
    { rounding: 4 },
    { signDisplay: 'always' },
    { useGrouping: 'yes' },
    { useGrouping: 0 },
  ),
);

/** Valid display options. */
export const displayOptions = fc.record(
  {
    locale: fc.constantFrom('zh-CN', 'en'),
    fractionDigits: fc.integer({ min: 0, max: 100 }),
    rounding: fc.constantFrom('half-up', 'half-even', 'half-down', 'up', 'down', 'ceil', 'floor'),
    signDisplay: fc.constantFrom('auto', 'except-zero'),
    useGrouping: fc.boolean(),
  },
  { requiredKeys: [] },
);

/** An optional trailing argument: absent, `undefined`, or a value. */
export function optional<T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<readonly T[]> {
  return fc.oneof(
    fc.constant([] as T[]),
    fc.constant([undefined as T]),
    arbitrary.map((value) => [value]),
  );
}
