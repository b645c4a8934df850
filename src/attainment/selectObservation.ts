import { guarded, readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Observation } from '../models/types.js';
import { periodInfo, readDay } from './_periodInfo.js';
import { buildSeries, entryFor, latestBy } from './_series.js';

/**
 * Options of {@link selectObservation}.
 *
 * @category Attainment
 */
export interface SelectObservationOptions {
  /** Only periods that ended on or before this day count (a Date's UTC day, or `YYYY-MM-DD`). */
  readonly asOf?: Date | string;
  /** Only observations of this indicator count. */
  readonly indicator?: string;
  /** Only this period counts (`'2021'`); otherwise the latest period is chosen. */
  readonly period?: string;
}

/**
 * Picks the observation an assessment counts: the one of the latest period that ended on or
 * before `asOf` (or of the given `period`), preferring, for one period, `actual` over
 * `preliminary` over `estimated` over `forecast`. Periods covering the same days (`2021-H1`,
 * `2021-S1`) are one period; periods are ordered by last day, then first day.
 *
 * @param observations - Observations, in any order.
 * @param options - As-of day, indicator, period.
 * @returns The observation chosen (the object given, not a copy), or `undefined` when none
 * qualifies.
 * @throws {@link IndicatorError} `invalid-argument` when `observations` is not an array or
 * `options` is not an object;
 * `invalid-period` for an invalid period or `asOf`.
 *
 * @example
 * ```ts
 * import { selectObservation } from 'tianmu-indicators';
 *
 * const source = { document: 'report', section: '回顾', quote: '农民人均收入约4万元' };
 * const income = (period: string, value: string, status: 'actual' | 'estimated') =>
 *   ({ indicator: 'farmer-income', period, value, status, qualifier: null, source }) as const;
 * const observations = [
 *   income('2021', '40000', 'estimated'),
 *   income('2021', '40210', 'actual'),
 *   income('2016', '27720', 'actual'),
 *   income('2022', '42000', 'estimated'),
 * ];
 * selectObservation(observations, { asOf: '2022-06-30' })?.value;
 * // => '40210'
 * selectObservation(observations)?.period;
 * // => '2022'
 * selectObservation(observations, { period: '2016' })?.value;
 * // => '27720'
 * selectObservation(observations, { asOf: '2015-12-31' });
 * // => undefined
 * ```
 *
 * @category Attainment
 */
export function selectObservation(
  observations: readonly Observation[],
  options: SelectObservationOptions = {},
): Observation | undefined {
  // Read once into plain data (a getter or Proxy of the caller's cannot throw later); the
  // answer is the caller's own observation at the chosen position.
  const given = observations;
  observations = readPlain(given, 'observations') as readonly Observation[];
  options = readPlain(options, 'options') as SelectObservationOptions;
  if (!Array.isArray(observations)) {
    throw new IndicatorError('invalid-argument', {
      field: 'observations',
      value: observations,
      reason: 'expected an array of observations',
    });
  }
  if (typeof options !== 'object' || options === null) {
    throw new IndicatorError('invalid-argument', {
      field: 'options',
      value: options,
      reason: 'expected an options object',
    });
  }
  const asOf = options.asOf === undefined ? null : readDay(options.asOf, 'options.asOf').day;
  const wanted = options.indicator;
  const chosen: Observation[] = [];
  const indices: number[] = [];
  observations.forEach((observation, index) => {
    if (typeof observation !== 'object' || observation === null) {
      throw new IndicatorError('invalid-argument', {
        field: `observations[${index}]`,
        value: observation,
        reason: 'expected an observation object',
      });
    }
    if (wanted === undefined || observation.indicator === wanted) {
      chosen.push(observation);
      indices.push(index);
    }
  });
  const series = buildSeries(chosen, indices, 'observations');
  const entry =
    options.period === undefined
      ? latestBy(series, asOf, null)
      : entryFor(series, periodInfo(options.period, 'options.period'), asOf);
  if (entry === undefined) return undefined;
  const position = observations.indexOf(entry.observation);
  return guarded('observations', () => given[position]);
}
