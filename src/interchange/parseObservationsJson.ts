import { readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Indicator, Observation } from '../models/types.js';
import { itemPositions, lineColumn } from './_jsonPositions.js';
import {
  COLUMNS,
  type Column,
  checkRepeats,
  failCell,
  type Place,
  type PlacedObservation,
  placeOf,
  type RawRow,
  readRowOptions,
  readText,
  toObservation,
} from './_observationRows.js';

/**
 * Options of {@link parseObservationsJson}.
 *
 * @category Interchange
 */
export interface ParseObservationsJsonOptions {
  /**
   * A name for the text (a file name): errors start with it (`h1.json line 3, …`) and each
   * observation's citation quotes it with the item's line (`h1.json:3`). None by default.
   */
  readonly file?: string;
  /**
   * The indicators the items may name, such as `dataset.indicators`: when given, an item naming
   * another indicator, or a unit that does not measure what its indicator does, is an error of
   * its line. Not checked by default.
   */
  readonly indicators?: readonly Indicator[];
  /** The source id every observation cites; `observations-file` by default. */
  readonly document?: string;
}

/** The model's names of two fields, accepted beside the columns' names. */
const ALIASES: Readonly<Record<string, Column>> = {
  yearOverYearPercent: 'yoy_percent',
  priceBasis: 'price_basis',
};

/**
 * Reads observations from JSON text: an array of objects, or an object whose `observations` is
 * one, with the fields of {@link parseObservationsCsv}'s columns (`indicator`, `period`,
 * `value`, `unit`, `status`, `qualifier`, `yoy_percent`, `price_basis`; the last two may also be
 * written `yearOverYearPercent` and `priceBasis`). A field may be text or a number (`"value":
 * 8.2`); `null` or an empty text is absent. Each value is read and checked as the CSV reader
 * does, and each observation cites `options.document` (section `file`, quote
 * `<file>:<line>`, the line its item starts on).
 *
 * @param text - The JSON text; a BOM is allowed.
 * @param options - `file` (a name for messages and citations), `indicators` (to check the items
 * against) and `document` (the source id they cite).
 * @returns The observations, fresh and validated by the `Observation` schema, in list order.
 * @throws `IndicatorError` `invalid-input` for a bad field, naming where its value starts:
 * `details.line` and `details.column` (1-based), `details.item` (the index in the list),
 * `details.name` (the field), `details.value` and `details.reason`; also for text that is not
 * JSON (with the line and column when the parser gives a position), no list of objects, an
 * unknown field, a field given under both its names, or a repeated observation (same
 * indicator, status and days; with `details.firstLine`). `invalid-argument` when `text` is not
 * a string or an option is malformed.
 *
 * @example
 * ```ts
 * import { parseObservationsJson } from 'tianmu-indicators/schemas';
 *
 * const json = `[
 *   { "indicator": "gdp", "period": "2022-H1", "value": 4.18, "yearOverYearPercent": "4.5" },
 *   { "indicator": "gdp", "period": "2022-01/2022-09", "value": "many" }
 * ]`;
 * let details: Record<string, unknown> = {};
 * try { parseObservationsJson(json, { file: 'ytd.json' }); } catch (error) {
 *   details = (error as { details: Record<string, unknown> }).details;
 * }
 * [details.field, details.line, details.column, details.value];
 * // => ['ytd.json line 3, item 1, field "value"', 3, 63, 'many']
 * const [h1] = parseObservationsJson(`[${json.split('\n')[1]?.replace(/,$/, '')}]`);
 * [h1?.period, h1?.value, h1?.yearOverYearPercent];
 * // => ['2022-H1', '4.18', '4.5']
 * ```
 *
 * @category Interchange
 */
export function parseObservationsJson(
  text: string,
  options: ParseObservationsJsonOptions = {},
): Observation[] {
  options = readPlain(options, 'options') as ParseObservationsJsonOptions;
  const raw = readText(text);
  const settings = readRowOptions(options);
  const file = settings.file;
  const name = file ?? 'JSON text';
  const source = raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
  const locate = lineColumn(source);
  let parsed: unknown;
  try {
    parsed = JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const at = position === null ? null : locate(Number(position[1]));
    throw new IndicatorError('invalid-input', {
      field: at === null ? name : `${placeOf(file, at.line)}, column ${at.column}`,
      reason: `not valid JSON (${message})`,
      ...at,
    });
  }
  const list =
    // An array has no own `observations`, so it is the list itself.
    parsed !== null && typeof parsed === 'object' && 'observations' in parsed
      ? (parsed as { observations: unknown }).observations
      : parsed;
  if (!Array.isArray(list)) {
    throw new IndicatorError('invalid-input', {
      field: name,
      reason: 'expected an array of observations',
    });
  }
  const positions = itemPositions(source);
  const rows = list.map((item: unknown, index): PlacedObservation => {
    // Every item has its position: the list is the array the positions were read from.
    const position = positions[index]!;
    const start = locate(position.offset);
    // The key an item writes each column under (`priceBasis` or `price_basis`).
    const keys = new Map<string, string>();
    const place: Place = {
      line: start.line,
      at: (column) => {
        const key = keys.get(column) ?? column;
        const offset = position.fields.get(key);
        const at = offset === undefined ? start : locate(offset);
        return {
          where: `${placeOf(file, at.line)}, item ${index}`,
          line: at.line,
          column: at.column,
          name: key,
          extra: { item: index },
        };
      },
    };
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new IndicatorError('invalid-input', {
        field: `${placeOf(file, start.line)}, item ${index}`,
        value: item,
        reason: 'expected an object',
        line: start.line,
        column: start.column,
        item: index,
      });
    }
    const row: RawRow = {};
    for (const key of Object.keys(item)) {
      // Own keys only: `__proto__` or `constructor` is no alias.
      const column: Column | undefined = (COLUMNS as readonly string[]).includes(key)
        ? (key as Column)
        : Object.hasOwn(ALIASES, key)
          ? ALIASES[key]
          : undefined;
      if (column === undefined) {
        return failCell(place, key, undefined, `unknown field; expected ${COLUMNS.join(', ')}`);
      }
      const other = keys.get(column);
      if (other !== undefined) {
        keys.set(column, key);
        failCell(place, column, undefined, `gives ${column} a second time, after "${other}"`);
      }
      keys.set(column, key);
      row[column] = (item as Record<string, unknown>)[key];
    }
    const quote = `${name}:${start.line}`;
    return { observation: toObservation(row, place, settings, quote), place };
  });
  return checkRepeats(rows);
}
