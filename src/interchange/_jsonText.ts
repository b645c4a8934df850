/** JSON text read as a file's: a syntax error names the file's line and column. */
import { IndicatorError } from '../errors/IndicatorError.js';
import { lineColumn } from './_jsonPositions.js';

/**
 * Parses JSON text (a byte order mark is skipped). A syntax error is `invalid-input` whose field
 * is `<name>:<line>:<column>` (1-based; `details.line`, `details.column`), found from the
 * parser's character position, or the end of the text when it gives none.
 */
export function parseJsonText(text: string, name: string): unknown {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const { line, column } = lineColumn(source)(at === null ? source.length : Number(at[1]));
    const reason = message.replace(/\s*(?:in JSON )?at position \d+.*$/, '');
    throw new IndicatorError('invalid-input', {
      field: `${name}:${line}:${column}`,
      reason: `not valid JSON: ${reason}`,
      line,
      column,
    });
  }
}
