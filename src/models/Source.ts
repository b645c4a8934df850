import { z } from 'zod';
import { DateString, Id, LocalizedText } from './primitives.js';
import type * as Model from './types.js';

/**
 * A source document: a government work report, a plan, a bulletin.
 *
 * @example
 * ```ts
 * import { Source } from 'tianmu-indicators/schemas';
 *
 * Source.parse({
 *   id: 'report-2021',
 *   title: { zh: '政府工作报告', en: 'Government work report' },
 *   issuer: { zh: '天目山镇人民政府', en: 'Tianmushan Town Government' },
 *   deliveredOn: '2021-12-25',
 * }).id;
 * // => 'report-2021'
 * ```
 *
 * @category Models
 */
export const Source = z.strictObject({
  id: Id,
  title: LocalizedText,
  issuer: LocalizedText,
  /** The day the document was delivered or adopted. */
  deliveredOn: DateString.optional(),
  /** The day it was published. */
  publishedOn: DateString.optional(),
  /** A catalogue or index number of the publisher. */
  reference: z.string().max(200).optional(),
});
/** A source document, as validated by the {@link Source} schema. @category Models */
export type Source = Model.Source;
