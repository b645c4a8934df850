import { readPlain } from '../_internal/plain.js';
import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { powGuarded } from '../decimal/guarded.js';
import { GuardDecimal, roundResult } from '../decimal/guardPrecision.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { readYearSpan, yearLabel } from './internal.js';
import { requiredAnnualRate } from './requiredAnnualRate.js';
import type { GrowthPathPoint, YearSpan } from './types.js';

/**
 * The years of the milestones: `from` is the baseline year (its value is the base), `to` the
 * year the target is due; `to` must come after `from`.
 *
 * @category Growth
 */
export type AnnualMilestonesOptions = YearSpan;

/**
 * The constant annual rate that meets a level target and the value it implies for each year.
 *
 * @category Growth
 */
export interface AnnualMilestonesResult {
  /** The required annual rate as a fraction, as {@link requiredAnnualRate} gives it. */
  readonly annualRate: Decimal;
  /**
   * One point per year from the baseline year (the base) to the target year (the target
   * itself), in order.
   */
  readonly milestones: readonly GrowthPathPoint[];
}

/**
 * The year-by-year values that take a baseline to a level target at a constant annual rate
 * (the 年度目标 implied by a 到2026年达到… target), with that rate.
 *
 * The value in year `from + k` is `base · (target / base)^(k / n)`, `n = to − from`, computed
 * from the baseline directly and rounded once. The first milestone is the baseline year with
 * the base; the last is set to the target itself, so it equals the target exactly instead of
 * differing in the 34th digit.
 *
 * @param base - The baseline value; must be greater than zero.
 * @param target - The level to reach in the year `to`; zero or more.
 * @param options - `{ from, to }`: the baseline year and the target year, numbers or `'YYYY'`
 * strings.
 * @returns The annual rate and the milestones `{ period, value }`.
 * @throws {@link IndicatorError} `invalid-number` when `base` or `target` is not a finite
 * decimal; `non-positive-base` when `base ≤ 0`; `sign-change` when `target < 0`;
 * `invalid-argument` when `options` is not an object; `invalid-period` when a year is not a
 * whole year from 1900 to 9999 or `to` comes before `from`; `invalid-periods` when `to`
 * equals `from` (no time to grow).
 *
 * @example
 * ```ts
 * import { annualMilestones } from 'tianmu-indicators';
 *
 * // 农民人均收入: about 40000 元 in 2021, 达到5万元 by 2026.
 * const plan = annualMilestones(40000, 50000, { from: 2021, to: 2026 });
 * plan.annualRate.toFixed(5);
 * // => '0.04564'
 * plan.milestones.map((point) => [point.period, point.value.toFixed(0)]);
 * // => [['2021', '40000'], ['2022', '41826'], ['2023', '43734'], ['2024', '45731'], ['2025', '47818'], ['2026', '50000']]
 * ```
 *
 * @category Growth
 */
export function annualMilestones(
  base: DecimalInput,
  target: DecimalInput,
  options: AnnualMilestonesOptions,
): AnnualMilestonesResult {
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  options = readPlain(options, 'options') as AnnualMilestonesOptions;
  const { from, to } = readYearSpan(options);
  if (to === from) {
    throw new IndicatorError('invalid-periods', {
      field: 'to',
      value: options.to,
      reason: `the target year must come after the baseline year ${from}`,
    });
  }
  const n = to - from;
  const annualRate = requiredAnnualRate(base, target, n);
  // Stryker disable next-line StringLiteral: requiredAnnualRate above has already validated base
  const b = toDecimal(base, 'base');
  // Stryker disable next-line StringLiteral: requiredAnnualRate above has already validated target
  const t = toDecimal(target, 'target');
  const ratio = new GuardDecimal(t).div(b);
  const milestones: GrowthPathPoint[] = [{ period: yearLabel(from), value: roundResult(b) }];
  for (let k = 1; k < n; k++) {
    const value = powGuarded(ratio, new GuardDecimal(k).div(n)).times(b);
    milestones.push({
      period: yearLabel(from + k),
      // Between the base and the target, both accepted: always in range.
      value: roundResult(value),
    });
  }
  milestones.push({ period: yearLabel(to), value: roundResult(t) });
  return { annualRate, milestones };
}
