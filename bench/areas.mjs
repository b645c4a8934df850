/**
 * Many towns at once: a synthetic district of 20 towns and a synthetic nation of 38,600 towns,
 * each town one Dataset with one plan of 30 level targets (the scale benchmark's towns). Times
 * `rollUp` and `assessAreas` (throughput, heap held per town, cost growth from 1,000 to 38,600
 * towns; with every scorecard held and with the summary only, `scorecards: false`),
 * `assessAreasParallel` with 1 and 2 threads (the speed-up), and `assessAreaFiles` over the
 * same towns written as files, with 1 and 2 threads; both with and without the scorecards.
 *
 * Run on the built package: `npm run build && node --expose-gc --max-old-space-size=16384
 * --max-semi-space-size=64 bench/areas.mjs` (a young generation of 64 MB a half, the setting
 * docs/performance.md recommends for national runs; leave it out to measure V8's default). AREAS_TOWNS=1000,38600 picks the sizes (towns; the district of 20 always
 * runs first); AREAS_WORKERS=2 the threads of the parallel run (this one included).
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { assessAreas, rollUp } from '../dist/index.js';
import { assessAreaFiles, assessAreasParallel } from '../dist/node.js';

const TARGETS_PER_TOWN = 30;
const AS_OF = '2024-06-30';
const SIZES = (process.env.AREAS_TOWNS ?? '1000,38600').split(',').map((n) => Number(n.trim()));
const WORKERS = Number(process.env.AREAS_WORKERS ?? '2');

if (typeof globalThis.gc !== 'function') {
  console.error('Run with `node --expose-gc bench/areas.mjs` so the heap can be measured.');
  process.exit(1);
}
const gc = globalThis.gc;

let state = 38_600;
const random = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};

/** One town: 30 indicators, observations for 2021–2023, one plan of 30 level targets. */
function makeTown(town) {
  const id = `town-${town}`;
  const source = { document: 'report', section: '今后五年', quote: '规划目标' };
  const indicators = [];
  const observations = [];
  const targets = [];
  for (let i = 0; i < TARGETS_PER_TOWN; i++) {
    const indicator = `indicator-${i}`;
    const decrease = i % 6 === 5;
    indicators.push({
      id: indicator,
      name: { zh: `指标${i}`, en: `Indicator ${i}` },
      unit: i % 2 === 0 ? 'yi-yuan' : 'wan-yuan',
      direction: decrease ? 'decrease' : 'increase',
      measure: 'flow',
      sector: 'economy',
      attribute: i % 3 === 0 ? 'binding' : 'anticipatory',
    });
    const base = 50 + random() * 950;
    const planned = decrease ? 1 - (0.05 + random() * 0.25) : 1.1 + random() * 0.7;
    const pace = -0.3 + random() * 1.8;
    const at = (years) => base * (1 + (planned - 1) * pace * (years / 5));
    for (const [period, years] of [
      ['2021', 0],
      ['2022', 1],
      ['2023', 2],
    ]) {
      observations.push({
        indicator,
        period,
        value: at(years).toFixed(2),
        status: 'actual',
        qualifier: null,
        source,
      });
    }
    targets.push({
      kind: 'level',
      id: `target-${i}`,
      title: { zh: `目标${i}`, en: `Target ${i}` },
      attribute: i % 3 === 0 ? 'binding' : 'anticipatory',
      source,
      indicator,
      value: (base * planned).toFixed(2),
      period: '2026',
      comparator: decrease ? 'at-most' : 'at-least',
    });
  }
  return {
    id,
    area: { id, name: { zh: `${town}镇`, en: `Town ${town}` } },
    sources: [
      { id: 'report', title: { zh: '报告', en: 'Report' }, issuer: { zh: '镇', en: 'Town' } },
    ],
    indicators,
    observations,
    claims: [],
    plans: [
      {
        id: 'plan',
        title: { zh: '规划', en: 'Plan' },
        issuer: { zh: '镇', en: 'Town' },
        adoptedOn: '2021-12-25',
        period: '2022/2026',
        source: 'report',
        targets,
      },
    ],
    projects: [],
  };
}

