/**
 * The SDMX-CSV layout shared by `toSdmxCsv` and `fromSdmxCsv`: the columns, the OBS_STATUS
 * code list, and the escaping that keeps text cells exact through the formula-injection guard.
 */
import type { ObservationStatus } from '../models/types.js';

/** The DATAFLOW written when the caller names none: agency TIANMU, flow INDICATORS, version 1.0. */
export const DEFAULT_DATAFLOW = 'TIANMU:INDICATORS(1.0)';

/** Every column `toSdmxCsv` writes, in order: SDMX dimensions, measure, attributes. */
export const COLUMNS = [
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
  'YOY_PERCENT',
  'PRICE_BASIS',
  'SOURCE_DOCUMENT',
  'SOURCE_SECTION',
  'SOURCE_QUOTE',
] as const;

/** A column of the layout. */
export type Column = (typeof COLUMNS)[number];

/** The columns `fromSdmxCsv` cannot do without; the others have a documented default. */
export const REQUIRED_COLUMNS: readonly Column[] = [
  'INDICATOR',
  'TIME_PERIOD',
  'OBS_VALUE',
  'UNIT_MEASURE',
  'UNIT_MULT',
  'OBS_STATUS',
  'SOURCE_DOCUMENT',
  'SOURCE_SECTION',
  'SOURCE_QUOTE',
];

/** The SDMX OBS_STATUS code of each observation status. */
export const STATUS_CODES: Readonly<Record<ObservationStatus, string>> = {
  actual: 'A',
  preliminary: 'P',
  estimated: 'E',
  forecast: 'F',
};

/**
 * A cell the CSV writer prefixes with `'` (to stop a spreadsheet running it as a formula)
 * starts with one of `= + - @ TAB CR`; a text that already starts with apostrophes before one
 * of those gets one more, so that the reader can always strip exactly one.
 */
const GUARDED = /^'+[=+\-@\t\r]/;

/** Prepares a text for `csvCell`, so that {@link restoreCell} gives it back unchanged. */
export function protectCell(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/**
 * Undoes the formula guard: drops one leading apostrophe when a formula character (or more
 * apostrophes and then one) follows it. Any other cell is returned as it is.
 */
export function restoreCell(cell: string): string {
  return GUARDED.test(cell) ? cell.slice(1) : cell;
}
