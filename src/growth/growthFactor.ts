import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { finishResult, growthFactorGuarded, readPeriods, readRate } from './internal.js';

/**
 * The compound growth factor `(1 + rate)^periods`: what one unit becomes after `periods`
 * periods of growth at `rate` per period.
 *
 * Periods may be fractional (2.5 years grows by `(1 + rate)^2.5`) and zero (the factor is
 * exactly 1). The power is taken at guard precision and rounded once to 34 digits, so
 * `growthFactor(0.06, 2)` is exactly `1.1236`.
 *
 * @param rate - The growth per period as a fraction (`0.06` for 6%); must be greater than −1.
 * @param periods - The number of periods, zero or more; may be fractional.
 * @returns The factor `(1 + rate)^periods`, always positive.
 * @throws {@link IndicatorError} `invalid-number` when an argument is not a finite decimal or
 * the factor lies outside 1e±1000; `invalid-argument` when `rate ≤ −1` (no positive growth
 * factor); `invalid-periods` when `periods` is negative.
 *
 * @example
 * ```ts
 * import { growthFactor } from 'tianmu-indicators';
 *
 * growthFactor(0.06, 2).toString();
 * // => '1.1236'
 * growthFactor('0.06', 5).toFixed(6);
 * // => '1.338226'
 * growthFactor(0.21, 0.5).toString();
 * // => '1.1'
 * ```
 *
 * @category Growth
 */
export function growthFactor(rate: DecimalInput, periods: DecimalInput): Decimal {
  const r = readRate(rate);
  const n = readPeriods(periods);
  return finishResult(growthFactorGuarded(r, n, 'growthFactor'), 'growthFactor');
}
