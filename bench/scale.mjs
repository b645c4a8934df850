/**
 * How `assessPlan` scales on a synthetic national dataset: towns of 30 level targets each, every
 * target with a stated baseline and two observations of its indicator, assessed town by town
 * (one Dataset per town, as a town's work report is one dataset). Measures time, throughput
 * and the heap held by the scorecards at about 10k, 100k and 1M targets (38,600 towns × 30 is
 * 1.158M), and the linearity ratio between sizes.
 *
 * Run on the built package: `npm run build && node --expose-gc --max-old-space-size=16384
 * bench/scale.mjs`. SCALE_SIZES=10000,100000 picks other sizes (targets); SCALE_ROUNDS=<n>
 * repeats each size and keeps the fastest round (default 3, and 1 from SCALE_SIZES entries of 1,000,000 up).
 */
import { performance } from 'node:perf_hooks';
import { assessPlan } from '../dist/index.js';

const TARGETS_PER_TOWN = 30;
const AS_OF = '2024-06-30';
const SIZES = (process.env.SCALE_SIZES ?? '10000,100000,1000000')
  .split(',')
  .map((size) => Number(size.trim()));

if (typeof globalThis.gc !== 'function') {
  console.error('Run with `node --expose-gc bench/scale.mjs` so the heap can be measured.');
  process.exit(1);
}
const gc = globalThis.gc;

// Deterministic data: the same towns on every run.
let state = 38_600;
const random = () => {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
};

const SECTORS = ['industry', 'agriculture', 'services', 'environment', 'society'];

/** One town's dataset: 30 indicators, 60 observations (2022, 2023), one plan of 30 level targets. */
function makeTown(town) {
  const source = { document: `report-${town}`, section: '今后五年', quote: '规划目标' };
  const indicators = [];
  const observations = [];
  const targets = [];
  for (let i = 0; i < TARGETS_PER_TOWN; i++) {
    const id = `indicator-${i}`;
    const decrease = i % 6 === 5; // energy use, pollution: lower is better
    const name = { zh: `指标${i}`, en: `Indicator ${i}` };
    indicators.push({
      id,
      name,
      unit: 'yi-yuan',
      direction: decrease ? 'decrease' : 'increase',
      measure: 'flow',
      sector: SECTORS[i % SECTORS.length],
      attribute: i % 3 === 0 ? 'binding' : 'anticipatory',
    });
    const base = 50 + random() * 950;
    // Planned five-year change: +10% to +80% (or -5% to -30% for a decrease indicator).
    const planned = decrease ? 1 - (0.05 + random() * 0.25) : 1.1 + random() * 0.7;
    // Progress so far ranges from going backwards to ahead of plan.
    const pace = -0.3 + random() * 1.8;
    const at = (years) => base * (1 + (planned - 1) * pace * (years / 5));
    observations.push(obs(id, '2022', at(1), source), obs(id, '2023', at(2), source));
    const target = {
      kind: 'level',
      id: `target-${i}`,
      title: name,
      attribute: i % 3 === 0 ? 'binding' : 'anticipatory',
      source,
      indicator: id,
      value: (base * planned).toFixed(2),
      period: '2026',
      comparator: decrease ? 'at-most' : 'at-least',
      baseline: { period: '2021', value: base.toFixed(2) },
    };
    if (i % 2 === 0) target.annualGrowthPercent = ((planned ** (1 / 5) - 1) * 100).toFixed(1);
    targets.push(target);
  }
  const title = { zh: `镇${town}`, en: `Town ${town}` };
  return {
    id: `town-${town}`,
    area: { id: `town-${town}`, name: title },
    sources: [],
    claims: [],
    projects: [],
    indicators,
    observations,
    plans: [
      {
        id: 'plan',
        title,
        issuer: title,
        adoptedOn: '2021-12-25',
        period: '2022/2026',
        source: `report-${town}`,
        targets,
      },
    ],
  };
}

function obs(indicator, period, value, source) {
  return { indicator, period, value: value.toFixed(2), status: 'actual', qualifier: null, source };
}

