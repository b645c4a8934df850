import type {
  Attribute,
  Citation,
  DateString,
  DecimalString,
  Id,
  LocalizedText,
  PeriodString,
  PriceBasis,
  Quantity,
  UnitId,
} from './types.js';

/**
 * Which side of a target value meets it: `at-least` (reach or exceed) or `at-most` (stay at
 * or below).
 *
 * @category Models
 */
export type Comparator = 'at-least' | 'at-most';

/**
 * The fields every target has.
 *
 * @category Models
 */
export interface TargetCommon {
  /** The target's id. */
  id: Id;
  /** What the plan says, in Chinese and English. */
  title: LocalizedText;
  /** 预期性 or 约束性. */
  attribute: Attribute;
  /** Where the plan states it. */
  source: Citation;
}

/**
 * A target to reach a level by a period (规上工业总产值 10.5亿元 by 2026), with an optional
 * baseline and the average growth the text states beside it.
 *
 * @category Models
 */
export interface LevelTarget extends TargetCommon {
  /** The kind of target. */
  kind: 'level';
  /** The indicator the level is of. */
  indicator: Id;
  /** The level to reach. */
  value: DecimalString;
  /** The target's unit when it differs from the indicator's. */
  unit?: UnitId | undefined;
  /** The period by which the level is due (`2026`). */
  period: PeriodString;
  /** Whether the level is a floor (`at-least`) or a ceiling (`at-most`). */
  comparator: Comparator;
  /** A baseline the plan states; otherwise the observations supply one. */
  baseline?: { period: PeriodString; value: DecimalString } | undefined;
  /** The average annual growth the text states beside the level (年均增长6%), in percent. */
  annualGrowthPercent?: DecimalString | undefined;
  /**
   * The prices `annualGrowthPercent` is measured at (`comparable`: 可比价); `current` when
   * absent. The level itself is at current prices.
   */
  priceBasis?: PriceBasis | undefined;
}

/**
 * A target of average annual growth from a base period to a target period; one year apart it is
 * a 同比 growth target (规上工业总产值增长6% in 2022).
 *
 * @category Models
 */
export interface GrowthTarget extends TargetCommon {
  /** The kind of target. */
  kind: 'growth';
  /** The indicator the growth is of. */
  indicator: Id;
  /** The period the growth starts from. */
  basePeriod: PeriodString;
  /** The period the growth runs to. */
  period: PeriodString;
  /** The planned average annual growth, in percent (`"6"`). */
  annualGrowthPercent: DecimalString;
  /** Whether the growth is a floor (`at-least`) or a ceiling (`at-most`). */
  comparator: Comparator;
  /** The prices the growth is measured at (`comparable`: 可比价); `current` when absent. */
  priceBasis?: PriceBasis | undefined;
}

/**
 * A target for the total of a flow over a period range (珍贵树种造林10万株 over 2022/2026).
 *
 * @category Models
 */
export interface CumulativeTarget extends TargetCommon {
  /** The kind of target. */
  kind: 'cumulative';
  /** The flow indicator summed. */
  indicator: Id;
  /** The total to reach. */
  value: DecimalString;
  /** The target's unit when it differs from the indicator's. */
  unit?: UnitId | undefined;
  /** The range the flows are summed over (`2022/2026`). */
  period: PeriodString;
  /** Whether the total is a floor (`at-least`) or a ceiling (`at-most`). */
  comparator: Comparator;
}

/**
 * A deliverable due by a date or period, usually a milestone of a project (完成大华星级酒店投用运营).
 *
 * @category Models
 */
export interface MilestoneTarget extends TargetCommon {
  /** The kind of target. */
  kind: 'milestone';
  /** The project the deliverable belongs to. */
  project?: Id | undefined;
  /** The id of the project's milestone that tracks it. */
  milestone?: Id | undefined;
  /** When it is due: a period (`2022`) or a day (`2022-09-10`). */
  due: PeriodString;
}

/**
 * A goal the plan states without a measure; kept so that nothing in a plan is lost.
 *
 * @category Models
 */
export interface QualitativeTarget extends TargetCommon {
  /** The kind of target. */
  kind: 'qualitative';
  /** An indicator the goal concerns, if any. */
  indicator?: Id | undefined;
  /** The period the goal is for. */
  period?: PeriodString | undefined;
}

/**
 * A target of a plan, discriminated on `kind`.
 *
 * @category Models
 */
export type Target =
  | LevelTarget
  | GrowthTarget
  | CumulativeTarget
  | MilestoneTarget
  | QualitativeTarget;

/**
 * The kinds of target.
 *
 * @category Models
 */
export type TargetKind = Target['kind'];

/**
 * A plan (the five-year goals, a year's plan) and its targets.
 *
 * @category Models
 */
export interface Plan {
  /** The plan's id. */
  id: Id;
  /** Its title. */
  title: LocalizedText;
  /** Who adopted it. */
  issuer: LocalizedText;
  /** The day it was adopted. */
  adoptedOn: DateString;
  /** The period the plan covers (`2022/2026`, `2022`). */
  period: PeriodString;
  /** Id of the source that sets out the plan. */
  source: Id;
  /** The plan's targets. */
  targets: Target[];
}

/**
 * The stage of a project: `planned`, `preparatory` (前期), `approved`, `under-construction`,
 * `fitting-out` (精装修), `completed`, `operating` or `suspended`.
 *
 * @category Models
 */
export type ProjectStage =
  | 'planned'
  | 'preparatory'
  | 'approved'
  | 'under-construction'
  | 'fitting-out'
  | 'completed'
  | 'operating'
  | 'suspended';

/**
 * A stage a project was reported in, and when.
 *
 * @category Models
 */
export interface StageRecord {
  /** When the project was in this stage (a period or a day). */
  period: PeriodString;
  /** The stage. */
  stage: ProjectStage;
  /** What the text says of it (主体砌体全部完成). */
  note?: string | undefined;
  /** Where it is stated. */
  source?: Citation | undefined;
}

/**
 * A deliverable of a project, with its due period and, once done, when.
 *
 * @category Models
 */
export interface ProjectMilestone {
  /** The milestone's id, unique in its project. */
  id: Id;
  /** What is delivered. */
  title: LocalizedText;
  /** When it is due, if the text says. */
  due?: PeriodString | undefined;
  /** When it was done; absent while it is not. */
  doneOn?: PeriodString | undefined;
  /** Where it is stated. */
  source?: Citation | undefined;
}

/**
 * A named project: its stage as of the source, its stage history, progress, milestones and
 * investment. Targets link to a project through their `project` field.
 *
 * @category Models
 */
export interface Project {
  /** The project's id. */
  id: Id;
  /** Its name. */
  name: LocalizedText;
  /** What kind of project (`tourism`, `infrastructure`, `water-supply`, …). */
  category: string;
  /** Who builds or funds it, when the text names them (滨江, 大华, 旭辉). */
  sponsor?: LocalizedText | undefined;
  /** The stage as of the source. */
  stage: ProjectStage;
  /** Earlier and current stages, oldest first; the last one matches `stage`. */
  stageHistory: StageRecord[];
  /** Completion in percent, when stated (完成70%). */
  progressPercent?: DecimalString | undefined;
  /** The project's deliverables. */
  milestones: ProjectMilestone[];
  /** The planned investment. */
  investment?: Quantity | undefined;
  /** Where the project is described. */
  source: Citation;
}
