// Invalidates the cached mutation results that an input outside the sources may have changed.
// Run by `npm run test:mutation` before `stryker run` (docs/reliability.md, "Incremental runs").
//
// Stryker's incremental mode re-tests a mutant when its source file or a test file covering it
// changed, but not when a test helper, a fixture, a golden file, a config or the lockfile did:
// a cached "killed" would then outlive the test that killed it. This script keeps the hashes of
// those inputs in reports/mutation-inputs.json (committed with the incremental file) and, for
// each one that changed since:
// - a helper (a non-test .ts file under test/, or src/**/_testKit.ts), a fixture or a golden
//   file (any other file under test/fixtures/ or examples/expected/): finds the test files that
//   depend on it (import it, directly or through other helpers, or name the file or its folder)
//   and removes from the incremental file the results of every mutant those tests cover or
//   killed, so that Stryker tests them again;
// - a config (vitest.stryker.config.ts, tsconfig.json, or a setting of stryker.config.mjs other
//   than the files to mutate and where reports go) or the lockfile's entries for the runtime
//   dependencies and the test tools: removes every cached result.
//
// Two changes need nothing removed, because Stryker itself never reuses a result they affect:
// - the files to mutate (`mutate`): a mutant not mutated before has no result to reuse;
// - stryker.equivalents.mjs: its ignorer runs afresh on every run, Stryker does not reuse an
//   ignored mutant's result, and it runs again a mutant ignored before but not now.
//
// Usage: node scripts/mutation-inputs.mjs [--incremental FILE] [--record FILE] [--dry-run]
//        [--costs]   (--costs prints, for each input, how many mutants a change would re-test)
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Files whose change re-tests everything. */
const CONFIGS = ['vitest.stryker.config.ts', 'tsconfig.json'];
/** Stryker's settings, recorded without those that change no verdict (see above). */
const STRYKER_SETTINGS = 'stryker.config.mjs#settings';
const NO_VERDICT_SETTINGS = new Set(['mutate', 'reporters', 'htmlReporter', 'jsonReporter']);
/** Every input whose change re-tests everything. */
const EVERYTHING = [...CONFIGS, STRYKER_SETTINGS];
/** Test tools whose version can change a test's verdict, besides the runtime dependencies. */
const TEST_TOOLS = [
  'vitest',
  '@vitest/runner',
  '@vitest/expect',
  'fast-check',
  '@stryker-mutator/core',
  '@stryker-mutator/vitest-runner',
  '@stryker-mutator/instrumenter',
];

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : process.argv[at + 1];
}

function hash(text) {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** Every file under `dir` (relative to the root), skipping node_modules. */
function walk(dir) {
  const full = join(ROOT, dir);
  if (!existsSync(full)) return [];
  const out = [];
  for (const name of readdirSync(full)) {
    if (name === 'node_modules') continue;
    const path = posix.join(dir, name);
    if (statSync(join(ROOT, path)).isDirectory()) out.push(...walk(path));
    else out.push(path);
  }
  return out;
}

const isTest = (path) => path.endsWith('.test.ts');

/** Stryker's settings that can change a verdict, hashed (keys sorted, so order does not count). */
async function strykerSettingsHash() {
  const { default: config } = await import(join(ROOT, 'stryker.config.mjs'));
  const settings = Object.keys(config)
    .filter((key) => !NO_VERDICT_SETTINGS.has(key))
    .sort()
    .map((key) => [key, config[key]]);
  return hash(JSON.stringify(settings));
}

/** The inputs outside the sources, each with its hash: helpers, data, configs, dependencies. */
async function currentInputs() {
  const helpers = [
    ...walk('test').filter((path) => path.endsWith('.ts') && !isTest(path)),
    ...walk('src').filter((path) => path.endsWith('/_testKit.ts')),
  ];
  const data = [...walk('test/fixtures'), ...walk('examples/expected')].filter(
    (path) => !path.endsWith('.ts'),
  );
  const inputs = {};
  for (const path of [...helpers, ...data, ...CONFIGS]) {
    if (existsSync(join(ROOT, path))) inputs[path] = hash(readFileSync(join(ROOT, path)));
  }
  inputs[STRYKER_SETTINGS] = await strykerSettingsHash();
  inputs['package-lock.json#dependencies'] = dependencyHash();
  return { inputs, helpers: new Set(helpers), data: new Set(data) };
}

/** The lockfile's entries for the runtime dependencies and the test tools, hashed. */
function dependencyHash() {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  const names = [
    ...Object.keys(pkg.dependencies ?? {}),
    ...Object.keys(pkg.peerDependencies ?? {}),
    ...TEST_TOOLS,
  ].sort();
  const entries = names.map((name) => {
    const entry = lock.packages?.[`node_modules/${name}`];
    return [name, entry?.version ?? null, entry?.integrity ?? null];
  });
  return hash(JSON.stringify(entries));
}

/** Relative imports of a TypeScript file, resolved to files (`.js` specifiers to `.ts`). */
function importsOf(path, text) {
  const out = [];
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = posix.normalize(posix.join(posix.dirname(path), match[1]));
    out.push(target.replace(/\.js$/, '.ts'));
  }
  return out;
}

/**
 * The test files that depend on each input: import it (directly or through helpers) or name it
 * (its file name, or its folder for a data file).
 */
