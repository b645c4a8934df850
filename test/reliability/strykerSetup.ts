/**
 * Setup of mutation runs only (vitest.stryker.config.ts): a property runs again for every
 * mutant it covers, so fewer cases and a time cap per property keep a full run inside CI's
 * budget. `npm test` keeps the full counts.
 */
import fc from 'fast-check';

fc.configureGlobal({ numRuns: 25, interruptAfterTimeLimit: 2000, markInterruptAsFailure: false });
