/**
 * Setup of mutation runs only (vitest.stryker.config.ts): a property runs again for every
 * mutant it covers, so fewer cases keep a full run inside CI's budget (never a time cap: a
 * property must not pass or fail by the machine's speed). `npm test` keeps the full counts.
 * One seed, so that a test covers the same mutants from run to run and an incremental run
 * re-tests only what changed.
 */
import fc from 'fast-check';

fc.configureGlobal({ seed: 2022, numRuns: 25 });
