/**
 * Private to the attainment layer: the assessment of one target, shared by assessTarget and
 * assessPlan, by kind. The callers resolve the options, the as-of day and the indicator's
 * series once; each kind's file computes on exact fractions (`_exact.ts`) and rounds each
 * reported figure once. Statuses are decided on the unrounded values. The decisions are set out
 * in the `@remarks` of assessTarget and in docs/methods.md.
 */
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Target } from '../models/types.js';
import { assessCumulative } from './_assessCumulative.js';
import { assessGrowth } from './_assessGrowth.js';
import { assessLevel } from './_assessLevel.js';
import { assessMilestone } from './_assessMilestone.js';
import { assessQualitative } from './_assessQualitative.js';
import type { ResolvedOptions } from './_options.js';
import type { TargetEnvironment } from './_targetInputs.js';
import type { Assessment } from './types.js';

/** Assesses one target by its kind. */
export function assessWith(target: Target, env: TargetEnvironment, o: ResolvedOptions): Assessment {
  switch (target.kind) {
    case 'level':
      return assessLevel(target, env, o);
    case 'growth':
      return assessGrowth(target, env, o);
    case 'cumulative':
      return assessCumulative(target, env, o);
    case 'milestone':
      return assessMilestone(target, env, o);
    case 'qualitative':
      return assessQualitative(target, env, o);
    default:
      return unknownKind(target, env);
  }
}

function unknownKind(target: never, env: TargetEnvironment): never {
  throw new IndicatorError('invalid-argument', {
    field: `${env.targetField}.kind`,
    value: (target as { kind?: unknown }).kind,
    reason: 'expected level, growth, cumulative, milestone or qualitative',
  });
}
