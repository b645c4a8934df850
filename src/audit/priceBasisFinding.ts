/**
 * The finding on a growth at comparable prices beside levels at current prices
 * (`price-basis`).
 */
import type { Decimal } from '../decimal/Decimal.js';
import type { AuditFindingBase } from './types.js';

/**
 * The figures of a `price-basis` finding. Values in the indicator's unit; rates in percent.
 *
 * @category Audit
 */
export type PriceBasisNumbers = {
  /** The period the growth runs from. */
  readonly fromPeriod: string;
  /** The period the growth runs to. */
  readonly toPeriod: string;
  /** The indicator's unit id. */
  readonly unit: string;
  /** Years between the ends of the two periods. */
  readonly years: Decimal;
  /** The stated total change at comparable prices, when the claim states one. */
  readonly statedPercent?: Decimal;
  /** The stated average annual growth at comparable prices, when one is stated. */
  readonly statedAnnualPercent?: Decimal;
  /** The current-price level at the from-period. */
  readonly fromValue?: Decimal;
  /** The current-price level at the to-period. */
  readonly toValue?: Decimal;
  /** The nominal change `to / from − 1`, in percent. */
  readonly nominalPercent?: Decimal;
  /** The nominal average annual rate `(to / from)^(1/years) − 1`, in percent. */
  readonly nominalAnnualPercent?: Decimal;
  /**
   * The price change the two imply, in percent: `(1 + nominal) / (1 + real) − 1`, a year's
   * when the statement is an annual rate, the whole span's otherwise.
   */
  readonly impliedPriceChangePercent?: Decimal;
  /** The periods without an observation, comma-separated. */
  readonly missingPeriods?: string;
};

/**
 * A growth at comparable prices set beside the current-price levels.
 *
 * @category Audit
 */
export interface PriceBasisFinding extends AuditFindingBase {
  /** Always `price-basis`. */
  readonly check: 'price-basis';
  /** The figures of the check. */
  readonly numbers: PriceBasisNumbers;
}
