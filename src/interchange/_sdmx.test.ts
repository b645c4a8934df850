import { describe, expect, it } from 'vitest';
import { csvCell, parseCsv } from '../_internal/csv.js';
import { protectCell, restoreCell } from './_sdmx.js';

/** Writes one text as the SDMX writer does and reads it back as the reader does. */
const throughCsv = (value: string): string => {
  const [record] = parseCsv(`${csvCell(protectCell(value))}\r\n`);
  return restoreCell(record?.cells[0] ?? '');
};

describe('protectCell and restoreCell', () => {
  it('give back texts the formula guard alters', () => {
    for (const text of ['=SUM(A1)', '+1', '-x', '@home', '\tindent', '\rcr', '-5%', '=a,b']) {
      expect(csvCell(text).replace(/^"/, '').startsWith("'")).toBe(true);
      expect(throughCsv(text)).toBe(text);
    }
  });

  it('give back texts that already start with apostrophes', () => {
    for (const text of ["'=x", "''-x", "'", "'plain", "'-2.6", "''"]) {
      expect(throughCsv(text)).toBe(text);
    }
    expect(protectCell("'=x")).toBe("''=x");
    expect(protectCell("'plain")).toBe("'plain");
  });

  it('leave plain numbers and ordinary texts alone', () => {
    // Apostrophes before a formula character guard it only at the start of the text.
    for (const text of ['-2.6', '27720', '农民人均收入', 'a "quoted" word', '', "a'=b", "x''-1"]) {
      expect(protectCell(text)).toBe(text);
      expect(throughCsv(text)).toBe(text);
    }
  });

  it('drop exactly one guard apostrophe from a hand-written cell', () => {
    expect(restoreCell("'=1+2")).toBe('=1+2');
    expect(restoreCell("''=1+2")).toBe("'=1+2");
    expect(restoreCell("'x")).toBe("'x");
  });
});
