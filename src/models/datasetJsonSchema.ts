import { z } from 'zod';
import { Claim } from './Claim.js';
import { Dataset } from './Dataset.js';
import { Observation } from './Observation.js';

/**
 * What a schema's refinements say and JSON Schema can too: a claim states exactly one of
 * `statedPercent` and `statedAnnualPercent`.
 */
function override(context: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  if (context.zodSchema === Claim) {
    context.jsonSchema.oneOf = [
      { properties: { statedPercent: true }, required: ['statedPercent'] },
      { properties: { statedAnnualPercent: true }, required: ['statedAnnualPercent'] },
    ];
  }
}

/**
 * The JSON Schema (draft 2020-12) of a {@link Dataset}. It checks the shape of every record
 * (and that a claim states exactly one of `statedPercent` and `statedAnnualPercent`);
 * referential integrity, formulas and the calendar validity of periods are checked by
 * `parseDataset` only.
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
  return z.toJSONSchema(Dataset, { target: 'draft-2020-12', override }) as Record<string, unknown>;
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
