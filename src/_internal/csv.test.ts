import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv, toCsv } from './csv.js';

describe('csvCell', () => {
  it('quotes cells with commas, quotes and line breaks', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('neutralises formula injection but keeps numbers', () => {
    expect(csvCell("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(csvCell('+1+1')).toBe("'+1+1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('-2.6')).toBe('-2.6');
    expect(csvCell('-x')).toBe("'-x");
  });

  it('renders rows with CRLF', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['1', '2'],
      ]),
    ).toBe('a,b\r\n1,2\r\n');
  });
});

describe('parseCsv', () => {
  it('parses quoted cells, doubled quotes, CRLF, LF, a BOM, and blank lines', () => {
    const text = '\uFEFFa,b\r\n"x, y","say ""hi"""\n\n3,\n';
    expect(parseCsv(text)).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x, y', 'say "hi"'] },
      { line: 4, cells: ['3', ''] },
    ]);
  });

  it('keeps line numbers across quoted line breaks', () => {
    expect(parseCsv('"a\nb",c\nd,e')).toEqual([
      { line: 1, cells: ['a\nb', 'c'] },
      { line: 3, cells: ['d', 'e'] },
    ]);
  });

  it('handles a last line without a line break and a lone CR', () => {
    expect(parseCsv('a\rb')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['b'] },
    ]);
    expect(parseCsv('""')).toEqual([{ line: 1, cells: [''] }]);
    expect(parseCsv('')).toEqual([]);
  });

  it('round-trips what toCsv writes', () => {
    const rows = [['=1+2', 'a,b', 'q"q', '多行\n文本']];
    expect(parseCsv(toCsv(rows)).map((r) => r.cells)).toEqual([
      ["'=1+2", 'a,b', 'q"q', '多行\n文本'],
    ]);
  });

  it('rejects an unterminated quote naming the file and line', () => {
    expect(() => parseCsv('a,b\n"open,c', 'obs.csv')).toThrow(
      'obs.csv could not be read: line 2: a quoted cell is not closed',
    );
  });
});

describe('csv edges', () => {
  it('keeps negative numbers, and only them, unguarded', () => {
    expect(csvCell('-1')).toBe('-1');
    expect(csvCell('-12')).toBe('-12');
    expect(csvCell('-1.25')).toBe('-1.25');
    expect(csvCell('-1.')).toBe("'-1.");
    expect(csvCell('-12x')).toBe("'-12x");
    expect(csvCell('+5')).toBe("'+5");
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell('=1-5')).toBe("'=1-5");
    expect(csvCell('\tx')).toBe("'\tx");
  });

  it('keeps records of empty cells, and quotes inside a cell as text', () => {
    expect(parseCsv(',\n""\nx')).toEqual([
      { line: 1, cells: ['', ''] },
      { line: 2, cells: [''] },
      { line: 3, cells: ['x'] },
    ]);
    expect(parseCsv('ab"c,d')).toEqual([{ line: 1, cells: ['ab"c', 'd'] }]);
    expect(parseCsv('a\n')).toEqual([{ line: 1, cells: ['a'] }]);
    expect(parseCsv('a,')).toEqual([{ line: 1, cells: ['a', ''] }]);
  });

  it('names the input when no file is given', () => {
    expect(() => parseCsv('"open')).toThrow(
      expect.objectContaining({
        details: expect.objectContaining({ field: 'input', line: 1 }),
      }),
    );
  });
});
