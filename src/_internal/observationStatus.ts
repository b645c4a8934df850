/**
 * How final an observation's status is, shared by every layer that picks or combines figures:
 * actual (0) is the most final, then preliminary, estimated and forecast (3).
 */
import type { ObservationStatus } from '../models/types.js';

/** Finality: actual (0) is the most final, forecast (3) the least. */
export const STATUS_RANK: Readonly<Record<ObservationStatus, number>> = {
  actual: 0,
  preliminary: 1,
  estimated: 2,
  forecast: 3,
};

const BY_RANK: readonly ObservationStatus[] = ['actual', 'preliminary', 'estimated', 'forecast'];

/** The least final status of several (`forecast` over `estimated` over `preliminary` over `actual`); `actual` for none. */
export function leastFinal(statuses: Iterable<ObservationStatus>): ObservationStatus {
  let rank = 0;
  // A status outside the model (unvalidated data) counts as actual: it never makes a figure less final.
  for (const status of statuses) rank = Math.max(rank, STATUS_RANK[status] ?? 0);
  return BY_RANK[rank] as ObservationStatus;
}

/** Whether `a` is more final than `b`. */
export function moreFinal(a: ObservationStatus, b: ObservationStatus): boolean {
  return STATUS_RANK[a] < STATUS_RANK[b];
}
