import { readFileSync } from 'node:fs';
import { readTextFile } from '../_internal/textFile.js';
import {
  type AssessedAreas,
  assessAll,
  assessEach,
  type BindingFlag,
} from '../areas/_assessArea.js';
import type { AreaScorecards } from '../areas/assessAreas.js';
import type { AssessPlanOptions, Scorecard } from '../attainment/assessPlan.js';
import { parseDatasetJson } from '../interchange/parseDatasetJson.js';
import type { Dataset } from '../models/types.js';
import { decode, fromWire, toTransferredError, toWire } from './_transfer.js';

/** A task: the areas of one range (as datasets, or as files to read), and the options. */
export type AreasTask = (
  | { readonly datasets: readonly Dataset[] }
  | { readonly files: readonly string[] }
) & {
  readonly plan: string | undefined;
  /** Whether the areas' scorecards go back, or only their counts and flags. */
  readonly keep: boolean;
  readonly options: unknown;
};

/** Reads a dataset file as the command line does: errors name the file, and the line. */
export function readDatasetAt(file: string): Dataset {
  return parseDatasetJson(readTextFile(file, readUtf8), { file });
}

const readUtf8 = (file: string) => readFileSync(file, 'utf8');

/**
 * An area as a worker sends it back: what the district summary needs as data, the scorecards
 * as wire text (see {@link toWire}) in UTF-8: moved to the caller's thread, not copied, held
 * in half the memory of the text, and read only when someone reads them.
 */
export interface WireArea extends Omit<AreaScorecards, 'scorecards'> {
  readonly flags: readonly BindingFlag[];
  readonly scorecards: Uint8Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The buffers a worker's reply moves to the caller's thread instead of copying them. */
export function transferables(reply: ReturnType<typeof runTask>): ArrayBuffer[] {
  return reply.ok ? reply.areas.map((area) => area.scorecards.buffer as ArrayBuffer) : [];
}

/** Assesses a task's areas; what a worker posts back, or the error it met. */
export function runTask(
  task: AreasTask,
): { ok: true; areas: WireArea[] } | { ok: false; error: unknown } {
  try {
    const options = decode(task.options) as AssessPlanOptions;
    const assessed =
      'files' in task
        ? assessAll(task.files, readDatasetAt, task.plan, options, task.keep)
        : assessEach(task.datasets, task.plan, options, task.keep);
    return { ok: true, areas: toWireAreas(assessed) };
  } catch (error) {
    return { ok: false, error: toTransferredError(error) };
  }
}

/** Assessed areas as a worker sends them: their scorecards written as wire text in UTF-8. */
export function toWireAreas({ areas, flags }: AssessedAreas): WireArea[] {
  return areas.map((assessed, index) => ({
    area: assessed.area,
    dataset: assessed.dataset,
    counts: assessed.counts,
    flags: flags[index] as readonly BindingFlag[],
    scorecards: encoder.encode(toWire(assessed.scorecards)),
  }));
}

/**
 * An area a worker assessed, as the caller gets it: its scorecards are read from the wire text
 * on first use, once; until then only the bytes are held.
 */
export function fromWireArea(wire: WireArea): AreaScorecards {
  let bytes: Uint8Array | undefined = wire.scorecards;
  let scorecards: readonly Scorecard[] = [];
  return {
    area: wire.area,
    dataset: wire.dataset,
    get scorecards() {
      if (bytes !== undefined) {
        scorecards = fromWire(decoder.decode(bytes)) as Scorecard[];
        bytes = undefined;
      }
      return scorecards;
    },
    counts: wire.counts,
  };
}
