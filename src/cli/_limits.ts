/** The limits of the command line, checked before the work, each naming the file. */
import { checkFileSize } from '../_internal/textFile.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { parseJsonText } from '../interchange/_jsonText.js';

/** The most rows (CSV lines or JSON items) an observations file may hold. */
export const MAX_ROWS = 100_000;

/** Refuses more than {@link MAX_ROWS} rows, counted before any is read. */
export function checkRows(count: number, file: string): void {
  if (count > MAX_ROWS) {
    throw new IndicatorError('invalid-input', {
      field: file,
      reason: `the file has ${count} rows, more than the ${MAX_ROWS} accepted`,
    });
  }
}

/**
 * Parses a file's JSON text: refused over the size limit; a syntax error names the file's
 * line:column (see {@link parseJsonText}).
 */
export function parseJsonFile(text: string, file: string): unknown {
  checkFileSize(text, file);
  return parseJsonText(text, file);
}
