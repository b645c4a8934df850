/**
 * Reading year-to-date observations (1–N月累计) for monthlyFromYearToDate and
 * yearToDateGrowth: the span each covers, its value, and its unit. Private to the comparison
 * layer.
 */
import { STATUS_RANK } from '../_internal/observationStatus.js';
import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Indicator, ObservationStatus } from '../models/types.js';
import { toYearToDate } from '../periods/index.js';
import { convert } from '../units/index.js';
import { readPeriodString, readRecord } from './_change.js';

/** A year-to-date observation as the functions use it. */
export interface YearToDateFigure {
  /** Where it came from, for messages: `observations[2]` or `current`. */
  readonly field: string;
  readonly indicator: string;
  /** The period as given, canonical. */
  readonly period: string;
  readonly year: number;
  readonly months: number;
  readonly value: Decimal;
  /** The unit id: the observation's, else its indicator's; `null` when neither is known. */
  readonly unit: string | null;
  readonly status: ObservationStatus;
  /** Whether the value carries a qualifier (约, 余, 以上). */
  readonly qualified: boolean;
}

/** Reads `options.indicators`: a map by id, or `null` when none are given. */
export function readIndicators(value: unknown): ReadonlyMap<string, Indicator> | null {
  if (value === undefined) return null;
  if (!Array.isArray(value)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.indicators',
      value,
      reason: 'expected an array of indicators, such as dataset.indicators',
    });
  }
  return new Map((value as Indicator[]).map((indicator) => [indicator.id, indicator]));
}

/**
 * Reads an observation: `null` when its period is not a year-to-date span. An indicator that
 * `indicators` does not hold, or holds as no flow, is an error.
 */
export function readFigure(
  input: unknown,
  field: string,
  indicators: ReadonlyMap<string, Indicator> | null,
): YearToDateFigure | null {
  const record = readRecord(input, field);
  const indicator = record.indicator;
  if (typeof indicator !== 'string') {
    throw new IndicatorError('invalid-argument', {
      field: `${field}.indicator`,
      value: indicator,
      reason: 'expected an indicator id',
    });
  }
  const period = readPeriodString(record.period, `${field}.period`);
  const span = toYearToDate(period);
  if (span === null) return null;
  const value = toDecimal(record.value as DecimalInput, `${field}.value`);
  let unit = typeof record.unit === 'string' ? record.unit : null;
  if (indicators !== null) {
    const known = indicators.get(indicator);
    if (known === undefined || known.measure !== 'flow') {
      throw new IndicatorError('invalid-argument', {
        field: `${field}.indicator`,
        value: indicator,
        reason:
          known === undefined
            ? 'is not one of options.indicators'
            : `is a ${known.measure}: only a flow's figures add up over the year`,
      });
    }
    unit ??= known.unit;
  }
  const status = record.status as ObservationStatus;
  if (!Object.hasOwn(STATUS_RANK, status)) {
    throw new IndicatorError('invalid-argument', {
      field: `${field}.status`,
      value: status,
      reason: "expected 'actual', 'preliminary', 'estimated' or 'forecast'",
    });
  }
  return {
    field,
    indicator,
    period,
    year: span.year,
    months: span.months,
    value,
    unit,
    status,
    qualified: record.qualifier !== null && record.qualifier !== undefined,
  };
}

/**
 * The value of `figure` in the unit of `into`, exactly (one conversion through the units
 * layer); an error when one unit is known and the other is not.
 */
export function valueIn(figure: YearToDateFigure, into: YearToDateFigure): Decimal {
  if (figure.unit === into.unit) return figure.value;
  if (figure.unit === null || into.unit === null) {
    const stated = figure.unit === null ? into : figure;
    const unstated = figure.unit === null ? figure : into;
    throw new IndicatorError('invalid-argument', {
      field: unstated.field,
      value: unstated.period,
      reason: `states no unit while ${stated.field} states ${stated.unit}: pass options.indicators to give it its indicator's unit`,
    });
  }
  return convert(figure.value, figure.unit, into.unit);
}
