import { samePeriodLastYear } from '../periods/index.js';
import { compareSeries } from './_series.js';
import type { SeriesComparisonOptions, SeriesComparisonResult, SeriesPoint } from './types.js';

/**
 * Options of {@link yearOverYear}: the series' `measure` and `direction`.
 *
 * @category Comparison
 */
export type YearOverYearOptions = SeriesComparisonOptions;

/**
 * The result of {@link yearOverYear}: one change per point and the missing base periods.
 *
 * @category Comparison
 */
export type YearOverYearResult = SeriesComparisonResult;

/**
 * Year-on-year (同比) change along a series: each point against the same period a year
 * earlier (`2021-Q3` against `2020-Q3`, `2021-06` against `2020-06`, `2021` against `2020`),
 * `a_t / a_{t−1} − 1`.
 *
 * A base period that lies within the series but is missing from it is a gap: the entry's
 * status is `gap`, nothing is compared (never against a neighbouring period instead) and the
 * period is listed in `gaps`. A base before the first point gives the status `series-start`.
 * A zero, negative or opposite-signed base keeps the absolute change and gives no relative
 * change, with the reason as the status. For a `rate` series (values in percent) each change
 * is also given in percentage points.
 *
 * @param series - Points `{ period, value }` of one indicator in one unit, in strictly
 * increasing period order.
 * @param options - `measure` (`stock` by default) and `direction` (`neutral` by default).
 * @returns A fresh {@link SeriesComparisonResult}: one entry per point, in order, and `gaps`.
 * @throws {@link IndicatorError} `invalid-argument` when `series` is not an array, a point is
 * not an object, the periods are not in strictly increasing order (naming
 * `series[i].period`), or an option is unknown; `invalid-period` naming `series[i].period`;
 * `invalid-number` naming `series[i].value`.
 *
 * @example
 * ```ts
 * import { yearOverYear } from 'tianmu-indicators';
 *
 * const series = [
 *   { period: '2020-Q1', value: 100 },
 *   { period: '2020-Q2', value: 120 },
 *   { period: '2021-Q1', value: 108 },
 *   { period: '2021-Q3', value: 130 },
 * ];
 * const result = yearOverYear(series, { direction: 'increase' });
 * result.changes.map((change) => change.status);
 * // => ['series-start', 'series-start', 'ok', 'gap']
 * result.changes[2]?.relativeChange?.toString();
 * // => '0.08'
 * result.changes[2]?.trend;
 * // => 'improved'
 * result.gaps;
 * // => ['2020-Q3']
 * ```
 *
 * @category Comparison
 */
export function yearOverYear(
  series: readonly SeriesPoint[],
  options?: YearOverYearOptions,
): YearOverYearResult {
  return compareSeries(series, options, (period) => samePeriodLastYear(period));
}
