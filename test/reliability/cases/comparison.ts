/**
 * Table entries of the comparison layer: two values, a stated change, and series.
 */
import fc from 'fast-check';
import * as root from '../../../src/index.js';
import {
  crossDimensionPair,
  decimalInput,
  hostileNumber,
  hostileOptionsBag,
  hostilePeriod,
  hostileUnit,
  sameDimensionPair,
  singlePeriodText,
} from '../arbitraries.js';
import { type FunctionCase, invalidArgs, isDecimal, periodInput, type Slot } from '../table.js';

/** Moderate values (|x| ≤ 1e12, six places at most), so annual rates stay in range. */
const value = fc
  .tuple(
    fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
    fc.integer({ min: 0, max: 6 }),
    fc.boolean(),
  )
  .map(([units, places, asNumber]) => {
    const text = new root.Decimal(units).div(10 ** places).toString();
    return asNumber ? Number(text) : text;
  });

const options = fc.record(
  {
    measure: fc.constantFrom('stock', 'flow', 'rate'),
    direction: fc.constantFrom('increase', 'decrease', 'neutral'),
  },
  { requiredKeys: [] },
);
const hostileComparisonOptions = fc.oneof(
  hostileOptionsBag,
  fc.constantFrom<unknown>(
    { measure: 'level' },
    { measure: null },
    { direction: 'up' },
    { direction: 1 },
    { unit: 'furlong' },
    { unit: null },
  ),
);

/** Two periods, the second not earlier (the layer compares in time order). */
const periodPair = fc
  .tuple(periodInput, periodInput)
  .map(([a, b]) => (root.comparePeriods(a, b) <= 0 ? [a, b] : [b, a]));

const compared = fc
  .tuple(periodPair, value, value, fc.option(sameDimensionPair, { nil: undefined }), options)
  .map(([[a, b], x, y, units, opts]) => [
    units === undefined ? { period: a, value: x } : { period: a, value: x, unit: units[0].id },
    units === undefined ? { period: b, value: y } : { period: b, value: y, unit: units[1].symbol },
    opts,
  ]);

/** Series points with a bad value or period (series have no units). */
const hostileSeriesPoint = fc.oneof(
  hostileOptionsBag,
  fc.constantFrom<unknown>([], {}),
  hostileNumber.map((v) => ({ period: '2021', value: v })),
  hostilePeriod.map((p) => ({ period: p, value: '1' })),
);
const hostilePoint = fc.oneof(
  hostileSeriesPoint,
  hostileUnit.filter((u) => u !== undefined).map((u) => ({ period: '2021', value: '1', unit: u })),
);

const point: Slot = {
  valid: fc.tuple(singlePeriodText, value).map(([period, v]) => ({ period, value: v })),
  hostile: hostilePoint,
};

const qualifier = fc.constantFrom(null, 'approximately', 'more-than', 'at-least');
const statedOptions = fc.record(
  {
    qualifier,
    decimals: fc.integer({ min: 0, max: 1000 }),
    kind: fc.constantFrom('percent', 'percentage-points'),
    fromQualifier: qualifier,
    toQualifier: qualifier,
  },
  { requiredKeys: [] },
);
const hostileStatedOptions = fc.oneof(
  hostileOptionsBag,
  fc.constantFrom<unknown>(
    { qualifier: '约' },
    { decimals: -1 },
    { decimals: 1.5 },
    { decimals: 1001 },
    { decimals: Number.NaN },
    { decimals: '1' },
    { kind: 'pp' },
    { fromQualifier: 'about' },
    { toQualifier: 5 },
  ),
);

/** Series in strictly increasing order, of one period kind. */
const series = fc.constantFrom('year', 'quarter', 'month').chain((kind) =>
  fc
    .uniqueArray(fc.integer({ min: 1900 * 12, max: 2100 * 12 }), { maxLength: 8 })
    .map((months) => [...months].sort((a, b) => a - b))
    .chain((months) =>
      fc.tuple(
        ...months.map((m) => {
          const year = Math.floor(m / 12);
          const period =
            kind === 'year'
              ? String(year)
              : kind === 'quarter'
                ? `${year}-Q${Math.floor((m % 12) / 3) + 1}`
                : `${year}-${String((m % 12) + 1).padStart(2, '0')}`;
          return value.map((v) => ({ period, value: v }));
        }),
      ),
    )
    .map((points) => points.filter((p, i) => i === 0 || p.period !== points[i - 1]?.period)),
);