const AREA = { id: 'nation', area: { id: 'nation', name: { zh: '全国', en: 'Nation' } } };
const heap = () => {
  gc();
  gc();
  // ArrayBuffers too: the scorecards of a parallel run are held as bytes outside the heap.
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};
const time = (run) => {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
};
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits });

// Warm-up.
assessAreas(
  Array.from({ length: 50 }, (_, i) => makeTown(i)),
  { asOf: AS_OF },
);
rollUp(
  Array.from({ length: 50 }, (_, i) => makeTown(i)),
  AREA,
);

console.log(
  '| towns | targets | rollUp (ms) | towns/s | assessAreas (ms) | assessments/s | held / town | ms / town | summary only (ms) | assessments/s | held / assessment |',
);
console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const perTown = [];
for (const towns of [20, ...SIZES]) {
  const datasets = Array.from({ length: towns }, (_, i) => makeTown(i));
  const roll = time(() => rollUp(datasets, AREA));
  if (roll.result.incomplete.length !== 0) throw new Error('a synthetic roll-up was incomplete');
  const targets = towns * TARGETS_PER_TOWN;
  // The summary only (`scorecards: false`) first, so that no scorecards are live meanwhile.
  let before = heap();
  let summary = time(() => assessAreas(datasets, { asOf: AS_OF, scorecards: false }));
  const summaryHeld = heap() - before;
  const summaryMs = summary.ms;
  const summaryCounts = JSON.stringify(summary.result.counts);
  summary = null;
  before = heap();
  const assess = time(() => assessAreas(datasets, { asOf: AS_OF }));
  const held = heap() - before;
  if (JSON.stringify(assess.result.counts) !== summaryCounts) throw new Error('the counts differ');
  perTown.push({ towns, ms: assess.ms / towns, summary: summaryMs / towns });
  console.log(
    `| ${fmt(towns)} | ${fmt(targets)} | ${fmt(roll.ms, 1)} | ${fmt(towns / (roll.ms / 1000))} | ${fmt(assess.ms, 1)} | ${fmt(targets / (assess.ms / 1000))} | ${fmt(held / towns / 1024, 1)} kB | ${fmt(assess.ms / towns, 3)} | ${fmt(summaryMs, 1)} | ${fmt(targets / (summaryMs / 1000))} | ${summaryHeld > 0 ? `${fmt(summaryHeld / targets)} B` : 'below the GC noise'} |`,
  );
  if (assess.result.areas.length !== towns) throw new Error('lost an area');
}
const first = perTown[1] ?? perTown[0];
const last = perTown.at(-1);
console.log(
  `\nCost growth per town, ${fmt(first.towns)} → ${fmt(last.towns)} towns: ${(last.ms / first.ms).toFixed(2)}× with every scorecard held, ${(last.summary / first.summary).toFixed(2)}× for the summary only (1.00× is linear)`,
);

