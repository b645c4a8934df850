import type { z } from 'zod';
import { comparePeriods, isValidPeriod, periodStart } from '../periods/index.js';
import { findUnit, isUnitCompatible } from '../units/index.js';
import { checkFormulas } from './_formulaIntegrity.js';
import { suggestion } from './_nearest.js';
import type { Claim } from './Claim.js';
import type { Indicator } from './Indicator.js';
import type { Observation } from './Observation.js';
import type { Plan } from './Plan.js';
import type { Project } from './Project.js';
import type { Source } from './Source.js';

interface DatasetShape {
  readonly sources: readonly Source[];
  readonly indicators: readonly Indicator[];
  readonly observations: readonly Observation[];
  readonly claims: readonly Claim[];
  readonly plans: readonly Plan[];
  readonly projects: readonly Project[];
}

type Path = (string | number)[];

/**
 * Checks what a schema of one record cannot: unique ids, references that resolve, compatible
 * units, periods in order. Each problem becomes a zod issue with the path of the offending field.
 */
export function checkIntegrity(data: DatasetShape, ctx: z.RefinementCtx): void {
  const report = (path: Path, message: string) => ctx.addIssue({ code: 'custom', path, message });

  const uniqueIds = (collection: Path, records: readonly { id?: string | undefined }[]) => {
    const seen = new Map<string, number>();
    records.forEach((record, index) => {
      if (record.id === undefined) return;
      const first = seen.get(record.id);
      if (first !== undefined) {
        report(
          [...collection, index, 'id'],
          `duplicate id "${record.id}" (first at index ${first})`,
        );
      } else seen.set(record.id, index);
    });
    return new Set(seen.keys());
  };

  const sources = uniqueIds(['sources'], data.sources);
  const indicators = new Map(data.indicators.map((indicator) => [indicator.id, indicator]));
  uniqueIds(['indicators'], data.indicators);
  uniqueIds(['observations'], data.observations);
  uniqueIds(['claims'], data.claims);
  uniqueIds(['plans'], data.plans);
  uniqueIds(['projects'], data.projects);
  const projects = new Map(data.projects.map((project) => [project.id, project]));
  checkFormulas(data.indicators, ctx);

  const checkDocument = (path: Path, document: string) => {
    if (!sources.has(document))
      report(path, `unknown source "${document}"${suggestion(document, sources)}`);
  };
  const checkIndicator = (path: Path, id: string): Indicator | undefined => {
    const indicator = indicators.get(id);
    if (indicator === undefined)
      report(path, `unknown indicator "${id}"${suggestion(id, indicators.keys())}`);
    return indicator;
  };
  const checkUnit = (path: Path, unit: string | undefined, indicator: Indicator | undefined) => {
    if (indicator === undefined) return;
    // No unit (findUnit(undefined) is undefined) means nothing to compare; an unknown unit is
    // already an issue of its own field, and comparing it would throw.
    if (findUnit(unit as string) === undefined || findUnit(indicator.unit) === undefined) return;
    if (!isUnitCompatible(unit as string, indicator.unit)) {
      report(
        path,
        `unit "${unit}" does not measure what indicator "${indicator.id}" (${indicator.unit}) does`,
      );
    }
  };
  const checkOrder = (path: Path, from: string, to: string) => {
    // A malformed period is already an issue of its own field; comparing it would throw.
    if (!isValidPeriod(from) || !isValidPeriod(to)) return;
    if (comparePeriods(from, to) >= 0) report(path, `period "${to}" must come after "${from}"`);
  };

  const stated = new Map<string, number>();
  data.observations.forEach((observation, index) => {
    const path = ['observations', index];
    const indicator = checkIndicator([...path, 'indicator'], observation.indicator);
    checkUnit([...path, 'unit'], observation.unit, indicator);
    checkDocument([...path, 'source', 'document'], observation.source.document);
    const key = `${observation.indicator}|${observation.period}|${observation.status}`;
    const first = stated.get(key);
    if (first !== undefined) {
      report(
        path,
        `indicator "${observation.indicator}" has two ${observation.status} values for ${observation.period} (first at observations[${first}])`,
      );
    } else stated.set(key, index);
  });

  data.claims.forEach((claim, index) => {
    const path = ['claims', index];
    checkIndicator([...path, 'indicator'], claim.indicator);
    checkDocument([...path, 'source', 'document'], claim.source.document);
    checkOrder([...path, 'toPeriod'], claim.fromPeriod, claim.toPeriod);
  });

  const targetIds = new Map<string, string>();
  data.plans.forEach((plan, planIndex) => {
    const planPath = ['plans', planIndex];
    checkDocument([...planPath, 'source'], plan.source);
    plan.targets.forEach((target, index) => {
      const path = [...planPath, 'targets', index];
      const first = targetIds.get(target.id);
      if (first !== undefined)
        report([...path, 'id'], `duplicate target id "${target.id}" (first in plan "${first}")`);
      else targetIds.set(target.id, plan.id);
      checkDocument([...path, 'source', 'document'], target.source.document);
      switch (target.kind) {
        case 'level':
        case 'cumulative': {
          const indicator = checkIndicator([...path, 'indicator'], target.indicator);
          checkUnit([...path, 'unit'], target.unit, indicator);
          // Stryker disable next-line ConditionalExpression: a cumulative target has no baseline (strict schema); the kind test only narrows the type
          if (target.kind === 'level' && target.baseline !== undefined) {
            checkOrder([...path, 'period'], target.baseline.period, target.period);
          }
          if (
            target.kind === 'level' &&
            target.priceBasis !== undefined &&
            target.annualGrowthPercent === undefined
          ) {
            report(
              [...path, 'priceBasis'],
              'a price basis qualifies annualGrowthPercent, which is absent',
            );
          }
          break;
        }
        case 'growth':
          checkIndicator([...path, 'indicator'], target.indicator);
          checkOrder([...path, 'period'], target.basePeriod, target.period);
          break;
        case 'milestone': {
          if (target.project === undefined) {
            if (target.milestone !== undefined)
              report([...path, 'milestone'], 'a milestone id needs a project');
            break;
          }
          const project = projects.get(target.project);
          if (project === undefined)
            report(
              [...path, 'project'],
              `unknown project "${target.project}"${suggestion(target.project, projects.keys())}`,
            );
          else if (
            target.milestone !== undefined &&
            !project.milestones.some((m) => m.id === target.milestone)
          ) {
            report(
              [...path, 'milestone'],
              `project "${project.id}" has no milestone "${target.milestone}"`,
            );
          }
          break;
        }
        case 'qualitative':
          if (target.indicator !== undefined)
            checkIndicator([...path, 'indicator'], target.indicator);
          break;
        default: {
          const unreachable: never = target;
          // Stryker disable next-line all: unreachable, the schema has already checked the kind
          throw new Error(`unhandled target ${JSON.stringify(unreachable)}`);
        }
      }
    });
  });

  data.projects.forEach((project, index) => {
    const path = ['projects', index];
    checkDocument([...path, 'source', 'document'], project.source.document);
    uniqueIds([...path, 'milestones'], project.milestones);
    project.milestones.forEach((milestone, m) => {
      if (milestone.source)
        checkDocument([...path, 'milestones', m, 'source', 'document'], milestone.source.document);
    });
    project.stageHistory.forEach((record, s) => {
      if (record.source)
        checkDocument([...path, 'stageHistory', s, 'source', 'document'], record.source.document);
      const previous = project.stageHistory[s - 1];
      if (
        previous !== undefined &&
        isValidPeriod(previous.period) &&
        isValidPeriod(record.period) &&
        periodStart(previous.period) > periodStart(record.period)
      ) {
        report([...path, 'stageHistory', s, 'period'], 'stage history must be oldest first');
      }
    });
    const latest = project.stageHistory.at(-1);
    if (latest !== undefined && latest.stage !== project.stage) {
      report(
        [...path, 'stage'],
        `stage "${project.stage}" differs from the latest stage history entry "${latest.stage}"`,
      );
    }
    if (
      project.investment !== undefined &&
      findUnit(project.investment.unit)?.dimension !== 'money'
    ) {
      report(
        [...path, 'investment', 'unit'],
        `investment unit "${project.investment.unit}" is not money`,
      );
    }
  });
}
