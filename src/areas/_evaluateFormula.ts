import { Decimal } from '../decimal/Decimal.js';
import { roundResult } from '../decimal/guardPrecision.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Formula, Indicator, ObservationStatus, Qualifier } from '../models/types.js';
import { getUnit } from '../units/getUnit.js';
import { ExactDecimal, leastFinal, ratioQualifier, sumQualifier, toBase } from './_combine.js';

/** One input of a formula at one period: its value in its unit, its status and qualifier. */
export interface FormulaInput {
  readonly value: Decimal;
  readonly unit: string;
  readonly status: ObservationStatus;
  readonly qualifier: Qualifier;
}

/** A formula's figure at one period, in the indicator's unit. */
export interface FormulaValue {
  readonly value: Decimal;
  readonly unit: string;
  readonly status: ObservationStatus;
  readonly qualifier: Qualifier;
}

/** The ids of the indicators a formula reads, in its order. */
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

function input(inputs: ReadonlyMap<string, FormulaInput>, id: string, indicator: Indicator) {
  const found = inputs.get(id);
  if (found === undefined) {
    throw new IndicatorError('not-found', {
      field: `formula of ${indicator.id}`,
      value: id,
      reason: 'no figure of this input at the period',
    });
  }
  return found;
}

/**
 * Evaluates one indicator's formula at one period from its inputs' figures, exactly, with one
 * rounding to 34 digits at the end:
 * - `sum`: Σ inputs, each converted to the indicator's unit (the qualifier of a sum);
 * - `ratio`: `numerator / denominator × multiplier`. Parts of one dimension give a pure number
 *   (a share: `multiplier` 100 makes it a percent) in the indicator's unit as it stands; parts
 *   of two dimensions (money per person) give the numerator's dimension per one base unit of
 *   the denominator (元 per 人), converted to the indicator's unit.
 * The status is the least final of the inputs.
 * @throws IndicatorError `not-found` for a missing input, `incompatible-units` when the units
 * cannot give the indicator's, `non-positive-base` for a zero denominator.
 */
export function evaluateFormula(
  indicator: Indicator,
  formula: Formula,
  inputs: ReadonlyMap<string, FormulaInput>,
): FormulaValue {
  const parts = formulaInputs(formula).map((id) => input(inputs, id, indicator));
  const status = leastFinal(parts.map((part) => part.status));
  const target = getUnit(indicator.unit);
  if (formula.op === 'sum') {
    let sum = new ExactDecimal(0);
    for (const part of parts) {
      const unit = getUnit(part.unit);
      if (unit.dimension !== target.dimension) incompatible(indicator, part.unit);
      sum = sum.plus(toBase(part.value, part.unit));
    }
    return {
      value: roundResult(new Decimal(sum).div(target.factor)),
      unit: indicator.unit,
      status,
      qualifier: sumQualifier(parts.map((part) => part.qualifier)),
    };
  }
  const [numerator, denominator] = parts as [FormulaInput, FormulaInput];
  const numeratorUnit = getUnit(numerator.unit);
  const denominatorUnit = getUnit(denominator.unit);
  const top = toBase(numerator.value, numerator.unit).times(formula.multiplier);
  const bottom = toBase(denominator.value, denominator.unit);
  if (bottom.isZero()) {
    throw new IndicatorError('non-positive-base', {
      field: `${indicator.id}: ${formula.denominator}`,
      value: denominator.value.toString(),
      reason: 'a ratio has no value over a denominator of zero',
    });
  }
  let value: Decimal;
  if (numeratorUnit.dimension === denominatorUnit.dimension) {
    value = new Decimal(top).div(bottom);
  } else if (numeratorUnit.dimension === target.dimension) {
    value = new Decimal(top).div(bottom.times(target.factor));
  } else {
    return incompatible(indicator, numerator.unit);
  }
  return {
    value: roundResult(value),
    unit: indicator.unit,
    status,
    qualifier: ratioQualifier(parts.map((part) => part.qualifier)),
  };
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
