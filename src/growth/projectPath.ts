import { readPlain } from '../_internal/plain.js';
import type { DecimalInput } from '../decimal/Decimal.js';
import { GuardDecimal } from '../decimal/guardPrecision.js';
import { toDecimal } from '../decimal/toDecimal.js';
import {
  finishResult,
  growthFactorGuarded,
  readRate,
  readYearSpan,
  yearLabel,
} from './internal.js';
import type { GrowthPathPoint, YearSpan } from './types.js';

/**
 * The years a projected path runs over: `from` is the base year (its value is the base),
 * `to` the last year, included.
 *
 * @category Growth
 */
export type ProjectPathOptions = YearSpan;

/**
 * A projected path: one point per year from the base year to the last year, in order; the
 * first point is the base year holding the base itself.
 *
 * @category Growth
 */
export type ProjectPathResult = readonly GrowthPathPoint[];

/**
 * Projects a value year by year at a constant rate: the value in each year from the base year
 * `from` to `to` (both included) is `base · (1 + rate)^(year − from)`.
 *
 * The base year is the first point, so a path over 2021–2026 has six points and its last is
 * {@link projectValue} over five periods. Each value is computed from the base directly and
 * rounded once, so no rounding accumulates along the path. The flows after the base year sum
 * to {@link cumulativeTotal} (to within the rounding of each value).
 *
 * @param base - The value in the base year (any finite decimal).
 * @param rate - The growth per year as a fraction (`0.06` for 6%); must be greater than −1.
 * @param options - `{ from, to }`: the base year and the last year, numbers or `'YYYY'` strings.
 * @returns The points `{ period, value }`, one per year, base year first.
 * @throws {@link IndicatorError} `invalid-number` when `base` or `rate` is not a finite decimal
 * or a value lies outside 1e±1000; `invalid-argument` when `rate ≤ −1` or `options` is not an
 * object; `invalid-period` when a year is not a whole year from 1900 to 9999 or `to` comes
 * before `from`.
 *
 * @example
 * ```ts
 * import { projectPath } from 'tianmu-indicators';
 *
 * const path = projectPath(8, 0.1, { from: 2021, to: 2023 });
 * path.map((point) => `${point.period}: ${point.value.toString()}`);
 * // => ['2021: 8', '2022: 8.8', '2023: 9.68']
 * ```
 *
 * @category Growth
 */
export function projectPath(
  base: DecimalInput,
  rate: DecimalInput,
  options: ProjectPathOptions,
): ProjectPathResult {
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  options = readPlain(options, 'options') as ProjectPathOptions;
  const b = toDecimal(base, 'base');
  const r = readRate(rate);
  const { from, to } = readYearSpan(options);
  const path: GrowthPathPoint[] = [];
  for (let year = from; year <= to; year++) {
    // Stryker disable next-line StringLiteral: each year multiplies by at most 1e1000, so finishResult refuses a year before its log could pass 10000
    const factor = growthFactorGuarded(r, new GuardDecimal(year - from), 'projectPath');
    path.push({ period: yearLabel(year), value: finishResult(factor.times(b), 'projectPath') });
  }
  return path;
}
