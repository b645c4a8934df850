import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // No test passes or fails by the machine's speed: no time limit per test. A hang is caught
    // by a count (the reliability suite's budget of decimal operations, iteration caps in code).
    testTimeout: 0,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: [
        'src/**/*.test.ts',
        'src/cli/main.ts',
        // The worker thread's entry: it runs only inside a worker (its work is _runTask.ts).
        'src/node/_areasWorker.ts',
        'src/index.ts',
        'src/schemas.ts',
        'src/**/index.ts',
      ],
      thresholds: { lines: 95, branches: 90 },
    },
  },
});
