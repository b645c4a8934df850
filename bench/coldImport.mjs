/**
 * Cold `import` of the built package: each sample is a fresh Node process that imports one
 * entry and reports the wall and CPU time of that import alone (the process's own start-up is
 * not counted). Compares `tianmu-indicators` (`.`), `tianmu-indicators/schemas` (which loads
 * zod) and decimal.js by itself, the floor that any exact path pays.
 *
 * Run on the built package: `npm run build && node bench/coldImport.mjs`. COLD_RUNS=<n> sets
 * the samples per entry (default 21). The goal (issue: cold import of `.` under 50 ms) is
 * checked against the median wall time.
 */
import { spawnSync } from 'node:child_process';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const RUNS = Number(process.env.COLD_RUNS ?? 21);
const GOAL_MS = 50;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const entries = [
  ['tianmu-indicators', pathToFileURL(resolve(root, 'dist/index.js')).href],
  ['tianmu-indicators/schemas', pathToFileURL(resolve(root, 'dist/schemas.js')).href],
  ['decimal.js alone', 'decimal.js'],
];

function sample(specifier) {
  const program = `
    const cpu = process.cpuUsage();
    const start = performance.now();
    await import(${JSON.stringify(specifier)});
    const wallMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    console.log(JSON.stringify({ wallMs, cpuMs: (used.user + used.system) / 1000 }));
  `;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', program], {
    cwd: root,
    encoding: 'utf8',
  });
  if (child.status !== 0) throw new Error(`import of ${specifier} failed:\n${child.stderr}`);
  return JSON.parse(child.stdout);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const ms = (value) => value.toFixed(1);

console.log(`cold import, ${RUNS} fresh processes per entry (node ${process.version})`);
console.log('entry                         wall median   wall min–max   CPU median');
let packageMedian = Number.NaN;
for (const [name, specifier] of entries) {
  sample(specifier); // warm the file system cache, not the process
  const samples = Array.from({ length: RUNS }, () => sample(specifier));
  const wall = samples.map((s) => s.wallMs);
  const cpu = samples.map((s) => s.cpuMs);
  if (name === 'tianmu-indicators') packageMedian = median(wall);
  console.log(
    `${name.padEnd(28)}  ${ms(median(wall)).padStart(8)} ms  ${`${ms(Math.min(...wall))}–${ms(Math.max(...wall))}`.padStart(13)} ms  ${ms(median(cpu)).padStart(7)} ms`,
  );
}
const verdict = packageMedian < GOAL_MS ? 'met' : `missed by ${ms(packageMedian - GOAL_MS)} ms`;
console.log(`goal: cold import of . under ${GOAL_MS} ms (median wall): ${verdict}`);
