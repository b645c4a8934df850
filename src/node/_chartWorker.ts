// The worker thread of renderSvgInWorker: renders the spec it is sent and posts back the SVG,
// or the error it met (its code, message and plain details).
import { parentPort } from 'node:worker_threads';
import { importEngine, renderSvgWith } from '../charts/_render.js';
import { toTransferredError } from './_transfer.js';

/** A spec and the options renderSvgInWorker has read already. */
interface ChartTask {
  readonly spec: Record<string, unknown>;
  readonly trusted: boolean;
  readonly timeLimit: number;
  /** `Date.now()` when the thread was started: its time limit counts from there. */
  readonly startedAt: number;
}

parentPort?.on('message', (task: ChartTask) => {
  // The same limit from the same moment as the thread's timer, so that a rendering of many
  // short steps stops here, with the same error, about when the thread would be stopped.
  const { trusted, timeLimit, startedAt } = task;
  renderSvgWith(task.spec, importEngine, { trusted, timeLimit, now: Date.now, startedAt }).then(
    (svg) => parentPort?.postMessage({ ok: true, svg }),
    (error: unknown) => parentPort?.postMessage({ ok: false, error: toTransferredError(error) }),
  );
});
