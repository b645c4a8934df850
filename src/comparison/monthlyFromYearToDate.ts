import { STATUS_RANK } from '../_internal/observationStatus.js';
import type { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Indicator, Observation, ObservationStatus } from '../models/types.js';
import { noNegativeZero, readOptions } from './_change.js';
import { readFigure, readIndicators, valueIn, type YearToDateFigure } from './_yearToDate.js';

/**
 * Options of {@link monthlyFromYearToDate}.
 *
 * @category Comparison
 */
export interface MonthlyFromYearToDateOptions {
  /**
   * The indicators, such as `dataset.indicators`: an observation that states no unit is in its
   * indicator's, and every indicator named must be a flow. Without them, an observation that
   * states no unit can only be paired with another that states none.
   */
  readonly indicators?: readonly Indicator[];
}

/**
 * One month's figure (当月值) derived from two year-to-date figures.
 *
 * @category Comparison
 */
export interface MonthlyValue {
  /** The indicator id. */
  readonly indicator: string;
  /** The month, `YYYY-MM`. */
  readonly period: string;
  /** `1–N月 − 1–(N−1)月`, in `unit`; for January the 1月 figure itself. */
  readonly value: Decimal;
  /**
   * The unit of `value`: that of the 1–N月 figure (its own, else its indicator's); `null` when
   * neither is known (the indicator's unit, whatever it is).
   */
  readonly unit: string | null;
  /** The less final status of the two figures (actual, preliminary, estimated, forecast). */
  readonly status: ObservationStatus;
  /** `approximately` when either figure carries a qualifier (约, 余, 以上); else `null`. */
  readonly qualifier: 'approximately' | null;
  /** The period of the 1–N月 figure, as given (canonical). */
  readonly yearToDate: string;
  /** The period of the 1–(N−1)月 figure; `null` for January. */
  readonly previousYearToDate: string | null;
}

/**
 * A month whose figure cannot be derived: its 1–N月 figure is known, its 1–(N−1)月 figure is
 * not.
 *
 * @category Comparison
 */
export interface MonthlyGap {
  /** The indicator id. */
  readonly indicator: string;
  /** The month, `YYYY-MM`. */
  readonly period: string;
  /** The 1–N月 figure's period, as given. */
  readonly yearToDate: string;
  /** The missing span, `YYYY-01` or `YYYY-01/YYYY-MM`. */
  readonly missing: string;
}

/**
 * The result of {@link monthlyFromYearToDate}.
 *
 * @category Comparison
 */
export interface MonthlyFromYearToDateResult {
  /** The derived months, by indicator (in order of first appearance), year and month. */
  readonly months: MonthlyValue[];
  /** The months that cannot be derived, in the same order. */
  readonly gaps: MonthlyGap[];
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}

/** The canonical spelling of the span 1–N月 of a year. */
function spanOf(year: number, months: number): string {
  return months === 1 ? `${year}-01` : `${year}-01/${year}-${pad2(months)}`;
}

