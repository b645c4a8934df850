/**
 * Hostile and malformed input: for every exported function, random valid arguments give a
 * clean result (never NaN, Infinity, -0, undefined or an invalid Date, never sharing an object
 * with the input, never writing to it), and random invalid ones give an IndicatorError with a
 * documented code: never a decimal.js `[DecimalError]`, a TypeError from deep inside, or a hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as schemas from '../../src/schemas.js';
import { FUNCTION_CASES, NOT_FUNCTIONS } from './functions.js';
import {
  attempt,
  expectIndicatorError,
  expectResult,
  expectResultOrError,
  RUNS,
} from './support.js';

/** A property (with its shrinking) that runs longer than this fails rather than hangs. */
const LIMIT = { interruptAfterTimeLimit: 60_000, markInterruptAsFailure: true } as const;

/** A call slower than this is treated as a hang. */
const CALL_BUDGET_MS = 2000;

function timed<T>(name: string, body: () => T): T {
  const started = performance.now();
  const result = body();
  const elapsed = performance.now() - started;
  if (elapsed > CALL_BUDGET_MS) throw new Error(`${name} took ${Math.round(elapsed)} ms`);
  return result;
}

describe('every exported function is under test', () => {
  it.each([
    ['tianmu-indicators', root],
    ['tianmu-indicators/schemas', schemas],
  ] as const)('%s', (_entry, module) => {
    const functions = Object.entries(module)
      .filter(([name, value]) => typeof value === 'function' && !NOT_FUNCTIONS.includes(name))
      // zod schemas are callable objects in some versions; they are data, not functions.
      .filter(([, value]) => !('safeParse' in (value as object)))
      .map(([name]) => name);
    const covered = new Set(FUNCTION_CASES.map((c) => c.name));
    expect(functions.filter((name) => !covered.has(name))).toEqual([]);
  });
});

describe.each(FUNCTION_CASES.map((c) => [c.name, c] as const))('%s', (name, testCase) => {
  it(`returns a clean, fresh result for valid input (${RUNS.valid} cases)`, () => {
    fc.assert(
      fc.property(testCase.valid, (args) => {
        const outcome = timed(name, () => attempt(testCase.call, args, testCase.clean));
        if (testCase.validCodes !== undefined && outcome.kind === 'error') {
          expectIndicatorError(outcome, testCase.validCodes);
          return;
        }
        const result = expectResult(outcome);
        testCase.check?.(result, args);
      }),
      { numRuns: RUNS.valid },
    );
  });

  if (testCase.extreme !== undefined) {
    const extreme = testCase.extreme;
    it(`gives a clean result or a documented IndicatorError at the edges (${RUNS.extreme} cases)`, () => {
      fc.assert(
        fc.property(extreme, (args) => {
          const outcome = timed(name, () => attempt(testCase.call, args, testCase.clean));
          expectResultOrError(outcome, testCase.codes);
        }),
        { numRuns: RUNS.extreme, ...LIMIT },
      );
    });
  }

  if (testCase.invalid !== undefined) {
    const invalid = testCase.invalid;
    it(`throws a documented IndicatorError for invalid input (${RUNS.invalid} cases)`, () => {
      fc.assert(
        fc.property(invalid, (args) => {
          const outcome = timed(name, () => attempt(testCase.call, args, testCase.clean));
          if (testCase.validCodes !== undefined) expectResultOrError(outcome, testCase.codes);
          else expectIndicatorError(outcome, testCase.codes);
        }),
        { numRuns: RUNS.invalid, ...LIMIT },
      );
    });
  }
});

describe('long inputs finish', () => {
  it('projects and plans over the whole calendar, 1900 to 9999 (8,100 points), within 5 s', () => {
    const started = performance.now();
    expect(root.projectPath('27720', '0.0761', { from: 1900, to: 9999 })).toHaveLength(8100);
    expect(
      root.annualMilestones('27720', '40000', { from: 1900, to: 9999 }).milestones,
    ).toHaveLength(8100);
    expect(performance.now() - started).toBeLessThan(5000);
  }, 20_000);
});
