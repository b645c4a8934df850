export { type AssessPlanOptions, assessPlan, type Scorecard } from './assessPlan.js';
export {
  type AssessTargetContext,
  type AssessTargetOptions,
  assessTarget,
} from './assessTarget.js';
export { currentStatusIndex } from './currentStatusIndex.js';
export { progressRatioScore } from './progressRatioScore.js';
export { type SelectObservationOptions, selectObservation } from './selectObservation.js';
export type {
  Assessment,
  AssessmentBasis,
  AssessmentMethod,
  AssessmentStatus,
  Completion,
  CurrentPriceGrowth,
  GrowthSource,
  MilestoneFacts,
  MilestoneState,
  NotAssessableReason,
  ObservedValue,
  PeriodValue,
  ProgressThresholds,
  ScheduleState,
  YearToDateFigure,
} from './types.js';
