/** The limits of the command line, checked before the work, each naming the file. */
import { IndicatorError } from '../errors/IndicatorError.js';

/** The largest file the command reads, in characters (about 20 MB of ASCII). */
export const MAX_FILE_CHARACTERS = 20_000_000;

/** The most rows (CSV lines or JSON items) an observations file may hold. */
export const MAX_ROWS = 100_000;

/** The most problems a message lists; the rest are counted. */
export const MAX_PROBLEMS = 20;

/** Refuses a file's text longer than {@link MAX_FILE_CHARACTERS}, before it is parsed. */
export function checkFileSize(text: string, file: string): void {
  if (typeof text !== 'string') {
    throw new IndicatorError('invalid-input', { field: file, reason: 'the file is not text' });
  }
  if (text.length > MAX_FILE_CHARACTERS) {
    throw new IndicatorError('invalid-input', {
      field: file,
      reason: `the file has ${text.length} characters, more than the ${MAX_FILE_CHARACTERS} accepted`,
    });
  }
}

/** Refuses more than {@link MAX_ROWS} rows, counted before any is read. */
export function checkRows(count: number, file: string): void {
  if (count > MAX_ROWS) {
    throw new IndicatorError('invalid-input', {
      field: file,
      reason: `the file has ${count} rows, more than the ${MAX_ROWS} accepted`,
    });
  }
}

/** The first {@link MAX_PROBLEMS} problems, one a line, and how many more there are. */
export function listProblems(problems: readonly string[]): string {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const more = problems.length - shown.length;
  return [
    ...shown,
    ...(more > 0
      ? [`… and ${more} more problem${more === 1 ? '' : 's'} (${problems.length} in all)`]
      : []),
  ].join('\n');
}

/**
 * Parses JSON text, naming the file and the line:column of a syntax error (not a character
 * offset). A byte order mark is skipped.
 */
export function parseJsonFile(text: string, file: string): unknown {
  checkFileSize(text, file);
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  try {
    return JSON.parse(source);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const offset = at === null ? source.length : Number(at[1]);
    const { line, column } = lineColumn(source, offset);
    const reason = message.replace(/\s*(?:in JSON )?at position \d+.*$/, '');
    throw new IndicatorError('invalid-input', {
      field: `${file}:${line}:${column}`,
      reason: `not valid JSON: ${reason}`,
      line,
      column,
    });
  }
}

/** The 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; ) {
    line++;
    start = index + 1;
    index = text.indexOf('\n', start);
  }
  return { line, column: offset - start + 1 };
}
