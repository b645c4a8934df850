export { type AddObservationsOptions, addObservations } from './addObservations.js';
export { Claim } from './Claim.js';
export { Area, Dataset } from './Dataset.js';
export { datasetJsonSchema, observationJsonSchema } from './datasetJsonSchema.js';
export { Formula, Indicator } from './Indicator.js';
export { Observation } from './Observation.js';
export { Plan } from './Plan.js';
export { Project, ProjectMilestone, ProjectStage, StageRecord } from './Project.js';
export { parseDataset } from './parseDataset.js';
export {
  Aggregation,
  Attribute,
  Citation,
  DateString,
  DecimalString,
  Direction,
  Id,
  LocalizedText,
  Measure,
  ObservationStatus,
  PeriodString,
  PriceBasis,
  Qualifier,
  Quantity,
  UnitId,
} from './primitives.js';
export { Source } from './Source.js';
export {
  Comparator,
  CumulativeTarget,
  GrowthTarget,
  LevelTarget,
  MilestoneTarget,
  QualitativeTarget,
  Target,
  type TargetKind,
} from './Target.js';
