import { extname } from 'node:path';
import { parseCsv } from '../_internal/csv.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset, Observation } from '../models/types.js';
import { formatPeriod, parsePeriod } from '../periods/index.js';
import { findUnit, isUnitCompatible } from '../units/index.js';
import { checkFileSize, checkRows, parseJsonFile } from './_limits.js';

const STATUSES = ['actual', 'preliminary', 'estimated', 'forecast'] as const;
const QUALIFIERS = ['approximately', 'more-than', 'at-least'] as const;
const COLUMNS = ['indicator', 'period', 'value', 'unit', 'status', 'qualifier'] as const;
const REQUIRED = ['indicator', 'period', 'value'] as const;
type Column = (typeof COLUMNS)[number];

/** The id of the source that observations read from a file cite. */
export const FILE_SOURCE_ID = 'observations-file';

function fail(where: string, column: string | undefined, value: unknown, reason: string): never {
  const field = column === undefined ? where : `${where}, field "${column}"`;
  throw new IndicatorError('invalid-input', {
    field,
    ...(value === undefined ? {} : { value }),
    reason,
  });
}

/** Checks one raw record (all cells as text) against the dataset and builds its observation. */
function toObservation(
  raw: Partial<Record<Column, unknown>>,
  where: string,
  dataset: Dataset,
  quote: string,
): Observation {
  const text = (column: Column): string | undefined => {
    const value = raw[column];
    if (value === undefined || value === null) return undefined;
    if (typeof value !== 'string' && typeof value !== 'number') {
      fail(where, column, value, 'expected text or a number');
    }
    const trimmed = String(value).trim();
    return trimmed === '' ? undefined : trimmed;
  };
  for (const column of REQUIRED) {
    if (text(column) === undefined) fail(where, column, undefined, 'is missing');
  }
  const indicatorId = text('indicator') as string;
  const indicator = dataset.indicators.find((candidate) => candidate.id === indicatorId);
  if (indicator === undefined)
    fail(where, 'indicator', indicatorId, 'is not an indicator of the dataset');

  const periodText = text('period') as string;
  let period: string;
  try {
    period = formatPeriod(parsePeriod(periodText));
  } catch {
    fail(where, 'period', periodText, 'is not a period such as 2022, 2022-Q3 or 2022-06');
  }

  const valueText = text('value') as string;
  let value: string;
  try {
    // Stryker disable next-line StringLiteral: the error, and so the field it names, is replaced below
    value = toDecimal(valueText, 'value').toString();
  } catch {
    fail(where, 'value', valueText, 'is not a number');
  }

  const unitText = text('unit');
  let unit: string | undefined;
  if (unitText !== undefined) {
    const found = findUnit(unitText);
    if (found === undefined) fail(where, 'unit', unitText, 'is not a known unit');
    if (!isUnitCompatible(found, indicator.unit)) {
      fail(where, 'unit', unitText, `does not fit indicator "${indicator.id}" (${indicator.unit})`);
    }
    unit = found.id;
  }

  const statusText = text('status') ?? 'actual';
  const status = STATUSES.find((candidate) => candidate === statusText);
  if (status === undefined)
    fail(where, 'status', statusText, `expected one of ${STATUSES.join(', ')}`);

  const qualifierText = text('qualifier');
  const qualifier =
    qualifierText === undefined ? null : QUALIFIERS.find((q) => q === qualifierText);
  if (qualifier === undefined)
    fail(where, 'qualifier', qualifierText, `expected one of ${QUALIFIERS.join(', ')}`);

  return {
    indicator: indicator.id,
    period,
    value,
    ...(unit === undefined ? {} : { unit }),
    status,
    qualifier,
    source: { document: FILE_SOURCE_ID, section: 'file', quote },
  };
}

