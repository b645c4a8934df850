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
