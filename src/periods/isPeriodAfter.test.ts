import { describe, expect, it } from 'vitest';
import { isPeriodAfter } from './isPeriodAfter.js';

describe('isPeriodAfter', () => {
  it('follows the order of comparePeriods', () => {
    expect(isPeriodAfter('2022', '2021')).toBe(true);
    expect(isPeriodAfter('2022-Q1', '2021')).toBe(true);
    expect(isPeriodAfter('2021', '2021-06')).toBe(true);
    expect(isPeriodAfter('2021-06', '2021')).toBe(false);
    expect(isPeriodAfter('2021', '2021')).toBe(false);
  });

  it('rejects invalid periods', () => {
    expect(() => isPeriodAfter('2021-13', '2021')).toThrow('a ("2021-13") is not a valid period');
  });
});
