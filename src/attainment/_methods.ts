/**
 * Private to the attainment layer: the status rule of each of the four methods, as one table,
 * and the schedule state. Each rule reads the one figure its method is built on and returns
 * null when its compound-rate figure does not exist; the kinds of target decide what that means.
 */

import { cmp, neg, type Ratio, ratio, sign } from '../decimal/rational.js';
import type { Assessed } from './_draft.js';
import type { ResolvedOptions } from './_options.js';
import type { AssessmentMethod, ScheduleState } from './types.js';

/** UNSD progress chart: 95% of the way projected is on track, under 10% is limited. */
const PROJECTION_ON_TRACK = /* @__PURE__ */ ratio(95, 100);
const PROJECTION_MODERATE = /* @__PURE__ */ ratio(1, 10);
/** ESCAP labels: an index above 9 is on track. */
const STATUS_INDEX_ON_TRACK = /* @__PURE__ */ ratio(9);

/**
 * The exact figures the statuses are decided on. The compound-rate figures are null where no
 * compound rate exists; the linear ones exist whenever a method is asked (target ≠ baseline).
 */
export interface MethodFigures {
  /** Open SDG progress ratio (cumulative targets: the pace). */
  readonly ratio: Ratio | null;
  /** ESCAP current status index. */
  readonly index: Ratio;
  /** Increment completion. */
  readonly increment: Ratio;
  /** Increment completion minus time elapsed. */
  readonly gap: Ratio;
  /** UNSD projection ratio. */
  readonly projection: Ratio | null;
}

type StatusRule = (figures: MethodFigures, o: ResolvedOptions) => Assessed | null;

/**
 * The status by each method, from its figure:
 *
 * | method | figure | on-track | needs-acceleration | limited-progress | deterioration |
 * |---|---|---|---|---|---|
 * | progress-ratio | R | ≥ onTrack | ≥ needsAcceleration | ≥ limitedProgress | below |
 * | projection | (â − b)/(T − b) | ≥ 0.95 | ≥ 0.10 | ≥ 0 | < 0 |
 * | current-status | CS | > 9 | > 0 | = 0 | < 0 |
 * | schedule | gap, increment | gap ≥ −tolerance | behind | increment = 0 | increment < 0 |
 */
export const STATUS_RULES: Readonly<Record<AssessmentMethod, StatusRule>> = {
  'progress-ratio': ({ ratio: r }, o) => {
    if (r === null) return null;
    if (cmp(r, o.onTrack) >= 0) return 'on-track';
    if (cmp(r, o.needsAcceleration) >= 0) return 'needs-acceleration';
    if (cmp(r, o.limitedProgress) >= 0) return 'limited-progress';
    return 'deterioration';
  },
  projection: ({ projection: r }) => {
    if (r === null) return null;
    if (cmp(r, PROJECTION_ON_TRACK) >= 0) return 'on-track';
    if (cmp(r, PROJECTION_MODERATE) >= 0) return 'needs-acceleration';
    if (sign(r) >= 0) return 'limited-progress';
    return 'deterioration';
  },
  'current-status': ({ index }) => {
    // ESCAP: above 9 on track, above 0 slow progress, 0 no progress, below 0 regression.
    if (cmp(index, STATUS_INDEX_ON_TRACK) > 0) return 'on-track';
    const direction = sign(index);
    if (direction > 0) return 'needs-acceleration';
    return direction === 0 ? 'limited-progress' : 'deterioration';
  },
  schedule: ({ increment, gap }, o) => {
    // 序时进度: going backwards, within the tolerance of schedule or ahead, stalled, behind.
    if (sign(increment) < 0) return 'deterioration';
    if (cmp(gap, neg(o.tolerance)) >= 0) return 'on-track';
    return sign(increment) === 0 ? 'limited-progress' : 'needs-acceleration';
  },
};

/** The status of the chosen method, or null when its figure does not exist. */
export function statusBy(figures: MethodFigures, o: ResolvedOptions): Assessed | null {
  return STATUS_RULES[o.method](figures, o);
}

/** `gap` against the tolerance: ahead, on schedule, behind. */
export function scheduleStateOf(gap: Ratio, o: ResolvedOptions): ScheduleState {
  if (cmp(gap, o.tolerance) > 0) return 'ahead';
  return cmp(gap, neg(o.tolerance)) >= 0 ? 'on-schedule' : 'behind';
}
