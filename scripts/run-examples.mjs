// Runs every program in examples/ with node, importing the built package by its name, and
// compares what it prints with examples/expected/<name>.txt. `--update` rewrites the files.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dir = join(root, 'examples');
const update = process.argv.includes('--update');
let failed = 0;
const programs = readdirSync(dir).filter((name) => /\.(mjs|cjs|js)$/.test(name));
for (const name of programs) {
  const expectedFile = join(dir, 'expected', `${name}.txt`);
  let actual;
  try {
    actual = execFileSync('node', [join(dir, name)], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, TZ: 'America/Los_Angeles' },
    });
  } catch (error) {
    console.error(`examples/${name} failed:\n${error.stderr ?? error}`);
    failed++;
    continue;
  }
  if (update) {
    writeFileSync(expectedFile, actual);
    continue;
  }
  const expected = readFileSync(expectedFile, 'utf8');
  if (actual !== expected) {
    console.error(`examples/${name} printed:\n${actual}\nexpected:\n${expected}`);
    failed++;
  }
}
console.log(`${programs.length - failed} passed, ${failed} failed`);
if (failed > 0) process.exitCode = 1;
