export {
  type CheckStatedChangeOptions,
  type CheckStatedChangeResult,
  checkStatedChange,
  type StatedChangeKind,
} from './checkStatedChange.js';
export {
  type AnnualRateUnavailableReason,
  type ComparedValue,
  type CompareValuesOptions,
  type CompareValuesResult,
  compareValues,
} from './compareValues.js';
export {
  type MonthlyFromYearToDateOptions,
  type MonthlyFromYearToDateResult,
  type MonthlyGap,
  type MonthlyValue,
  monthlyFromYearToDate,
} from './monthlyFromYearToDate.js';
export {
  type PeriodOverPeriodOptions,
  type PeriodOverPeriodResult,
  periodOverPeriod,
} from './periodOverPeriod.js';
export type {
  Movement,
  RelativeChangeUnavailableReason,
  SeriesChange,
  SeriesChangeStatus,
  SeriesComparisonOptions,
  SeriesComparisonResult,
  SeriesPoint,
  Trend,
} from './types.js';
export {
  type YearOverYearOptions,
  type YearOverYearResult,
  yearOverYear,
} from './yearOverYear.js';
export { type YearToDateGrowthOptions, yearToDateGrowth } from './yearToDateGrowth.js';
