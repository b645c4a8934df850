import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Observation } from '../models/types.js';
import { observation } from './_testKit.js';
import { selectObservation } from './selectObservation.js';

describe('selectObservation', () => {
  const observations = [
    observation('2021', '40000', { indicator: 'income', status: 'estimated' }),
    observation('2021', '40210', { indicator: 'income', status: 'actual' }),
    observation('2021', '40100', { indicator: 'income', status: 'preliminary' }),
    observation('2022', '42000', { indicator: 'income', status: 'forecast' }),
    observation('2016', '27720', { indicator: 'income' }),
    observation('2023', '9', { indicator: 'output' }),
  ];

  it('takes the latest period that ended by the as-of day, best status first', () => {
    expect(
      selectObservation(observations, { indicator: 'income', asOf: '2022-06-30' })?.value,
    ).toBe('40210');
    expect(selectObservation(observations, { indicator: 'income' })?.value).toBe('42000');
    expect(
      selectObservation(observations, { indicator: 'income', asOf: '2022-12-31' })?.status,
    ).toBe('forecast');
    expect(selectObservation(observations)?.value).toBe('9');
  });

  it('returns the object given, not a copy', () => {
    expect(selectObservation(observations, { indicator: 'income', asOf: '2021-12-31' })).toBe(
      observations[1],
    );
  });

  it('picks one period on request', () => {
    expect(selectObservation(observations, { period: '2016' })?.value).toBe('27720');
    expect(selectObservation(observations, { period: '2016', asOf: '2016-06-30' })).toBeUndefined();
    expect(selectObservation(observations, { period: '2019' })).toBeUndefined();
  });

  it('treats 2021-H1 and 2021-S1 as one period, and orders months inside a year', () => {
    const halves = [
      observation('2021-S1', '1', { status: 'estimated' }),
      observation('2021-H1', '2'),
      observation('2021-05', '3'),
    ];
    expect(selectObservation(halves)?.value).toBe('2');
    expect(selectObservation(halves, { period: '2021-S1' })?.value).toBe('2');
    expect(selectObservation(halves, { asOf: '2021-06-29' })?.value).toBe('3');
  });

  it('orders periods ending together by their first day', () => {
    const nested = [
      observation('2021-Q4', '4'),
      observation('2021', '1'),
      observation('2021-12', '12'),
    ];
    expect(selectObservation(nested)?.value).toBe('12');
    expect(selectObservation(nested, { period: '2021' })?.value).toBe('1');
    expect(selectObservation(nested, { period: '2021-H2' })).toBeUndefined();
  });

  it('ranks an unknown status below the known ones', () => {
    const odd = [
      observation('2021', '1', { status: 'guessed' as never }),
      observation('2021', '2', { status: 'forecast' }),
    ];
    expect(selectObservation(odd)?.value).toBe('2');
    expect(selectObservation([odd[0]!])?.value).toBe('1');
  });

  it('returns undefined when nothing qualifies', () => {
    expect(selectObservation([])).toBeUndefined();
    expect(selectObservation(observations, { asOf: '2015-12-31' })).toBeUndefined();
    expect(selectObservation(observations, { indicator: 'nothing' })).toBeUndefined();
  });

  it('rejects an item that is not an observation, naming it', () => {
    for (const item of [null, 5, 'x']) {
      expect(errorOf(() => selectObservation([observations[0], item] as never)).details).toEqual({
        field: 'observations[1]',
        value: item,
        reason: 'expected an observation object',
      });
    }
  });

  it('names the observations when the one chosen cannot be read back', () => {
    let reads = 0;
    const list = [observations[1]];
    // The list is read once by the safe reader, and the chosen item again at the end.
    const flaky = new Proxy(list, {
      get(target, key, receiver) {
        if (key === '0' && ++reads > 1) throw new Error('gone');
        return Reflect.get(target, key, receiver);
      },
    });
    const error = errorOf(() => selectObservation(flaky as never));
    expect(error.code).toBe('invalid-argument');
    expect(error.details.field).toBe('observations');
  });

  it('rejects a non-array, a bad period or day', () => {
    expect(() => selectObservation('x' as never)).toThrow(IndicatorError);
    expect(() => selectObservation(observations, { asOf: '2021-13-01' })).toThrow(/options\.asOf/);
    expect(() => selectObservation(observations, { period: '2021-Q0' })).toThrow(/options\.period/);
  });
});

describe('selectObservation options', () => {
  it('refuses options that are not an object', () => {
    for (const options of [null, 5, 'income']) {
      expect(() => selectObservation([], options as never)).toThrow(
        expect.objectContaining({
          code: 'invalid-argument',
          details: expect.objectContaining({ field: 'options' }),
        }),
      );
    }
  });
});

describe('selectObservation at its edges', () => {
  it('keeps the first stated of equal status for one period', () => {
    const twins = [observation('2021', '1'), observation('2021', '2')];
    expect(selectObservation(twins)?.value).toBe('1');
    expect(selectObservation(twins, { period: '2021' })?.value).toBe('1');
  });

  it('takes a period ending on the as-of day', () => {
    const yearly = [observation('2016', '27720')];
    expect(selectObservation(yearly, { period: '2016', asOf: '2016-12-31' })?.value).toBe('27720');
    expect(selectObservation(yearly, { asOf: '2016-12-31' })?.value).toBe('27720');
  });

  it('finds no period that only starts with the one asked for', () => {
    const half = [observation('2021-H1', '1')];
    expect(selectObservation(half, { period: '2021' })).toBeUndefined();
  });

  it('orders nested periods ending together in any order given', () => {
    const nested = [
      observation('2021-Q4', '4'),
      observation('2021', '1'),
      observation('2021-12', '12'),
    ];
    for (const order of [
      [0, 1, 2],
      [0, 2, 1],
      [1, 0, 2],
      [1, 2, 0],
      [2, 0, 1],
      [2, 1, 0],
    ]) {
      const given = order.map((i) => nested[i] as Observation);
      expect(selectObservation(given)?.value).toBe('12');
      expect(selectObservation(given, { period: '2021' })?.value).toBe('1');
      expect(selectObservation(given, { period: '2021-Q4' })?.value).toBe('4');
    }
  });

  it.each<[string, () => unknown, string, string | undefined]>([
    [
      'a non-array',
      () => selectObservation('x' as never),
      'observations',
      'expected an array of observations',
    ],
    [
      'options that are not an object',
      () => selectObservation([], 5 as never),
      'options',
      'expected an options object',
    ],
    [
      'a bad period in the first observation',
      () => selectObservation([observation('2021-13', '1'), observation('2021', '2')]),
      'observations[0].period',
      undefined,
    ],
    [
      'a bad period in a later observation of the indicator',
      () =>
        selectObservation(
          [observation('2021', '1', { indicator: 'other' }), observation('2021-13', '2')],
          { indicator: 'output' },
        ),
      'observations[1].period',
      undefined,
    ],
  ])('names the field of %s', (_name, run, field, reason) => {
    const error = errorOf(run);
    expect(error.details.field).toBe(field);
    if (reason !== undefined) {
      expect(error.code).toBe('invalid-argument');
      expect(error.details.reason).toBe(reason);
    }
  });
});
