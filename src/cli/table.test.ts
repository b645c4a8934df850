import { describe, expect, it } from 'vitest';
import { displayWidth, renderTable, truncate } from './table.js';

describe('displayWidth', () => {
  it('counts Chinese characters and full-width punctuation as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('亿元')).toBe(4);
    expect(displayWidth('8.2亿元')).toBe(7);
    expect(displayWidth('（')).toBe(2);
    expect(displayWidth('—')).toBe(1);
  });
});

describe('renderTable', () => {
  it('aligns mixed-width columns', () => {
    const table = renderTable(
      [
        ['指标', 'value'],
        ['农业增加值', '7.1亿元'],
        ['GDP', '1'],
      ],
      { rightAligned: [1] },
    );
    expect(table.split('\n')).toEqual([
      '指标          value',
      '----------  -------',
      '农业增加值  7.1亿元',
      'GDP               1',
    ]);
  });

  it('renders nothing for no rows and fills short rows', () => {
    expect(renderTable([])).toBe('');
    expect(renderTable([['a', 'b'], ['c']])).toBe('a  b\n-  -\nc');
  });
});

describe('truncate', () => {
  it('keeps short text and cuts long text to the width, ending in an ellipsis', () => {
    expect(truncate('农业增加值', 10)).toBe('农业增加值');
    expect(truncate('农业增加值7.1亿元', 10)).toBe('农业增加…');
    expect(truncate('abcdef', 4)).toBe('abc…');
    expect(displayWidth(truncate('规上工业总产值10.5亿元,年均增长6%', 20))).toBeLessThanOrEqual(20);
  });
});
