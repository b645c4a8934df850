import { z } from 'zod';
import { Dataset } from './Dataset.js';
import { Observation } from './Observation.js';

/**
 * The JSON Schema (draft 2020-12) of a {@link Dataset}. It checks the shape of every record;
 * referential integrity and the calendar validity of periods are checked by `parseDataset` only.
 *
 * @returns A fresh JSON Schema object.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { datasetJsonSchema } from 'tianmu-indicators/schemas';
 *
 * datasetJsonSchema().required;
 * // => ['id', 'area', 'sources', 'indicators', 'observations', 'claims', 'plans', 'projects']
 * ```
 *
 * @category Models
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Dataset, { target: 'draft-2020-12' }) as Record<string, unknown>;
}

/**
 * The JSON Schema (draft 2020-12) of one {@link Observation}.
 *
 * @returns A fresh JSON Schema object.
 * @throws Never.
 *
 * @example
 * ```ts
 * import { observationJsonSchema } from 'tianmu-indicators/schemas';
 *
 * observationJsonSchema().additionalProperties;
 * // => false
 * ```
 *
 * @category Models
 */
export function observationJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(Observation, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
