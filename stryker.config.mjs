// Mutation testing of the library (docs/reliability.md): `npm run test:mutation`.
//
// Incremental: a full run of every mutant takes hours on CI's two cores, far beyond its budget.
// The results of the last run are kept in reports/stryker-incremental.json, which is committed
// (the only file of reports/ that is), and a run tests again only the mutants whose code or
// covering tests changed since. `npx stryker run --force` tests everything and rewrites it.
//
// Static mutants (code run only while modules load: constant tables, schemas) would each need
// the whole suite; they are ignored. Mutants reached both while loading and by tests still run.

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts' },
  mutate: [
    // The layers whose results in the incremental file are current. The others changed too
    // much in this version (the exact-number layer, areas, derivation, the safe reader at
    // every entry) for CI's budget: thousands of mutants to re-test, hours on two cores. They come back here once a
    // run has recorded them (docs/reliability.md, "Layers awaiting a run").
    'src/{periods,units,errors,growth,format,_internal,comparison,attainment,audit,areas,derivation}/**/*.ts',
    '!src/**/*.test.ts',
    // Builders for tests, not library code.
    '!src/**/_testKit.ts',
    '!src/data/**',
    '!src/**/index.ts',
    '!src/index.ts',
    '!src/schemas.ts',
    '!src/cli/main.ts',
    '!src/node/_areasWorker.ts',
    '!src/node/_chartWorker.ts',
  ],
  // Mutants no input can tell apart, excluded once with their reasons.
  appendPlugins: ['./stryker.equivalents.mjs'],
  ignorers: ['equivalent'],
  coverageAnalysis: 'perTest',
  thresholds: { high: 95, low: 90, break: 90 },
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  ignoreStatic: true,
  concurrency: 2,
  // Nothing outside the sources and tests is needed in the sandbox.
  ignorePatterns: ['dist', 'coverage', 'docs/api', 'reports', '*.tgz'],
  // The mutated sources are type-checked by `npm run typecheck`; in the sandbox they are not.
  disableTypeChecks: 'src/**/*.ts',
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};

export default config;
