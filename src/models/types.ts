/**
 * The model types alone, for the computing layers: `import type` from here never pulls zod
 * into a bundle.
 */
export type { Claim } from './Claim.js';
export type { Area, Dataset } from './Dataset.js';
export type { Formula, Indicator } from './Indicator.js';
export type { Observation } from './Observation.js';
export type { Plan } from './Plan.js';
export type { Project, ProjectMilestone, ProjectStage, StageRecord } from './Project.js';
export type {
  Aggregation,
  Attribute,
  Citation,
  Direction,
  Measure,
  ObservationStatus,
  PriceBasis,
  Qualifier,
  Quantity,
} from './primitives.js';
export type { Source } from './Source.js';
export type {
  Comparator,
  CumulativeTarget,
  GrowthTarget,
  LevelTarget,
  MilestoneTarget,
  QualitativeTarget,
  Target,
  TargetKind,
} from './Target.js';
