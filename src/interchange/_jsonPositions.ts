/**
 * Where the items of a JSON list of observations, and their fields, start in the text, so that
 * an error can name a line and column. The text has already been read by `JSON.parse`, so it
 * is valid JSON; a key given twice counts where `JSON.parse` takes it from (the last time).
 * Private to the interchange layer.
 */

/** Where one item of the list starts, and where the value of each of its keys does. */
export interface ItemPosition {
  readonly offset: number;
  readonly fields: ReadonlyMap<string, number>;
}

const WHITESPACE = new Set([' ', '\t', '\n', '\r']);

function skipWhitespace(text: string, at: number): number {
  let i = at;
  while (WHITESPACE.has(text[i] as string)) i++;
  return i;
}

/** The index just after the string that starts (with its quote) at `at`. */
function skipString(text: string, at: number): number {
  let i = at + 1;
  while (text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** The index just after the value that starts at `at`. */
function skipValue(text: string, at: number): number {
  const first = text[at];
  if (first === '"') return skipString(text, at);
  if (first !== '[' && first !== '{') {
    let i = at;
    while (i < text.length && !/[,\]}\s]/.test(text[i] as string)) i++;
    return i;
  }
  let depth = 0;
  let i = at;
  do {
    const char = text[i];
    if (char === '"') {
      i = skipString(text, i);
      continue;
    }
    if (char === '[' || char === '{') depth++;
    else if (char === ']' || char === '}') depth--;
    i++;
  } while (depth > 0);
  return i;
}

/** The offset of each key's value in the object that starts at `at`. */
function objectFields(text: string, at: number): Map<string, number> {
  const fields = new Map<string, number>();
  let i = skipWhitespace(text, at + 1);
  while (text[i] === '"') {
    const keyEnd = skipString(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    const valueStart = skipWhitespace(text, skipWhitespace(text, keyEnd) + 1);
    fields.set(key, valueStart);
    i = skipWhitespace(text, skipValue(text, valueStart));
    if (text[i] === ',') i = skipWhitespace(text, i + 1);
  }
  return fields;
}

/** The items of the array that starts at `at`. */
function arrayItems(text: string, at: number): ItemPosition[] {
  const items: ItemPosition[] = [];
  let i = skipWhitespace(text, at + 1);
  while (text[i] !== ']') {
    items.push({ offset: i, fields: text[i] === '{' ? objectFields(text, i) : new Map() });
    i = skipWhitespace(text, skipValue(text, i));
    if (text[i] === ',') i = skipWhitespace(text, i + 1);
  }
  return items;
}

/**
 * The positions of the items of the list: the top-level array, or the array under the
 * top-level `observations` key. Empty when there is no such array (the caller has refused it).
 */
export function itemPositions(text: string): ItemPosition[] {
  const start = skipWhitespace(text, 0);
  if (text[start] === '[') return arrayItems(text, start);
  if (text[start] !== '{') return [];
  const list = objectFields(text, start).get('observations');
  return list !== undefined && text[list] === '[' ? arrayItems(text, list) : [];
}

/** Turns offsets into 1-based lines and columns; CRLF, LF and CR each end a line. */
export function lineColumn(text: string): (offset: number) => { line: number; column: number } {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) starts.push(i + 1);
  }
  return (offset) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if ((starts[middle] as number) <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  };
}
