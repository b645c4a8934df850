import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { finishResult, geometricSumGuarded, readPeriods, readRate } from './internal.js';

/**
 * The total of a flow over the `periods` periods after its base period, the flow growing at
 * `rate` each period: `base · Σ (1 + rate)^k` for `k = 1..periods`. The base period itself is
 * not counted, as in a five-year plan whose cumulative figure sums 2022–2026 from a 2021 base.
 *
 * Only whole periods make sense for a sum of period flows; zero periods sum to 0. The sum is
 * exact for short spans (term by term) and uses the closed form `(1 + r)((1 + r)^n − 1)/r`
 * through `ln(1 + r)` and `e^y − 1` for long ones, so nothing cancels near a zero rate.
 *
 * @param base - The flow in the base period (any finite decimal).
 * @param rate - The growth per period as a fraction (`0.06` for 6%); must be greater than −1.
 * @param periods - The number of periods summed: a whole number, zero or more.
 * @returns The sum of the `periods` flows after the base period.
 * @throws {@link IndicatorError} `invalid-number` when an argument is not a finite decimal or
 * the total lies outside 1e±1000; `invalid-argument` when `rate ≤ −1`; `invalid-periods` when
 * `periods` is negative or not a whole number.
 *
 * @example
 * ```ts
 * import { cumulativeTotal } from 'tianmu-indicators';
 *
 * // 8 in the base year, growing 10%: 8.8 + 9.68 over the next two years.
 * cumulativeTotal(8, 0.1, 2).toString();
 * // => '18.48'
 * cumulativeTotal(8, '0.0753273', 5).toFixed(3);
 * // => '50.000'
 * ```
 *
 * @category Growth
 */
export function cumulativeTotal(
  base: DecimalInput,
  rate: DecimalInput,
  periods: DecimalInput,
): Decimal {
  const b = toDecimal(base, 'base');
  const r = readRate(rate);
  const n = readPeriods(periods, { integer: true });
  return finishResult(geometricSumGuarded(r, n, 'cumulativeTotal').times(b), 'cumulativeTotal');
}
