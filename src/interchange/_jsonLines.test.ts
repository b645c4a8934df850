import { describe, expect, it } from 'vitest';
import { jsonLines, lineOf, pathKey } from './_jsonLines.js';

describe('jsonLines', () => {
  const text =
    '\uFEFF{\n  "a": [1,\n    {"b": "x\\"y", "c": null}],\n  "d": {}, "e": [], "f": -1.5e3,\n  "g": true\n}';

  it('finds the line of every wanted value and its prefixes in one pass', () => {
    const lines = jsonLines(text, [['a', 1, 'c'], ['g'], ['e'], ['d'], ['f']]);
    expect(lines.get(pathKey([]))).toBe(1);
    expect(lines.get(pathKey(['a']))).toBe(2);
    expect(lines.get(pathKey(['a', 1]))).toBe(3);
    expect(lines.get(pathKey(['a', 1, 'c']))).toBe(3);
    expect(lines.get(pathKey(['g']))).toBe(5);
    expect(lines.get(pathKey(['e']))).toBe(4);
    expect(lines.get(pathKey(['d']))).toBe(4);
    expect(lines.get(pathKey(['f']))).toBe(4);
    expect(lines.has(pathKey(['a', 0]))).toBe(false);
  });

  it('falls back to the enclosing value for a path the text lacks', () => {
    const lines = jsonLines(text, [['a', 1, 'missing']]);
    expect(lineOf(lines, ['a', 1, 'missing'])).toBe(3);
    expect(lineOf(new Map(), ['x'])).toBeUndefined();
  });
});

describe('jsonLines line ends', () => {
  it('counts CRLF, LF and a lone CR as one line end each', () => {
    const text = '{\r\n"a": 1,\r"b": 2,\n"c": 3}';
    const lines = jsonLines(text, [['a'], ['b'], ['c']]);
    expect([
      lines.get(pathKey(['a'])),
      lines.get(pathKey(['b'])),
      lines.get(pathKey(['c'])),
    ]).toEqual([2, 3, 4]);
  });
});
