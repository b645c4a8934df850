import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
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

describe('currentStatusIndex at its edges', () => {
  it('is 10 once a target on the near side of the base is met, even exactly', () => {
    expect(currentStatusIndex(10, 9, 8, 'increase').toString()).toBe('10');
    expect(currentStatusIndex(10, 8, 8, 'increase').toString()).toBe('10');
    expect(currentStatusIndex(10, 11, 12, 'decrease').toString()).toBe('10');
    expect(currentStatusIndex(10, 12, 12, 'decrease').toString()).toBe('10');
    expect(currentStatusIndex(10, 13, 12, 'decrease').toString()).toBe('-10');
  });

  it.each<[string, () => unknown, string, string, string | undefined, unknown]>([
    [
      'a bad base',
      () => currentStatusIndex('x', 9, 10, 'increase'),
      'invalid-number',
      'base',
      undefined,
      'x',
    ],
    [
      'a bad latest value',
      () => currentStatusIndex(8, 'x', 10, 'increase'),
      'invalid-number',
      'latest',
      undefined,
      'x',
    ],
    [
      'a bad target',
      () => currentStatusIndex(8, 9, 'x', 'increase'),
      'invalid-number',
      'target',
      undefined,
      'x',
    ],
    [
      'a neutral direction',
      () => currentStatusIndex(8, 9, 10, 'neutral' as never),
      'invalid-argument',
      'direction',
      "expected 'increase' or 'decrease'",
      'neutral',
    ],
    [
      'a target equal to the base',
      () => currentStatusIndex(8, 9, '8.0', 'increase'),
      'invalid-argument',
      'target',
      'the target equals the baseline, so the index has no scale',
      '8.0',
    ],
  ])('rejects %s', (_name, run, code, field, reason, value) => {
    const error = errorOf(run);
    expect(error.code).toBe(code);
    expect(error.details.field).toBe(field);
    expect(error.details.value).toBe(value);
    if (reason !== undefined) expect(error.details.reason).toBe(reason);
  });
});
