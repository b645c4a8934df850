/**
 * Figures for the findings' sentences: rounded half-up (四舍五入), trailing zeros dropped.
 * The findings' `numbers` keep every digit; only the sentences round. Private to the audit
 * layer.
 */
import { Decimal } from '../decimal/Decimal.js';

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
