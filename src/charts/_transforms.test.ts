import { describe, expect, it } from 'vitest';
import { checkSpec } from './_limits.js';
import { errorOf, rejectionOf } from './_testKit.js';
import { renderSvg } from './renderSvg.js';

const untrusted = { trusted: false };

/** A point chart of `n` rows with the given transforms (and any other keys). */
function spec(n: number, transform: unknown[], extra: Record<string, unknown> = {}) {
  return {
    data: { values: Array.from({ length: n }, (_, x) => ({ x, y: x % 7, g: x % 3 })) },
    transform,
    mark: 'point',
    encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'y', type: 'quantitative' } },
    ...extra,
  };
}

/** The field and reason checkSpec refuses a spec with. */
function refusal(value: unknown) {
  const error = errorOf(() => checkSpec(value, untrusted));
  expect(error.code).toBe('invalid-argument');
  return [error.details.field, error.details.reason];
}

const accepts = (value: unknown) => expect(() => checkSpec(value, untrusted)).not.toThrow();

describe('the bounds of costly transforms', () => {
  it('takes a loess over at most 10,000 rows, wherever the data and the transform stand', () => {
    accepts(spec(10_000, [{ loess: 'y', on: 'x' }]));
    expect(refusal(spec(10_001, [{ loess: 'y', on: 'x' }]))).toEqual([
      'spec.transform[0].loess',
      'a loess is limited to 10000 data rows, its work growing with their square; this spec has 10001',
    ]);
    // The transform before the data, in a layer.
    const { data, ...rest } = spec(10_001, []);
    const layered = { layer: [{ mark: 'point' }, { transform: [{ loess: 'y', on: 'x' }] }] };
    expect(refusal({ ...layered, ...rest, data })[0]).toBe('spec.layer[1].transform[0].loess');
  });

  it('bounds a window with median, q1, q3, distinct or a sliding max by rows × frame width, ci0 and ci1 lower', () => {
    const median = [{ op: 'median', field: 'y', as: 'm' }];
    accepts(spec(3_000, [{ window: median }]));
    expect(refusal(spec(3_001, [{ window: median }]))).toEqual([
      'spec.transform[0].window',
      'a window with median, q1, q3 or distinct is limited to rows × frame width of at most 9000000; this spec gives 3001 × 3001',
    ]);
    // A bounded frame: 11 rows each.
    accepts(spec(100_000, [{ window: median, frame: [-5, 5] }]));
    expect(refusal(spec(3_001, [{ window: median, frame: [null, 5] }]))[0]).toBe(
      'spec.transform[0].window',
    );
    const ci = [{ op: 'ci0', field: 'y', as: 'c' }];
    accepts(spec(300, [{ window: ci }]));
    expect(refusal(spec(301, [{ window: ci }]))[1]).toContain('a window with ci0 or ci1');
    // Running sums, ranks and maxima grow with the rows only.
    const running = [{ op: 'sum', field: 'y', as: 's' }, { op: 'rank' }, { op: 'max', field: 'y' }];
    accepts(spec(100_000, [{ window: running }]));
    // A sliding maximum looks through the frame again when its maximum leaves it.
    const max = [{ op: 'argmax', field: 'y', as: 'm' }];
    accepts(spec(100_000, [{ window: max, frame: [-89, 0] }]));
    expect(refusal(spec(100_000, [{ window: max, frame: [-90, 0] }]))).toEqual([
      'spec.transform[0].window',
      'a sliding window with min, max, argmin or argmax is limited to rows × frame width of at most 9000000; this spec gives 100000 × 91',
    ]);
    expect(refusal(spec(3_001, [{ window: max, frame: [0, null] }]))[0]).toBe(
      'spec.transform[0].window',
    );
  });

  it('bounds a pivot by rows × pivoted values: 500 rows, or more with a limit', () => {
    const pivot = { pivot: 'g', value: 'y', groupby: ['x'] };
    accepts(spec(500, [pivot]));
    expect(refusal(spec(501, [pivot]))).toEqual([
      'spec.transform[0].pivot',
      'a pivot is limited to rows × pivoted values of at most 250000; this spec gives 501 × 501',
    ]);
    accepts(spec(100_000, [{ ...pivot, limit: 2 }]));
    expect(refusal(spec(100_000, [{ ...pivot, limit: 3 }]))[0]).toBe('spec.transform[0].pivot');
  });

  it('bounds the rows an impute makes, groups × keys, its keyvals counted as data', () => {
    const grouped = { impute: 'y', key: 'x', groupby: ['g'] };
    accepts(spec(1_000, [grouped]));
    expect(refusal(spec(1_001, [grouped]))).toEqual([
      'spec.transform[0].impute',
      'an impute is limited to groups × keys (the rows it makes) of at most 1000000; this spec gives 1001 × 1001',
    ]);
    accepts(spec(100_000, [{ impute: 'y', key: 'x' }]));
    // An impute of a channel is grouped by the other channels.
    const channel = spec(1_001, []);
    const y = { field: 'y', type: 'quantitative', impute: { value: 0 } };
    expect(refusal({ ...channel, encoding: { ...channel.encoding, y } })[0]).toBe(
      'spec.encoding.y.impute',
    );
    const keyvals = (value: unknown) => spec(10, [{ ...grouped, keyvals: value }]);
    expect(refusal(keyvals({ start: 0, stop: 1e9 }))).toEqual([
      'spec.transform[0].keyvals',
      'more than 100000 data rows',
    ]);
    expect(refusal(keyvals(Array.from({ length: 1_000 }, (_, k) => k)))[0]).toBe(
      'spec.transform[0].impute',
    );
  });

  it('bounds a density by rows × steps, and a polynomial regression by rows × (order + 1)²', () => {
    accepts(spec(100_000, [{ density: 'y' }]));
    accepts(spec(100_000, [{ density: 'y', groupby: ['g'], steps: 200 }]));
    expect(refusal(spec(100_000, [{ density: 'y', steps: 201 }]))).toEqual([
      'spec.transform[0].density',
      'a density is limited to rows × steps of at most 20000000; this spec gives 100000 × 201',
    ]);
    expect(refusal(spec(100_000, [{ density: 'y', minsteps: 300 }]))[0]).toBe(
      'spec.transform[0].density',
    );
    expect(refusal(spec(10, [{ density: 'y', maxsteps: '1e9' }]))).toEqual([
      'spec.transform[0].maxsteps',
      'expected a number',
    ]);
    const poly = (order: unknown) => [{ regression: 'y', on: 'x', method: 'poly', order }];
    accepts(spec(100_000, poly(10)));
    expect(refusal(spec(100_000, poly(11)))).toEqual([
      'spec.transform[0].regression',
      'a polynomial regression is limited to rows × (order + 1)² of at most 12100000; this spec gives 100000 × 144',
    ]);
    // Few rows and a high order: solving for the terms is the work.
    expect(refusal(spec(10, poly(1_000)))[0]).toBe('spec.transform[0].regression');
    expect(refusal(spec(10, poly(Number.NaN)))[0]).toBe('spec.transform[0].order');
    accepts(spec(100_000, [{ regression: 'y', on: 'x', order: 50 }]));
  });

  it('counts the rows of datasets with the others', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, x) => ({ x }));
    accepts({ datasets: { a: rows(50_000), b: rows(50_000) }, mark: 'point' });
    expect(refusal({ datasets: { a: rows(50_000), b: rows(50_001) }, mark: 'point' })).toEqual([
      'spec.datasets.b',
      'more than 100000 data rows',
    ]);
  });

  it('counts the rows of inline text, by line for delimited text and by line or comma for JSON', () => {
    const csv = (n: number) => `x\n${Array.from({ length: n }, (_, x) => x).join('\n')}`;
    const data = (values: string, type?: string) => ({
      data: type === undefined ? { values } : { values, format: { type } },
      mark: 'point',
    });
    // A header and 99,999 rows: 100,000 lines.
    accepts(data(csv(99_999), 'csv'));
    expect(refusal(data(csv(100_000), 'csv'))).toEqual([
      'spec.data.values',
      'more than 100000 data rows',
    ]);
    accepts(data(`a,b\n${'1,2\n'.repeat(99_998)}`, 'csv'));
    // Lines end at \r\n (one end) or a lone \r too.
    accepts(data(`a\r\n${'1\r\n'.repeat(99_998)}`, 'csv'));
    expect(refusal(data(`a\r${'1\r'.repeat(100_000)}`, 'tsv'))[0]).toBe('spec.data.values');
    // JSON rows may share one line: each comma may start one.
    const json = (n: number) => JSON.stringify(Array.from({ length: n }, (_, x) => x));
    accepts(data(json(100_000)));
    expect(refusal(data(json(100_001), 'json'))[0]).toBe('spec.data.values');
    expect(refusal({ datasets: { a: json(100_001) }, mark: 'point' })[0]).toBe('spec.datasets.a');
    // An object with the rows at format.property: an array, or a string vega spreads.
    const picked = (inner: unknown) => ({
      data: { values: { a: { b: inner } }, format: { type: 'json', property: 'a.b' } },
      mark: 'point',
    });
    accepts(picked(Array.from({ length: 100_000 }, (_, x) => ({ x }))));
    expect(refusal(picked(Array.from({ length: 100_001 }, (_, x) => ({ x }))))[0]).toBe(
      'spec.data.values',
    );
    expect(refusal(picked('x'.repeat(100_001)))[0]).toBe('spec.data.values');
    accepts({ data: { values: { x: 1 } }, mark: 'point' });
  });

  it('refuses through renderSvg before vega runs, and renders a loess within its bound', async () => {
    const error = await rejectionOf(renderSvg(spec(10_001, [{ loess: 'y', on: 'x' }])));
    expect([error.code, error.details.field]).toEqual([
      'invalid-argument',
      'spec.transform[0].loess',
    ]);
    expect(await renderSvg(spec(50, [{ loess: 'y', on: 'x' }]))).toContain('<svg');
  });
});
