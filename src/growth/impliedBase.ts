import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { GuardDecimal } from '../decimal/guardPrecision.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { finishResult, growthFactorGuarded, readPeriods, readRate } from './internal.js';

/**
 * The base a target implies: the value that, growing at `rate` for `periods` periods,
 * reaches `target`, i.e. `target / (1 + rate)^periods` (the spreadsheet
 * `PV(rate, periods, 0, −target)`).
 *
 * The inverse of {@link projectValue}: any finite target is accepted (zero implies zero);
 * periods may be fractional.
 *
 * @param target - The value to be reached at the end.
 * @param rate - The growth per period as a fraction (`0.06` for 6%); must be greater than −1.
 * @param periods - The number of periods, zero or more; may be fractional.
 * @returns The implied starting value.
 * @throws {@link IndicatorError} `invalid-number` when an argument is not a finite decimal or
 * the result lies outside 1e±1000; `invalid-argument` when `rate ≤ −1`; `invalid-periods`
 * when `periods` is negative.
 *
 * @example
 * ```ts
 * import { impliedBase } from 'tianmu-indicators';
 *
 * // 到2026年规上工业总产值10.5亿元, 年均增长6%: the 2021 level this implies.
 * impliedBase(10.5, 0.06, 5).toFixed(4);
 * // => '7.8462'
 * ```
 *
 * @category Growth
 */
export function impliedBase(
  target: DecimalInput,
  rate: DecimalInput,
  periods: DecimalInput,
): Decimal {
  const t = toDecimal(target, 'target');
  const r = readRate(rate);
  const n = readPeriods(periods);
  const factor = growthFactorGuarded(r, n, 'impliedBase');
  return finishResult(new GuardDecimal(t).div(factor), 'impliedBase');
}
