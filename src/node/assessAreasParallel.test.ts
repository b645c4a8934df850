import { describe, expect, it } from 'vitest';
import { obs, source, town } from '../areas/_testKit.js';
import { assessAreas } from '../areas/assessAreas.js';
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Target } from '../models/types.js';
import { runTask } from './_runTask.js';
import { chunks, decode, encode, fromTransferredError, toTransferredError } from './_transfer.js';
import { assessAreasParallel } from './assessAreasParallel.js';

const target: Target = {
  kind: 'level',
  id: 'output-2026',
  title: { zh: '产值', en: 'Output' },
  attribute: 'binding',
  source,
  indicator: 'output',
  value: '110',
  period: '2026',
  comparator: 'at-least',
};
const towns = ['a', 'b', 'c'].map((id, index) =>
  town(id, [obs('output', '2021', '100'), obs('output', '2022', String(98 + index * 3))], {
    targets: [target],
  }),
);

/** A worker given as a data: URL, standing in for the package's built worker script. */
const fakeWorker = (body: string) =>
  new URL(
    `data:text/javascript,${encodeURIComponent(`import { parentPort } from 'node:worker_threads'; parentPort.on('message', (task) => { ${body} });`)}`,
  );

describe('transfer helpers', () => {
  it('encodes and decodes Decimals anywhere in a structure', () => {
    const value = {
      a: [new Decimal('1.5'), { b: new Decimal('-2') }],
      c: 'x',
      d: null,
      e: new Date(0),
    };
    const encoded = encode(value) as { a: unknown[] };
    expect(encoded.a[0]).toEqual({ $decimal: '1.5' });
    const decoded = decode(structuredClone(encoded)) as typeof value;
    expect(Decimal.isDecimal(decoded.a[0])).toBe(true);
    expect(decoded).toEqual(value);
    expect(decode({ $decimal: '1', other: 2 })).toEqual({ $decimal: '1', other: 2 });
  });

  it('splits items into near-equal contiguous ranges', () => {
    expect(chunks(5, 2)).toEqual([
      [0, 2],
      [2, 5],
    ]);
    expect(chunks(2, 4)).toEqual([
      [0, 1],
      [1, 2],
    ]);
    expect(chunks(0, 3)).toEqual([]);
  });

  it('runs a task as a worker does, errors included', () => {
    const done = runTask({
      datasets: towns,
      plan: 'plan',
      options: encode({ asOf: '2022-12-31' }),
    });
    expect(done.ok).toBe(true);
    expect(decode((done as { areas: unknown }).areas)).toEqual(
      assessAreas(towns, { asOf: '2022-12-31' }).areas,
    );
    const failed = runTask({ datasets: towns, plan: 'nope', options: {} });
    expect(failed).toMatchObject({
      ok: false,
      error: { code: 'not-found', details: { field: 'plan' } },
    });
  });

  it('carries an error across threads: the code, details and message, without the cause', () => {
    const error = new IndicatorError('invalid-argument', {
      field: 'spec',
      reason: 'no',
      cause: new Error('inner'),
      limit: new Decimal('2'),
    });
    const crossed = structuredClone(toTransferredError(error));
    expect(crossed).toEqual({
      code: 'invalid-argument',
      details: { field: 'spec', reason: 'no', limit: { $decimal: '2' } },
      message: error.message,
    });
    const back = fromTransferredError(crossed);
    expect(back).toBeInstanceOf(IndicatorError);
    expect(back).toMatchObject({ code: 'invalid-argument', message: error.message });
    expect(Decimal.isDecimal((back as IndicatorError).details.limit)).toBe(true);
    expect(toTransferredError('text')).toEqual({ code: undefined, details: {}, message: 'text' });
    const plain = fromTransferredError(toTransferredError(new RangeError('odd')));
    expect([plain instanceof IndicatorError, plain.message]).toEqual([false, 'odd']);
  });
});

describe('assessAreasParallel', () => {
  it('gives what assessAreas gives on one thread', async () => {
    expect(await assessAreasParallel(towns, { asOf: '2022-12-31' })).toEqual(
      assessAreas(towns, { asOf: '2022-12-31' }),
    );
  });

  it('spreads the areas over workers and keeps their order', async () => {
    const url = fakeWorker(
      `parentPort.postMessage({ ok: true, areas: task.datasets.map((d) => ({ area: d.area, dataset: d.id, scorecards: [], counts: { achieved: 1, x: { $decimal: '2' } } })) });`,
    );
    const result = await assessAreasParallel(towns, { workers: 2, workerUrl: url });
    expect(result.areas.map((area) => area.area.id)).toEqual(['a', 'b', 'c']);
    expect(result.counts.achieved).toBe(3);
  });

  it('sends at most 250 areas a message, to whichever worker is free, and keeps the order', async () => {
    const many = Array.from({ length: 1_100 }, (_, index) => town(`t${index}`, []));
    const url = fakeWorker(
      `if (task.datasets.length > 250) throw new Error('a batch of ' + task.datasets.length); parentPort.postMessage({ ok: true, areas: task.datasets.map((d) => ({ area: d.area, dataset: d.id, scorecards: [], counts: { achieved: 1 } })) });`,
    );
    const result = await assessAreasParallel(many, { workers: 2, workerUrl: url });
    expect(result.areas.map((area) => area.area.id)).toEqual(many.map((d) => d.area.id));
    expect(result.counts.achieved).toBe(1_100);
    const quits = fakeWorker('process.exit(0);');
    await expect(assessAreasParallel(many, { workers: 2, workerUrl: quits })).rejects.toThrow(
      'a worker thread stopped before its areas were assessed',
    );
  });

  it('passes on a worker’s typed error, its other errors and its crashes', async () => {
    const typed = fakeWorker(
      `parentPort.postMessage({ ok: false, error: { code: 'not-found', details: { field: 'plan' }, message: 'no plan' } });`,
    );
    const error = await assessAreasParallel(towns, { workers: 2, workerUrl: typed }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(IndicatorError);
    expect(error).toMatchObject({
      code: 'not-found',
      message: 'no plan',
      details: { field: 'plan' },
    });
    const plain = fakeWorker(`parentPort.postMessage({ ok: false, error: { message: 'boom' } });`);
    const other = await assessAreasParallel(towns, { workers: 3, workerUrl: plain }).catch(
      (e) => e,
    );
    expect(other).not.toBeInstanceOf(IndicatorError);
    expect(other.message).toBe('boom');
    const crash = fakeWorker(`throw new Error('crashed');`);
    await expect(assessAreasParallel(towns, { workers: 2, workerUrl: crash })).rejects.toThrow(
      'crashed',
    );
  });

  it('rejects a bad worker count', async () => {
    for (const workers of [0, 1.5, 257]) {
      await expect(assessAreasParallel(towns, { workers })).rejects.toMatchObject({
        code: 'invalid-argument',
        details: { field: 'workers', value: workers },
      });
    }
  });
});
