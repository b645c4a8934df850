/**
 * The findings on a sum indicator and its parts: a stated total against the sum of its parts
 * (`components-sum`), and a stated growth against the growth its parts imply
 * (`components-growth`).
 */
import type { Decimal } from '../decimal/Decimal.js';
import type { AuditFindingBase } from './types.js';

/**
 * The figures of a `components-sum` finding, in the total indicator's unit.
 *
 * @category Audit
 */
export type ComponentsSumNumbers = {
  /** The period of the figures. */
  readonly period: string;
  /** The total indicator's unit id. */
  readonly unit: string;
  /** The part indicators, comma-separated, in the formula's order. */
  readonly parts: string;
  /** The stated total. */
  readonly statedTotal: Decimal;
  /** The exact sum of the stated parts. */
  readonly partsSum: Decimal;
  /** The smallest sum the parts allow, as written (half a unit of each last digit; 约 wider). */
  readonly partsLow: Decimal;
  /** The largest sum the parts allow. */
  readonly partsHigh: Decimal;
  /** `statedTotal − partsSum`. */
  readonly difference: Decimal;
};

/**
 * A stated total checked against the sum of its stated parts.
 *
 * @category Audit
 */
export interface ComponentsSumFinding extends AuditFindingBase {
  /** Always `components-sum`. */
  readonly check: 'components-sum';
  /** The figures of the check. */
  readonly numbers: ComponentsSumNumbers;
}

/**
 * The figures of a `components-growth` finding. Levels in the total's unit; growths in percent.
 *
 * @category Audit
 */
export type ComponentsGrowthNumbers = {
  /** The period the growth is from. */
  readonly fromPeriod: string;
  /** The period the growth is to. */
  readonly toPeriod: string;
  /** The total indicator's unit id. */
  readonly unit: string;
  /** The part indicators, comma-separated, in the formula's order. */
  readonly parts: string;
  /** The stated growth of the total. */
  readonly statedPercent: Decimal;
  /** The sum of the parts' levels at `toPeriod`. */
  readonly partsLevel: Decimal;
  /** The previous total the parts imply: `Σ level / (1 + growth)`. */
  readonly impliedPreviousTotal: Decimal;
  /** `partsLevel / impliedPreviousTotal − 1`, in percent, 34 digits. */
  readonly impliedPercent: Decimal;
  /** The lowest growth the parts' stated growths allow as written. */
  readonly lowestPercent: Decimal;
  /** The highest growth the parts' stated growths allow as written. */
  readonly highestPercent: Decimal;
};

/**
 * A stated growth of a total checked against the growth its parts imply.
 *
 * @category Audit
 */
export interface ComponentsGrowthFinding extends AuditFindingBase {
  /** Always `components-growth`. */
  readonly check: 'components-growth';
  /** The figures of the check. */
  readonly numbers: ComponentsGrowthNumbers;
}
