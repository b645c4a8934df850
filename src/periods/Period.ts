/**
 * A calendar year, written `2021`.
 *
 * @category Periods
 */
export interface YearPeriod {
  /** Tells the kinds of period apart. */
  readonly kind: 'year';
  /** The calendar year, 1900 to 9999. */
  readonly year: number;
}

/**
 * A half year, written `2021-H1` (SDMX `2021-S1` is read as the same period).
 *
 * @category Periods
 */
export interface HalfPeriod {
  /** Tells the kinds of period apart. */
  readonly kind: 'half';
  /** The calendar year, 1900 to 9999. */
  readonly year: number;
  /** 1 for January to June, 2 for July to December. */
  readonly half: 1 | 2;
}

/**
 * A calendar quarter, written `2021-Q3`.
 *
 * @category Periods
 */
export interface QuarterPeriod {
  /** Tells the kinds of period apart. */
  readonly kind: 'quarter';
  /** The calendar year, 1900 to 9999. */
  readonly year: number;
  /** The quarter, 1 (January to March) to 4 (October to December). */
  readonly quarter: 1 | 2 | 3 | 4;
}

/**
 * A calendar month, written `2021-06` (SDMX `2021-M06` is read as the same period).
 *
 * @category Periods
 */
export interface MonthPeriod {
  /** Tells the kinds of period apart. */
  readonly kind: 'month';
  /** The calendar year, 1900 to 9999. */
  readonly year: number;
  /** The month, 1 (January) to 12 (December). */
  readonly month: number;
}

/**
 * One calendar day, written `2021-06-30`.
 *
 * @category Periods
 */
export interface DayPeriod {
  /** Tells the kinds of period apart. */
  readonly kind: 'day';
  /** The calendar year, 1900 to 9999. */
  readonly year: number;
  /** The month, 1 (January) to 12 (December). */
  readonly month: number;
  /** The day of the month, 1 to the month's last day. */
  readonly day: number;
}

/**
 * An inclusive range of periods, written `2022/2026` (the five years 2022 to 2026) or
 * `2022-01/2022-06`: it runs from the first day of `start` to the last day of `end`.
 *
 * @category Periods
 */
export interface PeriodRange {
  /** Tells the kinds of period apart. */
  readonly kind: 'range';
  /** The first period of the range; never itself a range. */
  readonly start: SinglePeriod;
  /** The last period of the range; it neither begins nor ends before `start`. */
  readonly end: SinglePeriod;
}

/**
 * A reporting period: a year, half year, quarter, month, day, or an inclusive range of
 * those. Its string form follows SDMX TIME_PERIOD (see {@link parsePeriod}).
 *
 * @category Periods
 */
export type Period =
  | YearPeriod
  | HalfPeriod
  | QuarterPeriod
  | MonthPeriod
  | DayPeriod
  | PeriodRange;

/**
 * A period that is not a range: a year, half year, quarter, month or day.
 *
 * @category Periods
 */
export type SinglePeriod = Exclude<Period, { kind: 'range' }>;

/**
 * What period arguments accept: a period string such as `2021-Q3` or `2022/2026`, or a
 * {@link Period} object.
 *
 * @category Periods
 */
export type PeriodInput = string | Period;
