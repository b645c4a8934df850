import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { nthRootOfRatioMinusOneGuarded } from '../decimal/guarded.js';
import { GuardDecimal } from '../decimal/guardPrecision.js';
import {
  checkRootRange,
  finishResult,
  readPeriods,
  readPositiveBase,
  readReachableLevel,
} from './internal.js';

/**
 * The constant rate per period that takes `base` to `target` in `periods` periods:
 * `(target / base)^(1/periods) − 1`, the 年均增长 of the level method (水平法), Excel
 * `RRI(periods, base, target)` and numpy-financial `rate(periods, 0, −base, target)`.
 *
 * Computed to the library's full 34 digits: Excel's RRI is right to about 13 digits and
 * numpy-financial's iterative `rate` to about 10. Near a zero rate (a target close to the
 * base over many periods) the result goes through `ln(1 + x)` and `e^y − 1` series, so no
 * digit is lost to cancellation. A target of 0 gives exactly −1 (the level falls to nothing),
 * a rate the projecting functions do not accept because no growth factor is zero.
 *
 * @param base - The starting value; must be greater than zero.
 * @param target - The value to reach; zero or more.
 * @param periods - The number of periods between them; greater than zero, may be fractional.
 * @returns The rate per period as a fraction (`0.0761` for 7.61%), at least −1.
 * @throws {@link IndicatorError} `invalid-number` when an argument is not a finite decimal or
 * the rate lies outside 1e±1000; `non-positive-base` when `base ≤ 0`; `sign-change` when
 * `target < 0`; `invalid-periods` when `periods ≤ 0`.
 *
 * @example
 * ```ts
 * import { requiredAnnualRate } from 'tianmu-indicators';
 *
 * // 农民人均收入从27720元增至约4万元 (2016 → 2021).
 * requiredAnnualRate(27720, 40000, 5).toFixed(4);
 * // => '0.0761'
 * // 农民人均收入达到5万元 by 2026.
 * requiredAnnualRate(40000, 50000, 5).toFixed(5);
 * // => '0.04564'
 * requiredAnnualRate(8, 18, 2).toString();
 * // => '0.5'
 * ```
 *
 * @category Growth
 */
export function requiredAnnualRate(
  base: DecimalInput,
  target: DecimalInput,
  periods: DecimalInput,
): Decimal {
  const b = readPositiveBase(base);
  const t = readReachableLevel(target, b, 'target');
  const n = readPeriods(periods, { positive: true });
  // Stryker disable next-line StringLiteral: finishResult never refuses 0
  if (t.eq(b)) return finishResult(new GuardDecimal(0), 'requiredAnnualRate');
  // Stryker disable next-line StringLiteral: finishResult never refuses −1
  if (t.isZero()) return finishResult(new GuardDecimal(-1), 'requiredAnnualRate');
  checkRootRange(t, b, n, 'requiredAnnualRate');
  return finishResult(nthRootOfRatioMinusOneGuarded(t, b, n), 'requiredAnnualRate');
}
