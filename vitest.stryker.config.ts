import { defineConfig } from 'vitest/config';
import type { Reporter, Vitest } from 'vitest/node';

// The tests Stryker runs against each mutant (stryker.config.mjs): every unit and property
// test, once, in the machine's zone (the time-zone matrix of `npm test` is not repeated per
// mutant), without coverage (Stryker measures its own, per test). The documentation examples
// (test/docs) are left to `npm test`: they cover nearly every mutant, and collecting them (every
// source file read, every example compiled) would be paid again for each one.
//
// STRYKER_TESTS (comma-separated globs) narrows the set while working on one layer. Do not use
// Stryker's own `--testFiles` for that: with 9.6.1 it activates static mutants too late and
// reports them as survived (stryker-mutator/stryker-js#6144).
const narrowed = process.env.STRYKER_TESTS?.split(',').filter((glob) => glob !== '');

interface TaskLike {
  type: string;
  name: string;
  mode: string;
  tasks?: TaskLike[];
  file?: TaskLike;
  suite?: TaskLike;
  result?: { state?: string; errors?: unknown[] };
  [key: string]: unknown;
}

function holdsTests(task: TaskLike): boolean {
  return (task.tasks ?? []).some((inner) => inner.type === 'test' || holdsTests(inner));
}

/**
 * A static mutant that makes a module throw while loading leaves the test files importing it
 * with no tests at all, and the vitest runner then reports the mutant as survived
 * (stryker-mutator/stryker-js#6150). This turns such a file into one failed test, which kills
 * the mutant, as running the file by hand would.
 */
function loadFailuresAsFailedTests(): Reporter {
  let vitest: Vitest | undefined;
  return {
    onInit(ctx) {
      vitest = ctx;
    },
    onTestRunEnd() {
      for (const file of (vitest?.state.getFiles() ?? []) as unknown as TaskLike[]) {
        if (file.result?.state !== 'fail' || holdsTests(file)) continue;
        file.tasks = [
          ...(file.tasks ?? []),
          {
            type: 'test',
            id: `${String(file.id)}_load`,
            name: 'loads',
            mode: 'run',
            file,
            suite: file,
            meta: {},
            context: {},
            result: { state: 'fail', errors: file.result.errors ?? [] },
          },
        ];
      }
    },
  };
}

export default defineConfig({
  test: {
    include:
      narrowed !== undefined && narrowed.length > 0
        ? narrowed
        : ['src/**/*.test.ts', 'test/reliability/**/*.test.ts'],
    coverage: { enabled: false },
    // No time limit per test: a mutant that loops forever is stopped by Stryker's own timeout
    // per mutant (and reported as such), never by the test.
    testTimeout: 0,
    setupFiles: ['test/reliability/strykerSetup.ts'],
    reporters: ['default', loadFailuresAsFailedTests()],
  },
});
