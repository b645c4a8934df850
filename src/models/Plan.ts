import { z } from 'zod';
import { DateString, Id, LocalizedText, PeriodString } from './primitives.js';
import { Target } from './Target.js';
import type * as Model from './types.js';

/**
 * A plan (the five-year goals, a year's plan) and its targets.
 *
 * @example
 * ```ts
 * import { Plan } from 'tianmu-indicators/schemas';
 *
 * Plan.parse({
 *   id: 'plan-2022',
 *   title: { zh: '2022年重点工作安排', en: '2022 work plan' },
 *   issuer: { zh: '天目山镇人民政府', en: 'Tianmushan Town Government' },
 *   adoptedOn: '2021-12-25',
 *   period: '2022',
 *   source: 'report-2021',
 *   targets: [],
 * }).period;
 * // => '2022'
 * ```
 *
 * @category Models
 */
export const Plan = z.strictObject({
  id: Id,
  title: LocalizedText,
  issuer: LocalizedText,
  adoptedOn: DateString,
  /** The period the plan covers (`2022/2026`, `2022`). */
  period: PeriodString,
  /** Id of the source that sets out the plan. */
  source: Id,
  targets: z.array(Target).max(100000),
});
/** A plan, as validated by the {@link Plan} schema. @category Models */
export type Plan = Model.Plan;
