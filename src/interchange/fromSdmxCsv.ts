import { type CsvRecord, parseCsv } from '../_internal/csv.js';
import { readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { Observation } from '../models/Observation.js';
import { Id, PeriodString, type PriceBasis, type Qualifier } from '../models/primitives.js';
import { periodEnd, periodStart } from '../periods/index.js';
import { findUnit, type Unit, unitForMultiplier } from '../units/index.js';
import { COLUMNS, type Column, REQUIRED_COLUMNS, restoreCell, STATUS_CODES } from './_sdmx.js';
import { fromSdmxTimePeriod } from './_timePeriod.js';

/**
 * Options of {@link fromSdmxCsv}.
 *
 * @category Interchange
 */
export interface FromSdmxCsvOptions {
  /** A name for the text (a file name) that error messages start with; none by default. */
  readonly file?: string;
}

/**
 * What {@link fromSdmxCsv} reads: the observations, and the area they describe.
 *
 * @category Interchange
 */
export interface FromSdmxCsvResult {
  /** The observations, one per data row, in the rows' order. */
  readonly observations: Observation[];
  /**
   * The `REF_AREA` shared by every row; `null` when there is no such column, no row, or rows
   * of several areas (see `areas`).
   */
  readonly area: string | null;
  /**
   * The observations grouped by `REF_AREA`, areas in the order they first appear, rows in
   * their order; one group of area `null` when the text has no `REF_AREA` column.
   */
  readonly areas: FromSdmxCsvArea[];
}

/**
 * The observations of one area of an SDMX-CSV text.
 *
 * @category Interchange
 */
export interface FromSdmxCsvArea {
  /** The `REF_AREA`; `null` when the text has no such column. */
  readonly area: string | null;
  /** The area's observations, in the rows' order. */
  readonly observations: Observation[];
}

const STATUSES = /* @__PURE__ */ Object.entries(STATUS_CODES).map(([status, code]) => ({
  status: status as Observation['status'],
  code,
}));
const QUALIFIERS: readonly Exclude<Qualifier, null>[] = ['approximately', 'more-than', 'at-least'];
const PRICE_BASES: readonly PriceBasis[] = ['current', 'comparable'];

/**
 * Which column a field of an {@link Observation} comes from, to name it in an error. The period
 * is not here: readPeriod has already checked it.
 */
const FIELD_COLUMNS: Readonly<Record<string, Column>> = {
  id: 'OBS_ID',
  indicator: 'INDICATOR',
  value: 'OBS_VALUE',
  unit: 'UNIT',
  yearOverYearPercent: 'YOY_PERCENT',
  'source.document': 'SOURCE_DOCUMENT',
  'source.section': 'SOURCE_SECTION',
  'source.quote': 'SOURCE_QUOTE',
};

function where(file: string | undefined, line: number): string {
  return file === undefined ? `line ${line}` : `${file} line ${line}`;
}

function fail(place: string, column: string, value: string | undefined, reason: string): never {
  throw new IndicatorError('invalid-input', {
    field: `${place}, column ${column}`,
    ...(value === undefined ? {} : { value }),
    reason,
    column,
  });
}

/** Maps each known column to its index in the header, checking the required ones. */
function readHeader(header: CsvRecord, file: string | undefined): Map<Column, number> {
  const place = where(file, header.line);
  const index = new Map<Column, number>();
  header.cells.forEach((cell, position) => {
    const column = COLUMNS.find((known) => known === cell.trim());
    if (column === undefined) return;
    if (index.has(column)) fail(place, column, undefined, 'the header names this column twice');
    index.set(column, position);
  });
  for (const column of REQUIRED_COLUMNS) {
    if (!index.has(column)) fail(place, column, undefined, 'the header lacks this column');
  }
  return index;
}

/** Reads the unit that UNIT_MEASURE and UNIT_MULT give. */
function readSdmxUnit(cell: (column: Column) => string, place: string): Unit {
  const measureText = cell('UNIT_MEASURE');
  const measure = findUnit(measureText);
  if (measure === undefined) {
    fail(place, 'UNIT_MEASURE', measureText, 'expected a unit id of the catalogue such as "yuan"');
  }
  if (measure.unitMultiplier !== 0) {
    const unscaled = unitForMultiplier(measure, -measure.unitMultiplier);
    fail(
      place,
      'UNIT_MEASURE',
      measureText,
      `expected an unscaled unit: ${measure.symbol} is ${unscaled.id} with UNIT_MULT ${measure.unitMultiplier}`,
    );
  }
  const multiplierText = cell('UNIT_MULT');
  if (!/^-?\d{1,3}$/.test(multiplierText)) {
    fail(place, 'UNIT_MULT', multiplierText, 'expected a power of ten such as 0, 4 or 8');
  }
  try {
    return unitForMultiplier(measure, Number(multiplierText));
  } catch {
    return fail(
      place,
      'UNIT_MULT',
      multiplierText,
      `the unit catalogue holds no unit of 10^${Number(multiplierText)} ${measure.id}`,
    );
  }
}

/** Reads TIME_PERIOD, and PERIOD when it is given, into the period as stored. */
function readPeriod(cell: (column: Column) => string | undefined, place: string): string {
  const timePeriod = cell('TIME_PERIOD') as string;
  let canonical: string;
  try {
    canonical = fromSdmxTimePeriod(timePeriod);
  } catch (error) {
    const reason = (error as IndicatorError).details.reason as string;
    return fail(place, 'TIME_PERIOD', timePeriod, reason);
  }
  const stated = cell('PERIOD') ?? '';
  if (stated === '') return canonical;
  const parsed = PeriodString.safeParse(stated);
  // A failed parse always carries at least one issue.
  if (!parsed.success) fail(place, 'PERIOD', stated, parsed.error.issues[0]!.message);
  if (
    periodStart(stated).getTime() !== periodStart(canonical).getTime() ||
    periodEnd(stated).getTime() !== periodEnd(canonical).getTime()
  ) {
    fail(place, 'PERIOD', stated, `does not cover the same days as TIME_PERIOD "${timePeriod}"`);
  }
  return stated;
}

/** Builds and validates the observation of one data row. */
function readRow(
  record: CsvRecord,
  index: ReadonlyMap<Column, number>,
  place: string,
): Observation {
  const cells = new Map(
    [...index].map(([column, position]) => [column, restoreCell(record.cells[position] as string)]),
  );
  const optional = (column: Column): string | undefined => cells.get(column);
  const required = (column: Column): string => optional(column) as string;

  const period = readPeriod(optional, place);
  const sdmxUnit = readSdmxUnit(required, place);
  const unitText = optional('UNIT');
  // Without a UNIT column, the unit SDMX gives is the observation's own; an empty UNIT cell
  // means the observation has none and its indicator's applies.
  let unit: string | undefined = unitText === undefined ? sdmxUnit.id : undefined;
  if (unitText !== undefined && unitText !== '') {
    if (findUnit(unitText)?.id !== sdmxUnit.id) {
      fail(
        place,
        'UNIT',
        unitText,
        `expected ${sdmxUnit.id}, the unit UNIT_MEASURE and UNIT_MULT give, in any spelling`,
      );
    }
    unit = unitText;
  }

  const statusText = required('OBS_STATUS');
  const status = STATUSES.find((entry) => entry.code === statusText)?.status;
  if (status === undefined) {
    fail(place, 'OBS_STATUS', statusText, 'expected A, P, E or F');
  }
  const qualifierText = optional('OBS_QUALIFIER') ?? '';
  const qualifier =
    qualifierText === '' ? null : QUALIFIERS.find((candidate) => candidate === qualifierText);
  if (qualifier === undefined) {
    fail(place, 'OBS_QUALIFIER', qualifierText, `expected empty or ${QUALIFIERS.join(', ')}`);
  }
  const id = optional('OBS_ID') ?? '';
  const yoy = optional('YOY_PERCENT') ?? '';
  const basisText = optional('PRICE_BASIS') ?? '';
  const priceBasis =
    basisText === '' ? undefined : PRICE_BASES.find((candidate) => candidate === basisText);
  if (basisText !== '' && priceBasis === undefined) {
    fail(place, 'PRICE_BASIS', basisText, `expected empty or ${PRICE_BASES.join(', ')}`);
  }

  const result = Observation.safeParse({
    ...(id === '' ? {} : { id }),
    indicator: required('INDICATOR'),
    period,
    value: required('OBS_VALUE'),
    ...(unit === undefined ? {} : { unit }),
    status,
    qualifier,
    ...(yoy === '' ? {} : { yearOverYearPercent: yoy }),
    ...(priceBasis === undefined ? {} : { priceBasis }),
    source: {
      document: required('SOURCE_DOCUMENT'),
      section: required('SOURCE_SECTION'),
      quote: required('SOURCE_QUOTE'),
    },
  });
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.');
  const column = FIELD_COLUMNS[field];
  // Every field that can still fail here comes from one column; the others were checked above.
  return fail(place, column ?? field, column && optional(column), issue.message);
}

/**
 * Reads observations from SDMX-CSV text, as {@link toSdmxCsv} writes it or as another SDMX
 * tool does. `fromSdmxCsv(toSdmxCsv(dataset)).observations` is deep-equal to
 * `dataset.observations`.
 *
 * The header names the columns, in any order; columns the layout does not know (other SDMX
 * attributes, labels) are ignored. Required: `INDICATOR`, `TIME_PERIOD`, `OBS_VALUE`,
 * `UNIT_MEASURE`, `UNIT_MULT`, `OBS_STATUS`, `SOURCE_DOCUMENT`, `SOURCE_SECTION`,
 * `SOURCE_QUOTE`. Optional: `DATAFLOW` (not checked), `REF_AREA` (every row the same),
 * `OBS_QUALIFIER` (empty: none), `OBS_ID` (empty: none), `YOY_PERCENT` (the stated growth on the
 * same period a year earlier, a decimal string; empty: none), `PRICE_BASIS` (`current`,
 * `comparable`; empty: none), `PERIOD` (empty: the period
 * `TIME_PERIOD` gives; else the period as stored, which must cover the same days) and `UNIT`
 * (empty: no unit of its own, the indicator's applies; else the unit as stored, which must be the
 * one `UNIT_MEASURE` and `UNIT_MULT` give; a file without a `UNIT` column gets that unit's id on
 * every observation).
 *
 * `TIME_PERIOD` is read in SDMX form (`2021`, `2021-S1`, `2021-Q3`, `2021-M06`, `2021-06`,
 * `2021-06-30`, `start/duration` such as `2017-01-01/P5Y`) or the library's (`2021-H1`,
 * `2017/2021`) and comes out canonical (`2021-H1`, `2021-06`, `2017/2021`); a year-to-date span
 * is read in any of these (`2022-01-01/P6M`, `2022-S1`, `2022-01/2022-06`). `UNIT_MEASURE` must be
 * an unscaled unit of the catalogue (`yuan`, `mu`, `hectare`; spellings `findUnit` knows, such as
 * `CNY`, are accepted) and `UNIT_MULT` a power of ten for which the catalogue holds a unit (0, 4
 * for 万, 8 for 亿). `OBS_STATUS` is A, P, E or F. Cells are taken as written, without trimming;
 * one leading `'` before `= + - @`, a tab or a CR (the formula guard) is dropped. A BOM, CRLF or
 * LF line ends and blank lines are accepted.
 *
 * @param text - The SDMX-CSV text, header row first.
 * @param options - `file`, a name error messages start with.
 * @returns The observations (fresh, validated objects), the area, and the observations
 * grouped by area (a text may carry several `REF_AREA`s, as `toSdmxCsv` of several datasets
 * writes).
 * @throws `IndicatorError` `invalid-input` naming the line and column and quoting the cell
 * (`line 3, column OBS_VALUE ("abc") could not be read: …`) for a malformed cell, an unknown
 * OBS_STATUS, a UNIT_MEASURE and UNIT_MULT the catalogue holds no unit for, a row with the wrong
 * number of cells, a REF_AREA that is no id, a header that lacks a required column
 * or names one twice, an empty text, or a quoted cell left open; `invalid-argument` when `text`
 * is not a string or `options` is not an object.
 *
 * @example
 * ```ts
 * import { fromSdmxCsv } from 'tianmu-indicators/schemas';
 *
 * const text = [
 *   'INDICATOR,REF_AREA,TIME_PERIOD,OBS_VALUE,UNIT_MEASURE,UNIT_MULT,OBS_STATUS,SOURCE_DOCUMENT,SOURCE_SECTION,SOURCE_QUOTE',
 *   'output,town,2017-01-01/P5Y,8.2,yuan,8,A,report,回顾,八亿二千万元',
 *   'output,town,2022-M06,abc,yuan,8,A,report,回顾,半年',
 * ];
 * const { observations, area } = fromSdmxCsv(text.slice(0, 2).join('\n'));
 * [observations[0]?.period, observations[0]?.unit, area];
 * // => ['2017/2021', 'yi-yuan', 'town']
 * let message = '';
 * try { fromSdmxCsv(text.join('\n')); } catch (error) { message = (error as Error).message; }
 * message;
 * // => 'line 3, column OBS_VALUE ("abc") could not be read: expected a decimal string such as "8.2"'
 * ```
 *
 * @category Interchange
 */
export function fromSdmxCsv(text: string, options: FromSdmxCsvOptions = {}): FromSdmxCsvResult {
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  options = readPlain(options, 'options') as FromSdmxCsvOptions;
  if (typeof text !== 'string') {
    throw new IndicatorError('invalid-argument', {
      field: 'text',
      value: text,
      reason: 'expected the SDMX-CSV text as a string',
    });
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options',
      value: options,
      reason: 'expected an object such as { file }',
    });
  }
  const { file } = options;
  const [header, ...rows] = parseCsv(text, file ?? 'SDMX-CSV text');
  if (header === undefined) {
    throw new IndicatorError('invalid-input', {
      field: file ?? 'SDMX-CSV text',
      reason: 'it is empty; expected a header row and data rows',
    });
  }
  const index = readHeader(header, file);
  const areaColumn = index.get('REF_AREA');
  const groups = new Map<string | null, Observation[]>();
  const observations = rows.map((record) => {
    const place = where(file, record.line);
    if (record.cells.length !== header.cells.length) {
      throw new IndicatorError('invalid-input', {
        field: place,
        reason: `expected ${header.cells.length} cells as in the header, found ${record.cells.length}`,
        line: record.line,
      });
    }
    let area: string | null = null;
    if (areaColumn !== undefined) {
      area = restoreCell(record.cells[areaColumn] as string);
      if (!groups.has(area)) {
        const checked = Id.safeParse(area);
        if (!checked.success) fail(place, 'REF_AREA', area, checked.error.issues[0]!.message);
      }
    }
    const observation = readRow(record, index, place);
    const group = groups.get(area);
    if (group === undefined) groups.set(area, [observation]);
    else group.push(observation);
    return observation;
  });
  const areas = [...groups].map(([area, list]) => ({ area, observations: list }));
  return { observations, area: areas.length === 1 ? (areas[0]?.area ?? null) : null, areas };
}
