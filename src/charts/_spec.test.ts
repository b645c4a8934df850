import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { displayNumber, overflow, paddingFor, truncate, widthShortfall } from './_spec.js';

describe('displayNumber', () => {
  it('rounds half-up to 6 significant digits', () => {
    expect(displayNumber(new Decimal('41825.55'))).toBe(41825.6);
    expect(displayNumber(new Decimal('0.0000123456789'))).toBe(0.0000123457);
    expect(displayNumber(new Decimal('-2.5'), 1)).toBe(-3);
    expect(displayNumber(new Decimal('123456789'))).toBe(123457000);
  });

  it('never gives a negative zero', () => {
    expect(Object.is(displayNumber(new Decimal('-0')), 0)).toBe(true);
  });
});

describe('truncate', () => {
  it('cuts by characters, not UTF-16 units', () => {
    expect(truncate('农民人均收入', 6)).toBe('农民人均收入');
    expect(truncate('农民人均收入', 5)).toBe('农民人均…');
    expect(truncate('𠀀𠀁𠀂𠀃', 3)).toBe('𠀀𠀁…');
    expect(truncate('abc', 1)).toBe('a…');
  });
});

describe('widthShortfall and overflow', () => {
  it('adds a fifth of an em for each wide glyph and takes back a quarter for narrow ones', () => {
    expect(widthShortfall(['农民人均收入'], 10)).toBe(12);
    expect(widthShortfall(['abcd'], 10)).toBe(0);
    expect(widthShortfall(['农民人均收入ab', '收入'], 10)).toBe(7);
    expect(widthShortfall([], 10)).toBe(0);
  });

  it('counts kana, hangul, full-width forms, CJK punctuation and quotes as wide', () => {
    for (const char of ['あ', '한', '豈', '︰', '\uFF08', '“', '”', '…', '。']) {
      expect(widthShortfall([char.repeat(10)], 10), char).toBeGreaterThan(0);
    }
    for (const char of ['a', '1', '%', '·', 'é', '–']) {
      expect(widthShortfall([char.repeat(10)], 10), char).toBe(0);
    }
    // Outside the BMP a glyph is two UTF-16 units, which Vega's estimate already doubles.
    expect(widthShortfall(['𠀀'.repeat(10)], 10)).toBe(0);
    expect(widthShortfall(['𠀀农'.repeat(10)], 10)).toBe(0);
  });

  it('measures overflow beyond both the room and the estimate', () => {
    // 20 glyphs at 10 px: 200 px drawn, 160 estimated.
    expect(overflow(['农'.repeat(20)], 10, 100)).toBe(40);
    expect(overflow(['农'.repeat(20)], 10, 180)).toBe(20);
    expect(overflow(['农'.repeat(20)], 10, 300)).toBe(0);
  });

  it('pads 5 pixels plus the extra on each side', () => {
    expect(paddingFor(3, 4)).toEqual({ left: 8, top: 5, right: 9, bottom: 5 });
  });
});
