import { z } from 'zod';
import {
  Citation,
  DecimalString,
  Id,
  LocalizedText,
  PeriodString,
  Quantity,
} from './primitives.js';
import type * as Model from './types.js';

/**
 * The stage of a project: `planned`, `preparatory` (前期), `approved`, `under-construction`,
 * `fitting-out` (精装修), `completed`, `operating` or `suspended`.
 *
 * @example
 * ```ts
 * import { ProjectStage } from 'tianmu-indicators/schemas';
 *
 * ProjectStage.safeParse('fitting-out').success;
 * // => true
 * ```
 *
 * @category Models
 */
export const ProjectStage = z.enum([
  'planned',
  'preparatory',
  'approved',
  'under-construction',
  'fitting-out',
  'completed',
  'operating',
  'suspended',
]);
/** A project stage, as validated by the {@link ProjectStage} schema. @category Models */
export type ProjectStage = Model.ProjectStage;

/**
 * A stage a project was reported in, and when.
 *
 * @example
 * ```ts
 * import { StageRecord } from 'tianmu-indicators/schemas';
 *
 * StageRecord.shape.stage.options.length;
 * // => 8
 * ```
 *
 * @category Models
 */
export const StageRecord = z.strictObject({
  /** When the project was in this stage (a period or a day). */
  period: PeriodString,
  stage: ProjectStage,
  /** What the text says of it (主体砌体全部完成). */
  note: z.string().max(500).optional(),
  source: Citation.optional(),
});
/** A stage record, as validated by the {@link StageRecord} schema. @category Models */
export type StageRecord = Model.StageRecord;

/**
 * A deliverable of a project, with its due period and, once done, when.
 *
 * @example
 * ```ts
 * import { ProjectMilestone } from 'tianmu-indicators/schemas';
 *
 * ProjectMilestone.parse({
 *   id: 'open',
 *   title: { zh: '投入运营', en: 'Opens' },
 *   due: '2022-09-10',
 * }).due;
 * // => '2022-09-10'
 * ```
 *
 * @category Models
 */
export const ProjectMilestone = z.strictObject({
  id: Id,
  title: LocalizedText,
  /** When it is due, if the text says. */
  due: PeriodString.optional(),
  /** When it was done; absent while it is not. */
  doneOn: PeriodString.optional(),
  source: Citation.optional(),
});
/** A project milestone, as validated by the {@link ProjectMilestone} schema. @category Models */
export type ProjectMilestone = Model.ProjectMilestone;

/**
 * A named project: its stage as of the source, its stage history, progress, milestones and
 * investment. Targets link to a project through their `project` field.
 *
 * @example
 * ```ts
 * import { Project } from 'tianmu-indicators/schemas';
 *
 * Project.parse({
 *   id: 'gas-station',
 *   name: { zh: '天然气站项目', en: 'Natural gas station' },
 *   category: 'infrastructure',
 *   stage: 'approved',
 *   stageHistory: [],
 *   milestones: [],
 *   source: { document: 'report-2021', section: '重点项目加速冲刺', quote: '天然气站项目完成施工证办理' },
 * }).stage;
 * // => 'approved'
 * ```
 *
 * @category Models
 */
export const Project = z.strictObject({
  id: Id,
  name: LocalizedText,
  /** What kind of project (`tourism`, `infrastructure`, `water-supply`, …). */
  category: z.string().min(1).max(60),
  /** Who builds or funds it, when the text names them (滨江, 大华, 旭辉). */
  sponsor: LocalizedText.optional(),
  /** The stage as of the source. */
  stage: ProjectStage,
  /** Earlier and current stages, oldest first; the last one matches `stage`. */
  stageHistory: z.array(StageRecord).max(1000),
  /** Completion in percent, when stated (完成70%). */
  progressPercent: DecimalString.optional(),
  milestones: z.array(ProjectMilestone).max(1000),
  investment: Quantity.optional(),
  source: Citation,
});
/** A project, as validated by the {@link Project} schema. @category Models */
export type Project = Model.Project;
