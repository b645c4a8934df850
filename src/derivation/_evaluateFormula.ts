/**
 * The value of one formula at one period from its inputs' figures. Private to the derivation
 * layer; the area roll-up reuses it.
 */
import { Decimal } from '../decimal/Decimal.js';
import { roundResult } from '../decimal/guardPrecision.js';
import { toDecimal } from '../decimal/toDecimal.js';
import type { Formula, ObservationStatus, Qualifier } from '../models/types.js';
import { convert, getUnit } from '../units/index.js';

/** One input figure: its value in its unit, status and qualifier. */
export interface FormulaInput {
  readonly value: Decimal | string;
  /** A unit id or symbol of the catalogue. */
  readonly unit: string;
  readonly status: ObservationStatus;
  readonly qualifier: Qualifier;
}

/** The formula's value in `unit`, with the status and qualifier the inputs give it. */
export interface EvaluatedFormula {
  readonly value: Decimal;
  readonly unit: string;
  readonly status: ObservationStatus;
  readonly qualifier: Qualifier;
}

/** Finality: actual (0) is the most final, forecast (3) the least. */
export const STATUS_RANK: Readonly<Record<ObservationStatus, number>> = {
  actual: 0,
  preliminary: 1,
  estimated: 2,
  forecast: 3,
};

/** Products and sums of stated decimals are exact at this precision. */
const ExactDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone({ precision: 1e9 });

/**
 * Evaluates `formula` on `inputs` (a sum: one per indicator of `of`, in order; a ratio: the
 * numerator, then the denominator) and gives the value in `unit`, the least final status and
 * `approximately` when any input is qualified.
 *
 * A sum converts each input to `unit` (exactly, through the unit layer) and adds them exactly;
 * the total is rounded once to 34 digits. A ratio is `numerator · f_n · multiplier /
 * (denominator · f_d · f_unit)`, the f's being the units' factors to their base units: the two
 * products are exact and the quotient is rounded once to 34 digits. So 9.4544 亿元 / 40000 人 in
 * 元 is exactly 23636. A ratio whose denominator is zero has no value: `null`.
 */
export function evaluateFormula(
  formula: Formula,
  inputs: readonly FormulaInput[],
  unit: string,
): EvaluatedFormula | null {
  let status: ObservationStatus = 'actual';
  for (const input of inputs) {
    if (STATUS_RANK[input.status] > STATUS_RANK[status]) status = input.status;
  }
  const qualifier: Qualifier = inputs.some((input) => input.qualifier !== null)
    ? 'approximately'
    : null;
  const own = getUnit(unit, { field: 'unit' });
  let value: Decimal;
  switch (formula.op) {
    case 'sum': {
      const total = inputs.reduce(
        (sum, input) => sum.plus(convert(input.value, input.unit, own)),
        new ExactDecimal(0),
      );
      value = roundResult(total);
      break;
    }
    case 'ratio': {
      const [numerator, denominator] = inputs as readonly [FormulaInput, FormulaInput];
      const bottom = new ExactDecimal(toDecimal(denominator.value, 'denominator'))
        .times(getUnit(denominator.unit, { field: 'unit' }).factor)
        .times(own.factor);
      if (bottom.isZero()) return null;
      const top = new ExactDecimal(toDecimal(numerator.value, 'numerator'))
        .times(getUnit(numerator.unit, { field: 'unit' }).factor)
        .times(formula.multiplier);
      value = roundResult(new Decimal(top).div(new Decimal(bottom)));
      break;
    }
    default: {
      const unreachable: never = formula;
      throw new Error(`unhandled formula ${JSON.stringify(unreachable)}`);
    }
  }
  return { value, unit: own.id, status, qualifier };
}
