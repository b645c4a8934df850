import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../errors/IndicatorError.js';
import { currentStatusIndex } from './currentStatusIndex.js';

describe('currentStatusIndex', () => {
  it('measures the way covered on a scale of 10', () => {
    expect(currentStatusIndex(8, 9, '10.5', 'increase').toString()).toBe('4');
    expect(currentStatusIndex(100, 80, 70, 'decrease').toString()).toBe(
      '6.666666666666666666666666666666667',
    );
    expect(currentStatusIndex(8, 8, 9, 'increase').toString()).toBe('0');
  });

  it('is 10 once the target is met and never beyond -10', () => {
    expect(currentStatusIndex(8, 12, '10.5', 'increase').toString()).toBe('10');
    expect(currentStatusIndex(100, 60, 70, 'decrease').toString()).toBe('10');
    expect(currentStatusIndex(8, 0, 9, 'increase').toString()).toBe('-10');
    expect(currentStatusIndex(8, '7.5', 9, 'increase').toString()).toBe('-5');
  });

  it('rejects a target equal to the base, a neutral direction and non-decimals', () => {
    expect(() => currentStatusIndex(8, 9, 8, 'increase')).toThrow(/no scale/);
    expect(() => currentStatusIndex(8, 9, 10, 'neutral' as never)).toThrow(IndicatorError);
    expect(() => currentStatusIndex('x', 9, 10, 'increase')).toThrow(/base/);
  });
});
