// Merges Stryker JSON reports of separate runs (one per layer, say) into one report that
// `stryker run` can use as its incremental file (docs/reliability.md):
//
//   node scripts/merge-mutation-reports.mjs reports/stryker-incremental.json reports/layers/*.json
//
// Source files that matched an older `mutate` but no longer do (EXCLUDE, a regular expression)
// are dropped: Stryker would otherwise carry their old results along.
//
// Later reports win for a source file they share with earlier ones. Test ids are local to a
// report, so tests are re-keyed by what Stryker itself matches them on (file, position, name)
// and the mutants' `coveredBy` and `killedBy` follow.
import { readFileSync, writeFileSync } from 'node:fs';

const [output, ...inputs] = process.argv.slice(2);
const exclude = process.env.EXCLUDE === undefined ? null : new RegExp(process.env.EXCLUDE);
if (output === undefined || inputs.length === 0) {
  console.error('usage: merge-mutation-reports.mjs <output.json> <report.json>...');
  process.exit(2);
}

const files = {};
const testFiles = {};
const idByKey = new Map();
let first;

for (const input of inputs) {
  const report = JSON.parse(readFileSync(input, 'utf8'));
  first ??= report;
  const localToGlobal = new Map();
  for (const [file, testFile] of Object.entries(report.testFiles ?? {})) {
    testFiles[file] ??= { ...testFile, tests: [] };
    const merged = testFiles[file];
    if (testFile.source !== undefined) merged.source = testFile.source;
    for (const test of testFile.tests) {
      const start = test.location?.start ?? { line: 0, column: 0 };
      const key = `${file}@${start.line}:${start.column}\n${test.name}`;
      let id = idByKey.get(key);
      if (id === undefined) {
        id = String(idByKey.size);
        idByKey.set(key, id);
        merged.tests.push({ ...test, id });
      }
      localToGlobal.set(test.id, id);
    }
  }
  const rename = (ids) => ids?.map((id) => localToGlobal.get(id)).filter((id) => id !== undefined);
  for (const [file, result] of Object.entries(report.files)) {
    if (exclude?.test(file)) continue;
    files[file] = {
      ...result,
      mutants: result.mutants.map((mutant) => ({
        ...mutant,
        coveredBy: rename(mutant.coveredBy),
        killedBy: rename(mutant.killedBy),
      })),
    };
  }
}

writeFileSync(output, `${JSON.stringify({ ...first, files, testFiles })}\n`);
const mutants = Object.values(files).flatMap((file) => file.mutants);
const count = (status) => mutants.filter((mutant) => mutant.status === status).length;
console.log(
  `${output}: ${Object.keys(files).length} files, ${mutants.length} mutants ` +
    `(${count('Killed')} killed, ${count('Timeout')} timed out, ${count('Survived')} survived, ` +
    `${count('NoCoverage')} without coverage, ${count('Ignored')} ignored), ${idByKey.size} tests`,
);
