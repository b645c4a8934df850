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
  OPERATION_BUDGET,
  RUNS,
  withinBudget,
} from './support.js';

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

describe.each(FUNCTION_CASES.map((c) => [c.name, c] as const))('%s', (_name, testCase) => {
  it(`returns a clean, fresh result for valid input (${RUNS.valid} cases)`, () => {
    fc.assert(
      fc.property(testCase.valid, (args) => {
        const outcome = attempt(testCase.call, args, testCase.clean);
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
          const outcome = attempt(testCase.call, args, testCase.clean);
          expectResultOrError(outcome, testCase.codes);
        }),
        { numRuns: RUNS.extreme },
      );
    });
  }

  if (testCase.invalid !== undefined) {
    const invalid = testCase.invalid;
    it(`throws a documented IndicatorError for invalid input (${RUNS.invalid} cases)`, () => {
      fc.assert(
        fc.property(invalid, (args) => {
          const outcome = attempt(testCase.call, args, testCase.clean);
          if (testCase.validCodes !== undefined) expectResultOrError(outcome, testCase.codes);
          else expectIndicatorError(outcome, testCase.codes);
        }),
        { numRuns: RUNS.invalid },
      );
    });
  }
});

describe('long inputs finish', () => {
  it('projects and plans over the whole calendar, 1900 to 9999 (8,100 points), by a bounded count of operations', () => {
    const path = withinBudget(() => root.projectPath('27720', '0.0761', { from: 1900, to: 9999 }));
    const plan = withinBudget(
      () => root.annualMilestones('27720', '40000', { from: 1900, to: 9999 }).milestones,
    );
    expect(path.value).toHaveLength(8100);
    expect(plan.value).toHaveLength(8100);
    // About 2.8·10^5 and 1.4·10^5 operations: linear in the points, far inside the budget.
    expect(path.operations).toBeLessThanOrEqual(40 * 8100);
    expect(plan.operations).toBeLessThanOrEqual(20 * 8100);
  });
});

describe('the hang guard', () => {
  it('fails a call past its budget of decimal operations, by count', () => {
    const spin = () => {
      let x = new root.Decimal(1);
      for (;;) x = x.plus(1);
    };
    expect(() => withinBudget(spin, 1000)).toThrow('more than 1000 decimal operations');
    // Even when the library catches the stop and answers with its own error.
    const swallowed = () => {
      try {
        spin();
      } catch {
        return 'swallowed';
      }
    };
    expect(() => withinBudget(swallowed, 1000)).toThrow('a hang');
    const small = withinBudget(() => new root.Decimal(2).plus(3).times(4).toString(), 1000);
    expect(small.value).toBe('20');
    expect(small.operations).toBeGreaterThanOrEqual(3);
    expect(small.operations).toBeLessThanOrEqual(10);
    expect(OPERATION_BUDGET).toBe(5_000_000);
  });
});
