import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { requiredAnnualRate } from '../growth/index.js';
import { indicator, level, observation } from './_testKit.js';
import { assessTarget } from './assessTarget.js';

// A rate near zero over whole years: 8 → 8.0000000001 over six years (2020 → 2026). The rate
// (1 + 1.25e-11)^(1/6) − 1 is about 2.08e-12, so a root taken to 50 digits and then reduced by
// one keeps only about 38 of them; both paths must still give the correctly rounded 34 digits.
const Wide = DecimalJs.clone({ precision: 100, rounding: DecimalJs.ROUND_HALF_EVEN });
const KNOWN = '0.000000000002083333333322482638888971776138117';

/** The rate at 100 digits, straight from decimal.js, rounded half-even to 34. */
function reference(): string {
  const rate = new Wide('8.0000000001').div(8).pow(new Wide(1).div(6)).minus(1);
  return rate.toSignificantDigits(34).toFixed();
}

describe('the required rate near zero (8 → 8.0000000001 over six years)', () => {
  it('is the known answer, independently', () => {
    expect(reference()).toBe(KNOWN);
  });

  it('is correctly rounded by requiredAnnualRate', () => {
    expect(requiredAnnualRate(8, '8.0000000001', 6).toFixed()).toBe(KNOWN);
  });

  it('is correctly rounded by assessTarget, digit for digit the same', () => {
    const result = assessTarget(
      level({ value: '8.0000000001' }),
      {
        indicator: indicator(),
        observations: [observation('2020', '8'), observation('2023', '8')],
      },
      { asOf: '2024-06-30' },
    );
    expect(result.requiredAnnualRate?.toFixed()).toBe(KNOWN);
  });
});
