import { describe, expect, it } from 'vitest';
import { isPeriodBefore } from './isPeriodBefore.js';

describe('isPeriodBefore', () => {
  it('follows the order of comparePeriods', () => {
    expect(isPeriodBefore('2021', '2022')).toBe(true);
    expect(isPeriodBefore('2021-06', '2021')).toBe(true);
    expect(isPeriodBefore('2021', '2021-06')).toBe(false);
    expect(isPeriodBefore('2021-H1', '2021-S1')).toBe(false);
  });

  it('rejects invalid periods', () => {
    expect(() => isPeriodBefore('2021', '2026/2022')).toThrow(
      'b ("2026/2022") is not a valid period',
    );
  });
});
