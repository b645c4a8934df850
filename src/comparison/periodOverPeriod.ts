import { IndicatorError } from '../errors/IndicatorError.js';
import { formatPeriod, type Period, previousPeriod } from '../periods/index.js';
import { compareSeries } from './_series.js';
import type { SeriesComparisonOptions, SeriesComparisonResult, SeriesPoint } from './types.js';

/**
 * Options of {@link periodOverPeriod}: the series' `measure` and `direction`.
 *
 * @category Comparison
 */
export type PeriodOverPeriodOptions = SeriesComparisonOptions;

/**
 * The result of {@link periodOverPeriod}: one change per point and the missing base periods.
 *
 * @category Comparison
 */
export type PeriodOverPeriodResult = SeriesComparisonResult;

/**
 * Period-on-period (环比) change along a series: each point against the period of the same
 * kind just before it (`2021-Q1` against `2020-Q4`, `2021-06` against `2021-05`, a range
 * `2022/2026` against `2017/2021`).
 *
 * The base is always the immediately preceding period, never merely the previous point: when
 * it is missing the entry's status is `gap`, nothing is compared and the period is listed in
 * `gaps`. The first point gives the status `series-start`. A zero, negative or
 * opposite-signed base keeps the absolute change and gives no relative change, with the
 * reason as the status. For a `rate` series (values in percent) each change is also given in
 * percentage points.
 *
 * @param series - Points `{ period, value }` of one indicator in one unit, in strictly
 * increasing period order.
 * @param options - `measure` (`stock` by default) and `direction` (`neutral` by default).
 * @returns A fresh {@link SeriesComparisonResult}: one entry per point, in order, and `gaps`.
 * @throws {@link IndicatorError} `invalid-argument` when `series` is not an array, a point is
 * not an object, the periods are not in strictly increasing order (naming
 * `series[i].period`), a range's ends differ in kind (it has no preceding period), or an
 * option is unknown; `invalid-period` naming `series[i].period`; `invalid-number` naming
 * `series[i].value`.
 *
 * @example
 * ```ts
 * import { periodOverPeriod } from 'tianmu-indicators';
 *
 * const series = [
 *   { period: '2021-04', value: 50 },
 *   { period: '2021-05', value: 60 },
 *   { period: '2021-07', value: 66 },
 * ];
 * const result = periodOverPeriod(series);
 * result.changes.map((change) => change.status);
 * // => ['series-start', 'ok', 'gap']
 * result.changes[1]?.relativeChange?.toString();
 * // => '0.2'
 * result.gaps;
 * // => ['2021-06']
 *
 * // A rate: the change is in percentage points.
 * const shares = periodOverPeriod([{ period: '2020', value: '20.8' }, { period: '2021', value: '18.2' }], { measure: 'rate' });
 * shares.changes[1]?.percentagePointChange?.toString();
 * // => '-2.6'
 * ```
 *
 * @category Comparison
 */
export function periodOverPeriod(
  series: readonly SeriesPoint[],
  options?: PeriodOverPeriodOptions,
): PeriodOverPeriodResult {
  return compareSeries(series, options, previousOf);
}

function previousOf(period: Period, field: string): Period {
  if (period.kind === 'range' && period.start.kind !== period.end.kind) {
    throw new IndicatorError('invalid-argument', {
      field,
      value: formatPeriod(period),
      reason: 'a range whose ends differ in kind has no preceding period to compare with',
    });
  }
  return previousPeriod(period);
}
