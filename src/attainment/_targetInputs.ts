/**
 * Private to the attainment layer: what an assessment needs besides the target (prepared once
 * by assessTarget or assessPlan), and the readers of a target's own fields.
 */
import type { Decimal } from '../decimal/Decimal.js';
import { cmp, div, type Ratio, ratio, ratioOf, sign } from '../decimal/rational.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Indicator, Project } from '../models/types.js';
import type { DayInfo } from './_periodInfo.js';
import type { Series, SeriesUnits } from './_series.js';
import { toFigureDigits, toUnit } from './_series.js';

/** What an assessment needs besides the target, prepared by the caller. */
export interface TargetEnvironment {
  /** The target's indicator (looked up by the caller). */
  readonly indicator: Indicator | undefined;
  /** The indicator's observations as a series (empty when there are none). */
  readonly series: Series;
  /** Where the observations came from, for error messages (`context.observations`). */
  readonly seriesField: string;
  /** Where the target came from, for error messages (`target`, `dataset.plans[0].targets[3]`). */
  readonly targetField: string;
  /** Where the indicator came from, for error messages. */
  readonly indicatorField: string;
  /** The milestone's project, if found. */
  readonly project: Project | undefined;
  /** Where the project came from, for error messages. */
  readonly projectField: string;
  /** The first day of the plan, when known: the baseline is the last figure before it. */
  readonly planStart: number | null;
  /** The effective as-of day (given or defaulted from the data), or null. */
  readonly asOf: DayInfo | null;
}

/** The target's indicator, checked against the target's `indicator` field. */
export function indicatorOf(
  target: { readonly indicator: string },
  env: TargetEnvironment,
): Indicator {
  const indicator = env.indicator;
  if (indicator === undefined || indicator.id !== target.indicator) {
    throw new IndicatorError('invalid-argument', {
      field: env.indicatorField,
      value: indicator === undefined ? undefined : indicator.id,
      reason: `the target needs its indicator "${target.indicator}"`,
    });
  }
  return indicator;
}

/** +1 for at-least, −1 for at-most: the direction of progress toward the target. */
export function directionOf(comparator: unknown, field: string): 1 | -1 {
  if (comparator === 'at-least') return 1;
  if (comparator === 'at-most') return -1;
  throw new IndicatorError('invalid-argument', {
    field,
    value: comparator,
    reason: "expected 'at-least' or 'at-most'",
  });
}

/** How the series is read: the indicator's unit and the observations' field. */
export function unitsOf(indicator: Indicator, env: TargetEnvironment): SeriesUnits {
  return { unit: indicator.unit, field: env.seriesField };
}

/** A value of the target (in its unit) as a pair: to report, and to compute with. */
export function targetValue(
  text: string,
  unit: string | undefined,
  indicator: Indicator,
  field: string,
  unitField: string,
): { value: Decimal; exact: Ratio } {
  const value = toFigureDigits(toUnit(toDecimal(text, field), unit, indicator.unit, unitField));
  return { value, exact: ratioOf(value) };
}

/**
 * A growth percent as a fraction, above −1 so that `1 + g` is a growth factor; `what` names
 * it in the error (a planned growth, a stated growth).
 */
export function readPlanned(percentText: string, field: string, what = 'a planned growth'): Ratio {
  const rate = div(ratioOf(toDecimal(percentText, field)), ratio(100));
  if (cmp(rate, ratio(-1)) <= 0) {
    throw new IndicatorError('invalid-argument', {
      field,
      value: percentText,
      reason: `${what} must be above -100%`,
    });
  }
  return rate;
}

/** Both zero-or-positive, or both zero-or-negative: a ratio of them is not negative. */
export function sameSign(x: Ratio, y: Ratio): boolean {
  // Stryker disable next-line ArithmeticOperator: never called with y = 0, and ±1/±1 equals ±1·±1
  return sign(x) * sign(y) >= 0;
}
