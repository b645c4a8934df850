/**
 * Private to the attainment layer: a milestone target, a deliverable of a project due by a
 * period, judged by the project's milestones and stage history.
 */
import { IndicatorError } from '../errors/IndicatorError.js';
import type { MilestoneTarget, Project, ProjectStage } from '../models/types.js';
import { draft, settle, unassessable } from './_draft.js';
import type { ResolvedOptions } from './_options.js';
import { periodInfo } from './_periodInfo.js';
import type { TargetEnvironment } from './_targetInputs.js';
import { elapsedAt } from './_time.js';
import type { Assessment, MilestoneState } from './types.js';

/** Stages before construction starts: a pending milestone there has not been started. */
const NOT_STARTED_STAGES: ReadonlySet<ProjectStage> = new Set<ProjectStage>([
  'planned',
  'preparatory',
  'approved',
]);
/** Stages in which a project is itself delivered. */
const DELIVERED_STAGES: ReadonlySet<ProjectStage> = new Set<ProjectStage>([
  'completed',
  'operating',
]);

/** Assesses a milestone target by its project's milestone (or the project itself). */
export function assessMilestone(
  target: MilestoneTarget,
  env: TargetEnvironment,
  o: ResolvedOptions,
): Assessment {
  const d = draft(target, env, o);
  const f = env.targetField;
  const due = periodInfo(target.due, `${f}.due`);
  const project = env.project;
  if (project === undefined) return unassessable(d, 'no-data');
  if (target.project !== undefined && project.id !== target.project) {
    throw new IndicatorError('invalid-argument', {
      field: env.projectField,
      value: project.id,
      reason: `the target's project is "${target.project}"`,
    });
  }
  const asOfDay = env.asOf === null ? null : env.asOf.day;
  // 序时进度 of the due period, as for the plan's scorecard.
  if (asOfDay !== null) d.timeElapsed = elapsedAt(due, asOfDay, o.basis).figure;
  const stage = stageAt(project, asOfDay, env.projectField);
  let done: boolean;
  let doneOn: string | null = null;
  if (target.milestone !== undefined) {
    const index = project.milestones.findIndex((milestone) => milestone.id === target.milestone);
    const milestone = project.milestones[index];
    if (milestone === undefined) return unassessable(d, 'no-data');
    done =
      milestone.doneOn !== undefined &&
      // Stryker disable next-line ConditionalExpression: the as-of day defaults to the latest done day, so it is null only when nothing is done
      (asOfDay === null ||
        periodInfo(milestone.doneOn, `${env.projectField}.milestones[${index}].doneOn`).end <=
          asOfDay);
    if (done) doneOn = milestone.doneOn as string;
  } else {
    // No milestone named: the deliverable is the project itself, done once completed.
    done = DELIVERED_STAGES.has(stage);
    if (done) doneOn = deliveredOn(project, env.projectField);
  }
  let state: MilestoneState;
  if (done) state = 'done';
  else if (asOfDay !== null && asOfDay > due.end) state = 'overdue';
  else state = NOT_STARTED_STAGES.has(stage) ? 'not-started' : 'due';
  d.milestoneState = state;
  d.milestone = {
    project: project.id,
    milestone: target.milestone ?? null,
    due: target.due,
    doneOn,
    stage,
  };
  switch (state) {
    case 'done':
      return settle(d, 'achieved');
    case 'overdue':
      return settle(d, 'deterioration');
    case 'not-started':
      return settle(d, 'needs-acceleration');
    case 'due':
      return settle(d, stage === 'suspended' ? 'limited-progress' : 'on-track');
  }
}

/**
 * The last day of the project's latest dated fact (stage records, milestones done), or
 * −Infinity when it has none.
 */
export function latestProjectDay(project: Project, field: string): number {
  let day = Number.NEGATIVE_INFINITY;
  project.stageHistory.forEach((record, index) => {
    day = Math.max(day, periodInfo(record.period, `${field}.stageHistory[${index}].period`).end);
  });
  project.milestones.forEach((milestone, index) => {
    if (milestone.doneOn === undefined) return;
    day = Math.max(day, periodInfo(milestone.doneOn, `${field}.milestones[${index}].doneOn`).end);
  });
  return day;
}

/**
 * The project's stage at a day: the stage record that began last by then; before every record,
 * `planned`; with no records (or no day), the project's `stage`.
 */
function stageAt(project: Project, day: number | null, field: string): ProjectStage {
  const records = project.stageHistory;
  // Stryker disable next-line ConditionalExpression: stage records date the as-of day by default, so the day is null only when there are none
  if (day === null || records.length === 0) return project.stage;
  let stage: ProjectStage = 'planned';
  let latestStart = Number.NEGATIVE_INFINITY;
  records.forEach((record, index) => {
    const start = periodInfo(record.period, `${field}.stageHistory[${index}].period`).start;
    if (start <= day && start >= latestStart) {
      stage = record.stage;
      latestStart = start;
    }
  });
  return stage;
}

/**
 * The period of the earliest stage record in which the project was delivered. Asked only once
 * the stage at the as-of day is a delivered one, so that record began by then.
 */
function deliveredOn(project: Project, field: string): string | null {
  let found: string | null = null;
  let earliest = Number.POSITIVE_INFINITY;
  project.stageHistory.forEach((record, index) => {
    if (!DELIVERED_STAGES.has(record.stage)) return;
    // Stryker disable next-line StringLiteral: stageAt has read every record's period already
    const start = periodInfo(record.period, `${field}.stageHistory[${index}].period`).start;
    if (start < earliest) {
      found = record.period;
      earliest = start;
    }
  });
  return found;
}
