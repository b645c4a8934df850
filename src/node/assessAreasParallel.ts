import { Worker } from 'node:worker_threads';
import { assessArea, type BindingFlag, bindingFlags, summarize } from '../areas/_assessArea.js';
import { checkDatasets } from '../areas/_checkDatasets.js';
import type {
  AreaScorecards,
  AssessAreasOptions,
  AssessAreasResult,
} from '../areas/assessAreas.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset } from '../models/types.js';
import { fromWireArea, type WireArea } from './_runTask.js';
import { chunks, encode, fromTransferredError } from './_transfer.js';

/**
 * Options of {@link assessAreasParallel}: those of `assessAreas`, and how many threads.
 * @category Areas
 */
export interface AssessAreasParallelOptions extends AssessAreasOptions {
  /**
   * Threads that assess areas, this one included: 1 (the default) assesses here alone; `n`
   * starts up to `n − 1` worker threads (no more than there are ranges of areas), each given two
   * ranges at a time, and this thread takes the ranges left between their replies (on a
   * machine of `n` cores, ask for `n`).
   */
  readonly workers?: number;
  /**
   * The worker script; by default `areas-worker.js` beside this module in the package's
   * `dist/`. Set it only when running from a bundle that moved the file.
   */
  readonly workerUrl?: URL | string;
}

/** The most areas sent to a worker in one message. */
const BATCH = 100;
/** Ranges each thread takes, at least, when there are few areas. */
const RANGES_PER_THREAD = 8;

/**
 * The same result as `assessAreas`, with the areas spread over `workers` threads (Node only:
 * `tianmu-indicators/node`; browser bundles import `assessAreas` from `tianmu-indicators` and
 * never pull in `node:worker_threads`). Areas go in small contiguous ranges to whichever thread
 * is free, this one included, and come back in the order given. An error is the one the first
 * failing area gives, as with `assessAreas`.
 *
 * A worker sends back what the district summary needs (each area's counts and flagged binding
 * targets) as data and the area's scorecards as compact UTF-8 text, moved to this thread
 * without a copy: an area assessed on a worker reads its `scorecards` from that text on first
 * use (their Decimals intact), once, so a dashboard that shows the district's counts and opens
 * a few towns never pays for the rest. Reading every one costs this thread about half as much
 * as assessing it. On two cores this is no faster than one thread (docs/performance.md): the
 * copies of the towns to the workers and of their cards back cost about as much as the second
 * core saves.
 * @param datasets - One dataset per area, areas distinct.
 * @param options - `workers`, `plan` and the options of `assessPlan` (functions cannot cross
 * to a worker: options hold only data).
 * @returns A promise of the {@link AssessAreasResult}.
 * @throws `IndicatorError` as `assessAreas` (the promise rejects); `invalid-argument`
 * for `workers` not a positive integer.
 * @example
 * ```ts
 * import { assessAreasParallel } from 'tianmu-indicators/node';
 * const town = (id: string) => ({ id, area: { id, name: { zh: id, en: id } }, sources: [],
 *   indicators: [], observations: [], claims: [], plans: [], projects: [] });
 * const result = await assessAreasParallel([town('a'), town('b')], { workers: 1 });
 * result.areas.map((area) => area.area.id);
 * // => ['a', 'b']
 * ```
 * @category Areas
 */
export async function assessAreasParallel(
  datasets: readonly Dataset[],
  options: AssessAreasParallelOptions = {},
): Promise<AssessAreasResult> {
  checkDatasets(datasets);
  const { workers = 1, workerUrl, plan, ...planOptions } = options;
  if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
    throw new IndicatorError('invalid-argument', {
      field: 'workers',
      value: workers,
      reason: 'expected a whole number of threads from 1 to 256 (this one included)',
    });
  }
  if (workers === 1 || datasets.length === 1) {
    return summarize(datasets.map((dataset) => assessArea(dataset, plan, planOptions)));
  }
  const url = workerUrl ?? new URL('./areas-worker.js', import.meta.url);
  const task = { plan, options: encode(planOptions) };
  // Small contiguous ranges, handed to whichever thread is free: every message stays small (one
  // holding half of 38,600 towns' scorecards crashed the process), a thread that draws easy
  // towns takes more ranges, and the last range leaves little time for the others to idle.
  const size = Math.min(BATCH, Math.ceil(datasets.length / (workers * RANGES_PER_THREAD)));
  const ranges = chunks(datasets.length, Math.ceil(datasets.length / size));
  const areas: AreaScorecards[][] = new Array(ranges.length);
  const flags: (readonly BindingFlag[])[][] = new Array(ranges.length);
  await new Promise<void>((resolve, reject) => {
    const pool: Worker[] = [];
    let next = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: unknown) => {
      if (settled) return;
      settled = true;
      for (const worker of pool) void worker.terminate();
      if (error === undefined) resolve();
      else reject(error);
    };
    // An error of a range is the answer once every range before it is done: the one the
    // first failing area gives, as on one thread.
    const failures = new Map<number, unknown>();
    const settle = () => {
      const first = Math.min(...failures.keys());
      if (first === Number.POSITIVE_INFINITY) {
        if (done === ranges.length) finish();
      } else {
        for (let index = 0; index < first; index++) if (areas[index] === undefined) return;
        finish(failures.get(first));
      }
    };
    const store = (
      index: number,
      assessed: AreaScorecards[],
      found: (readonly BindingFlag[])[],
    ) => {
      areas[index] = assessed;
      flags[index] = found;
      done += 1;
      settle();
    };
    const fail = (index: number, error: unknown) => {
      failures.set(index, error);
      settle();
    };
    const give = (worker: Worker, queue: number[]) => {
      if (next === ranges.length || failures.size > 0) return;
      const index = next++;
      const [start, end] = ranges[index] as [number, number];
      queue.push(index);
      worker.postMessage({ ...task, datasets: datasets.slice(start, end) });
    };
    // Each worker holds a second range in its queue, so it never waits for this thread.
    for (let count = 1; count < Math.min(workers, ranges.length); count++) {
      const worker = new Worker(url, { execArgv: [] });
      const queue: number[] = [];
      pool.push(worker);
      worker.on('message', (reply: { ok: boolean; areas?: WireArea[]; error?: never }) => {
        const index = queue.shift() as number;
        if (!reply.ok) return fail(index, fromTransferredError(reply.error as never));
        const wire = reply.areas as WireArea[];
        store(
          index,
          wire.map(fromWireArea),
          wire.map((area) => area.flags),
        );
        give(worker, queue);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', () =>
        finish(new Error('a worker thread stopped before its areas were assessed')),
      );
      give(worker, queue);
      give(worker, queue);
    }
    void assessHere();
    // This thread takes ranges too, between the workers' replies.
    async function assessHere() {
      while (!settled && next < ranges.length && failures.size === 0) {
        const index = next++;
        const [start, end] = ranges[index] as [number, number];
        try {
          const assessed = datasets
            .slice(start, end)
            .map((dataset) => assessArea(dataset, plan, planOptions));
          store(index, assessed, assessed.map(bindingFlags));
        } catch (error) {
          fail(index, error);
        }
        await new Promise((resume) => setImmediate(resume));
      }
    }
  });
  return summarize(areas.flat(), flags.flat());
}
