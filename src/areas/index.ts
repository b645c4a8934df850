export { aggregationOf } from './aggregationOf.js';
export {
  type AreaScorecards,
  type AssessAreasOptions,
  type AssessAreasResult,
  assessAreas,
  type BindingAlert,
} from './assessAreas.js';
export {
  type RankAreasOptions,
  type RankAreasResult,
  type RankBy,
  type RankedArea,
  rankAreas,
  type UnrankedReason,
} from './rankAreas.js';
export { type IncompletePeriod, type RollUpOptions, type RollUpResult, rollUp } from './rollUp.js';
