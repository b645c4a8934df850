/**
 * Table entries of the finished core: numbers, errors, units, periods, format, models and the
 * command line's readers.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { readObservations } from '../../../src/cli/readObservations.js';
import { run } from '../../../src/cli/run.js';
import * as root from '../../../src/index.js';
import * as schemas from '../../../src/schemas.js';
import { memoryIo } from '../../fixtures/memoryIo.js';
import { miniDataset } from '../../fixtures/miniDataset.js';
import {
  crossDimensionPair,
  dayText,
  decimalInput,
  displayOptions,
  hostileDate,
  hostileDisplayOptions,
  hostileNumber,
  hostileOptionsBag,
  hostilePeriod,
  hostileUnit,
  periodText,
  sameDimensionPair,
  unitRef,
  validDate,
} from '../arbitraries.js';
import { corruptDataset, validDataset } from '../datasets.js';
import type { CleanOptions } from '../support.js';
import {
  dateSlot as date,
  dateInput,
  type FunctionCase,
  fieldName,
  invalidArgs,
  isBoolean,
  isCanonicalPeriod,
  isDecimal,
  isUtcMidnight,
  numberSlot as number,
  periodSlot as period,
  periodInput,
  type Slot,
  unitSlot as unit,
  validArgs,
  withOptional,
} from '../table.js';

export const numbers: FunctionCase[] = [
  {
    name: 'toDecimal',
    call: root.toDecimal,
    valid: withOptional(validArgs(number), fieldName),
    invalid: withOptional(invalidArgs(number), fieldName),
    codes: ['invalid-number'],
    check: (result, [input]) => {
      isDecimal(result);
      const text = root.Decimal.isDecimal(input) ? input.toString() : String(input).trim();
      if (!(result as root.Decimal).eq(text)) throw new Error(`${String(result)} is not ${text}`);
    },
  },
  {
    name: 'percent',
    call: root.percent,
    valid: withOptional(validArgs(number), fieldName),
    invalid: withOptional(invalidArgs(number), fieldName),
    codes: ['invalid-number'],
    check: (result, [input]) => {
      isDecimal(result);
      if (!(result as root.Decimal).times(100).eq(root.toDecimal(input as string))) {
        throw new Error('percent(x) · 100 is not x');
      }
    },
  },
  {
    name: 'toPercent',
    call: root.toPercent,
    valid: withOptional(validArgs(number), fieldName),
    invalid: withOptional(invalidArgs(number), fieldName),
    codes: ['invalid-number'],
    check: (result, [input]) => {
      isDecimal(result);
      if (!(result as root.Decimal).div(100).eq(root.toDecimal(input as string))) {
        throw new Error('toPercent(x) / 100 is not x');
      }
    },
  },
];

export const errors: FunctionCase[] = [
  {
    name: 'isIndicatorError',
    call: root.isIndicatorError,
    valid: fc.tuple(
      fc.oneof(fc.anything(), fc.constant(new root.IndicatorError('invalid-unit'))),
      fc.oneof(fc.constant(undefined), fc.constantFrom('invalid-unit', 'not-found')),
    ),
    codes: [],
    check: isBoolean,
  },
  {
    name: 'IndicatorError',
    call: ((code: root.ErrorCode, details: root.ErrorDetails) =>
      new root.IndicatorError(code, details).message) as (...args: never[]) => unknown,
    valid: fc.tuple(
      fc.constantFrom<root.ErrorCode>('invalid-number', 'invalid-period', 'invalid-dataset'),
      fc.oneof(
        fc.record({ field: fc.string(), value: fc.anything() }, { requiredKeys: [] }),
        fc.record({ value: hostileNumber }),
        fc.record({ value: hostilePeriod, reason: fc.string() }),
      ),
    ),
    codes: [],
    check: (message) => {
      if (typeof message !== 'string' || message.length === 0) throw new Error('no message');
    },
  },
];

export const units: FunctionCase[] = [
  {
    name: 'convert',
    call: root.convert,
    valid: fc
      .tuple(decimalInput, sameDimensionPair)
      .map(([value, [from, to]]) => [value, from.id, to.symbol]),
    invalid: fc.oneof(
      invalidArgs(number, unit, unit),
      fc.tuple(decimalInput, crossDimensionPair).map(([value, [from, to]]) => [value, from, to.id]),
    ),
    codes: ['invalid-number', 'invalid-unit', 'incompatible-units'],
    check: isDecimal,
  },
  {
    name: 'findUnit',
    call: root.findUnit,
    valid: fc.tuple(fc.oneof(unitRef, hostileUnit, fc.string(), fc.anything())),
    codes: [],
    clean: { mayBeUndefined: true },
  },
  {
    name: 'getUnit',
    call: root.getUnit,
    valid: withOptional(validArgs(unit), fc.record({ field: fc.string() }, { requiredKeys: [] })),
    invalid: fc.oneof(
      withOptional(invalidArgs(unit), fc.record({ field: fc.string() }, { requiredKeys: [] })),
      fc.tuple(hostileUnit, hostileOptionsBag),
    ),
    codes: ['invalid-unit', 'invalid-argument'],
  },
  {
    name: 'isUnitCompatible',
    call: root.isUnitCompatible,
    valid: validArgs(unit, unit),
    invalid: invalidArgs(unit, unit),
    codes: ['invalid-unit'],
    check: isBoolean,
  },
  {
    name: 'unitForMultiplier',
    call: root.unitForMultiplier,
    valid: fc.tuple(unitRef, fc.oneof(fc.integer({ min: -12, max: 12 }), fc.constant(-0))),
    invalid: fc.oneof(
      fc.tuple(hostileUnit, fc.integer({ min: -8, max: 8 })),
      fc.tuple(
        unitRef,
        fc.constantFrom<unknown>(
          Number.NaN,
          Number.POSITIVE_INFINITY,
          1.5,
          -0.5,
          2 ** 53,
          -(2 ** 60),
          '4',
          null,
          4n,
          1e308,
        ),
      ),
    ),
    codes: ['invalid-unit', 'invalid-argument'],
    // A power the catalogue holds no unit for is a documented `invalid-unit`.
    validCodes: ['invalid-unit'],
  },
];

export const periods: FunctionCase[] = [
  {
    name: 'comparePeriods',
    call: root.comparePeriods,
    valid: validArgs(period, period),
    invalid: invalidArgs(period, period),
    codes: ['invalid-period'],
    check: (result) => {
      if (result !== -1 && result !== 0 && result !== 1) throw new Error('expected -1, 0 or 1');
    },
  },
  {
    name: 'elapsedFraction',
    call: root.elapsedFraction,
    valid: withOptional(
      validArgs(period, date),
      fc.record({ basis: fc.constantFrom('month', 'day') }, { requiredKeys: [] }),
    ),
    invalid: fc.oneof(
      invalidArgs(period, date),
      fc.tuple(
        periodInput,
        dateInput,
        fc.oneof(
          hostileOptionsBag,
          fc.constantFrom({ basis: 'week' }, { basis: 'MONTH' }, { basis: 1 }),
        ),
      ),
    ),
    codes: ['invalid-period', 'invalid-argument'],
    check: (result) => {
      isDecimal(result);
      const r = result as root.Decimal;
      if (r.lt(0) || r.gt(1)) throw new Error('outside [0, 1]');
    },
  },
  {
    name: 'toYearToDate',
    call: root.toYearToDate,
    valid: validArgs(period),
    invalid: invalidArgs(period),
    codes: ['invalid-period'],
    check: (result) => {
      if (result === null) return;
      const { year, months } = result as root.YearToDate;
      if (!Number.isInteger(year) || !Number.isInteger(months) || months < 1 || months > 12) {
        throw new Error('expected a year and 1 to 12 months');
      }
    },
  },
  {
    name: 'formatPeriod',
    call: root.formatPeriod,
    valid: validArgs(period),
    invalid: invalidArgs(period),
    codes: ['invalid-period'],
    check: (result) => {
      if (!root.isValidPeriod(result)) throw new Error('not a valid period string');
    },
  },
  {
    name: 'isPeriodAfter',
    call: root.isPeriodAfter,
    valid: validArgs(period, period),
    invalid: invalidArgs(period, period),
    codes: ['invalid-period'],
    check: isBoolean,
  },
  {
    name: 'isPeriodBefore',
    call: root.isPeriodBefore,
    valid: validArgs(period, period),
    invalid: invalidArgs(period, period),
    codes: ['invalid-period'],
    check: isBoolean,
  },
  {
    name: 'isValidPeriod',
    call: root.isValidPeriod,
    valid: fc.tuple(fc.oneof(periodText, hostilePeriod, fc.string(), fc.anything())),
    codes: [],
    check: isBoolean,
  },
  {
    name: 'nextPeriod',
    call: root.nextPeriod,
    valid: validArgs(period),
    invalid: invalidArgs(period),
    codes: ['invalid-period'],
    // The period after 9999-12-31 (or after a mixed-kind range) has no answer.
    validCodes: ['invalid-period'],
    check: isCanonicalPeriod,
  },
  {
    name: 'previousPeriod',
    call: root.previousPeriod,
    valid: validArgs(period),
    invalid: invalidArgs(period),
    codes: ['invalid-period'],
    validCodes: ['invalid-period'],
    check: isCanonicalPeriod,
  },
  {
    name: 'samePeriodLastYear',
    call: root.samePeriodLastYear,
    valid: validArgs(period),
    invalid: invalidArgs(period),
    codes: ['invalid-period'],
    validCodes: ['invalid-period'],
    check: isCanonicalPeriod,
  },
  {
    name: 'toYearToDate',
    call: root.toYearToDate,
    valid: validArgs(period),
    invalid: invalidArgs(period),
    codes: ['invalid-period'],
    validCodes: ['invalid-period'],
  },
  {
    name: 'parseDate',
    call: root.parseDate,
    valid: withOptional(validArgs(date), fieldName),
    invalid: withOptional(invalidArgs(date), fieldName),
    codes: ['invalid-period'],
    check: isUtcMidnight,
  },
  {
    name: 'parsePeriod',
    call: root.parsePeriod,
    valid: fc.tuple(periodText),
    invalid: fc.tuple(
      fc.oneof(
        hostilePeriod,
        periodText.map((text) => root.parsePeriod(text)),
      ),
    ),
    codes: ['invalid-period'],
    check: isCanonicalPeriod,
  },
  {
    name: 'periodEnd',
    call: root.periodEnd,
    valid: validArgs(period),
    invalid: invalidArgs(period),
    codes: ['invalid-period'],
    check: isUtcMidnight,
  },
  {
    name: 'periodStart',
    call: root.periodStart,
    valid: validArgs(period),
    invalid: invalidArgs(period),
    codes: ['invalid-period'],
    check: isUtcMidnight,
  },
  {
    name: 'toDateString',
    call: root.toDateString,
    valid: fc.tuple(validDate),
    invalid: fc.tuple(fc.oneof(hostileDate, dayText)),
    codes: ['invalid-period'],
    check: (result) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(String(result))) throw new Error('not YYYY-MM-DD');
    },
  },
  {
    name: 'yearOf',
    call: root.yearOf,
    valid: validArgs(period),
    invalid: invalidArgs(period),
    codes: ['invalid-period'],
    check: (result) => {
      if (!Number.isInteger(result) || (result as number) < 1900 || (result as number) > 9999) {
        throw new Error('not a year of the calendar');
      }
    },
  },
  {
    name: 'yearsBetween',
    call: root.yearsBetween,
    valid: validArgs(period, period),
    invalid: invalidArgs(period, period),
    codes: ['invalid-period'],
    check: isDecimal,
  },
];

const display: Slot = { valid: displayOptions, hostile: hostileDisplayOptions };
const text: CleanOptions = { text: true };

export const format: FunctionCase[] = [
  {
    name: 'formatPercent',
    call: root.formatPercent,
    valid: withOptional(validArgs(number), displayOptions),
    invalid: invalidArgs(number, display),
    codes: ['invalid-number', 'invalid-argument'],
    clean: text,
    check: (result) => {
      if (!String(result).endsWith('%')) throw new Error('no % sign');
    },
  },
  {
    name: 'formatPercentagePoints',
    call: root.formatPercentagePoints,
    valid: withOptional(validArgs(number), displayOptions),
    invalid: invalidArgs(number, display),
    codes: ['invalid-number', 'invalid-argument'],
    clean: text,
  },
  {
    name: 'formatPeriodLabel',
    call: root.formatPeriodLabel,
    valid: withOptional(
      validArgs(period),
      fc.record({ locale: fc.constantFrom('zh-CN', 'en') }, { requiredKeys: [] }),
    ),
    invalid: invalidArgs(period, {
      valid: fc.constant(undefined),
      hostile: fc.oneof(hostileOptionsBag, fc.constantFrom({ locale: 'fr' }, { locale: 1 })),
    }),
    codes: ['invalid-period', 'invalid-argument'],
    clean: text,
  },
  {
    name: 'formatQuantity',
    call: root.formatQuantity,
    valid: fc
      .tuple(
        decimalInput,
        sameDimensionPair,
        fc.constantFrom('none', 'auto', 'unit'),
        displayOptions,
      )
      .map(([value, [from, to], scale, options]) => [
        value,
        from.id,
        scale === 'none' ? options : { ...options, scale: scale === 'auto' ? 'auto' : to.symbol },
      ]),
    invalid: fc.oneof(
      invalidArgs(number, unit, display),
      fc
        .tuple(decimalInput, crossDimensionPair)
        .map(([value, [from, to]]) => [value, from.id, { scale: to.id }]),
      fc
        .tuple(
          decimalInput,
          unitRef,
          hostileUnit.filter((scale) => scale !== undefined),
        )
        .map(([value, u, scale]) => [value, u, { scale }]),
    ),
    codes: ['invalid-number', 'invalid-unit', 'incompatible-units', 'invalid-argument'],
    clean: text,
  },
];

export const models: FunctionCase[] = [
  {
    name: 'parseDataset',
    call: schemas.parseDataset,
    valid: fc.tuple(validDataset),
    invalid: fc.tuple(
      fc.oneof(
        corruptDataset.map((c) => c.dataset),
        fc.anything(),
        fc.constantFrom<unknown>(null, undefined, '', '{}', [], 0, Number.NaN),
      ),
    ),
    codes: ['invalid-dataset'],
    check: (result, [input]) => expect(result).toEqual(input),
  },
  {
    name: 'datasetJsonSchema',
    call: schemas.datasetJsonSchema,
    valid: fc.constant([]),
    codes: [],
  },
  {
    name: 'observationJsonSchema',
    call: schemas.observationJsonSchema,
    valid: fc.constant([]),
    codes: [],
  },
];

/** Lines of observation files, some of them hostile. */
const observationCell = fc.oneof(
  fc.constantFrom(
    'farmer-income',
    'industrial-output',
    '2021',
    '2021-Q5',
    '4',
    '1e999999',
    'wan-yuan',
    'mu',
    'estimated',
    'approximately',
    '',
  ),
  fc.string(),
);
const observationFile = fc.oneof(
  fc
    .array(fc.array(observationCell, { minLength: 3, maxLength: 6 }), { maxLength: 5 })
    .map((rows) =>
      ['indicator,period,value,unit,status,qualifier', ...rows.map((r) => r.join(','))].join('\n'),
    ),
  fc.json(),
  fc.string(),
  fc.constantFrom(
    '',
    '\uFEFF',
    '[',
    '{"observations": 5}',
    '[null]',
    '[{"indicator": "farmer-income", "period": "2021", "value": "NaN"}]',
    '"a\n',
  ),
);

