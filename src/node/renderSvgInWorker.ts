import { Worker } from 'node:worker_threads';
import { readOptions, readPlain } from '../_internal/plain.js';
import {
  overLimit,
  overTimeLimit,
  readLimit,
  readTimeLimit,
  readTrusted,
} from '../charts/_limits.js';
import type { VegaLiteSpec } from '../charts/types.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { fromTransferredError, type TransferredError } from './_transfer.js';

/**
 * Options of {@link renderSvgInWorker}: those of `renderSvg`, and the limits of the thread.
 * @category Charts
 */
export interface RenderSvgInWorkerOptions {
  /** The spec is yours: vega's own loader may fetch its `url` data (default `false`). */
  readonly trusted?: boolean;
  /** Milliseconds the rendering may take before the thread is stopped (default 30,000). */
  readonly timeLimit?: number;
  /** Megabytes of heap the rendering thread may use (default 1,024). */
  readonly memoryLimit?: number;
  /**
   * The worker script; by default `chart-worker.js` beside this module in the package's
   * `dist/`. Set it only when running from a bundle that moved the file.
   */
  readonly workerUrl?: URL | string;
}

const DEFAULT_TIME_LIMIT = 30_000;
const DEFAULT_MEMORY_LIMIT = 1_024;

/**
 * Renders a Vega-Lite spec to SVG as `renderSvg` does, on a worker thread that is stopped when
 * it takes longer than `timeLimit` (start-up and loading vega included) or needs more heap than
 * `memoryLimit`: for specs from outside (a dashboard's users, an upload). `renderSvg`'s own
 * limits (no loading, no links, width and height, data rows, costly transforms, marks) hold
 * as well, and its time limit is `timeLimit` counted from the thread's start, so a spec of
 * many short steps ends inside the thread, with the same error, about when the thread would be
 * stopped; the thread's two limits catch what counts and the time read between steps cannot
 * (one step that runs long, an allocation without end). Node only: `tianmu-indicators/node`.
 *
 * The heap limit is V8's for the thread: a process started with `--max-old-space-size` gives
 * every thread that limit instead, buffers outside the heap are not counted, and V8 may stop
 * the whole process rather than the thread for some allocations. Where a spec must never take
 * the server down, render in a child process.
 *
 * @param spec - A Vega-Lite spec object (data only: it is copied to the thread).
 * @param options - `trusted`, `timeLimit` (ms), `memoryLimit` (MB).
 * @returns A promise of the SVG markup, starting with `<svg`.
 * @throws `IndicatorError` as `renderSvg` (the promise rejects); `invalid-argument` naming
 * `spec` when the rendering passes a limit (`details.limit` is `time`, `memory` or, from
 * `renderSvg`, `marks`) or the spec holds a function, and naming the option for a limit that
 * is not a positive number (a time limit at most 2,147,483,647 ms) or a `workerUrl` no thread
 * starts from.
 * @example
 * ```ts
 * import { renderSvgInWorker } from 'tianmu-indicators/node';
 *
 * // const svg = await renderSvgInWorker(spec, { timeLimit: 10_000, memoryLimit: 512 });
 * const refused = await renderSvgInWorker({ mark: 'point' }, { timeLimit: 0 }).catch((e) => e);
 * [refused.code, refused.details.field];
 * // => ['invalid-argument', 'options.timeLimit']
 * ```
 * @category Charts
 */
export async function renderSvgInWorker(
  spec: VegaLiteSpec | Readonly<Record<string, unknown>>,
  options: RenderSvgInWorkerOptions = {},
): Promise<string> {
  const given = readOptions<RenderSvgInWorkerOptions>(options);
  const workerUrl = given.workerUrl;
  const timeLimit = readTimeLimit(given.timeLimit, DEFAULT_TIME_LIMIT);
  const memoryLimit = readLimit(given.memoryLimit, DEFAULT_MEMORY_LIMIT, 'options.memoryLimit');
  const trusted = readTrusted(given.trusted);
  const copy = readPlain(spec, 'spec');
  if (workerUrl !== undefined && typeof workerUrl !== 'string' && !(workerUrl instanceof URL)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.workerUrl',
      reason: 'expected a URL or a path',
    });
  }
  const url = workerUrl ?? new URL('./chart-worker.js', import.meta.url);
  let worker: Worker;
  const startedAt = Date.now();
  try {
    worker = new Worker(url, {
      // The thread needs none of this process's flags (`--input-type` would stop it loading).
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: memoryLimit, maxYoungGenerationSizeMb: 64 },
    });
  } catch (error) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.workerUrl',
      value: String(url),
      reason: `cannot start a thread from it (${(error as Error).message.slice(0, 200)})`,
    });
  }
  try {
    return await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(overTimeLimit(timeLimit));
      }, timeLimit);
      const settle = () => clearTimeout(timer);
      worker.once(
        'message',
        (reply: { ok?: unknown; svg?: unknown; error?: TransferredError } | null) => {
          settle();
          if (reply?.ok === true && typeof reply.svg === 'string') resolve(reply.svg);
          else if (reply?.ok === false && typeof reply.error?.message === 'string')
            reject(fromTransferredError(reply.error));
          else reject(new Error('the rendering thread answered something other than an SVG'));
        },
      );
      worker.once('messageerror', () => {
        settle();
        reject(new Error('the rendering thread answered something that could not be read'));
      });
      worker.once('error', (error: Error & { code?: string }) => {
        settle();
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? overLimit(
                'memory',
                `rendering needed more than ${memoryLimit} MB (options.memoryLimit)`,
              )
            : error,
        );
      });
      worker.once('exit', () => {
        settle();
        reject(new Error('the rendering thread stopped without an answer'));
      });
      try {
        // The thread's renderSvg reads the same limit from the same start between vega's
        // steps: a rendering of many short steps ends there with the same error.
        worker.postMessage({ spec: copy, trusted, timeLimit, startedAt });
      } catch (error) {
        settle();
        reject(
          new IndicatorError('invalid-argument', {
            field: 'spec',
            reason: `cannot be sent to the rendering thread (${(error as Error).message.slice(0, 200)}): a spec holds only data`,
          }),
        );
      }
    });
  } finally {
    void worker.terminate();
  }
}
