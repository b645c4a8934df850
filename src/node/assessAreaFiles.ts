import { readOptions, readPlain } from '../_internal/plain.js';
import { type AssessedAreas, assessAll, readKeep, summarize } from '../areas/_assessArea.js';
import type { AreaScorecards, AssessAreasResult } from '../areas/assessAreas.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { checkWorkers } from './_options.js';
import { readDatasetAt } from './_runTask.js';
import { spread } from './_spread.js';
import { encode } from './_transfer.js';
import type { AssessAreasParallelOptions } from './assessAreasParallel.js';

/**
 * Options of {@link assessAreaFiles}: those of `assessAreasParallel` (`workers`, `plan`,
 * `scorecards`, the options of `assessPlan`).
 * @category Areas
 */
export type AssessAreaFilesOptions = AssessAreasParallelOptions;

/**
 * `assessAreas` over dataset files, one area a file, read and assessed by `workers` threads:
 * each thread reads, validates and assesses its own towns, so nothing but file names goes to a
 * worker and only the results come back (a district's or a nation's folder of town files, on
 * every core). A file is read as `tianmu-indicators validate` reads it: a problem names the
 * file and its line. Areas come back in the order of the files.
 * @param files - Paths of dataset files (JSON), one area each, distinct.
 * @param options - `workers` (threads, this one included; 1 by default), `plan`, `scorecards`
 * (`false` keeps only the counts and alerts: a nation's folder then holds a few hundred bytes a
 * town) and the options of `assessPlan`.
 * @returns A promise of the {@link AssessAreasResult}, areas in the order of `files`.
 * @throws `IndicatorError` (the promise rejects): `invalid-input` for a file that cannot be
 * read or is not JSON (naming the file, line and column), `invalid-dataset` for one that is not
 * a dataset (each problem with its line), `invalid-argument` for no files, a file given twice,
 * two files of one area, a bad `workers` or `scorecards`; otherwise as `assessAreas`.
 * @example
 * ```ts
 * import { mkdtempSync, writeFileSync } from 'node:fs';
 * import { tmpdir } from 'node:os';
 * import { join } from 'node:path';
 * import { assessAreaFiles } from 'tianmu-indicators/node';
 * const folder = mkdtempSync(join(tmpdir(), 'towns-'));
 * const files = ['pinghu', 'tianmushan'].map((id) => {
 *   const town = { id, area: { id, name: { zh: id, en: id } }, sources: [], indicators: [],
 *     observations: [], claims: [], plans: [], projects: [] };
 *   writeFileSync(join(folder, `${id}.json`), JSON.stringify(town));
 *   return join(folder, `${id}.json`);
 * });
 * const result = await assessAreaFiles(files, { workers: 1 });
 * result.areas.map((area) => area.area.id);
 * // => ['pinghu', 'tianmushan']
 * ```
 * @category Areas
 */
export async function assessAreaFiles(
  files: readonly string[],
  options: AssessAreaFilesOptions = {},
): Promise<AssessAreasResult> {
  const paths = readPlain(files, 'files');
  const given = readOptions<AssessAreaFilesOptions>(options);
  const list = checkFiles(paths);
  const { workers = 1, workerUrl, plan, scorecards, ...planOptions } = given;
  checkWorkers(workers);
  const keep = readKeep(scorecards);
  const here = (start: number, end: number) =>
    assessAll(list.slice(start, end), readDatasetAt, plan, planOptions, keep);
  let assessed: AssessedAreas;
  if (workers === 1 || list.length === 1) assessed = here(0, list.length);
  else {
    const task = { plan, keep, options: encode(planOptions) };
    assessed = await spread({
      count: list.length,
      workers,
      url: workerUrl ?? new URL('./areas-worker.js', import.meta.url),
      message: (start, end) => ({ ...task, files: list.slice(start, end) }),
      here,
    });
  }
  checkAreas(assessed.areas, list);
  return summarize(assessed);
}

/** The files as a list of distinct paths, at least one. */
function checkFiles(files: unknown): string[] {
  if (!Array.isArray(files) || files.length === 0) {
    throw new IndicatorError('invalid-argument', {
      field: 'files',
      value: Array.isArray(files) ? [] : typeof files,
      reason: 'expected a non-empty list of dataset files, one per area',
    });
  }
  const seen = new Set<string>();
  files.forEach((file: unknown, index) => {
    if (typeof file !== 'string' || file === '') {
      throw new IndicatorError('invalid-argument', {
        field: `files[${index}]`,
        value: typeof file === 'string' ? file : typeof file,
        reason: 'expected the path of a dataset file',
      });
    }
    if (seen.has(file)) {
      throw new IndicatorError('invalid-argument', {
        field: `files[${index}]`,
        value: file,
        reason: 'the same file is given twice',
      });
    }
    seen.add(file);
  });
  return files as string[];
}

/** Refuses two files of one area, naming both. */
function checkAreas(areas: readonly AreaScorecards[], files: readonly string[]): void {
  const seen = new Map<string, number>();
  areas.forEach((assessed, index) => {
    const first = seen.get(assessed.area.id);
    if (first !== undefined) {
      throw new IndicatorError('invalid-argument', {
        field: `files[${index}]`,
        value: files[index],
        reason: `area ${assessed.area.id} is also the area of ${files[first]}: one file per area`,
      });
    }
    seen.set(assessed.area.id, index);
  });
}
