import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { withinBudget } from '../../test/reliability/support.js';
import type { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import {
  annualMilestones,
  cumulativeTotal,
  growthFactor,
  impliedBase,
  periodsToReach,
  projectPath,
  projectValue,
  rateForCumulativeTotal,
  requiredAnnualRate,
} from './index.js';

/** Any decimal the library accepts, from tiny to huge, as a string. */
const anyDecimal = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -1e6, max: 1e6 }),
  fc
    .tuple(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: -1000, max: 1000 }))
    .map(([mantissa, exponent]) => `${mantissa}e${exponent}`),
  fc.constantFrom('0', '-0', '1', '-1', '1e6', '1e1000', '-1e1000', '1e-1000', '0.5'),
);
const anyPeriods = fc.oneof(
  anyDecimal,
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.constantFrom('1e6', '1e1000', '0', '64', '65'),
);
const wholePeriods = fc.oneof(
  fc.integer({ min: -2, max: 200 }),
  fc.constantFrom(1_000_000, '1e6', '1e1000', 2.5),
);

/** The error codes each function documents (its TSDoc `@throws`), and no other. */
const CODES = {
  growthFactor: ['invalid-argument', 'invalid-number', 'invalid-periods'],
  projectValue: ['invalid-argument', 'invalid-number', 'invalid-periods'],
  impliedBase: ['invalid-argument', 'invalid-number', 'invalid-periods'],
  requiredAnnualRate: ['invalid-number', 'invalid-periods', 'non-positive-base', 'sign-change'],
  periodsToReach: [
    'invalid-argument',
    'invalid-number',
    'non-positive-base',
    'sign-change',
    'unreachable',
  ],
  cumulativeTotal: ['invalid-argument', 'invalid-number', 'invalid-periods'],
  rateForCumulativeTotal: ['invalid-number', 'invalid-periods', 'non-positive-base', 'sign-change'],
  projectPath: ['invalid-argument', 'invalid-number', 'invalid-period'],
  annualMilestones: [
    'invalid-argument',
    'invalid-number',
    'invalid-period',
    'invalid-periods',
    'non-positive-base',
    'sign-change',
  ],
} as const;

/**
 * Checks a result is a finite decimal within range and not −0; an error must be an
 * IndicatorError with one of the codes the function documents.
 */
function wellBehaved(codes: readonly string[], run: () => Decimal | readonly Decimal[]): void {
  let result: Decimal | readonly Decimal[];
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(IndicatorError);
    expect(codes).toContain((error as IndicatorError).code);
    return;
  }
  for (const value of Array.isArray(result) ? result : [result as Decimal]) {
    expect(value.isFinite()).toBe(true);
    expect(value.isZero() && value.isNegative()).toBe(false);
    expect(value.isZero() || Math.abs(value.e) <= 1000).toBe(true);
  }
}

describe('growth functions on any input', () => {
  it('return finite, in-range decimals or throw an IndicatorError, never NaN/Infinity/-0', () => {
    fc.assert(
      fc.property(anyDecimal, anyDecimal, anyPeriods, wholePeriods, (a, b, n, whole) => {
        wellBehaved(CODES.growthFactor, () => growthFactor(a, n));
        wellBehaved(CODES.projectValue, () => projectValue(a, b, n));
        wellBehaved(CODES.impliedBase, () => impliedBase(a, b, n));
        wellBehaved(CODES.requiredAnnualRate, () => requiredAnnualRate(a, b, n));
        wellBehaved(CODES.periodsToReach, () => periodsToReach(a, b, n));
        wellBehaved(CODES.cumulativeTotal, () => cumulativeTotal(a, b, whole));
        wellBehaved(CODES.rateForCumulativeTotal, () => rateForCumulativeTotal(a, b, whole));
      }),
      { numRuns: 300 },
    );
  });

  it('do the same for paths', () => {
    fc.assert(
      fc.property(anyDecimal, anyDecimal, fc.integer({ min: 1890, max: 2050 }), (a, b, from) => {
        const span = { from, to: from + 5 };
        wellBehaved(CODES.projectPath, () => projectPath(a, b, span).map((point) => point.value));
        wellBehaved(CODES.annualMilestones, () => {
          const result = annualMilestones(a, b, span);
          return [result.annualRate, ...result.milestones.map((point) => point.value)];
        });
      }),
      { numRuns: 200 },
    );
  });

  it('answer huge inputs with a result or a typed error, by a bounded count of operations', () => {
    const { operations } = withinBudget(() => {
      // Each documents one outcome for such inputs: out of range, or a tiny rate.
      expect(errorOf(() => growthFactor(1e6, 1e6)).code).toBe('invalid-number');
      expect(errorOf(() => projectValue(1, 1e6, 1e6)).code).toBe('invalid-number');
      expect(errorOf(() => cumulativeTotal(1, 1e6, 1e6)).code).toBe('invalid-number');
      wellBehaved([], () => rateForCumulativeTotal(1, '1e1000', 1e6));
      expect(rateForCumulativeTotal(1, '1e1000', 1e6).toFixed(10)).toBe('0.0022991466');
      wellBehaved([], () => rateForCumulativeTotal('1e-1000', '1e1000', '1e1000'));
      expect(rateForCumulativeTotal('1e-1000', '1e1000', '1e1000').gt(0)).toBe(true);
      expect(errorOf(() => requiredAnnualRate('1e-1000', '1e1000', '1e-1000')).code).toBe(
        'invalid-number',
      );
      expect(errorOf(() => periodsToReach(1, '1e1000', '1e-1000')).code).toBe('invalid-number');
    }, 100_000);
    // Closed forms and bounded searches: no work grows with a huge number of periods.
    expect(operations).toBeLessThan(100_000);
  });
});
