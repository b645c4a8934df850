import type { Decimal } from '../decimal/Decimal.js';
import { GuardDecimal, roundResult } from '../decimal/guardPrecision.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Indicator, Observation } from '../models/types.js';
import { readOptions } from './_change.js';
import { readFigure, readIndicators, valueIn, type YearToDateFigure } from './_yearToDate.js';

/**
 * Options of {@link yearToDateGrowth}.
 *
 * @category Comparison
 */
export interface YearToDateGrowthOptions {
  /**
   * The indicators, such as `dataset.indicators`: an observation that states no unit is in its
   * indicator's, and the indicator must be a flow.
   */
  readonly indicators?: readonly Indicator[];
}

function figureOf(
  input: unknown,
  field: 'current' | 'previous',
  indicators: ReadonlyMap<string, Indicator> | null,
): YearToDateFigure {
  const figure = readFigure(input, field, indicators);
  if (figure === null) {
    throw new IndicatorError('invalid-argument', {
      field: `${field}.period`,
      value: (input as { period: unknown }).period,
      reason:
        'is not a year-to-date span (1–N月累计) such as 2022-01/2022-06, 2022-H1 or 2022-Q1/2022-Q3',
    });
  }
  return figure;
}

/**
 * The growth of a year-to-date figure (1–N月累计) on the same months a year earlier (累计同比):
 * `current / previous − 1`, as a fraction (`0.045` for 4.5%).
 *
 * Both figures must be of the same indicator and cover the same months (`2022-H1` and
 * `2021-01/2021-06` do), `previous` in the year before `current`'s. The previous figure is
 * converted exactly into the current one's unit first; the quotient is rounded once, to 34
 * significant digits.
 *
 * @param current - The year-to-date observation of this year.
 * @param previous - The observation of the same months a year earlier.
 * @param options - `indicators`, for the units of observations that state none.
 * @returns The growth as a fraction, a fresh Decimal (never -0).
 * @throws {@link IndicatorError} `invalid-argument` when a period is not a year-to-date span,
 * the indicators differ (field `previous.indicator`), the months differ or the years are not
 * consecutive (field `previous.period`), the indicator is not one of `options.indicators` or no
 * flow, or one figure states a unit and the other does not; `non-positive-base` (field
 * `previous.value`) when the previous figure is 0 or below; `sign-change` (field
 * `current.value`) when the current figure is below 0; `invalid-period` and `invalid-number`
 * for a malformed period or value.
 *
 * @example
 * ```ts
 * import { yearToDateGrowth } from 'tianmu-indicators';
 *
 * const source = { document: 'stats', section: '月报', quote: '' };
 * const h1 = (period: string, value: string) =>
 *   ({ indicator: 'gdp', period, value, unit: 'yi-yuan', status: 'actual' as const, qualifier: null, source });
 * yearToDateGrowth(h1('2022-01/2022-06', '4.18'), h1('2021-H1', '4.0')).toString();
 * // => '0.045'
 *
 * let message = '';
 * try { yearToDateGrowth(h1('2022-H1', '4.18'), h1('2021-Q1/2021-Q3', '6')); }
 * catch (error) { message = (error as Error).message; }
 * message;
 * // => 'previous.period ("2021-Q1/2021-Q3") is not an accepted value: covers 9 months, the current figure 6: both must cover the same months'
 * ```
 *
 * @category Comparison
 */
export function yearToDateGrowth(
  current: Observation,
  previous: Observation,
  options?: YearToDateGrowthOptions,
): Decimal {
  const settings = readOptions(options);
  const indicators = readIndicators(settings.indicators);
  const now = figureOf(current, 'current', indicators);
  const before = figureOf(previous, 'previous', indicators);
  if (before.indicator !== now.indicator) {
    throw new IndicatorError('invalid-argument', {
      field: 'previous.indicator',
      value: before.indicator,
      reason: `differs from the current figure's indicator ${now.indicator}`,
    });
  }
  if (before.months !== now.months) {
    throw new IndicatorError('invalid-argument', {
      field: 'previous.period',
      value: before.period,
      reason: `covers ${before.months} months, the current figure ${now.months}: both must cover the same months`,
    });
  }
  if (before.year !== now.year - 1) {
    throw new IndicatorError('invalid-argument', {
      field: 'previous.period',
      value: before.period,
      reason: `is in ${before.year}; expected the year before the current figure's, ${now.year - 1}`,
    });
  }
  const base = valueIn(before, now);
  if (base.lte(0)) {
    throw new IndicatorError('non-positive-base', {
      field: 'previous.value',
      value: before.value.toString(),
      reason: 'a growth needs a previous figure above 0',
    });
  }
  if (now.value.lt(0)) {
    throw new IndicatorError('sign-change', {
      field: 'current.value',
      value: now.value.toString(),
      reason: 'the current figure is below 0 and the previous one above it',
    });
  }
  return roundResult(new GuardDecimal(now.value).minus(base).div(base));
}
