import { printable } from './_printable.js';

/** Terminal columns a character takes: East Asian wide and full-width characters take two. */
function charWidth(codePoint: number): number {
  const wide =
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0x303e) ||
    (codePoint >= 0x3041 && codePoint <= 0x33ff) ||
    (codePoint >= 0x3400 && codePoint <= 0x4dbf) ||
    (codePoint >= 0x4e00 && codePoint <= 0x9fff) ||
    (codePoint >= 0xa000 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    (codePoint >= 0x20000 && codePoint <= 0x3fffd);
  return wide ? 2 : 1;
}

/** The width of a string in terminal columns. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0) ?? 0);
  return width;
}

/** Options of {@link renderTable}. */
export interface RenderTableOptions {
  /** Indices of the columns to align right (figures); the others align left. */
  readonly rightAligned?: readonly number[];
}

/**
 * Renders rows as a plain-text table whose columns line up in a terminal, Chinese text included.
 * The first row is the header, underlined.
 */
export function renderTable(
  rows: readonly (readonly string[])[],
  options: RenderTableOptions = {},
): string {
  const right = new Set(options.rightAligned);
  // Cells hold a dataset's text: control characters and escape sequences never reach the terminal.
  rows = rows.map((row) => row.map((cell) => printable(cell)));
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, c) =>
    Math.max(0, ...rows.map((row) => displayWidth(row[c] ?? ''))),
  );
  const renderRow = (row: readonly string[]) =>
    widths
      .map((width, c) => {
        const text = row[c] ?? '';
        const pad = ' '.repeat(width - displayWidth(text));
        return right.has(c) ? pad + text : text + pad;
      })
      .join('  ')
      .trimEnd();
  const [header, ...body] = rows;
  if (header === undefined) return '';
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [renderRow(header), rule, ...body.map(renderRow)].join('\n');
}

/** Shortens text to at most `columns` terminal columns, ending in `…` when cut. */
export function truncate(given: string, columns: number): string {
  // Made printable first: a cut can never fall inside an escape sequence.
  const text = printable(given);
  if (displayWidth(text) <= columns) return text;
  let out = '';
  let width = 0;
  for (const char of text) {
    const next = charWidth(char.codePointAt(0) ?? 0);
    if (width + next > columns - 1) break;
    out += char;
    width += next;
  }
  return `${out}…`;
}
