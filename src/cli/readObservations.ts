import { extname } from 'node:path';
import { parseObservationsCsv } from '../interchange/parseObservationsCsv.js';
import { parseObservationsJson } from '../interchange/parseObservationsJson.js';
import { addObservations } from '../models/addObservations.js';
import type { Dataset, Observation } from '../models/types.js';
import { checkRows, parseJsonFile } from './_limits.js';

/** The id of the source that observations read from a file cite. */
export const FILE_SOURCE_ID = 'observations-file';

/**
 * Reads observations from a CSV (`indicator,period,value,unit,status,qualifier,yoy_percent,
 * price_basis`) or JSON file's text and checks each against the dataset: a known indicator, a
 * valid period, a number, a unit that fits. Any problem is an `invalid-input` error naming the
 * file, the line and the field. A `.json` file, or one of another extension that starts with
 * `[` or `{`, is read as JSON; any other as CSV.
 */
export function readObservations(text: string, file: string, dataset: Dataset): Observation[] {
  const extension = extname(file).toLowerCase();
  // \s matches a byte order mark too.
  const looksJson = /^\s*[[{]/.test(text);
  const isJson = extension === '.json' || (extension !== '.csv' && looksJson);
  // Rows are counted before any is checked: a file too long is refused at once.
  if (isJson) {
    const parsed = parseJsonFile(text, file);
    if (Array.isArray(parsed)) checkRows(parsed.length, file);
  } else {
    checkRows(countLines(text) - 1, file);
  }
  const options = {
    ...(file === '' ? {} : { file }),
    indicators: dataset.indicators,
    document: FILE_SOURCE_ID,
  };
  return isJson ? parseObservationsJson(text, options) : parseObservationsCsv(text, options);
}

/**
 * Adds observations read from a file to a dataset, with a source for the file. A figure for the
 * same indicator, days and status replaces the dataset's: the file is the newer word.
 */
export function withObservations(
  dataset: Dataset,
  added: readonly Observation[],
  file: string,
): Dataset {
  const withSource: Dataset = {
    ...dataset,
    sources: [
      ...dataset.sources.filter((source) => source.id !== FILE_SOURCE_ID),
      { id: FILE_SOURCE_ID, title: { zh: file, en: file }, issuer: { zh: '用户', en: 'User' } },
    ],
  };
  return addObservations(withSource, added, { replace: true });
}

/** The lines of a text (a last line without a line feed counts), counted without splitting it. */
function countLines(text: string): number {
  let count = text.length > 0 && !text.endsWith('\n') ? 1 : 0;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
