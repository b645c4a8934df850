import { guarded, readOptions, readPlain } from '../_internal/plain.js';
import { assessEach, readKeep, summarize } from '../areas/_assessArea.js';
import { checkDatasets } from '../areas/_checkDatasets.js';
import type { AssessAreasOptions, AssessAreasResult } from '../areas/assessAreas.js';
import type { Dataset } from '../models/types.js';
import { checkWorkers } from './_options.js';
import { spread } from './_spread.js';
import { encode } from './_transfer.js';

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
 * as assessing it. Even so, with the cards two threads on two cores are no faster than one:
 * the copies of the towns and of their cards cost about what the second core saves. With
 * `scorecards: false` a worker sends back only the counts and flags, and two threads take
 * 0.55–0.62 of one thread's time (docs/performance.md).
 * @param datasets - One dataset per area, areas distinct.
 * @param options - `workers`, `plan`, `scorecards` and the options of `assessPlan`
 * (functions cannot cross to a worker: options hold only data).
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
  const given = readOptions<AssessAreasParallelOptions>(options);
  const { workers = 1, workerUrl, plan, scorecards, ...planOptions } = given;
  checkWorkers(workers);
  const keep = readKeep(scorecards);
  const list = workers === 1 ? null : readList(datasets);
  if (list === null || list.length <= 1) {
    // Items already taken from the list are not taken again.
    const all = readPlain(list ?? datasets, 'datasets') as readonly Dataset[];
    guarded('datasets', () => checkDatasets(all), 'invalid-dataset');
    return summarize(assessEach(all, plan, planOptions, keep));
  }
  // Every town is read into plain data before this function first waits (the areas as they
  // were when it was called), in order, and the workers' first ranges go out as soon as they
  // are read rather than after the last town.
  const read: Dataset[] = new Array(list.length);
  let readUpTo = 0;
  const readTo = (end: number) => {
    for (; readUpTo < end; readUpTo++) {
      read[readUpTo] = readPlain(list[readUpTo], `datasets[${readUpTo}]`) as Dataset;
    }
  };
  const task = { plan, keep, options: encode(planOptions) };
  const assessed = await spread({
    count: list.length,
    workers,
    url: workerUrl ?? new URL('./areas-worker.js', import.meta.url),
    message: (start, end) => {
      readTo(end);
      return { ...task, datasets: read.slice(start, end) };
    },
    ready: () => {
      readTo(list.length);
      guarded('datasets', () => checkDatasets(read), 'invalid-dataset');
    },
    here: (start, end) => assessEach(read.slice(start, end), plan, planOptions, keep),
  });
  return summarize(assessed);
}

/** The items of the list given, each read once (not yet copied); null for anything else. */
function readList(datasets: unknown): unknown[] | null {
  const length = guarded('datasets', () =>
    Array.isArray(datasets) ? (datasets as unknown[]).length : null,
  );
  if (length === null) return null;
  return Array.from({ length }, (_, index) =>
    guarded(`datasets[${index}]`, () => (datasets as unknown[])[index]),
  );
}
