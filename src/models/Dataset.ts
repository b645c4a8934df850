import { z } from 'zod';
import { checkIntegrity } from './_integrity.js';
import { Claim } from './Claim.js';
import { Indicator } from './Indicator.js';
import { Observation } from './Observation.js';
import { Plan } from './Plan.js';
import { Project } from './Project.js';
import { Id, LocalizedText } from './primitives.js';
import { Source } from './Source.js';
import type * as Model from './types.js';

/**
 * The area a dataset describes; `id` is its SDMX REF_AREA code.
 *
 * @example
 * ```ts
 * import { Area } from 'tianmu-indicators/schemas';
 *
 * Area.parse({ id: 'tianmushan', name: { zh: '天目山镇', en: 'Tianmushan Town' } }).id;
 * // => 'tianmushan'
 * ```
 *
 * @category Models
 */
export const Area = z.strictObject({ id: Id, name: LocalizedText });
/** An area, as validated by the {@link Area} schema. @category Models */
export type Area = Model.Area;

/**
 * A whole indicator model: sources, indicators, observations, claims, plans with their targets,
 * and projects, with referential integrity checked (every id unique, every reference resolves,
 * units compatible, no observation stated twice).
 *
 * @example
 * ```ts
 * import { Dataset } from 'tianmu-indicators/schemas';
 *
 * Dataset.safeParse({
 *   id: 'empty-town',
 *   area: { id: 'empty-town', name: { zh: '某镇', en: 'A town' } },
 *   sources: [], indicators: [], observations: [], claims: [], plans: [], projects: [],
 * }).success;
 * // => true
 * ```
 *
 * @category Models
 */
export const Dataset = z
  .strictObject({
    /** The JSON Schema an editor checks the file against (kept, never read). */
    $schema: z.string().max(2000).optional(),
    id: Id,
    area: Area,
    sources: z.array(Source).max(10000),
    indicators: z.array(Indicator).max(100000),
    observations: z.array(Observation).max(1000000),
    claims: z.array(Claim).max(100000),
    plans: z.array(Plan).max(10000),
    projects: z.array(Project).max(100000),
  })
  .superRefine(checkIntegrity);
/** A dataset, as validated by the {@link Dataset} schema. @category Models */
export type Dataset = Model.Dataset;
