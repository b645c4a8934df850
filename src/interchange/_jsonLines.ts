/**
 * Where a value sits in a JSON file: the line of each wanted path, found in one pass over the
 * text (already known to be valid JSON), so a problem the schema finds names its line.
 */

/** A path into JSON, as zod gives it. */
export type JsonPath = readonly PropertyKey[];

/** The key of a path in the map {@link jsonLines} returns. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path.map(String));
}

/**
 * The 1-based line of the value at each of `paths` and at each of their prefixes (so a missing
 * field falls back to the line of its object). Paths not in the text are absent from the map.
 *
 * @param text - Valid JSON text (a byte order mark is skipped).
 * @param paths - The paths wanted.
 */
export function jsonLines(text: string, paths: readonly JsonPath[]): Map<string, number> {
  const wanted = new Set<string>();
  for (const path of paths) {
    for (let length = 0; length <= path.length; length++)
      wanted.add(pathKey(path.slice(0, length)));
  }
  const found = new Map<string, number>();
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let index = 0;
  let line = 1;
  const skipSpace = () => {
    for (;;) {
      const char = source[index];
      // CRLF, LF and a lone CR each end a line, as in lineColumn.
      if (char === '\n' || (char === '\r' && source[index + 1] !== '\n')) line++;
      else if (char !== ' ' && char !== '\t' && char !== '\r') return;
      index++;
    }
  };
  const readString = (): string => {
    const start = index;
    index++; // the opening quote
    while (source[index] !== '"') index += source[index] === '\\' ? 2 : 1;
    index++;
    return JSON.parse(source.slice(start, index)) as string;
  };
  const value = (path: string[]): void => {
    skipSpace();
    const key = JSON.stringify(path);
    if (wanted.has(key)) found.set(key, line);
    const char = source[index];
    if (char === '{') {
      index++;
      skipSpace();
      if (source[index] === '}') {
        index++;
        return;
      }
      for (;;) {
        skipSpace();
        const name = readString();
        skipSpace();
        index++; // the colon
        value([...path, name]);
        skipSpace();
        if (source[index++] === '}') return;
      }
    }
    if (char === '[') {
      index++;
      skipSpace();
      if (source[index] === ']') {
        index++;
        return;
      }
      for (let item = 0; ; item++) {
        value([...path, String(item)]);
        skipSpace();
        if (source[index++] === ']') return;
      }
    }
    if (char === '"') {
      readString();
      return;
    }
    // A number, true, false or null: up to the next delimiter.
    while (index < source.length && !',]}\n\r\t '.includes(source[index] as string)) index++;
  };
  value([]);
  return found;
}

/** The line of the value at a path, or of its deepest enclosing value present in the text. */
export function lineOf(lines: ReadonlyMap<string, number>, path: JsonPath): number | undefined {
  for (let length = path.length; length >= 0; length--) {
    const line = lines.get(pathKey(path.slice(0, length)));
    if (line !== undefined) return line;
  }
  return undefined;
}
