import { IndicatorError } from '../errors/IndicatorError.js';

/** Cells a spreadsheet would run as a formula start with one of these. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Renders one CSV cell (RFC 4180). A text cell that a spreadsheet would run as a formula
 * (`=cmd|…`, `+`, `-`, `@`) is prefixed with a single quote, unless it is a plain number.
 */
export function csvCell(value: string): string {
  const neutralised =
    // Of the numbers, only negative ones start with a formula character.
    FORMULA_START.test(value) && !/^-\d+(\.\d+)?$/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(neutralised) ? `"${neutralised.replaceAll('"', '""')}"` : neutralised;
}

/** Renders rows as CSV text with CRLF line ends, as RFC 4180 asks. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** One parsed CSV record with the 1-based line it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * Parses CSV text (RFC 4180: quoted cells, doubled quotes, CRLF or LF, a leading BOM).
 * Blank lines are skipped. An unterminated quote is an `invalid-input` error naming the line.
 */
export function parseCsv(text: string, file = 'input'): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let cellStarted = false;
  const endRecord = () => {
    cells.push(cell);
    if (!(cells.length === 1 && cells[0] === '' && !cellStarted))
      records.push({ line: recordLine, cells });
    cells = [];
    cell = '';
    cellStarted = false;
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === '\n') line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      cellStarted = true;
    } else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      cell += char;
    }
  }
  if (quoted) {
    throw new IndicatorError('invalid-input', {
      field: file,
      reason: `line ${recordLine}: a quoted cell is not closed`,
      line: recordLine,
    });
  }
  // The last record, unless the text ended with a line break (endRecord skips a blank line).
  endRecord();
  return records;
}
