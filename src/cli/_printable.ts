/**
 * Text from a dataset or a CSV file, made safe for a terminal: every control character (C0,
 * DEL, C1) and every bidirectional override becomes one visible character, so no escape
 * sequence (`\x1b[2J`) reaches the terminal and truncation can never cut one in half.
 */

/** The visible stand-in of a control character: its Control Picture (␛ for ESC), else U+FFFD. */
function visible(char: string): string {
  const code = char.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code);
  if (code === 0x7f) return '\u2421';
  return '\ufffd';
}

/** Controls and bidirectional overrides, found by their code points (no literal controls). */
const UNPRINTABLE = new RegExp(
  `[${hex(0)}-${hex(0x1f)}${hex(0x7f)}-${hex(0x9f)}${hex(0x202a)}-${hex(0x202e)}${hex(0x2066)}-${hex(0x2069)}]`,
  'g',
);

function hex(code: number): string {
  return `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * Makes text printable: control characters become visible stand-ins. With `lines`, line feeds
 * are kept (a message of several lines) and a tab becomes a space.
 *
 * @param text - Text from outside the program.
 * @param lines - Keep `\n` (for messages); otherwise it is shown as ␊ (for a table cell).
 */
export function printable(text: string, lines = false): string {
  return text.replace(UNPRINTABLE, (char) => {
    if (lines && char === '\n') return char;
    if (lines && char === '\t') return ' ';
    return visible(char);
  });
}
