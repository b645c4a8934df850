import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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

/** Checks a result is a finite decimal within range and not −0; lets typed errors pass. */
function wellBehaved(run: () => Decimal | readonly Decimal[]): void {
  let result: Decimal | readonly Decimal[];
  try {
    result = run();
  } catch (error) {
    expect(error).toBeInstanceOf(IndicatorError);
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
        wellBehaved(() => growthFactor(a, n));
        wellBehaved(() => projectValue(a, b, n));
        wellBehaved(() => impliedBase(a, b, n));
        wellBehaved(() => requiredAnnualRate(a, b, n));
        wellBehaved(() => periodsToReach(a, b, n));
        wellBehaved(() => cumulativeTotal(a, b, whole));
        wellBehaved(() => rateForCumulativeTotal(a, b, whole));
      }),
      { numRuns: 300 },
    );
  });

  it('do the same for paths', () => {
    fc.assert(
      fc.property(anyDecimal, anyDecimal, fc.integer({ min: 1890, max: 2050 }), (a, b, from) => {
        const span = { from, to: from + 5 };
        wellBehaved(() => projectPath(a, b, span).map((point) => point.value));
        wellBehaved(() => {
          const result = annualMilestones(a, b, span);
          return [result.annualRate, ...result.milestones.map((point) => point.value)];
        });
      }),
      { numRuns: 200 },
    );
  });

  it('answer huge inputs with a result or a typed error, by a bounded count of operations', () => {
    const { operations } = withinBudget(() => {
      wellBehaved(() => growthFactor(1e6, 1e6));
      wellBehaved(() => projectValue(1, 1e6, 1e6));
      wellBehaved(() => cumulativeTotal(1, 1e6, 1e6));
      wellBehaved(() => rateForCumulativeTotal(1, '1e1000', 1e6));
      wellBehaved(() => rateForCumulativeTotal('1e-1000', '1e1000', '1e1000'));
      wellBehaved(() => requiredAnnualRate('1e-1000', '1e1000', '1e-1000'));
      wellBehaved(() => periodsToReach(1, '1e1000', '1e-1000'));
    }, 100_000);
    // Closed forms and bounded searches: no work grows with a huge number of periods.
    expect(operations).toBeLessThan(100_000);
  });
});
