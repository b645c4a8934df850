export { comparePeriods } from './comparePeriods.js';
export { type ElapsedFractionOptions, elapsedFraction } from './elapsedFraction.js';
export { formatPeriod } from './formatPeriod.js';
export { isPeriodAfter } from './isPeriodAfter.js';
export { isPeriodBefore } from './isPeriodBefore.js';
export { isValidPeriod } from './isValidPeriod.js';
export { nextPeriod } from './nextPeriod.js';
export type {
  DayPeriod,
  HalfPeriod,
  MonthPeriod,
  Period,
  PeriodInput,
  PeriodRange,
  QuarterPeriod,
  SinglePeriod,
  YearPeriod,
} from './Period.js';
export { parseDate } from './parseDate.js';
export { parsePeriod } from './parsePeriod.js';
export { periodEnd } from './periodEnd.js';
export { periodStart } from './periodStart.js';
export { previousPeriod } from './previousPeriod.js';
export { samePeriodLastYear } from './samePeriodLastYear.js';
export { toDateString } from './toDateString.js';
export { toYearToDate, type YearToDate } from './toYearToDate.js';
export { yearOf } from './yearOf.js';
export { yearsBetween } from './yearsBetween.js';
