import { IndicatorError } from '../errors/IndicatorError.js';

/** The flags a command takes more than once; every other flag given twice is an error. */
export const REPEATABLE: Readonly<Record<string, readonly string[]>> = {
  scorecard: ['dataset'],
  rollup: ['dataset'],
  rank: ['dataset'],
};

/**
 * Throws `invalid-argument` naming a `--flag` given twice that the command does not take more
 * than once: a repeated flag is never silently dropped.
 */
export function rejectRepeatedFlags(args: readonly string[], repeatable: readonly string[]): void {
  const seen = new Set<string>();
  for (const arg of args) {
    if (arg === '--') return;
    if (!arg.startsWith('--')) continue;
    const name = arg.slice(2).split('=')[0] as string;
    if (seen.has(name) && !repeatable.includes(name)) {
      throw new IndicatorError('invalid-argument', {
        field: `--${name}`,
        reason: 'given twice; give it once',
      });
    }
    seen.add(name);
  }
}
