/**
 * Private to the attainment layer: a qualitative target, stated without a measure; kept so
 * that nothing in a plan is lost, never assessable.
 */
import type { QualitativeTarget } from '../models/types.js';
import { draft, unassessable } from './_draft.js';
import type { ResolvedOptions } from './_options.js';
import type { TargetEnvironment } from './_targetInputs.js';
import type { Assessment } from './types.js';

/** Assesses a qualitative target: not assessable, `qualitative`. */
export function assessQualitative(
  target: QualitativeTarget,
  env: TargetEnvironment,
  o: ResolvedOptions,
): Assessment {
  const d = draft(target, env, o);
  d.indicator = target.indicator ?? null;
  return unassessable(d, 'qualitative');
}