/**
 * The figure of each month (当月值) from year-to-date figures (1–N月累计): `1–N月 − 1–(N−1)月`.
 *
 * Only observations whose period is a year-to-date span count (`2022-01/2022-06`,
 * `2022-H1`, `2022-Q1/2022-Q3`, `2022-01`, the whole year `2022`; see `toYearToDate`); others
 * are skipped. The figures are grouped by indicator and year; for one span the best status is
 * taken (actual, then preliminary, estimated, forecast), and two of the same status are an
 * error. January's figure is the 1月 figure itself; December's is the year's figure less
 * 1–11月. A month whose 1–(N−1)月 figure is missing has no value (never one derived from an
 * earlier month): it is listed in `gaps`. Units: the 1–(N−1)月 figure is converted exactly
 * into the unit of the 1–N月 figure. The difference is exact (to 34 significant digits).
 *
 * @param observations - Observations of one or several flow indicators and years.
 * @param options - `indicators`, for the units of observations that state none.
 * @returns A fresh {@link MonthlyFromYearToDateResult}: the derived months and the gaps.
 * @throws {@link IndicatorError} `invalid-argument` when `observations` is not an array, an
 * item is not an observation, two give the same indicator, span and status, an indicator is
 * not one of `options.indicators` or is no flow, or one figure states a unit and the other does
 * not (without `options.indicators`); `invalid-period` and `invalid-number` naming
 * `observations[i].period` or `.value`; `incompatible-units` when two units measure different
 * things.
 *
 * @example
 * ```ts
 * import { monthlyFromYearToDate } from 'tianmu-indicators';
 *
 * const source = { document: 'stats', section: '月报', quote: '' };
 * const { months, gaps } = monthlyFromYearToDate([
 *   { indicator: 'revenue', period: '2022-01/2022-05', value: '3.4', unit: 'yi-yuan', status: 'actual', qualifier: null, source },
 *   { indicator: 'revenue', period: '2022-H1', value: '41800', unit: 'wan-yuan', status: 'actual', qualifier: null, source },
 *   { indicator: 'revenue', period: '2022-Q1/2022-Q3', value: '6.1', unit: 'yi-yuan', status: 'preliminary', qualifier: null, source },
 * ]);
 * months.map((m) => [m.period, m.value.toString(), m.unit]);
 * // => [['2022-06', '7800', 'wan-yuan']]
 * gaps.map((g) => [g.period, g.missing]);
 * // => [['2022-05', '2022-01/2022-04'], ['2022-09', '2022-01/2022-08']]
 * ```
 *
 * @category Comparison
 */
export function monthlyFromYearToDate(
  observations: readonly Observation[],
  options?: MonthlyFromYearToDateOptions,
): MonthlyFromYearToDateResult {
  const settings = readOptions(options);
  const indicators = readIndicators(settings.indicators);
  if (!Array.isArray(observations)) {
    throw new IndicatorError('invalid-argument', {
      field: 'observations',
      value: observations,
      reason: 'expected an array of observations',
    });
  }
  // indicator → year → months → the best figure.
  const byIndicator = new Map<string, Map<number, Map<number, YearToDateFigure>>>();
  observations.forEach((observation, index) => {
    const figure = readFigure(observation, `observations[${index}]`, indicators);
    if (figure === null) return;
    let byYear = byIndicator.get(figure.indicator);
    if (byYear === undefined) {
      byYear = new Map();
      byIndicator.set(figure.indicator, byYear);
    }
    let byMonths = byYear.get(figure.year);
    if (byMonths === undefined) {
      byMonths = new Map();
      byYear.set(figure.year, byMonths);
    }
    const held = byMonths.get(figure.months);
    if (held !== undefined && STATUS_RANK[held.status] === STATUS_RANK[figure.status]) {
      throw new IndicatorError('invalid-argument', {
        field: figure.field,
        value: figure.period,
        reason: `gives ${figure.indicator} ${spanOf(figure.year, figure.months)} (${figure.status}) a second time, after ${held.field} (${held.period})`,
      });
    }
    if (held === undefined || STATUS_RANK[figure.status] < STATUS_RANK[held.status]) {
      byMonths.set(figure.months, figure);
    }
  });
  const months: MonthlyValue[] = [];
  const gaps: MonthlyGap[] = [];
  for (const [indicator, byYear] of byIndicator) {
    for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
      const byMonths = byYear.get(year) as Map<number, YearToDateFigure>;
      for (const count of [...byMonths.keys()].sort((a, b) => a - b)) {
        const figure = byMonths.get(count) as YearToDateFigure;
        const period = `${year}-${pad2(count)}`;
        const previous = count === 1 ? null : byMonths.get(count - 1);
        if (previous === undefined) {
          gaps.push({
            indicator,
            period,
            yearToDate: figure.period,
            missing: spanOf(year, count - 1),
          });
          continue;
        }
        const less = previous === null ? null : valueIn(previous, figure);
        const worse =
          previous !== null && STATUS_RANK[previous.status] > STATUS_RANK[figure.status]
            ? previous.status
            : figure.status;
        months.push({
          indicator,
          period,
          value: less === null ? figure.value : noNegativeZero(figure.value.minus(less)),
          unit: figure.unit,
          status: worse,
          qualifier: figure.qualified || previous?.qualified === true ? 'approximately' : null,
          yearToDate: figure.period,
          previousYearToDate: previous?.period ?? null,
        });
      }
    }
  }
  return { months, gaps };
}