export const cli: FunctionCase[] = [
  {
    name: 'cli:readObservations',
    call: readObservations,
    valid: fc.constant([
      'indicator,period,value,unit,status\nfarmer-income,2022,42000,,actual\nfarmer-income,2021-Q5,,,\n'
        .split('\n')
        .slice(0, 2)
        .join('\n'),
      'obs.csv',
      miniDataset,
    ]),
    invalid: fc.tuple(
      observationFile,
      fc.constantFrom('obs.csv', 'obs.json', 'obs.txt', ''),
      fc.constant(miniDataset),
    ),
    codes: ['invalid-input'],
    // A random file can happen to be valid: then its observations are returned.
    validCodes: ['invalid-input'],
  },
  {
    name: 'cli:run',
    call: ((argv: string[], file: string) => {
      const io = memoryIo({ 'data.json': file });
      const code = run(argv, io.io);
      if (code === 1 || io.stderr.includes('unexpected failure')) {
        throw new Error(`unexpected failure: ${io.stderr}`);
      }
      return code;
    }) as (...args: never[]) => unknown,
    valid: fc.tuple(
      fc.oneof(
        fc.constant(['validate', 'data.json']),
        fc.array(
          fc.oneof(
            fc.constantFrom('validate', 'data.json', '--help', '-v', '--x', '-'),
            fc.string(),
          ),
          { maxLength: 4 },
        ),
      ),
      fc.oneof(
        observationFile,
        validDataset.map((d) => JSON.stringify(d)),
        fc.constant(JSON.stringify(miniDataset)),
      ),
    ),
    codes: [],
  },
];