const hostileSeries = fc.oneof(
  hostileOptionsBag,
  fc.constantFrom<unknown>(
    {},
    'series',
    [null],
    [1],
    [
      { period: '2022', value: 1 },
      { period: '2021', value: 2 },
    ],
    [
      { period: '2021', value: 1 },
      { period: '2021', value: 2 },
    ],
  ),
  hostileSeriesPoint.map((p) => [{ period: '2020', value: '1' }, p]),
);

const seriesCodes = [
  'invalid-argument',
  'invalid-period',
  'invalid-number',
  'invalid-unit',
  'incompatible-units',
] as const;

export const comparison: FunctionCase[] = [
  {
    name: 'compareValues',
    call: root.compareValues,
    valid: compared,
    invalid: fc.oneof(
      invalidArgs(point, point, { valid: options, hostile: hostileComparisonOptions }),
      fc.tuple(crossDimensionPair, value, value).map(([[a, b], x, y]) => [
        { period: '2020', value: x, unit: a.id },
        { period: '2021', value: y, unit: b.id },
      ]),
      // One value names a unit and the other does not, with no unit in the options.
      value.map((x) => [
        { period: '2020', value: x, unit: 'yuan' },
        { period: '2021', value: x },
      ]),
    ),
    codes: [
      'invalid-argument',
      'invalid-period',
      'invalid-number',
      'invalid-unit',
      'incompatible-units',
    ],
    check: (result, [from, to]) => {
      const r = result as root.CompareValuesResult;
      const x = root.toDecimal((from as { value: string }).value);
      const y = root.toDecimal((to as { value: string }).value);
      // Without units (or with one unit), the absolute change is to − from exactly.
      if ((from as { unit?: string }).unit === undefined && !r.absoluteChange.eq(y.minus(x))) {
        throw new Error('absoluteChange is not to − from');
      }
    },
  },
  {
    name: 'checkStatedChange',
    call: root.checkStatedChange,
    valid: fc
      .tuple(value, value, value, statedOptions)
      .map(([from, to, stated, opts]) => [from, to, stated, opts])
      // A percent statement needs a positive start.
      .filter(
        ([from, , , opts]) =>
          (opts as { kind?: string }).kind === 'percentage-points' ||
          root.toDecimal(from as string).gt(0),
      ),
    invalid: fc.oneof(
      invalidArgs(
        { valid: value.filter((v) => root.toDecimal(v).gt(0)), hostile: hostileNumber },
        { valid: value, hostile: hostileNumber },
        { valid: value, hostile: hostileNumber },
        { valid: fc.constant({}), hostile: hostileStatedOptions },
      ),
      fc.tuple(fc.constantFrom<unknown>(0, '0', -0, -5, '-1e-9'), value, value),
    ),
    extreme: fc.tuple(
      decimalInput,
      decimalInput,
      decimalInput,
      fc.oneof(fc.constant({}), statedOptions),
    ),
    codes: ['invalid-number', 'non-positive-base', 'invalid-argument'],
    check: (result) => {
      const r = result as root.CheckStatedChangeResult;
      isDecimal(r.exactPercent);
      if (r.lowestPercent.gt(r.exactPercent) || r.exactPercent.gt(r.highestPercent)) {
        throw new Error('the exact change is not between the lowest and the highest');
      }
    },
  },
  seriesChange('periodOverPeriod', root.periodOverPeriod),
  seriesChange('yearOverYear', root.yearOverYear),
];

/** periodOverPeriod and yearOverYear: one change per point, the same hostile inputs. */
function seriesChange(
  name: string,
  call: typeof root.periodOverPeriod | typeof root.yearOverYear,
): FunctionCase {
  return {
    name,
    call,
    valid: fc.tuple(series, options),
    invalid: invalidArgs(
      { valid: series, hostile: hostileSeries },
      {
        valid: options,
        hostile: hostileComparisonOptions.filter(
          (o) => !(typeof o === 'object' && o !== null && 'unit' in o),
        ),
      },
    ),
    codes: seriesCodes,
    check: (result, [input]) => {
      const r = result as root.PeriodOverPeriodResult;
      if (r.changes.length !== (input as unknown[]).length) throw new Error('one change per point');
    },
  };
}
