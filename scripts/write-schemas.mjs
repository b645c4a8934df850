// Writes the JSON Schemas (draft 2020-12) of the models into the build, so the package ships
// dist/schema/dataset.schema.json and dist/schema/observation.schema.json for tools that do not
// run JavaScript. Runs after tsup (which empties dist/): `tsup && node scripts/write-schemas.mjs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { datasetJsonSchema, observationJsonSchema } from '../dist/schemas.js';

const directory = new URL('../dist/schema/', import.meta.url);
mkdirSync(directory, { recursive: true });
const schemas = { dataset: datasetJsonSchema(), observation: observationJsonSchema() };
for (const [name, schema] of Object.entries(schemas)) {
  const file = new URL(`${name}.schema.json`, directory);
  writeFileSync(file, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`wrote ${file.pathname}`);
}