function fromCsv(text: string, file: string, dataset: Dataset): Observation[] {
  // Rows are counted before any is parsed: a file too long is refused at once.
  checkRows(countLines(text) - 1, file);
  const records = parseCsv(text, file);
  const header = records[0];
  if (header === undefined) fail(file, undefined, undefined, 'the file is empty');
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  names.forEach((name, index) => {
    if (names.indexOf(name) !== index) {
      fail(`${file} line ${header.line}`, name, undefined, 'the header names this column twice');
    }
  });
  for (const required of REQUIRED) {
    if (!names.includes(required))
      fail(`${file} line ${header.line}`, required, undefined, 'the header has no such column');
  }
  names.forEach((name) => {
    if (!(COLUMNS as readonly string[]).includes(name)) {
      fail(
        `${file} line ${header.line}`,
        name,
        undefined,
        `unknown column; expected ${COLUMNS.join(', ')}`,
      );
    }
  });
  return records.slice(1).map((record) => {
    const where = `${file} line ${record.line}`;
    if (record.cells.length !== names.length) {
      fail(
        where,
        undefined,
        undefined,
        `expected ${names.length} cells, found ${record.cells.length}`,
      );
    }
    const raw: Partial<Record<Column, string>> = {};
    names.forEach((name, index) => {
      // Stryker disable next-line StringLiteral: the row has as many cells as the header (checked above)
      raw[name as Column] = record.cells[index] ?? '';
    });
    return toObservation(raw, where, dataset, `${file}:${record.line}`);
  });
}

function fromJson(text: string, file: string, dataset: Dataset): Observation[] {
  const parsed = parseJsonFile(text, file);
  const list =
    // An array has no own `observations`, so it is the list itself.
    parsed !== null && typeof parsed === 'object' && 'observations' in parsed
      ? (parsed as { observations: unknown }).observations
      : parsed;
  if (!Array.isArray(list)) fail(file, undefined, undefined, 'expected an array of observations');
  checkRows(list.length, file);
  return list.map((item, index) => {
    const where = `${file} item ${index}`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      fail(where, undefined, item, 'expected an object');
    }
    for (const key of Object.keys(item)) {
      if (!(COLUMNS as readonly string[]).includes(key)) {
        fail(where, key, undefined, `unknown field; expected ${COLUMNS.join(', ')}`);
      }
    }
    return toObservation(
      item as Partial<Record<Column, unknown>>,
      where,
      dataset,
      `${file}#${index}`,
    );
  });
}

/**
 * Reads observations from a CSV (`indicator,period,value,unit,status[,qualifier]`) or JSON file's
 * text and checks each against the dataset: a known indicator, a valid period, a number, a unit that
 * fits. Any problem is an `invalid-input` error naming the file, the line (or item) and the field.
 */
export function readObservations(text: string, file: string, dataset: Dataset): Observation[] {
  checkFileSize(text, file);
  const extension = extname(file).toLowerCase();
  // \s matches a byte order mark too.
  const looksJson = /^\s*[[{]/.test(text);
  const observations =
    extension === '.json' || (extension !== '.csv' && looksJson)
      ? fromJson(text, file, dataset)
      : fromCsv(text, file, dataset);
  const seen = new Map<string, string>();
  for (const observation of observations) {
    const key = `${observation.indicator} ${observation.period} ${observation.status}`;
    const first = seen.get(key);
    if (first !== undefined) {
      fail(
        observation.source.quote,
        undefined,
        undefined,
        `repeats ${key} first given at ${first}`,
      );
    }
    seen.set(key, observation.source.quote);
  }
  return observations;
}

/**
 * Adds observations read from a file to a dataset, with a source for the file. A figure for the
 * same indicator, period and status replaces the dataset's: the file is the newer word.
 */
export function withObservations(
  dataset: Dataset,
  added: readonly Observation[],
  file: string,
): Dataset {
  const key = (o: Observation) => `${o.indicator}|${o.period}|${o.status}`;
  const replaced = new Set(added.map(key));
  return {
    ...dataset,
    sources: [
      ...dataset.sources.filter((source) => source.id !== FILE_SOURCE_ID),
      { id: FILE_SOURCE_ID, title: { zh: file, en: file }, issuer: { zh: '用户', en: 'User' } },
    ],
    observations: [...dataset.observations.filter((o) => !replaced.has(key(o))), ...added],
  };
}

/** The lines of a text (a last line without a line feed counts), counted without splitting it. */
function countLines(text: string): number {
  let count = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
