/**
 * Figures for the findings' sentences: rounded half-up (四舍五入), trailing zeros dropped.
 * The findings' `numbers` keep every digit; only the sentences round. Private to the audit
 * layer.
 */
import { Decimal } from '../decimal/Decimal.js';
import { formatQuantity } from '../format/formatQuantity.js';

/** `value` rounded half-up to at most `places` decimals, plain notation, never `-0`. */
export function show(value: Decimal, places = 4): string {
  const rounded = value.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  return rounded.isZero() ? '0' : rounded.toFixed();
}

/** A percent figure: `44.3001%`. */
export function pct(value: Decimal, places = 4): string {
  return `${show(value, places)}%`;
}

/** A signed figure: `+1.2`, `-0.5`, `0`. */
export function signed(value: Decimal, places = 4): string {
  const text = show(value, places);
  return text.startsWith('-') || text === '0' ? text : `+${text}`;
}

/** The decimals a decimal string is written with: `'44.3'` → 1, `'6'` → 0. */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : text.length - dot - 1;
}

/**
 * A quantity for the sentences, as `formatQuantity` writes it, at most four decimals:
 * `31.88亿元` and `CNY 3.188 billion`, `23,636元` and `CNY 23,636`.
 */
export function quantity(value: Decimal, unit: string): { zh: string; en: string } {
  return {
    zh: formatQuantity(value, unit, { maximumFractionDigits: 4 }),
    en: formatQuantity(value, unit, { locale: 'en', maximumFractionDigits: 4 }),
  };
}