function dependents(helpers, data) {
  const files = [...walk('src'), ...walk('test')].filter((path) => path.endsWith('.ts'));
  const texts = new Map(files.map((path) => [path, readFileSync(join(ROOT, path), 'utf8')]));
  // What each file uses directly: helpers it imports, data files it names.
  const uses = new Map();
  for (const [path, text] of texts) {
    const used = new Set(importsOf(path, text).filter((target) => helpers.has(target)));
    for (const file of data) {
      // A file by its name; one in a folder of its own (test/fixtures/cli, examples/expected)
      // also by the folder, which a test may read as a whole.
      const folder = posix.dirname(file);
      const byFolder = folder !== 'test/fixtures' && text.includes(folder);
      if (byFolder || text.includes(posix.basename(file))) used.add(file);
    }
    uses.set(path, used);
  }
  // Close over helpers: a file using a helper uses what the helper uses.
  const closure = (path, seen = new Set()) => {
    for (const target of uses.get(path) ?? []) {
      if (seen.has(target)) continue;
      seen.add(target);
      if (helpers.has(target)) closure(target, seen);
    }
    return seen;
  };
  const byInput = new Map();
  for (const path of files.filter(isTest)) {
    for (const input of closure(path)) {
      if (!byInput.has(input)) byInput.set(input, new Set());
      byInput.get(input).add(path);
    }
  }
  return byInput;
}

/**
 * Ids of the mutants whose cached results depend on the given test files: a killed mutant
 * (or one that timed out) when one of them killed it, any other (survived, for one) when one of
 * them covers it and might now kill it. A killed mutant whose killer lies elsewhere keeps its
 * result: that test did not change.
 */
function mutantsOf(report, testFiles) {
  const ids = new Set();
  for (const path of testFiles) {
    for (const test of report.testFiles?.[path]?.tests ?? []) ids.add(test.id);
  }
  const hit = new Map();
  for (const [file, entry] of Object.entries(report.files)) {
    for (const mutant of entry.mutants) {
      // An ignored mutant is never run; its result depends on no test.
      if (mutant.status === 'Ignored') continue;
      const killed = mutant.status === 'Killed' || mutant.status === 'Timeout';
      const tests = killed && mutant.killedBy?.length ? mutant.killedBy : (mutant.coveredBy ?? []);
      if (tests.some((id) => ids.has(id))) {
        if (!hit.has(file)) hit.set(file, new Set());
        hit.get(file).add(mutant.id);
      }
    }
  }
  return hit;
}

function count(hit) {
  let total = 0;
  for (const ids of hit.values()) total += ids.size;
  return total;
}

async function main() {
  const incrementalFile = resolve(
    ROOT,
    option('--incremental', 'reports/stryker-incremental.json'),
  );
  const recordFile = resolve(ROOT, option('--record', 'reports/mutation-inputs.json'));
  const dryRun = process.argv.includes('--dry-run');
  const { inputs, helpers, data } = await currentInputs();

  if (!existsSync(incrementalFile)) {
    // No cached results: nothing to invalidate; Stryker tests everything.
    if (!dryRun) writeFileSync(recordFile, `${JSON.stringify(inputs, null, 2)}\n`);
    return;
  }
  const report = JSON.parse(readFileSync(incrementalFile, 'utf8'));
  const byInput = dependents(helpers, data);

  if (process.argv.includes('--costs')) {
    const total = Object.values(report.files).reduce((sum, entry) => sum + entry.mutants.length, 0);
    const rows = Object.keys(inputs).map((input) => {
      const all = EVERYTHING.includes(input) || input.startsWith('package-lock.json');
      const n = all ? total : count(mutantsOf(report, byInput.get(input) ?? []));
      return [n, input];
    });
    rows.sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]));
    for (const [n, input] of rows) console.log(`${String(n).padStart(6)}  ${input}`);
    console.log(`${String(total).padStart(6)}  (all mutants)`);
    return;
  }

  const recorded = existsSync(recordFile) ? JSON.parse(readFileSync(recordFile, 'utf8')) : null;
  if (recorded === null) {
    // First use: the committed results are taken to match the committed inputs.
    if (!dryRun) writeFileSync(recordFile, `${JSON.stringify(inputs, null, 2)}\n`);
    console.log('mutation inputs: recorded (no earlier record)');
    return;
  }
  const changed = Object.keys({ ...recorded, ...inputs }).filter(
    (input) => recorded[input] !== inputs[input],
  );
  if (changed.length === 0) {
    console.log('mutation inputs: unchanged');
    return;
  }
  const everything = changed.some(
    (input) => EVERYTHING.includes(input) || input.startsWith('package-lock.json'),
  );
  let removed = 0;
  if (everything) {
    for (const entry of Object.values(report.files)) removed += entry.mutants.length;
    report.files = {};
  } else {
    const tests = new Set(changed.flatMap((input) => [...(byInput.get(input) ?? [])]));
    const hit = mutantsOf(report, tests);
    removed = count(hit);
    for (const [file, ids] of hit) {
      const entry = report.files[file];
      entry.mutants = entry.mutants.filter((mutant) => !ids.has(mutant.id));
    }
  }
  console.log(
    `mutation inputs changed: ${changed.join(', ')}; ${removed} cached results removed` +
      (everything ? ' (all)' : ''),
  );
  if (dryRun) return;
  writeFileSync(incrementalFile, JSON.stringify(report));
  writeFileSync(recordFile, `${JSON.stringify(inputs, null, 2)}\n`);
}

await main();
