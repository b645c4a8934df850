import { Decimal } from '../decimal/Decimal.js';
import type { ObservationStatus, Qualifier } from '../models/types.js';
import { getUnit } from '../units/getUnit.js';

/** Statuses from the most final to the least: a combined figure takes the last present. */
const STATUS_ORDER: readonly ObservationStatus[] = [
  'actual',
  'preliminary',
  'estimated',
  'forecast',
];

/** Exact sums and products: the digits of a sum of 34-digit figures never approach this. */
export const ExactDecimal: typeof Decimal = /* @__PURE__ */ Decimal.clone({ precision: 1e9 });

/** The least final status of several (`forecast` over `estimated` over `preliminary` over `actual`). */
export function leastFinal(statuses: Iterable<ObservationStatus>): ObservationStatus {
  let rank = 0;
  for (const status of statuses) rank = Math.max(rank, STATUS_ORDER.indexOf(status));
  return STATUS_ORDER[rank] as ObservationStatus;
}

/** Whether `a` is more final than `b`. */
export function moreFinal(a: ObservationStatus, b: ObservationStatus): boolean {
  return STATUS_ORDER.indexOf(a) < STATUS_ORDER.indexOf(b);
}

/**
 * The qualifier of a sum: `approximately` if any part is approximate; otherwise `more-than`
 * if any part is (x > a and y ≥ b give x + y > a + b); otherwise `at-least` if any part is;
 * otherwise exact (`null`).
 */
export function sumQualifier(qualifiers: Iterable<Qualifier>): Qualifier {
  const seen = new Set<Qualifier>(qualifiers);
  if (seen.has('approximately')) return 'approximately';
  if (seen.has('more-than')) return 'more-than';
  if (seen.has('at-least')) return 'at-least';
  return null;
}

/** The qualifier of a quotient: a bound on either part bounds the quotient nowhere, so any qualifier makes it approximate. */
export function ratioQualifier(qualifiers: Iterable<Qualifier>): Qualifier {
  for (const qualifier of qualifiers) if (qualifier !== null) return 'approximately';
  return null;
}

const factors = new Map<string, Decimal | null>();

/** A value in the base unit of its dimension, exactly (unit factors parsed once). */
export function toBase(value: string | Decimal, unit: string): Decimal {
  let factor = factors.get(unit);
  if (factor === undefined) {
    const text = getUnit(unit).factor;
    factor = text === '1' ? null : new ExactDecimal(text);
    factors.set(unit, factor);
  }
  const amount = new ExactDecimal(value);
  return factor === null ? amount : amount.times(factor);
}
