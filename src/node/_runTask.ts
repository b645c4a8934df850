import { assessArea } from '../areas/_assessArea.js';
import type { AssessPlanOptions } from '../attainment/assessPlan.js';
import type { Dataset } from '../models/types.js';
import { decode, encode, toTransferredError } from './_transfer.js';

/** A task: the areas of one range, and the options. */
export interface AreasTask {
  readonly datasets: readonly Dataset[];
  readonly plan: string | undefined;
  readonly options: unknown;
}

/** Assesses a task's areas; what a worker posts back, or the error it met. */
export function runTask(
  task: AreasTask,
): { ok: true; areas: unknown } | { ok: false; error: unknown } {
  try {
    const options = decode(task.options) as AssessPlanOptions;
    const areas = task.datasets.map((dataset) => assessArea(dataset, task.plan, options));
    return { ok: true, areas: encode(areas) };
  } catch (error) {
    return { ok: false, error: toTransferredError(error) };
  }
}
