import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { ratioOf, toFigure } from '../decimal/rational.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { statusIndexOf } from './_scores.js';

/**
 * The UN ESCAP current status index: how much of the way from baseline to target has been
 * covered, on a scale of 10, `CS = 10·d·(a − b)/|T − b|` with `d` = +1 when a rise is good and
 * −1 when a fall is. It is 10 once the target is met (`a ≥ T` for `increase`, `a ≤ T` for
 * `decrease`) and is kept within −10 to 10: a regression larger than the whole planned gain
 * reads −10, so that a bar chart of the index has a fixed scale.
 *
 * @param base - The baseline value `b`.
 * @param latest - The latest value `a`.
 * @param target - The target value `T`; must differ from `base`.
 * @param direction - `'increase'` or `'decrease'`: which way is progress.
 * @returns The index, from −10 to 10 inclusive, computed exactly and rounded once to 34 digits.
 * @throws {@link IndicatorError} `invalid-number` when a value is not a finite decimal;
 * `invalid-argument` naming `target` when it equals `base` (the index has no scale), or naming
 * `direction` when it is not `'increase'` or `'decrease'`.
 *
 * @example
 * ```ts
 * import { currentStatusIndex } from 'tianmu-indicators';
 *
 * // 8 in 2020, 9 now, 10.5 by 2026: 40% of the way.
 * currentStatusIndex(8, 9, '10.5', 'increase').toString();
 * // => '4'
 * currentStatusIndex(100, 80, 70, 'decrease').toFixed(4);
 * // => '6.6667'
 * currentStatusIndex(100, 110, 70, 'decrease').toFixed(4);
 * // => '-3.3333'
 * currentStatusIndex(8, 11, '10.5', 'increase').toString();
 * // => '10'
 * ```
 *
 * @category Attainment
 */
export function currentStatusIndex(
  base: DecimalInput,
  latest: DecimalInput,
  target: DecimalInput,
  direction: 'increase' | 'decrease',
): Decimal {
  const b = toDecimal(base, 'base');
  const a = toDecimal(latest, 'latest');
  const t = toDecimal(target, 'target');
  if (direction !== 'increase' && direction !== 'decrease') {
    throw new IndicatorError('invalid-argument', {
      field: 'direction',
      value: direction,
      reason: "expected 'increase' or 'decrease'",
    });
  }
  if (t.eq(b)) {
    throw new IndicatorError('invalid-argument', {
      field: 'target',
      value: target,
      reason: 'the target equals the baseline, so the index has no scale',
    });
  }
  const index = statusIndexOf(
    ratioOf(b),
    ratioOf(a),
    ratioOf(t),
    direction === 'increase' ? 1 : -1,
  );
  // Within −10..10, so always a figure.
  return toFigure(index) as Decimal;
}
