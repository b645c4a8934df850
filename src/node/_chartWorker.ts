// The worker thread of renderSvgInWorker: renders the spec it is sent and posts back the SVG,
// or the error it met (its code, message and plain details).
import { parentPort } from 'node:worker_threads';
import { renderSvg } from '../charts/renderSvg.js';
import { toTransferredError } from './_transfer.js';

interface ChartTask {
  readonly spec: Record<string, unknown>;
  readonly trusted: boolean;
  readonly timeLimit: number;
}

parentPort?.on('message', (task: ChartTask) => {
  renderSvg(task.spec, { trusted: task.trusted, timeLimit: task.timeLimit }).then(
    (svg) => parentPort?.postMessage({ ok: true, svg }),
    (error: unknown) => parentPort?.postMessage({ ok: false, error: toTransferredError(error) }),
  );
});
