import { describe, expect, it } from 'vitest';
import { yearToDateLabel } from './_yearToDateTable.js';

describe('yearToDateLabel', () => {
  it('writes the months a year-to-date figure covers, however its period is written', () => {
    expect(yearToDateLabel('2022-01/2022-06', 'zh-CN')).toBe('2022年1—6月');
    expect(yearToDateLabel('2022-H1', 'zh-CN')).toBe('2022年1—6月');
    expect(yearToDateLabel('2022-Q1/2022-Q3', 'en')).toBe('January–September 2022');
    expect(yearToDateLabel('2022-01', 'zh-CN')).toBe('2022年1月');
  });

  it('labels any other period as it is', () => {
    expect(yearToDateLabel('2022-04/2022-06', 'zh-CN')).toBe('2022年4—6月');
    expect(yearToDateLabel('2022-Q2', 'en')).toBe('Q2 2022');
  });
});
