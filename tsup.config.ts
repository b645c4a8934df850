import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      schemas: 'src/schemas.ts',
      tianmushan: 'src/tianmushan.ts',
      charts: 'src/charts.ts',
      catalog: 'src/catalog.ts',
      node: 'src/node.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: false,
    clean: true,
    target: 'node20',
    splitting: true,
    treeshake: true,
    // import.meta.url in the CommonJS build of `node`, which finds the worker script by it.
    shims: true,
  },
  {
    // The worker threads of assessAreasParallel and renderSvgInWorker, loaded by URL (ESM from
    // both builds).
    entry: {
      'areas-worker': 'src/node/_areasWorker.ts',
      'chart-worker': 'src/node/_chartWorker.ts',
    },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: false,
    banner: { js: '#!/usr/bin/env node' },
    define: { __VERSION__: JSON.stringify(version) },
  },
]);
