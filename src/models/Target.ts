import { z } from 'zod';
import { Decimal } from '../decimal/Decimal.js';
import {
  Attribute,
  Citation,
  DecimalString,
  Id,
  LocalizedText,
  PeriodString,
  PriceBasis,
  UnitId,
} from './primitives.js';
import type * as Model from './types.js';

/** A growth rate in percent: above −100, so that a positive level stays positive. */
const GrowthPercent = DecimalString.refine(
  (text) => new Decimal(text).gt(-100),
  'expected a growth above -100 percent, so that the level stays positive',
);
/**
 * Which side of a target value meets it: `at-least` (reach or exceed) or `at-most` (stay at
 * or below).
 *
 * @example
 * ```ts
 * import { Comparator } from 'tianmu-indicators/schemas';
 *
 * Comparator.options;
 * // => ['at-least', 'at-most']
 * ```
 *
 * @category Models
 */
export const Comparator = z.enum(['at-least', 'at-most']);
/** A comparator, as validated by the {@link Comparator} schema. @category Models */
export type Comparator = Model.Comparator;

const common = {
  id: Id,
  /** What the plan says, in Chinese and English. */
  title: LocalizedText,
  attribute: Attribute,
  source: Citation,
};

/**
 * A target to reach a level by a period (规上工业总产值 10.5亿元 by 2026), with an optional
 * baseline and the average growth the text states beside it.
 *
 * @example
 * ```ts
 * import { LevelTarget } from 'tianmu-indicators/schemas';
 *
 * LevelTarget.shape.kind.value;
 * // => 'level'
 * ```
 *
 * @category Models
 */
export const LevelTarget = z.strictObject({
  kind: z.literal('level'),
  ...common,
  indicator: Id,
  value: DecimalString,
  /** The target's unit when it differs from the indicator's. */
  unit: UnitId.optional(),
  /** The period by which the level is due (`2026`). */
  period: PeriodString,
  comparator: Comparator,
  /** A baseline the plan states; otherwise the observations supply one. */
  baseline: z.strictObject({ period: PeriodString, value: DecimalString }).optional(),
  /** The average annual growth the text states beside the level (年均增长6%), in percent. */
  annualGrowthPercent: GrowthPercent.optional(),
  /**
   * The prices `annualGrowthPercent` is measured at (`comparable`: 可比价); `current` when
   * absent. The level itself is at current prices.
   */
  priceBasis: PriceBasis.optional(),
});
/** A level target, as validated by the {@link LevelTarget} schema. @category Models */
export type LevelTarget = Model.LevelTarget;

/**
 * A target of average annual growth from a base period to a target period; one year apart it is
 * a 同比 growth target (规上工业总产值增长6% in 2022).
 *
 * @example
 * ```ts
 * import { GrowthTarget } from 'tianmu-indicators/schemas';
 *
 * GrowthTarget.shape.kind.value;
 * // => 'growth'
 * ```
 *
 * @category Models
 */
export const GrowthTarget = z.strictObject({
  kind: z.literal('growth'),
  ...common,
  indicator: Id,
  basePeriod: PeriodString,
  period: PeriodString,
  /** The planned average annual growth, in percent (`"6"`). */
  annualGrowthPercent: GrowthPercent,
  comparator: Comparator,
  /**
   * The prices the growth is measured at: `comparable` (可比价, a real growth, as GDP growth
   * targets usually are) or `current`; `current` when absent.
   */
  priceBasis: PriceBasis.optional(),
});
/** A growth target, as validated by the {@link GrowthTarget} schema. @category Models */
export type GrowthTarget = Model.GrowthTarget;

/**
 * A target for the total of a flow over a period range (珍贵树种造林10万株 over 2022/2026).
 *
 * @example
 * ```ts
 * import { CumulativeTarget } from 'tianmu-indicators/schemas';
 *
 * CumulativeTarget.shape.kind.value;
 * // => 'cumulative'
 * ```
 *
 * @category Models
 */
export const CumulativeTarget = z.strictObject({
  kind: z.literal('cumulative'),
  ...common,
  indicator: Id,
  value: DecimalString,
  /** The target's unit when it differs from the indicator's. */
  unit: UnitId.optional(),
  /** The range the flows are summed over (`2022/2026`). */
  period: PeriodString,
  comparator: Comparator,
});
/** A cumulative target, as validated by the {@link CumulativeTarget} schema. @category Models */
export type CumulativeTarget = Model.CumulativeTarget;

/**
 * A deliverable due by a date or period, usually a milestone of a project (完成大华星级酒店投用运营).
 *
 * @example
 * ```ts
 * import { MilestoneTarget } from 'tianmu-indicators/schemas';
 *
 * MilestoneTarget.shape.kind.value;
 * // => 'milestone'
 * ```
 *
 * @category Models
 */
export const MilestoneTarget = z.strictObject({
  kind: z.literal('milestone'),
  ...common,
  /** The project the deliverable belongs to. */
  project: Id.optional(),
  /** The id of the project's milestone that tracks it. */
  milestone: Id.optional(),
  /** When it is due: a period (`2022`) or a day (`2022-09-10`). */
  due: PeriodString,
});
/** A milestone target, as validated by the {@link MilestoneTarget} schema. @category Models */
export type MilestoneTarget = Model.MilestoneTarget;

/**
 * A goal the plan states without a measure; kept so that nothing in a plan is lost.
 *
 * @example
 * ```ts
 * import { QualitativeTarget } from 'tianmu-indicators/schemas';
 *
 * QualitativeTarget.shape.kind.value;
 * // => 'qualitative'
 * ```
 *
 * @category Models
 */
export const QualitativeTarget = z.strictObject({
  kind: z.literal('qualitative'),
  ...common,
  /** An indicator the goal concerns, if any. */
  indicator: Id.optional(),
  /** The period the goal is for. */
  period: PeriodString.optional(),
});
/** A qualitative target, as validated by the {@link QualitativeTarget} schema. @category Models */
export type QualitativeTarget = Model.QualitativeTarget;

/**
 * A target of a plan, discriminated on `kind`: `level`, `growth`, `cumulative`, `milestone` or
 * `qualitative`.
 *
 * @example
 * ```ts
 * import { Target } from 'tianmu-indicators/schemas';
 *
 * Target.parse({
 *   kind: 'growth',
 *   id: 'industrial-output-growth-2022',
 *   title: { zh: '规上工业总产值增长6%', en: 'Industrial output up 6%' },
 *   attribute: 'anticipatory',
 *   source: { document: 'report-2021', section: '2022年重点工作安排', quote: '规上工业总产值增长6%' },
 *   indicator: 'industrial-output',
 *   basePeriod: '2021',
 *   period: '2022',
 *   annualGrowthPercent: '6',
 *   comparator: 'at-least',
 * }).kind;
 * // => 'growth'
 * ```
 *
 * @category Models
 */
export const Target = z.discriminatedUnion('kind', [
  LevelTarget,
  GrowthTarget,
  CumulativeTarget,
  MilestoneTarget,
  QualitativeTarget,
]);
/** A target, as validated by the {@link Target} schema. @category Models */
export type Target = Model.Target;

/**
 * The kinds of target.
 *
 * @category Models
 */
export type TargetKind = Model.TargetKind;
