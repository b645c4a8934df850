import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderSvgInWorker } from './renderSvgInWorker.js';

/** A worker given as a data: URL, standing in for the package's built chart worker. */
const fakeWorker = (body: string) =>
  new URL(
    `data:text/javascript,${encodeURIComponent(`import { parentPort } from 'node:worker_threads'; parentPort.on('message', (task) => { ${body} });`)}`,
  );

const spec = { mark: 'point', data: { values: [{ x: 1 }] } };

async function rejection(promise: Promise<unknown>) {
  try {
    await promise;
  } catch (error) {
    return error as { code?: string; details: Record<string, unknown>; message: string };
  }
  throw new Error('expected a rejection');
}

describe('renderSvgInWorker', () => {
  // The time limit's timer is a fake one: it fires only when a test moves the clock, so no
  // result depends on how fast the machine starts a thread.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers with what the thread renders, sending the spec, the trust and the time limit with its start', async () => {
    const echo = fakeWorker(
      "parentPort.postMessage({ ok: true, svg: ['<svg>' + task.spec.mark, task.trusted, task.timeLimit + '</svg>'].join(' ') });",
    );
    expect(await renderSvgInWorker(spec, { workerUrl: echo })).toBe('<svg>point false 30000</svg>');
    // The thread's renderSvg stops at the same limit between vega's steps.
    expect(
      await renderSvgInWorker(spec, { workerUrl: echo, trusted: true, timeLimit: 5_000 }),
    ).toBe('<svg>point true 5000</svg>');
    const before = Date.now();
    const start = fakeWorker(
      'parentPort.postMessage({ ok: true, svg: String(task.startedAt <= Date.now() && task.startedAt) });',
    );
    expect(Number(await renderSvgInWorker(spec, { workerUrl: start }))).toBeGreaterThanOrEqual(
      before,
    );
  });

  it('stops a thread that never answers at the time limit', async () => {
    const hang = fakeWorker('for (;;) {}');
    let settled = false;
    const pending = rejection(renderSvgInWorker(spec, { workerUrl: hang, timeLimit: 50 })).finally(
      () => {
        settled = true;
      },
    );
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(49);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    const error = await pending;
    expect(error.code).toBe('invalid-argument');
    expect(error.details).toMatchObject({
      field: 'spec',
      limit: 'time',
      reason: 'rendering took longer than 50 ms (options.timeLimit)',
    });
  });

  it('stops a thread that needs more memory than the limit', async () => {
    const greedy = fakeWorker(
      'const held = []; for (;;) held.push(new Array(100000).fill(Math.random()));',
    );
    const error = await rejection(
      renderSvgInWorker(spec, { workerUrl: greedy, memoryLimit: 16, timeLimit: 2_147_483_647 }),
    );
    expect(error.details).toMatchObject({ field: 'spec', limit: 'memory' });
    expect(error.message).toContain('more than 16 MB');
  });

  it('passes on the thread’s IndicatorError, and an error of any other kind', async () => {
    const refusing = fakeWorker(
      "parentPort.postMessage({ ok: false, error: { code: 'invalid-argument', message: 'spec.data.url: no', details: { field: 'spec.data.url' } } });",
    );
    const error = await rejection(renderSvgInWorker(spec, { workerUrl: refusing }));
    expect([error.code, error.message, error.details.field]).toEqual([
      'invalid-argument',
      'spec.data.url: no',
      'spec.data.url',
    ]);
    const other = fakeWorker("parentPort.postMessage({ ok: false, error: { message: 'odd' } });");
    const plain = await rejection(renderSvgInWorker(spec, { workerUrl: other }));
    expect([plain.code, plain.message]).toEqual([undefined, 'odd']);
    const quits = fakeWorker('process.exit(0);');
    expect((await rejection(renderSvgInWorker(spec, { workerUrl: quits }))).message).toBe(
      'the rendering thread stopped without an answer',
    );
    for (const reply of ['null', '{ ok: true }', '{ ok: false }']) {
      const odd = fakeWorker(`parentPort.postMessage(${reply});`);
      expect((await rejection(renderSvgInWorker(spec, { workerUrl: odd }))).message).toBe(
        'the rendering thread answered something other than an SVG',
      );
    }
    const throws = fakeWorker("throw new Error('broken');");
    expect((await rejection(renderSvgInWorker(spec, { workerUrl: throws }))).message).toBe(
      'broken',
    );
  });

  it('refuses limits that are not positive numbers, a non-boolean trust and a function in the spec', async () => {
    for (const [key, value] of [
      ['timeLimit', 0],
      ['timeLimit', Number.POSITIVE_INFINITY],
      ['memoryLimit', -1],
      ['memoryLimit', '64'],
    ] as const) {
      const error = await rejection(renderSvgInWorker(spec, { [key]: value }));
      expect(error.details).toMatchObject({ field: `options.${key}`, value });
    }
    expect(
      (await rejection(renderSvgInWorker(spec, { trusted: 'yes' as never }))).details,
    ).toMatchObject({ field: 'options.trusted', value: 'yes' });
    expect(
      (await rejection(renderSvgInWorker(spec, { workerUrl: 42 as never }))).details,
    ).toMatchObject({ field: 'options.workerUrl' });
    // Node cannot start a thread from a bare relative path.
    expect((await rejection(renderSvgInWorker(spec, { workerUrl: 'w.js' }))).details).toMatchObject(
      { field: 'options.workerUrl', value: 'w.js' },
    );
    // Longer than Node's longest timer, which would fire at once.
    expect(
      (await rejection(renderSvgInWorker(spec, { timeLimit: 2 ** 31 }))).details,
    ).toMatchObject({ field: 'options.timeLimit', value: 2 ** 31 });
    expect((await rejection(renderSvgInWorker(spec, null as never))).details).toMatchObject({
      field: 'options',
    });
    const never = fakeWorker('');
    const error = await rejection(
      renderSvgInWorker({ ...spec, transform: () => 1 }, { workerUrl: never }),
    );
    expect(error.details.field).toBe('spec');
    expect(error.message).toContain('a spec holds only data');
  });
});
