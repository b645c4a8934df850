/**
 * Guard precision: intermediate results carry 42 significant digits and are rounded once, at
 * the end, to the library's 34 (internal, not exported from the package). A kernel result in
 * fixed point becomes a guard-precision Decimal here, rounded so that rounding it once more to
 * 34 digits is correct.
 */
import { Decimal } from './Decimal.js';
import { type DecimalFields, type Fixed10, roundFixed } from './fixedPoint.js';

/**
 * Guard digits carried by intermediate results: a formula computes at
 * `Decimal.precision + GUARD_DIGITS` digits and rounds once, at the end, to 34 digits.
 */
export const GUARD_DIGITS = 8;

/** The decimal.js constructor for intermediate results (42 digits, half-even). Internal. */
export const GuardDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone({
  precision: Decimal.precision + GUARD_DIGITS,
});

/** Rounds an intermediate result once to the library's 34 digits; -0 becomes 0. */
export function roundResult(value: Decimal): Decimal {
  const result = new Decimal(value).toSignificantDigits(Decimal.precision);
  return result.isZero() ? new Decimal(0) : result;
}

/** Bits added on each retry of a result too close to a half-way point to round. */
const RETRY_BITS = 64;
/** After this many extra bits a result still on a half-way point is taken to be on it. */
const MAX_RETRY_BITS = 512;

/**
 * A kernel result rounded once to guard precision, as decimal.js fields (or `null` for an
 * exact zero), so that rounding it to 34 digits is correct: `compute(extraBits)` gives the
 * result with `extraBits` more precision, asked for again (rarely) while it sits too close to
 * a half-way point of 34 digits; `null` from `compute` is an exact zero.
 */
export function roundOnceFields(
  compute: (extraBits: number) => Fixed10 | null,
): DecimalFields | null {
  for (let extra = 0; ; extra += RETRY_BITS) {
    const value = compute(extra);
    if (value === null) return null;
    const rounded = roundFixed(
      value,
      GuardDecimal.precision,
      Decimal.precision,
      extra >= MAX_RETRY_BITS,
    );
    if (rounded === 'zero') return null;
    if (rounded !== 'retry') return rounded;
  }
}

/**
 * {@link roundOnceFields} as a GuardDecimal. It is built from its fields: decimal.js copies any
 * object that presents itself as a Decimal (`toStringTag`), a tenth of the cost of parsing a
 * string.
 */
export function roundOnce(compute: (extraBits: number) => Fixed10 | null): Decimal {
  const fields = roundOnceFields(compute);
  return new GuardDecimal(fields === null ? 0 : (fields as unknown as Decimal));
}
