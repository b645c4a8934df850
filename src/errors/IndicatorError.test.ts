import { describe, expect, it } from 'vitest';
import { IndicatorError, isIndicatorError } from './IndicatorError.js';
import { describeValue, formatErrorMessage } from './messages.js';

describe('IndicatorError', () => {
  it('carries code, details and a message naming field and value', () => {
    const error = new IndicatorError('non-positive-base', { field: 'base', value: 0 });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('IndicatorError');
    expect(error.code).toBe('non-positive-base');
    expect(error.details).toEqual({ field: 'base', value: 0 });
    expect(error.message).toBe('base (0) must be greater than zero for compound growth');
  });

  it('accepts an explicit message', () => {
    expect(new IndicatorError('invalid-dataset', { message: 'custom' }).message).toBe('custom');
  });

  it('builds messages without a field or a value', () => {
    expect(formatErrorMessage('not-found', { value: 'plan-x' })).toBe('"plan-x" was not found');
    expect(formatErrorMessage('invalid-input', { reason: 'empty file' })).toBe(
      'input could not be read: empty file',
    );
    expect(formatErrorMessage('invalid-period', { field: 'period' })).toBe(
      'period is not a valid period',
    );
  });

  it('isIndicatorError checks the class and the code', () => {
    const error = new IndicatorError('unreachable');
    expect(isIndicatorError(error)).toBe(true);
    expect(isIndicatorError(error, 'unreachable')).toBe(true);
    expect(isIndicatorError(error, 'sign-change')).toBe(false);
    expect(isIndicatorError(new Error('x'))).toBe(false);
  });
});

describe('describeValue', () => {
  it('renders every kind of value without throwing', () => {
    expect(describeValue('a')).toBe('"a"');
    expect(describeValue('x'.repeat(100))).toHaveLength(82);
    expect(describeValue(-0)).toBe('-0');
    expect(describeValue(Number.NaN)).toBe('NaN');
    expect(describeValue(5n)).toBe('5n');
    expect(describeValue(undefined)).toBe('undefined');
    expect(describeValue(null)).toBe('null');
    expect(describeValue(new Date(Number.NaN))).toBe('Invalid Date');
    expect(describeValue(new Date(Date.UTC(2022, 0, 1)))).toBe('2022-01-01T00:00:00.000Z');
    expect(describeValue({ a: 1 })).toBe('{"a":1}');
    expect(describeValue([1, 2])).toBe('[1,2]');
    expect(describeValue({ a: 'y'.repeat(100) })).toHaveLength(80);
    expect(describeValue(() => 1)).toBe('function');
    expect(describeValue(Symbol('s'))).toBe('symbol');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(describeValue(cyclic)).toBe('[object]');
    expect(describeValue({ toString: () => 'custom' })).toBe('custom');
    expect(
      describeValue({
        toString: () => {
          throw new Error('no');
        },
      }),
    ).toBe('[unprintable]');
  });

  it('renders a value that throws while being looked at as [unreadable]', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf() {
          throw new Error('no');
        },
      },
    );
    expect(describeValue(hostile)).toBe('[unreadable]');
  });

  it('keeps values of up to 80 characters whole and cuts longer ones to 77 and ...', () => {
    expect(describeValue('x'.repeat(80))).toBe(`"${'x'.repeat(80)}"`);
    expect(describeValue('x'.repeat(81))).toBe(`"${'x'.repeat(77)}..."`);
    // {"a":"…"} is 8 characters around the text.
    expect(describeValue({ a: 'y'.repeat(72) })).toBe(`{"a":"${'y'.repeat(72)}"}`);
    expect(describeValue({ a: 'y'.repeat(73) })).toBe(`{"a":"${'y'.repeat(71)}...`);
  });

  it('prints an object whose toString is not a function as JSON', () => {
    expect(describeValue({ toString: 5 })).toBe('{"toString":5}');
  });
});

describe('messages', () => {
  it.each([
    ['invalid-number', 'is not a finite decimal number'],
    ['invalid-argument', 'is not an accepted value'],
    ['invalid-unit', 'is not a known unit'],
    ['incompatible-units', 'cannot be converted: the units measure different things'],
    ['invalid-period', 'is not a valid period'],
    ['invalid-periods', 'is not a usable number of periods'],
    ['non-positive-base', 'must be greater than zero for compound growth'],
    ['sign-change', 'changes sign, so no compound growth rate exists'],
    ['unreachable', 'can never be reached at this rate'],
    ['invalid-dataset', 'is not a valid dataset'],
    ['not-found', 'was not found'],
    ['invalid-input', 'could not be read'],
    ['missing-dependency', 'is not installed'],
  ] as const)('words %s as "%s"', (code, summary) => {
    expect(new IndicatorError(code, { field: 'x' }).message).toBe(`x ${summary}`);
  });
});
