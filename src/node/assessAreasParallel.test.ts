import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { threeTowns, town } from '../areas/_testKit.js';
import { assessAreas } from '../areas/assessAreas.js';
import { tianmushan } from '../data/tianmushan/index.js';
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { fromWireArea, runTask, transferables, type WireArea } from './_runTask.js';
import {
  chunks,
  decode,
  encode,
  fromTransferredError,
  fromWire,
  toTransferredError,
  toWire,
} from './_transfer.js';
import { assessAreasParallel } from './assessAreasParallel.js';

const towns = threeTowns;

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

  it('writes Decimals as their digits and reads them back as Decimals of the library', () => {
    const value = {
      a: [new Decimal('1.5'), { b: new Decimal('-2e-40') }, new Decimal('12345678901234567890.5')],
      zero: new Decimal(0),
      c: 'x',
      d: null,
      e: [1, true],
      lookalike: { $decimal: [1], e: 0 },
    };
    const text = toWire(value);
    expect(JSON.parse(text).a[0]).toEqual({ $decimal: [1, 5000000], e: 0, s: 1 });
    const back = fromWire(text) as typeof value;
    expect(back).toStrictEqual(value);
    const [first, { b: second }, third] = back.a as [Decimal, { b: Decimal }, Decimal];
    expect([first, second, third].map((decimal) => decimal.toExponential())).toEqual([
      '1.5e+0',
      '-2e-40',
      '1.23456789012345678905e+19',
    ]);
    expect(Decimal.isDecimal(back.lookalike)).toBe(false);
    expect(back.a[0]).not.toBe(value.a[0]);
  });

  it('puts decimal.js back as it was, even when the writing fails', () => {
    toWire({ a: new Decimal('2.5') });
    expect(JSON.stringify(new Decimal('2.5'))).toBe('"2.5"');
    expect(() => toWire({ a: new Decimal(1), b: 1n })).toThrow(TypeError);
    expect(JSON.stringify({ a: new Decimal('-0.25') })).toBe('{"a":"-0.25"}');
  });

  it('runs a task as a worker does: the same areas, scorecards read once when first used', () => {
    const options = { asOf: '2022-12-31' };
    const done = runTask({
      datasets: [tianmushan],
      plan: undefined,
      keep: true,
      options: encode(options),
    });
    expect(done.ok).toBe(true);
    const wire = structuredClone((done as { areas: WireArea[] }).areas, {
      transfer: transferables(done),
    });
    const areas = wire.map(fromWireArea);
    const expected = assessAreas([tianmushan], options);
    expect(areas).toStrictEqual(expected.areas);
    const area = areas[0] as (typeof areas)[0];
    expect(area.scorecards).toBe(area.scorecards);
    // The bytes moved: the worker's side no longer holds them.
    expect((done as { areas: WireArea[] }).areas[0]?.scorecards.byteLength).toBe(0);
    expect(wire[0]?.flags).toEqual(
      expected.binding.flatMap((alert) =>
        Object.keys(alert.areas).map((status) => ({
          targetId: alert.targetId,
          title: alert.title,
          status,
        })),
      ),
    );
    const failed = runTask({ datasets: towns, plan: 'nope', keep: true, options: {} });
    expect(transferables(failed)).toEqual([]);
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

  it('keeps only the counts and the alerts when asked, here and on a worker', async () => {
    const options = { asOf: '2022-12-31', scorecards: false } as const;
    const lean = assessAreas(towns, options);
    expect(await assessAreasParallel(towns, options)).toEqual(lean);
    // A worker is told to keep no cards, and sends the flags it read before dropping them.
    const kept = runTask({ datasets: towns, plan: undefined, keep: true, options: encode({}) });
    const dropped = runTask({ datasets: towns, plan: undefined, keep: false, options: encode({}) });
    const areasOf = (reply: typeof kept) => (reply as { areas: WireArea[] }).areas;
    expect(areasOf(dropped).map(fromWireArea)).toEqual(
      areasOf(kept)
        .map(fromWireArea)
        .map((area) => ({ ...area, scorecards: [] })),
    );
    expect(areasOf(dropped).map((area) => area.flags)).toEqual(
      areasOf(kept).map((area) => area.flags),
    );
    expect(areasOf(dropped).map((area) => area.flags)).not.toEqual([[], [], []]);
    const echo = fakeWorker(
      `parentPort.postMessage({ ok: true, areas: task.datasets.map((d) => ({ area: d.area, dataset: String(task.keep), scorecards: new TextEncoder().encode('[]'), counts: {}, flags: [] })) });`,
    );
    const spread = await assessAreasParallel(towns, { ...options, workers: 2, workerUrl: echo });
    expect(spread.areas.map((area) => area.dataset)).toEqual(['false', 'false', 'c']);
    expect(spread.areas[2]).toEqual(lean.areas[2]);
    await expect(
      assessAreasParallel(towns, { workers: 2, scorecards: 0 as never }),
    ).rejects.toMatchObject({ code: 'invalid-argument', details: { field: 'options.scorecards' } });
  });

  it('shares the areas between this thread and the workers and keeps their order', async () => {
    // The worker marks its areas: one target achieved each, flagged as binding and missed.
    const url = fakeWorker(
      `parentPort.postMessage({ ok: true, areas: task.datasets.map((d) => ({ area: d.area, dataset: d.id, scorecards: new TextEncoder().encode('[]'), counts: { achieved: 1 }, flags: [{ targetId: 'w', title: { zh: '工', en: 'W' }, status: 'missed' }] })) });`,
    );
    const result = await assessAreasParallel(towns, {
      workers: 2,
      workerUrl: url,
      asOf: '2022-12-31',
    });
    const here = assessAreas(towns, { asOf: '2022-12-31' });
    expect(result.areas.map((area) => area.area.id)).toEqual(['a', 'b', 'c']);
    // Three ranges of one town: the worker holds two, this thread assesses the third.
    expect(result.areas.map((area) => area.scorecards.length)).toEqual([0, 0, 1]);
    expect(result.areas[2]).toStrictEqual(here.areas[2]);
    expect(result.counts.achieved).toBe(2 + (here.areas[2]?.counts.achieved ?? 0));
    expect(result.binding[0]).toEqual({
      targetId: 'w',
      title: { zh: '工', en: 'W' },
      areas: { missed: ['a', 'b'] },
    });
  });

  it('sends at most 100 areas a message, to whichever thread is free, and keeps the order', async () => {
    const many = Array.from({ length: 1_100 }, (_, index) => town(`t${index}`, []));
    const url = fakeWorker(
      `if (task.datasets.length > 100) throw new Error('a batch of ' + task.datasets.length); parentPort.postMessage({ ok: true, areas: task.datasets.map((d) => ({ area: d.area, dataset: d.id, scorecards: new TextEncoder().encode('[]'), counts: { achieved: 1 }, flags: [] })) });`,
    );
    const result = await assessAreasParallel(many, { workers: 3, workerUrl: url });
    expect(result.areas.map((area) => area.area.id)).toEqual(many.map((d) => d.area.id));
    // Both workers answered the two ranges each was first given; this thread took some too.
    expect(result.counts.achieved).toBeGreaterThanOrEqual(4 * Math.floor(1_100 / 24));
    expect(result.counts.achieved).toBeLessThan(1_100);
    expect(result.areas.filter((area) => area.counts.achieved === 1)).toHaveLength(
      result.counts.achieved,
    );
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

  it('passes on an error met on this thread once the ranges before it are done', async () => {
    // The worker answers its two ranges; this thread's range, the third, fails.
    const answers = fakeWorker(
      `parentPort.postMessage({ ok: true, areas: task.datasets.map((d) => ({ area: d.area, dataset: d.id, scorecards: new TextEncoder().encode('[]'), counts: {}, flags: [] })) });`,
    );
    const error = await assessAreasParallel(towns, {
      workers: 2,
      workerUrl: answers,
      plan: 'nope',
    }).catch((e) => e);
    expect(error).toBeInstanceOf(IndicatorError);
    expect(error).toMatchObject({
      code: 'not-found',
      details: { field: 'plan', value: 'nope', area: 'c' },
    });
  });

  it('answers with the error of the first failing area, as on one thread', async () => {
    // The worker holds the first two ranges and fails them; this thread fails the third first.
    const failing = fakeWorker(
      `parentPort.postMessage({ ok: false, error: { code: 'not-found', details: { field: 'plan', area: task.datasets[0].area.id }, message: 'no plan in ' + task.datasets[0].area.id } });`,
    );
    const serial = await assessAreasParallel(towns, { plan: 'nope' }).catch((e) => e);
    const parallel = await assessAreasParallel(towns, {
      workers: 2,
      workerUrl: failing,
      plan: 'nope',
    }).catch((e) => e);
    expect([serial.details.area, parallel.details.area]).toEqual(['a', 'a']);
    expect(parallel.message).toBe('no plan in a');
  });

  it('starts no more worker threads than there are ranges', async () => {
    const url = fakeWorker(
      `parentPort.postMessage({ ok: true, areas: task.datasets.map((d) => ({ area: d.area, dataset: d.id, scorecards: new TextEncoder().encode('[]'), counts: {}, flags: [] })) });`,
    );
    const two = towns.slice(0, 2);
    const result = await assessAreasParallel(two, { workers: 256, workerUrl: url });
    expect(result.areas.map((area) => area.area.id)).toEqual(['a', 'b']);
  });

  it('answers a dataset of another shape as assessAreas does, here and as a worker', async () => {
    const odd = [towns[0], { ...towns[1], plans: [null] }] as never[];
    const serial = errorOf(() => assessAreas(odd));
    expect(serial).toBeInstanceOf(IndicatorError);
    expect(serial.code).toBe('invalid-dataset');
    await expect(assessAreasParallel(odd)).rejects.toMatchObject({
      code: serial.code,
      details: serial.details,
    });
    // On this thread: a worker that takes the first two ranges and answers with no areas
    // leaves the odd town's range here.
    const empty = fakeWorker('parentPort.postMessage({ ok: true, areas: [] });');
    const three = [towns[0], towns[1], { ...towns[2], plans: [null] }] as never[];
    await expect(
      assessAreasParallel(three, { workers: 2, workerUrl: empty }),
    ).rejects.toMatchObject({ code: serial.code, details: serial.details });
    // As a worker.
    const reply = runTask({ datasets: odd, plan: undefined, keep: true, options: encode({}) });
    expect(reply.ok).toBe(false);
    expect(fromTransferredError((reply as unknown as { error: never }).error)).toMatchObject({
      code: serial.code,
      details: serial.details,
    });
  });

  it('checks every town, and reads each once, after the workers have their first ranges', async () => {
    const url = fakeWorker(
      `parentPort.postMessage({ ok: true, areas: task.datasets.map((d) => ({ area: d.area, dataset: d.id, scorecards: new TextEncoder().encode('[]'), counts: {}, flags: [] })) });`,
    );
    const twice = [towns[0], towns[1], towns[0]] as never[];
    await expect(assessAreasParallel(twice, { workers: 2, workerUrl: url })).rejects.toMatchObject({
      code: 'invalid-argument',
      details: { field: 'datasets[2].area.id', value: 'a' },
    });
    let reads = 0;
    const counted = Object.defineProperty({ ...towns[2] }, 'plans', {
      enumerable: true,
      get() {
        reads += 1;
        return (towns[2] as { plans: unknown }).plans;
      },
    });
    const result = await assessAreasParallel([towns[0], towns[1], counted] as never[], {
      workers: 2,
      workerUrl: url,
    });
    expect(result.areas.map((area) => area.area.id)).toEqual(['a', 'b', 'c']);
    expect(reads).toBe(1);
    const hostile = Object.defineProperty({ ...towns[0] }, 'plans', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    await expect(
      assessAreasParallel([hostile, towns[1], towns[2]] as never[], { workers: 2, workerUrl: url }),
    ).rejects.toMatchObject({ code: 'invalid-argument', details: { field: 'datasets[0].plans' } });
  });

  it('reads its arguments once, through the safe reader', async () => {
    let reads = 0;
    const options = Object.defineProperty({}, 'asOf', {
      enumerable: true,
      get() {
        reads += 1;
        return '2022-12-31';
      },
    });
    const result = await assessAreasParallel(towns, options);
    expect(reads).toBe(1);
    expect(result).toEqual(assessAreas(towns, { asOf: '2022-12-31' }));
    const hostile = Object.defineProperty({}, 'workers', {
      enumerable: true,
      get() {
        throw new Error('no');
      },
    });
    await expect(assessAreasParallel(towns, hostile)).rejects.toMatchObject({
      code: 'invalid-argument',
      details: { field: 'options.workers' },
    });
  });

  it('refuses options that are not an object', async () => {
    for (const options of [null, 5]) {
      await expect(assessAreasParallel(towns, options as never)).rejects.toMatchObject({
        code: 'invalid-argument',
        details: { field: 'options', reason: 'expected an object of options' },
      });
    }
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
