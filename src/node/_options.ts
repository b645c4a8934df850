import { readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';

/** Refuses `workers` that is not a whole number of threads from 1 to 256. */
export function checkWorkers(workers: unknown): asserts workers is number {
  if (!Number.isInteger(workers) || (workers as number) < 1 || (workers as number) > 256) {
    throw new IndicatorError('invalid-argument', {
      field: 'workers',
      value: workers,
      reason: 'expected a whole number of threads from 1 to 256 (this one included)',
    });
  }
}

/** The options object, read through the safe reader; anything else is refused. */
export function readOptions<T extends object>(options: unknown): T {
  const given = readPlain(options, 'options');
  if (typeof given !== 'object' || given === null) {
    throw new IndicatorError('invalid-argument', {
      field: 'options',
      value: given,
      reason: 'expected an object of options',
    });
  }
  return given as T;
}
