// Compile-time check, run by `tsc --noEmit` (npm run typecheck): each model type declared
// without zod in src/models/types.ts equals the type its zod schema infers. A field added to a
// schema and not to its interface (or the reverse) fails the type check here.
import type { z } from 'zod';
import type * as Schemas from '../../src/models/index.js';
import type * as Model from '../../src/models/types.js';

type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Same<A, B> = Equal<A, B> extends true ? true : { expected: B; inferred: A };
type Check<T extends true> = T;

export type ModelTypesEqualTheirSchemas = [
  Check<Same<z.infer<typeof Schemas.Id>, Model.Id>>,
  Check<Same<z.infer<typeof Schemas.DecimalString>, Model.DecimalString>>,
  Check<Same<z.infer<typeof Schemas.PeriodString>, Model.PeriodString>>,
  Check<Same<z.infer<typeof Schemas.DateString>, Model.DateString>>,
  Check<Same<z.infer<typeof Schemas.UnitId>, Model.UnitId>>,
  Check<Same<z.infer<typeof Schemas.LocalizedText>, Model.LocalizedText>>,
  Check<Same<z.infer<typeof Schemas.Citation>, Model.Citation>>,
  Check<Same<z.infer<typeof Schemas.Quantity>, Model.Quantity>>,
  Check<Same<z.infer<typeof Schemas.Direction>, Model.Direction>>,
  Check<Same<z.infer<typeof Schemas.Measure>, Model.Measure>>,
  Check<Same<z.infer<typeof Schemas.Attribute>, Model.Attribute>>,
  Check<Same<z.infer<typeof Schemas.ObservationStatus>, Model.ObservationStatus>>,
  Check<Same<z.infer<typeof Schemas.Qualifier>, Model.Qualifier>>,
  Check<Same<z.infer<typeof Schemas.PriceBasis>, Model.PriceBasis>>,
  Check<Same<z.infer<typeof Schemas.Aggregation>, Model.Aggregation>>,
  Check<Same<z.infer<typeof Schemas.Formula>, Model.Formula>>,
  Check<Same<z.infer<typeof Schemas.Indicator>, Model.Indicator>>,
  Check<Same<z.infer<typeof Schemas.Observation>, Model.Observation>>,
  Check<Same<z.infer<typeof Schemas.Claim>, Model.Claim>>,
  Check<Same<z.infer<typeof Schemas.Source>, Model.Source>>,
  Check<Same<z.infer<typeof Schemas.Area>, Model.Area>>,
  Check<Same<z.infer<typeof Schemas.Comparator>, Model.Comparator>>,
  Check<Same<z.infer<typeof Schemas.LevelTarget>, Model.LevelTarget>>,
  Check<Same<z.infer<typeof Schemas.GrowthTarget>, Model.GrowthTarget>>,
  Check<Same<z.infer<typeof Schemas.CumulativeTarget>, Model.CumulativeTarget>>,
  Check<Same<z.infer<typeof Schemas.MilestoneTarget>, Model.MilestoneTarget>>,
  Check<Same<z.infer<typeof Schemas.QualitativeTarget>, Model.QualitativeTarget>>,
  Check<Same<z.infer<typeof Schemas.Target>, Model.Target>>,
  Check<Same<z.infer<typeof Schemas.Plan>, Model.Plan>>,
  Check<Same<z.infer<typeof Schemas.ProjectStage>, Model.ProjectStage>>,
  Check<Same<z.infer<typeof Schemas.StageRecord>, Model.StageRecord>>,
  Check<Same<z.infer<typeof Schemas.ProjectMilestone>, Model.ProjectMilestone>>,
  Check<Same<z.infer<typeof Schemas.Project>, Model.Project>>,
  Check<Same<z.infer<typeof Schemas.Dataset>, Model.Dataset>>,
];
