// Packs the library as npm would publish it, checks what the tarball holds, installs it into a
// fresh consumer project and uses every entry point from ESM and from CommonJS, and the command.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const work = mkdtempSync(join(tmpdir(), 'tianmu-consumer-'));
const npm = (args, cwd) =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
const fail = (message) => {
  console.error(`check-package: ${message}`);
  process.exitCode = 1;
};

try {
  const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root));
  const files = packed.files.map((file) => file.path).sort();
  const stray = files.filter((path) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(path));
  if (stray.length > 0)
    fail(`the tarball holds files outside dist/, README and LICENSE: ${stray.join(', ')}`);
  for (const required of [
    'README.md',
    'LICENSE',
    'dist/index.js',
    'dist/index.cjs',
    'dist/cli.js',
  ]) {
    if (!files.includes(required)) fail(`the tarball lacks ${required}`);
  }

  const consumer = join(work, 'consumer');
  execFileSync('mkdir', ['-p', consumer]);
  writeFileSync(
    join(consumer, 'package.json'),
    JSON.stringify({ name: 'consumer', version: '1.0.0', private: true }),
  );
  npm(
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      join(work, packed.filename),
      'zod@^4',
    ],
    consumer,
  );

  const entries = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).exports;
  const esm = `
    import { requiredAnnualRate } from 'tianmu-indicators';
    import { datasetJsonSchema } from 'tianmu-indicators/schemas';
    import { tianmushan } from 'tianmu-indicators/tianmushan';
    const rate = requiredAnnualRate(27720, 40000, 5).toFixed(4);
    if (rate !== '0.0761') throw new Error('ESM requiredAnnualRate gave ' + rate);
    if (datasetJsonSchema().type !== 'object') throw new Error('ESM schema');
    if (tianmushan.plans.length < 2) throw new Error('ESM dataset');
    console.log('esm ok');`;
  const cjs = `
    const { requiredAnnualRate } = require('tianmu-indicators');
    const { parseDataset } = require('tianmu-indicators/schemas');
    const { tianmushan } = require('tianmu-indicators/tianmushan');
    const rate = requiredAnnualRate(27720, 40000, 5).toFixed(4);
    if (rate !== '0.0761') throw new Error('CJS requiredAnnualRate gave ' + rate);
    if (parseDataset(tianmushan).id !== tianmushan.id) throw new Error('CJS parseDataset');
    const schema = require('tianmu-indicators/schema/dataset.schema.json');
    if (schema.properties.$schema === undefined) throw new Error('CJS dataset.schema.json');
    console.log('cjs ok');`;
  writeFileSync(join(consumer, 'esm.mjs'), esm);
  writeFileSync(join(consumer, 'cjs.cjs'), cjs);
  for (const script of ['esm.mjs', 'cjs.cjs']) {
    const out = execFileSync('node', [script], { cwd: consumer, encoding: 'utf8' }).trim();
    if (!out.endsWith('ok')) fail(`${script} printed ${out}`);
  }
  if (entries['./charts'] !== undefined) {
    const charts = `import('tianmu-indicators/charts').then((m) => { if (typeof m.scorecardChart !== 'function') throw new Error('charts'); console.log('charts ok'); });`;
    writeFileSync(join(consumer, 'charts.mjs'), charts);
    execFileSync('node', ['charts.mjs'], { cwd: consumer, encoding: 'utf8' });
  }
  const version = execFileSync(
    join(consumer, 'node_modules/.bin/tianmu-indicators'),
    ['--version'],
    {
      encoding: 'utf8',
    },
  ).trim();
  if (version !== packed.version)
    fail(`the command printed version ${version}, expected ${packed.version}`);
  if (process.exitCode !== 1)
    console.log(
      `check-package: ${files.length} files packed; ESM, CJS and the command work from a fresh install`,
    );
} finally {
  rmSync(work, { recursive: true, force: true });
}
