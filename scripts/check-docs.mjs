// The API-docs gate. 1. typedoc with warnings as errors renders the site into a temporary
// folder. 2. Every property of every exported interface and class is documented too.
// 3. The rendered site is checked (scripts/_docsSite.mjs): no signature inlines a model type,
// every export sits in a category, every name on a module's index has its summary, and every
// link resolves (no raw media/*.md). `DOCS_SITE=docs/api node scripts/check-docs.mjs` checks an
// already rendered site and skips 1 and 2.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkSite } from './_docsSite.mjs';

const typedoc = (args) => spawnSync('npx', ['typedoc', ...args], { encoding: 'utf8' });

let site = process.env.DOCS_SITE;
let temporary = null;
if (site === undefined) {
  temporary = mkdtempSync(join(tmpdir(), 'tianmu-docs-'));
  site = temporary;
  const strict = typedoc(['--out', site]);
  process.stdout.write(strict.stdout);
  process.stderr.write(strict.stderr);
  if (strict.status !== 0) process.exit(strict.status ?? 1);

  const properties = typedoc([
    '--emit',
    'none',
    '--treatWarningsAsErrors',
    'false',
    '--requiredToBeDocumented',
    'Property',
  ]);
  const lines = `${properties.stdout}${properties.stderr}`
    // biome-ignore lint/suspicious/noControlCharactersInRegex: strips terminal colours
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n');
  const missing = lines.filter(
    (line) => line.includes('does not have any documentation') && !line.includes('__type'),
  );
  if (missing.length > 0) {
    console.error(`Undocumented properties:\n${missing.join('\n')}`);
    process.exit(1);
  }
}

const problems = checkSite(site);
if (temporary !== null) rmSync(temporary, { recursive: true, force: true });
if (problems.length > 0) {
  console.error(`check-docs: ${problems.length} problem(s) in the rendered reference:`);
  for (const problem of problems) console.error(`  ${problem}`);
  process.exit(1);
}
console.log(
  'check-docs: every export and interface property documented; no signature inlines a model ' +
    'type; every export in a category with its summary; every link resolves',
);
