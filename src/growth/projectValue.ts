import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { finishResult, growthFactorGuarded, readPeriods, readRate } from './internal.js';

/**
 * Projects a value forward at a constant growth rate: `base · (1 + rate)^periods`, the
 * spreadsheet `FV(rate, periods, 0, −base)`.
 *
 * The base may be any finite decimal (zero stays zero, a negative base is scaled like a
 * positive one); periods may be fractional. Computed at guard precision, rounded once.
 *
 * @param base - The value at the start.
 * @param rate - The growth per period as a fraction (`0.06` for 6%); must be greater than −1.
 * @param periods - The number of periods, zero or more; may be fractional.
 * @returns The projected value after `periods` periods.
 * @throws {@link IndicatorError} `invalid-number` when an argument is not a finite decimal or
 * the result lies outside 1e±1000; `invalid-argument` when `rate ≤ −1`; `invalid-periods`
 * when `periods` is negative.
 *
 * @example
 * ```ts
 * import { projectValue } from 'tianmu-indicators';
 *
 * // 规上工业总产值: 8 亿元 growing 6% a year for 5 years.
 * projectValue(8, 0.06, 5).toFixed(4);
 * // => '10.7058'
 * projectValue('27720', '0.0761', 5).toFixed(0);
 * // => '40000'
 * ```
 *
 * @category Growth
 */
export function projectValue(
  base: DecimalInput,
  rate: DecimalInput,
  periods: DecimalInput,
): Decimal {
  const b = toDecimal(base, 'base');
  const r = readRate(rate);
  const n = readPeriods(periods);
  const factor = growthFactorGuarded(r, n, 'projectedValue');
  return finishResult(factor.times(b), 'projectedValue');
}
