import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { finiteResult } from './finite.js';

describe('finiteResult', () => {
  it('passes finite values and turns -0 into 0', () => {
    expect(finiteResult(new Decimal('1.5'), 'x').toString()).toBe('1.5');
    expect(finiteResult(new Decimal('-0'), 'x').isNegative()).toBe(false);
  });

  it('rejects infinities and NaN naming the field', () => {
    expect(() => finiteResult(new Decimal(Number.POSITIVE_INFINITY), 'projected')).toThrow(
      IndicatorError,
    );
    expect(() => finiteResult(new Decimal(Number.NaN), 'projected')).toThrow('projected ("NaN")');
  });
});

describe('finiteResult errors', () => {
  it('are invalid-number with the value printed and a default or given reason', () => {
    try {
      finiteResult(new Decimal(Number.POSITIVE_INFINITY), 'projected');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'invalid-number',
        details: { field: 'projected', value: 'Infinity', reason: 'the result is out of range' },
      });
    }
    expect(() => finiteResult(new Decimal(Number.NaN), 'x', 'no answer')).toThrow(
      'x ("NaN") is not a finite decimal number: no answer',
    );
  });
});
