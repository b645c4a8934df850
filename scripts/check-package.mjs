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

/**
 * The declaration files an entry's types load, following relative imports: the computing
 * entries' types must not load zod, or they would silently turn to `any` without it.
 */
function declarationsLoadingZod(entry) {
  const seen = new Set();
  const loading = [];
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(join(root, 'dist', file), 'utf8');
    if (/(?:from|import)\s*\(?\s*['"]zod['"]/.test(text)) loading.push(file);
    for (const match of text.matchAll(/(?:from|import)\s*\(?\s*['"]\.\/([^'"]+)['"]/g)) {
      visit(match[1].replace(/\.c?js$/, (ext) => (ext === '.cjs' ? '.d.cts' : '.d.ts')));
    }
  };
  visit(entry);
  return loading;
}

/**
 * A TypeScript project without zod, with skipLibCheck (as most have): a field the dataset does
 * not have must still be an error, not an `any` that type-checks.
 */
function checkTypesWithoutZod(tarball) {
  const project = join(work, 'no-zod');
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({ name: 'no-zod', version: '1.0.0', private: true, type: 'module' }),
  );
  const typescript = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies
    .typescript;
  // --legacy-peer-deps: npm would otherwise install the zod peer itself.
  npm(
    [
      'install',
      '--no-audit',
      '--no-fund',
      '--prefer-offline',
      '--legacy-peer-deps',
      tarball,
      `typescript@${typescript}`,
    ],
    project,
  );
  writeFileSync(
    join(project, 'check.ts'),
    `import type { Target } from 'tianmu-indicators';
import { tianmushan } from 'tianmu-indicators/tianmushan';
// @ts-expect-error: the dataset has no such field
tianmushan.nonexistent;
const kind: Target['kind'] = tianmushan.plans[0].targets[0].kind;
export { kind };
`,
  );
  try {
    execFileSync(
      join(project, 'node_modules/.bin/tsc'),
      ['--noEmit', '--strict', '--skipLibCheck', '--module', 'nodenext', 'check.ts'],
      { cwd: project, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
    );
  } catch (error) {
    fail(`without zod the types do not check as they should:\n${error.stdout}${error.stderr}`);
  }
}

for (const entry of ['index', 'tianmushan', 'charts']) {
  for (const file of [`${entry}.d.ts`, `${entry}.d.cts`]) {
    const loading = declarationsLoadingZod(file);
    if (loading.length > 0) fail(`dist/${file} loads zod's types through ${loading.join(', ')}`);
  }
}

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
  if (entries['./catalog'] !== undefined) {
    const catalog = `import('tianmu-indicators/catalog').then((m) => { if (m.findCatalogIndicator('农民人均纯收入')?.indicator.id !== 'rural-income-per-capita') throw new Error('catalog'); console.log('catalog ok'); });`;
    writeFileSync(join(consumer, 'catalog.mjs'), catalog);
    execFileSync('node', ['catalog.mjs'], { cwd: consumer, encoding: 'utf8' });
  }
  if (entries['./node'] !== undefined) {
    // Two worker threads, from ESM and from CommonJS: the worker script must be found from both.
    const town = `(id) => ({ id, area: { id, name: { zh: id, en: id } }, sources: [], indicators: [], observations: [], claims: [], plans: [], projects: [] })`;
    const check = `(r) => { if (r.areas.map((a) => a.area.id).join() !== 'a,b,c') throw new Error('node'); console.log('node ok'); }`;
    writeFileSync(
      join(consumer, 'node.mjs'),
      `import { assessAreasParallel } from 'tianmu-indicators/node'; const town = ${town}; assessAreasParallel(['a', 'b', 'c'].map(town), { workers: 2 }).then(${check});`,
    );
    writeFileSync(
      join(consumer, 'node.cjs'),
      `const { assessAreasParallel } = require('tianmu-indicators/node'); const town = ${town}; assessAreasParallel(['a', 'b', 'c'].map(town), { workers: 2 }).then(${check});`,
    );
    for (const script of ['node.mjs', 'node.cjs'])
      execFileSync('node', [script], { cwd: consumer, encoding: 'utf8' });
    // The chart worker is found from both builds too; vega is not installed here, so the
    // thread answers that the peer is missing.
    const render = `(m) => m.renderSvgInWorker({ mark: 'point' }).then(() => { throw new Error('rendered without vega'); }, (e) => { if (e.code !== 'missing-dependency') throw e; console.log('chart worker ok'); })`;
    writeFileSync(join(consumer, 'chart.mjs'), `import('tianmu-indicators/node').then(${render});`);
    writeFileSync(join(consumer, 'chart.cjs'), `(${render})(require('tianmu-indicators/node'));`);
    for (const script of ['chart.mjs', 'chart.cjs']) {
      const out = execFileSync('node', [script], { cwd: consumer, encoding: 'utf8' }).trim();
      if (out !== 'chart worker ok') fail(`${script} printed ${out}`);
    }
    // With the peers (the project's own install), the thread renders the SVG.
    const svg = execFileSync(
      'node',
      [
        '--input-type=module',
        '-e',
        `import { renderSvgInWorker } from './dist/node.js'; const svg = await renderSvgInWorker({ mark: 'bar', data: { values: [{ a: 'x', b: 1 }] }, encoding: { x: { field: 'a', type: 'nominal' }, y: { field: 'b', type: 'quantitative' } } }, { timeLimit: 600000 }); console.log(svg.slice(0, 4));`,
      ],
      { cwd: root, encoding: 'utf8' },
    ).trim();
    if (svg !== '<svg') fail(`renderSvgInWorker in the project gave ${svg}`);
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
  checkTypesWithoutZod(join(work, packed.filename));
  if (process.exitCode !== 1)
    console.log(
      `check-package: ${files.length} files packed; ESM, CJS and the command work from a fresh ` +
        'install; without zod the types stay checked',
    );
} finally {
  rmSync(work, { recursive: true, force: true });
}
