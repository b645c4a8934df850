import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { ln1pGuarded, lnRatioGuarded } from '../decimal/guarded.js';
import { GuardDecimal } from '../decimal/guardPrecision.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { finishResult, readPositiveBase, readRate, readReachableLevel } from './internal.js';

/**
 * How many periods `base` takes to reach `target` growing at `rate` per period:
 * `ln(target / base) / ln(1 + rate)`, Excel `NPER(rate, 0, −base, target)`.
 *
 * The answer is usually fractional (4.67 years); a target equal to the base takes 0 periods.
 * Both logarithms are taken so that neither loses digits when the target is close to the base
 * or the rate is close to zero.
 *
 * @param base - The starting value; must be greater than zero.
 * @param target - The value to reach; must be greater than zero.
 * @param rate - The growth per period as a fraction (`0.06` for 6%); must be greater than −1.
 * @returns The number of periods, zero or more.
 * @throws {@link IndicatorError} `invalid-number` when an argument is not a finite decimal or
 * the answer lies outside 1e±1000; `non-positive-base` when `base ≤ 0`; `sign-change` when
 * `target < 0`; `invalid-argument` when `rate ≤ −1`; `unreachable` when the target is 0, when
 * the rate is 0 and the target differs from the base, or when the rate moves away from the
 * target (a target above the base with a negative rate, or below it with a positive one).
 *
 * @example
 * ```ts
 * import { periodsToReach } from 'tianmu-indicators';
 *
 * // From 8 亿元 to 10.5 亿元 at 6% a year.
 * periodsToReach(8, 10.5, 0.06).toFixed(6);
 * // => '4.666875'
 * periodsToReach(100, 121, 0.1).toString();
 * // => '2'
 * ```
 *
 * @category Growth
 */
export function periodsToReach(
  base: DecimalInput,
  target: DecimalInput,
  rate: DecimalInput,
): Decimal {
  const b = readPositiveBase(base);
  const t = readReachableLevel(target, b, 'target');
  const r = readRate(rate);
  // Stryker disable next-line StringLiteral: finishResult never refuses 0
  if (t.eq(b)) return finishResult(new GuardDecimal(0), 'periodsToReach');
  if (t.isZero()) {
    throw new IndicatorError('unreachable', {
      field: 'target',
      value: target,
      reason: 'compound growth at a rate above -1 never reaches zero',
    });
  }
  const direction = t.gt(b) ? 1 : -1;
  if (r.isZero() || r.s !== direction) {
    throw new IndicatorError('unreachable', {
      field: 'target',
      value: target,
      reason: `the base ${b.toString()} ${r.isZero() ? 'stays where it is' : 'moves away from it'} at rate ${r.toString()}`,
    });
  }
  return finishResult(lnRatioGuarded(t, b).div(ln1pGuarded(r)), 'periodsToReach');
}
