// Prints a Stryker JSON report (the incremental file by default) as a Markdown table by layer
// (the folder under src/), with the score Stryker computes: detected (killed or timed out)
// over valid mutants (detected, survived, without coverage).
//
//   node scripts/mutation-summary.mjs [reports/stryker-incremental.json]
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/stryker-incremental.json';
const report = JSON.parse(readFileSync(file, 'utf8'));
const STATUSES = ['Killed', 'Timeout', 'Survived', 'NoCoverage', 'Ignored'];
const layers = new Map();
const total = Object.fromEntries(STATUSES.map((status) => [status, 0]));

for (const [path, result] of Object.entries(report.files)) {
  const layer = /^src\/([^/]+)\//.exec(path)?.[1] ?? path;
  if (!layers.has(layer)) layers.set(layer, Object.fromEntries(STATUSES.map((s) => [s, 0])));
  const counts = layers.get(layer);
  for (const mutant of result.mutants) {
    if (!(mutant.status in counts)) continue;
    counts[mutant.status] += 1;
    total[mutant.status] += 1;
  }
}

const score = (c) => {
  const detected = c.Killed + c.Timeout;
  const valid = detected + c.Survived + c.NoCoverage;
  return valid === 0 ? '–' : `${((100 * detected) / valid).toFixed(2)}%`;
};
const row = (name, c) =>
  `| ${name} | ${c.Killed} | ${c.Timeout} | ${c.Survived} | ${c.NoCoverage} | ${c.Ignored} | ${score(c)} |`;

console.log('| layer | killed | timed out | survived | no coverage | ignored | score |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const [layer, counts] of [...layers].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(row(`\`${layer}\``, counts));
}
console.log(row('**all**', total));