const largest = SIZES.at(-1);
const datasets = Array.from({ length: largest }, (_, i) => makeTown(i));
/** The one-thread run; only its counts are kept, so that the parallel run starts from the same heap. */
async function oneThread() {
  const start = performance.now();
  const { counts } = await assessAreasParallel(datasets, { asOf: AS_OF, workers: 1 });
  return { serial: performance.now() - start, serialCounts: JSON.stringify(counts) };
}
const { serial, serialCounts } = await oneThread();
/** The summary only (`scorecards: false`), 1 thread then WORKERS: no scorecards cross back. */
async function summaryRun(workers) {
  const start = performance.now();
  const { counts } = await assessAreasParallel(datasets, {
    asOf: AS_OF,
    workers,
    scorecards: false,
  });
  if (JSON.stringify(counts) !== serialCounts) throw new Error('the counts differ');
  return performance.now() - start;
}
const summaryOne = await summaryRun(1);
const summaryMany = await summaryRun(WORKERS);
console.log(
  `assessAreasParallel, summary only, ${fmt(largest)} towns: 1 thread ${fmt(summaryOne)} ms, ${WORKERS} threads ${fmt(summaryMany)} ms, speed-up ${(summaryOne / summaryMany).toFixed(2)}×`,
);
/** The full parallel run, measured in a function so that its result is gone afterwards. */
async function fullParallel() {
  const heldBefore = heap();
  const two = performance.now();
  const parallel = await assessAreasParallel(datasets, { asOf: AS_OF, workers: WORKERS });
  const spread = performance.now() - two;
  const parallelHeld = heap() - heldBefore;
  if (parallel.areas.length !== largest) throw new Error('lost an area in the workers');
  if (JSON.stringify(parallel.counts) !== serialCounts) throw new Error('the counts differ');
  const fromWorkers = parallel.areas.filter(
    (area) => typeof Object.getOwnPropertyDescriptor(area, 'scorecards')?.get === 'function',
  ).length;
  const read = performance.now();
  let assessments = 0;
  for (const area of parallel.areas) {
    for (const scorecard of area.scorecards) assessments += scorecard.assessments.length;
  }
  const reading = performance.now() - read;
  if (assessments !== largest * TARGETS_PER_TOWN) throw new Error('lost an assessment');
  console.log(
    `assessAreasParallel, ${fmt(largest)} towns: 1 thread ${fmt(serial)} ms, ${WORKERS} threads ${fmt(spread)} ms, speed-up ${(serial / spread).toFixed(2)}×; ${fmt(fromWorkers)} towns assessed on the worker; held before their scorecards are read ${fmt(parallelHeld / largest / 1024, 1)} kB / town; reading every scorecard then took ${fmt(reading)} ms`,
  );
}
await fullParallel();

// The towns as files (as `tianmu-indicators init` writes them), read and assessed by each thread:
// `assessAreaFiles`, 1 thread against WORKERS, the summary only first; no earlier result is held.
const folder = mkdtempSync(join(tmpdir(), 'tianmu-bench-'));
const files = datasets.map((dataset, index) => {
  const file = join(folder, `town-${index}.json`);
  writeFileSync(file, `${JSON.stringify(dataset, null, 2)}\n`);
  return file;
});
datasets.length = 0;
const fileBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
/** One run over the files; only its time and counts are kept. */
const overFiles = async (workers, scorecards) => {
  const start = performance.now();
  const result = await assessAreaFiles(files, { asOf: AS_OF, workers, scorecards });
  const ms = performance.now() - start;
  if (result.areas.length !== largest) throw new Error('lost an area of the files');
  if (JSON.stringify(result.counts) !== serialCounts) throw new Error('the counts differ');
  return ms;
};
const summaryFilesOne = await overFiles(1, false);
const summaryFilesMany = await overFiles(WORKERS, false);
const filesOne = await overFiles(1, true);
const filesTwo = await overFiles(WORKERS, true);
rmSync(folder, { recursive: true });
console.log(
  `assessAreaFiles, ${fmt(largest)} files (${fmt(fileBytes / largest / 1024, 1)} kB each): 1 thread ${fmt(filesOne)} ms (${fmt(filesOne / largest, 3)} ms / town), ${WORKERS} threads ${fmt(filesTwo)} ms, speed-up ${(filesOne / filesTwo).toFixed(2)}×; summary only: 1 thread ${fmt(summaryFilesOne)} ms (${fmt(summaryFilesOne / largest, 3)} ms / town), ${WORKERS} threads ${fmt(summaryFilesMany)} ms, speed-up ${(summaryFilesOne / summaryFilesMany).toFixed(2)}×`,
);
