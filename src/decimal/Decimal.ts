import { Decimal as DecimalJs } from 'decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';

/** The settings of every Decimal of the library: 34 digits, half-even, no exponent notation. */
export const DECIMAL_SETTINGS = {
  precision: 34,
  rounding: DecimalJs.ROUND_HALF_EVEN,
  toExpNeg: -9e15,
  toExpPos: 9e15,
} as const;

/**
 * The constructor the library computes with: a private decimal.js clone (34 significant
 * digits, ROUND_HALF_EVEN, exponent notation off). The package exports another clone
 * (./exportedDecimal.ts), so `Decimal.set` on what a user imports never changes a result; and
 * `set`/`config` on this one (reachable as `result.constructor`) are refused.
 */
export const Decimal: typeof DecimalJs = /* @__PURE__ */ sealSettings(
  DecimalJs.clone(DECIMAL_SETTINGS),
);

/**
 * Exact sums and products of stated decimals: their digits never approach this precision.
 * Only quotients round, each once, in the 34-digit {@link Decimal}.
 */
export const ExactDecimal: typeof DecimalJs = /* @__PURE__ */ sealSettings(
  DecimalJs.clone({ ...DECIMAL_SETTINGS, precision: 1e9 }),
);

/**
 * A decimal value of the library (any decimal.js instance is accepted as input).
 *
 * @category Numbers
 */
export type Decimal = DecimalJs;

/**
 * What numeric arguments accept: a decimal string (`"8.2"`), a finite number (read through
 * its shortest string, so `0.1` is exactly one tenth) or a decimal.js `Decimal`.
 *
 * @category Numbers
 */
export type DecimalInput = string | number | DecimalJs;

/** Replaces `set` and `config` of a constructor by a refusal, so nobody can configure it. */
function sealSettings(ctor: typeof DecimalJs): typeof DecimalJs {
  const refuse = (): never => {
    throw new IndicatorError('invalid-argument', {
      field: 'Decimal.set',
      reason:
        "the library's own Decimal cannot be configured; import Decimal from 'tianmu-indicators' or decimal.js and configure that",
    });
  };
  for (const name of ['set', 'config'] as const) {
    Object.defineProperty(ctor, name, { value: refuse, writable: false });
  }
  return ctor;
}
