export {
  type AnnualMilestonesOptions,
  type AnnualMilestonesResult,
  annualMilestones,
} from './annualMilestones.js';
export { cumulativeTotal } from './cumulativeTotal.js';
export { growthFactor } from './growthFactor.js';
export { impliedBase } from './impliedBase.js';
export { periodsToReach } from './periodsToReach.js';
export { type ProjectPathOptions, type ProjectPathResult, projectPath } from './projectPath.js';
export { projectValue } from './projectValue.js';
export { rateForCumulativeTotal } from './rateForCumulativeTotal.js';
export { requiredAnnualRate } from './requiredAnnualRate.js';
export type { GrowthPathPoint, YearSpan } from './types.js';
