// The worker thread of renderSvgInWorker: renders the spec it is sent and posts back the SVG,
// or the error it met (its code, message and plain details).
import { parentPort } from 'node:worker_threads';
import { renderSvg } from '../charts/renderSvg.js';
import { encode } from './_transfer.js';

parentPort?.on('message', (task: { spec: Record<string, unknown>; trusted: boolean }) => {
  renderSvg(task.spec, { trusted: task.trusted }).then(
    (svg) => parentPort?.postMessage({ ok: true, svg }),
    (error: { code?: string; details?: Record<string, unknown>; message?: string }) => {
      // The engine's own error object (`cause`) may not survive the copy to the caller.
      const { cause: _cause, ...details } = error.details ?? {};
      parentPort?.postMessage({
        ok: false,
        error: { code: error.code, details: encode(details), message: String(error.message) },
      });
    },
  );
});
