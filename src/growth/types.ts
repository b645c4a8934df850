import type { Decimal } from '../decimal/Decimal.js';

/**
 * One year of a growth path: the year's label and the value in it.
 *
 * @category Growth
 */
export interface GrowthPathPoint {
  /** The year, written as the periods layer writes a year (`'2021'`). */
  readonly period: string;
  /** The value in that year, rounded once to 34 digits. */
  readonly value: Decimal;
}

/**
 * The first and last years of a yearly path: numbers (`2021`) or `'YYYY'` strings
 * (`'2021'`), 1900 to 9999, `from` not after `to`.
 *
 * @category Growth
 */
export interface YearSpan {
  /** The base year, whose value is the base: the path's first point. */
  readonly from: number | string;
  /** The last year of the path, included. */
  readonly to: number | string;
}
