import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { ratioOf, toFigure } from '../decimal/rational.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { scoreOf } from './_scores.js';

/**
 * The Open SDG score, −5 to 5, of a progress ratio (the target case of the Open SDG /
 * Statistics Canada method): `R ≥ 0.6 → min(7.1429·R − 4.2857, 5)`, otherwise
 * `max(4.1667·R − 2.5, −5)`. An achieved target scores 5 whatever its ratio; that case is
 * {@link assessTarget}'s to decide. The knee at 0.6 is part of the published formula and does
 * not move with custom status thresholds.
 *
 * @param ratio - The progress ratio `R = d·CAGR_actual / |CAGR_required|`.
 * @returns The score, from −5 to 5 inclusive, computed exactly and rounded once to 34 digits.
 * @throws {@link IndicatorError} `invalid-number` (field `ratio`) when `ratio` is not a finite
 * decimal.
 *
 * @example
 * ```ts
 * import { progressRatioScore } from 'tianmu-indicators';
 *
 * progressRatioScore('0.8636230328').toFixed(6);
 * // => '1.883073'
 * progressRatioScore('0.3').toFixed(4);
 * // => '-1.2500'
 * progressRatioScore(3).toString();
 * // => '5'
 * progressRatioScore(-2).toString();
 * // => '-5'
 * ```
 *
 * @category Attainment
 */
export function progressRatioScore(ratio: DecimalInput): Decimal {
  // Within −5..5, so always a figure.
  return toFigure(scoreOf(ratioOf(toDecimal(ratio, 'ratio')))) as Decimal;
}
