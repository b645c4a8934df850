/**
 * Private to the attainment layer: an assessment while it is being filled in, and the three
 * ways it ends (assessed, not assessable, and the year-end verdict).
 */
import type { Decimal } from '../decimal/Decimal.js';
import { type Ratio, toFigure } from '../decimal/rational.js';
import type { Target } from '../models/types.js';
import type { ResolvedOptions } from './_options.js';
import type { TargetEnvironment } from './_targetInputs.js';
import type { Assessment, AssessmentStatus, Completion, NotAssessableReason } from './types.js';

/** An assessment being filled in. */
export type Draft = { -readonly [K in keyof Assessment]: Assessment[K] };
/** Completion rates being filled in. */
export type CompletionDraft = { -readonly [K in keyof Completion]: Completion[K] };
/** The statuses of a target that could be assessed. */
export type Assessed = Exclude<AssessmentStatus, 'not-assessable'>;

/** A blank assessment of the target: every figure null, not assessable until settled. */
export function draft(target: Target, env: TargetEnvironment, o: ResolvedOptions): Draft {
  return {
    targetId: target.id,
    // A copy: results never share objects with the input.
    title: { zh: target.title.zh, en: target.title.en },
    kind: target.kind,
    attribute: target.attribute,
    method: o.method,
    // Stryker disable next-line StringLiteral: every path sets the status
    status: 'not-assessable',
    reason: null,
    approximate: false,
    provisional: false,
    basis: 'period',
    asOf: env.asOf === null ? null : env.asOf.text,
    indicator: null,
    unit: null,
    comparator: null,
    baseline: null,
    latest: null,
    target: null,
    sumToDate: null,
    yearToDate: null,
    plannedAnnualRate: null,
    requiredAnnualRate: null,
    actualAnnualRate: null,
    progressRatio: null,
    score: null,
    currentStatusIndex: null,
    completion: { level: null, increment: null, growth: null },
    timeElapsed: null,
    scheduleGap: null,
    scheduleState: null,
    projectedAtDeadline: null,
    projectionRatio: null,
    catchUpRate: null,
    currentPriceGrowth: null,
    milestoneState: null,
    milestone: null,
  };
}

/** The assessment with its status. */
export function settle(d: Draft, status: Assessed): Assessment {
  d.status = status;
  return d;
}

/** The assessment, not assessable for `reason`. */
export function unassessable(d: Draft, reason: NotAssessableReason): Assessment {
  d.status = 'not-assessable';
  d.reason = reason;
  d.score = null;
  return d;
}

/** A reported figure, or null. */
export function figure(value: Ratio | null): Decimal | null {
  return value === null ? null : toFigure(value);
}
