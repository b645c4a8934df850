/**
 * Combining figures exactly: a derived indicator's formula at one period (deriveObservations),
 * and the same formulas and sums over several areas (rollUp). One implementation for both, so
 * a town's per-capita income and its district's are computed by the same rule.
 */
import { Decimal, ExactDecimal } from '../decimal/Decimal.js';
import { roundResult } from '../decimal/guardPrecision.js';
import { checkRange, toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Formula, Indicator, ObservationStatus, Qualifier } from '../models/types.js';
import { getUnit } from '../units/getUnit.js';
import { leastFinal } from './observationStatus.js';

/** One figure to combine: its value in its unit, its status and qualifier. */
export interface FormulaInput {
  readonly value: Decimal | string;
  /** A unit id or symbol of the catalogue. */
  readonly unit: string;
  readonly status: ObservationStatus;
  readonly qualifier: Qualifier;
}

/** A combined figure, in the indicator's unit as the indicator writes it. */
export interface FormulaValue {
  readonly value: Decimal;
  readonly unit: string;
  readonly status: ObservationStatus;
  readonly qualifier: Qualifier;
}

/** The ids of the indicators a formula reads, in its order (a ratio: numerator, denominator). */
export function formulaInputs(formula: Formula): readonly string[] {
  switch (formula.op) {
    case 'sum':
      return formula.of;
    case 'ratio':
      return [formula.numerator, formula.denominator];
    default: {
      const unknown: never = formula;
      throw new IndicatorError('invalid-argument', {
        field: 'formula.op',
        value: (unknown as { op: unknown }).op,
        reason: 'expected sum or ratio',
      });
    }
  }
}

/**
 * The qualifier of a sum: `approximately` if any part is approximate; otherwise `more-than`
 * if any part is (x > a and y ≥ b give x + y > a + b); otherwise `at-least` if any part is;
 * otherwise exact (`null`).
 */
export function sumQualifier(qualifiers: Iterable<Qualifier>): Qualifier {
  const seen = new Set<Qualifier>(qualifiers);
  if (seen.has('approximately')) return 'approximately';
  if (seen.has('more-than')) return 'more-than';
  if (seen.has('at-least')) return 'at-least';
  return null;
}

/** The qualifier of a quotient: a bound on either part bounds the quotient nowhere, so any qualifier makes it approximate. */
export function ratioQualifier(qualifiers: Iterable<Qualifier>): Qualifier {
  for (const qualifier of qualifiers) if (qualifier !== null) return 'approximately';
  return null;
}

/**
 * A value in the base unit of its dimension, exactly.
 *
 * @throws IndicatorError `invalid-number` naming `field` for a value that is not a decimal,
 * `invalid-unit` for an unknown unit.
 */
export function toBase(value: string | Decimal, unit: string, field = 'value'): Decimal {
  return new ExactDecimal(toDecimal(value, field)).times(getUnit(unit).factor);
}

/**
 * The sum of `parts` in `indicator`'s unit: each converted exactly to the base unit, added
 * exactly, rounded once to 34 digits; the least final status and the qualifier of a sum.
 *
 * @throws IndicatorError `incompatible-units` for a part of another dimension; `invalid-number`
 * naming the indicator for a sum beyond 1e±1000.
 */
export function sumFigures(indicator: Indicator, parts: readonly FormulaInput[]): FormulaValue {
  const target = getUnit(indicator.unit);
  let sum = new ExactDecimal(0);
  for (const part of parts) {
    if (getUnit(part.unit).dimension !== target.dimension) incompatible(indicator, part.unit);
    sum = sum.plus(toBase(part.value, part.unit));
  }
  return {
    value: checkRange(roundResult(new Decimal(sum).div(target.factor)), indicator.id),
    unit: indicator.unit,
    status: leastFinal(parts.map((part) => part.status)),
    qualifier: sumQualifier(parts.map((part) => part.qualifier)),
  };
}

/**
 * Evaluates `formula` (the formula of `indicator`) on `parts`, one per input in
 * {@link formulaInputs}' order, exactly, with one rounding to 34 digits at the end:
 * - `sum`: {@link sumFigures};
 * - `ratio`: `numerator / denominator × multiplier`. Parts of one dimension give a pure number
 *   (a share: `multiplier` 100 makes it a percent) in the indicator's unit as it stands; parts
 *   of two dimensions (money per person) give the numerator's dimension per one base unit of
 *   the denominator (元 per 人), converted to the indicator's unit. So 9.4544 亿元 / 40000 人 in
 *   元 is exactly 23636.
 * The status is the least final of the parts.
 *
 * @returns The figure, or `null` for a ratio over a denominator of zero (it has no value).
 * @throws IndicatorError `incompatible-units` when the units cannot give the indicator's;
 * `invalid-number` naming the indicator for a figure beyond 1e±1000.
 */
export function evaluateFormula(
  indicator: Indicator,
  formula: Formula,
  parts: readonly FormulaInput[],
): FormulaValue | null {
  switch (formula.op) {
    case 'sum':
      return sumFigures(indicator, parts);
    case 'ratio': {
      const [numerator, denominator] = parts as readonly [FormulaInput, FormulaInput];
      const bottom = toBase(denominator.value, denominator.unit);
      if (bottom.isZero()) return null;
      const top = toBase(numerator.value, numerator.unit).times(formula.multiplier);
      const target = getUnit(indicator.unit);
      const numeratorDimension = getUnit(numerator.unit).dimension;
      let value: Decimal;
      if (numeratorDimension === getUnit(denominator.unit).dimension) {
        value = new Decimal(top).div(bottom);
      } else if (numeratorDimension === target.dimension) {
        value = new Decimal(top).div(bottom.times(target.factor));
      } else {
        return incompatible(indicator, numerator.unit);
      }
      return {
        value: checkRange(roundResult(value), indicator.id),
        unit: indicator.unit,
        status: leastFinal(parts.map((part) => part.status)),
        qualifier: ratioQualifier(parts.map((part) => part.qualifier)),
      };
    }
    default: {
      const unknown: never = formula;
      return formulaInputs(unknown) as never;
    }
  }
}

function incompatible(indicator: Indicator, unit: string): never {
  throw new IndicatorError('incompatible-units', {
    field: `formula of ${indicator.id}`,
    value: unit,
    from: unit,
    to: indicator.unit,
    reason: `an input in ${unit} cannot give ${indicator.id} in ${indicator.unit}`,
  });
}
