/**
 * Node-only helpers: `assessAreasParallel` spreads the area scorecards of many towns over
 * worker threads, and `assessAreaFiles` has each thread read its own towns from files; `renderSvgInWorker` renders a chart on a thread with a time and a memory
 * limit. Kept apart from `tianmu-indicators` so that browser bundles never meet
 * `node:worker_threads`.
 *
 * @module tianmu-indicators/node
 */

export { type AssessAreaFilesOptions, assessAreaFiles } from './node/assessAreaFiles.js';
export {
  type AssessAreasParallelOptions,
  assessAreasParallel,
} from './node/assessAreasParallel.js';
export { type RenderSvgInWorkerOptions, renderSvgInWorker } from './node/renderSvgInWorker.js';
