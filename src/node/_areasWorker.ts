// The worker thread of assessAreasParallel: assesses the areas it is sent and posts back
// their summaries, with the scorecards as wire text.
import { parentPort } from 'node:worker_threads';
import { type AreasTask, runTask, transferables } from './_runTask.js';

parentPort?.on('message', (task: AreasTask) => {
  const reply = runTask(task);
  parentPort?.postMessage(reply, transferables(reply));
});