function heapUsed() {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/** Assesses every town once; returns the scorecards (held) and the elapsed time. */
function assessAll(towns) {
  const scorecards = new Array(towns.length);
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  for (let t = 0; t < towns.length; t++) {
    scorecards[t] = assessPlan(towns[t], 'plan', { asOf: AS_OF });
  }
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  // CPU time of the process (GC helper threads included): less sensitive to a busy machine.
  return { scorecards, ms, cpuMs: (cpu.user + cpu.system) / 1000 };
}

function measure(targets) {
  const townCount = Math.round(targets / TARGETS_PER_TOWN);
  const towns = Array.from({ length: townCount }, (_, town) => makeTown(town));
  const assessments = townCount * TARGETS_PER_TOWN;
  const rounds = Number(process.env.SCALE_ROUNDS ?? (targets >= 1_000_000 ? 1 : 3));
  let best = Number.POSITIVE_INFINITY;
  let bestCpu = Number.POSITIVE_INFINITY;
  let heldBytes = 0;
  let statusCounts = null;
  // Cleared before each `before`: a stale reference to the last round's scorecards would
  // otherwise be counted in the baseline.
  let run = null;
  for (let round = 0; round < rounds; round++) {
    run = null;
    const before = heapUsed();
    run = assessAll(towns);
    const after = heapUsed();
    best = Math.min(best, run.ms);
    bestCpu = Math.min(bestCpu, run.cpuMs);
    heldBytes = Math.max(heldBytes, after - before);
    statusCounts ??= countStatuses(run.scorecards);
    if (run.scorecards.length !== townCount) throw new Error('lost scorecards');
  }
  run = null;
  return {
    targets: assessments,
    towns: townCount,
    ms: best,
    cpuMs: bestCpu,
    heldBytes,
    rounds,
    statusCounts,
  };
}

function countStatuses(scorecards) {
  const counts = {};
  for (const scorecard of scorecards) {
    for (const [status, count] of Object.entries(scorecard.counts)) {
      counts[status] = (counts[status] ?? 0) + count;
    }
  }
  return counts;
}

// Warm-up: let the JIT settle before the first timed size.
assessAll(Array.from({ length: 200 }, (_, town) => makeTown(town)));

const results = [];
let peakRss = 0;
for (const size of SIZES) {
  const result = measure(size);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  results.push(result);
  // Progress on stderr: the table follows once every size is done.
  console.error(
    `${result.targets} targets: ${result.ms.toFixed(0)} ms, CPU ${result.cpuMs.toFixed(0)} ms, held ${(result.heldBytes / result.targets).toFixed(0)} B/assessment`,
  );
}

const fmt = (n, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const rows = [
  [
    'targets',
    'towns',
    'time (ms)',
    'CPU (ms)',
    'assessments/s',
    'held heap (MB)',
    'bytes/assessment',
    '× targets',
    '× time',
    'time ratio / target ratio',
  ],
];
results.forEach((r, i) => {
  const previous = results[i - 1];
  const targetRatio = previous ? r.targets / previous.targets : null;
  const timeRatio = previous ? r.ms / previous.ms : null;
  rows.push([
    fmt(r.targets),
    fmt(r.towns),
    fmt(r.ms, 0),
    fmt(r.cpuMs, 0),
    fmt((r.targets / r.ms) * 1000),
    fmt(r.heldBytes / 1_048_576, 1),
    fmt(r.heldBytes / r.targets),
    targetRatio === null ? '—' : `${fmt(targetRatio, 2)}×`,
    timeRatio === null ? '—' : `${fmt(timeRatio, 2)}×`,
    targetRatio === null ? '—' : fmt(timeRatio / targetRatio, 2),
  ]);
});
const widths = rows[0].map((_, c) => Math.max(...rows.map((row) => row[c].length)));
console.log(
  `assessPlan scale (node ${process.version}, one thread, ${TARGETS_PER_TOWN} level targets per town, asOf ${AS_OF}; fastest of the rounds)`,
);
for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c])).join('  '));
console.log(
  `statuses at ${fmt(results[0].targets)} targets:`,
  JSON.stringify(results[0].statusCounts),
);
console.log(`peak RSS ${fmt(peakRss / 1_048_576)} MB`);

// Goals: ≥ 50,000 assessments/s, ≤ 2 KB held per assessment, 10× targets ≤ 11× time.
const worstRate = Math.min(...results.map((r) => (r.targets / r.ms) * 1000));
const worstBytes = Math.max(...results.map((r) => r.heldBytes / r.targets));
const worstLinearity = Math.max(
  ...results.slice(1).map((r, i) => r.ms / results[i].ms / (r.targets / results[i].targets)),
);
const verdict = (ok) => (ok ? 'met' : 'MISSED');
console.log(
  [
    `goal ≥ 50,000 assessments/s: slowest size ${fmt(worstRate)}/s — ${verdict(worstRate >= 50_000)}`,
    `goal ≤ 2,048 bytes held per assessment: largest ${fmt(worstBytes)} — ${verdict(worstBytes <= 2048)}`,
    results.length < 2
      ? 'goal 10× targets ≤ 11× time: not measured (one size only)'
      : `goal 10× targets ≤ 11× time (ratio ≤ 1.10): worst ${fmt(worstLinearity, 2)} — ${verdict(worstLinearity <= 1.1)}`,
  ].join('\n'),
);
