import { parseCsv } from '../_internal/csv.js';
import { readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Indicator, Observation } from '../models/types.js';
import {
  COLUMNS,
  type Column,
  checkRepeats,
  type Place,
  type PlacedObservation,
  placeOf,
  type RawRow,
  REQUIRED,
  readRowOptions,
  readText,
  toObservation,
} from './_observationRows.js';

/**
 * Options of {@link parseObservationsCsv}.
 *
 * @category Interchange
 */
export interface ParseObservationsCsvOptions {
  /**
   * A name for the text (a file name): errors start with it (`h1.csv line 3, …`) and each
   * observation's citation quotes it with the line (`h1.csv:3`). None by default.
   */
  readonly file?: string;
  /**
   * The indicators the rows may name, such as `dataset.indicators`: when given, a row naming
   * another indicator, or a unit that does not measure what its indicator does, is an error of
   * its line. Not checked by default (`addObservations` checks them against the dataset).
   */
  readonly indicators?: readonly Indicator[];
  /** The source id every observation cites; `observations-file` by default. */
  readonly document?: string;
}

/**
 * Reads observations from CSV text with a header row of
 * `indicator,period,value,unit,status,qualifier,yoy_percent,price_basis`.
 *
 * The header names the columns in any order and any case (spaces around a name are ignored);
 * `indicator`, `period` and `value` are required, the others optional, and a column the layout
 * does not know, or one named twice, is an error. Cells are trimmed; an empty optional cell
 * is absent. `period` is any period string (`2022`, `2022-Q3`, `2022-M06`, a year-to-date span
 * such as `2022-01/2022-06`, `2022-H1` or `2022-Q1/2022-Q3`) and comes out canonical; `value`
 * and `yoy_percent` (the stated 同比 growth, in percent) are decimals and come out as canonical
 * decimal strings (`8.50` → `8.5`); `unit` is any spelling the unit catalogue knows (`亿元`)
 * and comes out as its id; `status` is `actual` (the default), `preliminary`, `estimated` or
 * `forecast`; `qualifier` is `approximately`, `more-than` or `at-least`; `price_basis` is
 * `current` or `comparable`. Each observation cites `options.document` (section `file`, quote
 * `<file>:<line>`). Two rows for the same indicator, status and days (`2022-H1` and
 * `2022-01/2022-06` are the same days) are an error. RFC 4180 quoting, a BOM, CRLF or LF
 * line ends and blank lines are accepted.
 *
 * @param text - The CSV text, header row first.
 * @param options - `file` (a name for messages and citations), `indicators` (to check the rows
 * against) and `document` (the source id they cite).
 * @returns The observations, fresh and validated by the `Observation` schema, in row order.
 * @throws `IndicatorError` `invalid-input` for a bad cell, naming its line and column:
 * `details.line` (1-based), `details.column` (the cell's 1-based position in its row),
 * `details.name` (the column's name), `details.value` (the cell as written) and
 * `details.reason`; also for a header that lacks a required column, names an unknown one or
 * one twice, a row with the wrong number of cells, a repeated row (with `details.firstLine`),
 * an empty text or a quoted cell left open. `invalid-argument` when `text` is not a string or
 * an option is malformed.
 *
 * @example
 * ```ts
 * import { parseObservationsCsv } from 'tianmu-indicators/schemas';
 *
 * const csv = [
 *   'indicator,period,value,unit,yoy_percent,price_basis',
 *   'gdp,2022-01/2022-06,4.18,亿元,4.5,comparable',
 * ].join('\n');
 * const [h1] = parseObservationsCsv(csv, { file: 'h1.csv' });
 * [h1?.period, h1?.value, h1?.unit, h1?.yearOverYearPercent, h1?.priceBasis, h1?.source.quote];
 * // => ['2022-01/2022-06', '4.18', 'yi-yuan', '4.5', 'comparable', 'h1.csv:2']
 *
 * let details: Record<string, unknown> = {};
 * try {
 *   parseObservationsCsv('indicator,period,value\ngdp,2022-H1,lots', { file: 'h1.csv' });
 * } catch (error) {
 *   details = (error as { details: Record<string, unknown> }).details;
 * }
 * [details.line, details.column, details.name, details.value];
 * // => [2, 3, 'value', 'lots']
 * ```
 *
 * @category Interchange
 */
export function parseObservationsCsv(
  text: string,
  options: ParseObservationsCsvOptions = {},
): Observation[] {
  options = readPlain(options, 'options') as ParseObservationsCsvOptions;
  const source = readText(text);
  const settings = readRowOptions(options);
  const file = settings.file;
  const records = parseCsv(source, file ?? 'CSV text');
  const header = records[0];
  if (header === undefined) {
    throw new IndicatorError('invalid-input', {
      field: file ?? 'CSV text',
      reason: 'the file is empty',
    });
  }
  const names = header.cells.map((cell) => cell.trim().toLowerCase());
  const placeOfRow = (line: number): Place => ({
    line,
    at: (name) => ({ where: placeOf(file, line), line, column: names.indexOf(name) + 1, name }),
  });
  const headerError = (name: string, reason: string, column?: number): never => {
    throw new IndicatorError('invalid-input', {
      field: `${placeOf(file, header.line)}, field "${name}"`,
      reason,
      line: header.line,
      ...(column === undefined ? {} : { column }),
      name,
    });
  };
  for (const required of REQUIRED) {
    if (!names.includes(required)) headerError(required, 'the header has no such column');
  }
  names.forEach((name, index) => {
    if (!(COLUMNS as readonly string[]).includes(name)) {
      headerError(name, `unknown column; expected ${COLUMNS.join(', ')}`, index + 1);
    }
    if (names.indexOf(name) !== index) {
      headerError(
        name,
        `the header names this column twice (columns ${names.indexOf(name) + 1} and ${index + 1})`,
        index + 1,
      );
    }
  });
  const rows = records.slice(1).map((record): PlacedObservation => {
    const place = placeOfRow(record.line);
    if (record.cells.length !== names.length) {
      throw new IndicatorError('invalid-input', {
        field: placeOf(file, record.line),
        reason: `expected ${names.length} cells, found ${record.cells.length}`,
        line: record.line,
      });
    }
    const raw: RawRow = {};
    names.forEach((name, index) => {
      raw[name as Column] = record.cells[index];
    });
    const quote = `${file ?? 'CSV text'}:${record.line}`;
    return { observation: toObservation(raw, place, settings, quote), place };
  });
  return checkRepeats(rows);
}
