/**
 * Whether figures fit a statement written to a number of decimals, and the verdict words.
 * Private to the audit layer.
 */
import { Decimal } from '../decimal/Decimal.js';
import { isIndicatorError } from '../errors/IndicatorError.js';
import { formatPeriodLabel } from '../format/formatPeriodLabel.js';
import { isValidPeriod } from '../periods/isValidPeriod.js';
import type { AuditVerdict } from './types.js';

/** Half a unit of the last of `decimals` places: 0.5 for 0, 0.05 for 1. */
export function halfUnit(decimals: number): Decimal {
  return new Decimal(5).times(new Decimal(10).pow(-decimals - 1));
}

/**
 * Whether some value in `[low, high]` rounds half-up (halves away from zero, 四舍五入) to
 * `stated` at `decimals` places. The values that do are `[s − ½, s + ½)` above zero,
 * `(s − ½, s + ½]` below, `(−½, ½)` at zero.
 */
export function meetsRounding(
  low: Decimal,
  high: Decimal,
  stated: Decimal,
  decimals: number,
): boolean {
  const half = halfUnit(decimals);
  const bottom = stated.minus(half);
  const top = stated.plus(half);
  const belowTop = stated.gte(0) ? low.lt(top) : low.lte(top);
  const aboveBottom = stated.lte(0) ? high.gt(bottom) : high.gte(bottom);
  return belowTop && aboveBottom;
}

/** `value` rounded half-up (halves away from zero) to `decimals` places. */
export function roundHalfUp(value: Decimal, decimals: number): Decimal {
  const rounded = value.toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? new Decimal(0) : rounded;
}

/**
 * Runs a computation whose only failure for valid data is a result beyond 1e±1000
 * (`invalid-number`): `null` then, any other error rethrown.
 */
export function withinRange<T>(compute: () => T): T | null {
  try {
    return compute();
  } catch (error) {
    if (isIndicatorError(error, 'invalid-number')) return null;
    throw error;
  }
}

/** The verdict in words. */
export const VERDICT_WORDS: Readonly<Record<AuditVerdict, { zh: string; en: string }>> = {
  consistent: { zh: '相符', en: 'consistent' },
  inconsistent: { zh: '不符', en: 'inconsistent' },
  unverifiable: { zh: '无法核实', en: 'unverifiable' },
};

/**
 * A period for a Chinese sentence: `2021` → `2021年`, `2017/2021` → `2017—2021年`,
 * `2021-Q3` → `2021年第三季度`; text that is no period stays as written.
 */
export function zhPeriod(period: string): string {
  // formatPeriodLabel writes Chinese by default.
  return isValidPeriod(period) ? formatPeriodLabel(period) : period;
}
