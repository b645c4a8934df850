/**
 * The table the hostile-input properties run over: one entry per exported function, by layer.
 * To cover a new export, add an entry to its layer's file in cases/; the completeness test in
 * hostile.test.ts fails until every function of src/index.ts and src/schemas.ts has one.
 */

import { areas } from './cases/areas.js';
import { attainment } from './cases/attainment.js';
import { audit } from './cases/audit.js';
import { comparison } from './cases/comparison.js';
import { cli, errors, format, models, numbers, periods, units } from './cases/core.js';
import { growth } from './cases/growth.js';
import { interchange } from './cases/interchange.js';
import { labels } from './cases/labels.js';
import { yearToDate } from './cases/yearToDate.js';
import type { FunctionCase } from './table.js';

/** Every function under test, by layer. Growth, comparison and attainment are added as they land. */
export const FUNCTION_CASES: readonly FunctionCase[] = [
  ...numbers,
  ...errors,
  ...units,
  ...periods,
  ...growth,
  ...comparison,
  ...attainment,
  ...audit,
  ...areas,
  ...format,
  ...labels,
  ...models,
  ...interchange,
  ...yearToDate,
  ...cli,
];

/** Exports that are not functions to call with data (classes and constants are checked elsewhere). */
export const NOT_FUNCTIONS: readonly string[] = ['Decimal'];
