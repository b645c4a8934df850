import { configDefaults, defineConfig } from 'vitest/config';

/** Test files that replace modules (`vi.mock`): each runs with its own module graph. */
const MOCKING = ['src/comparison/compareValues.test.ts'];

export default defineConfig({
  test: {
    // No test passes or fails by the machine's speed: no time limit per test. A hang is caught
    // by a count (the reliability suite's budget of decimal operations, iteration caps in code).
    testTimeout: 0,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...MOCKING],
          // Test files share each worker's loaded modules: importing the library once per
          // worker instead of once per file is most of the suite's time. Nothing a test
          // asserts depends on what another file left in a module (caches are checked against
          // their bounds, not against counts), and the files that mock modules run apart.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: MOCKING } },
    ],
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: [
        'src/**/*.test.ts',
        'src/cli/main.ts',
        // The worker threads' entries: they run only inside a worker (their work is
        // _runTask.ts and renderSvg).
        'src/node/_areasWorker.ts',
        'src/node/_chartWorker.ts',
        'src/index.ts',
        'src/schemas.ts',
        'src/**/index.ts',
      ],
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
