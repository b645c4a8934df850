import { z } from 'zod';
import { readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { Dataset } from './Dataset.js';

/**
 * Validates a dataset: its shape, and referential integrity (unique ids, references that
 * resolve, compatible units, periods in order). The input is not changed; the result is a fresh
 * object without unknown keys (any unknown key, `__proto__` included, is an error).
 *
 * @param input - Anything, typically the result of `JSON.parse`.
 * @returns The typed dataset.
 * @throws `IndicatorError` `invalid-dataset` (also for an input whose getters or Proxy traps
 * throw), whose message is zod's prettified error
 * (each problem with its path) and whose `details.issues` keep zod's issues.
 *
 * @example
 * ```ts
 * import { parseDataset } from 'tianmu-indicators/schemas';
 *
 * let message = '';
 * try { parseDataset({ id: 'x' }); } catch (error) { message = (error as Error).message; }
 * message.includes('→ at area');
 * // => true
 * ```
 *
 * @category Models
 */
export function parseDataset(input: unknown): Dataset {
  // Read once into plain data: a getter or Proxy of the caller's cannot throw inside zod.
  const result = Dataset.safeParse(readPlain(input, 'dataset', 'invalid-dataset'));
  if (result.success) return result.data;
  throw new IndicatorError('invalid-dataset', {
    field: 'dataset',
    issues: result.error.issues,
    message: `Invalid dataset:\n${z.prettifyError(result.error)}`,
  });
}
