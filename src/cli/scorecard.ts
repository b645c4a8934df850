import { parseArgs } from 'node:util';
import { toCsv } from '../_internal/csv.js';
import { assessPlan, type Scorecard } from '../attainment/assessPlan.js';
import type { Assessment, AssessmentMethod, AssessmentStatus } from '../attainment/types.js';
import { tianmushan } from '../data/tianmushan/index.js';
import type { Decimal } from '../decimal/Decimal.js';
import { percent } from '../decimal/percent.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { formatMilestoneState } from '../format/formatMilestoneState.js';
import { formatPercent } from '../format/formatPercent.js';
import { formatPeriodLabel } from '../format/formatPeriodLabel.js';
import { formatQuantity } from '../format/formatQuantity.js';
import { formatReason } from '../format/formatReason.js';
import { formatStatus } from '../format/formatStatus.js';
import type { Locale } from '../format/types.js';
import { annualMilestones } from '../growth/annualMilestones.js';
import { impliedBase } from '../growth/impliedBase.js';
import { projectPath } from '../growth/projectPath.js';
import type { GrowthPathPoint } from '../growth/types.js';
import { parseDataset } from '../models/parseDataset.js';
import type { Dataset, Plan, Target } from '../models/types.js';
import { parseDate, parsePeriod, toDateString } from '../periods/index.js';
import { renderYearToDateTable } from './_yearToDateTable.js';
import { districtScorecard } from './districtScorecard.js';
import { readObservations, withObservations } from './readObservations.js';
import { type CliIo, type Command, readDatasetFile } from './run.js';
import { renderTable, truncate } from './table.js';

const METHODS: readonly AssessmentMethod[] = [
  'progress-ratio',
  'current-status',
  'projection',
  'schedule',
];
const LOCALES: readonly Locale[] = ['zh-CN', 'en'];
const FORMATS = ['table', 'json', 'csv'] as const;

/** Reads an option that takes one of a few words, naming the option when it does not. */
export function readChoice<T extends string>(
  value: string | undefined,
  choices: readonly T[],
  option: string,
  fallback: T,
): T {
  if (value === undefined) return fallback;
  const found = choices.find((choice) => choice === value);
  if (found === undefined) {
    throw new IndicatorError('invalid-argument', {
      field: option,
      value,
      reason: `expected one of ${choices.join(', ')}`,
    });
  }
  return found;
}

/** The dataset a command works on: the shipped one or `--dataset`, plus `--observations`. */
export function loadDataset(
  values: { dataset?: string | undefined; observations?: string | undefined },
  io: CliIo,
): Dataset {
  let dataset: Dataset =
    values.dataset === undefined ? tianmushan : readDatasetFile(values.dataset, io);
  if (values.observations !== undefined) {
    const file = values.observations;
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      throw new IndicatorError('invalid-input', { field: file, reason: (error as Error).message });
    }
    dataset = parseDataset(withObservations(dataset, readObservations(text, file, dataset), file));
  }
  return dataset;
}

/** The year-by-year path that meets a level or growth target, and where its base comes from. */
export interface TargetPath {
  /** The annual rate of the path, a fraction. */
  readonly annualRate: Decimal;
  /** `observed`: the baseline is an observation; `implied`: derived from the target and its stated rate. */
  readonly base: 'observed' | 'implied';
  /** The values, base year first, in the indicator's unit. */
  readonly milestones: readonly GrowthPathPoint[];
}

/** The year of a one-year period; other periods have no annual path (caught in targetPath). */
function yearOf(period: string): number {
  const parsed = parsePeriod(period);
  if (parsed.kind !== 'year') {
    // Stryker disable next-line all: the error only tells targetPath there is no path; no one reads its details
    throw new IndicatorError('invalid-period', { field: 'period', value: period });
  }
  return parsed.year;
}

/**
 * The annual path of a target: from the observed baseline (at the stated rate of a growth target,
 * at the required rate of a level), or, for a level target that states its average growth but
 * has no baseline, from the base that rate implies. `null` where no such path exists.
 */
export function targetPath(target: Target, assessment: Assessment, plan: Plan): TargetPath | null {
  // Stryker disable next-line ConditionalExpression: other kinds have no one-year target value, which yearOf refuses below; the test narrows the type
  if (target.kind !== 'level' && target.kind !== 'growth') return null;
  const goal = assessment.target;
  if (goal === null) return null;
  const baseline = assessment.baseline;
  try {
    const toYear = yearOf(goal.period);
    if (baseline !== null) {
      const fromYear = yearOf(baseline.period);
      if (fromYear >= toYear) return null;
      // Stryker disable next-line ConditionalExpression,StringLiteral: a growth target's value is its baseline compounded at its rate, so the level path finds the same rate and points
      if (target.kind === 'growth') {
        const annualRate = percent(target.annualGrowthPercent);
        return {
          annualRate,
          base: 'observed',
          milestones: projectPath(baseline.value, annualRate, { from: fromYear, to: toYear }),
        };
      }
      const { annualRate, milestones } = annualMilestones(baseline.value, goal.value, {
        from: fromYear,
        to: toYear,
      });
      return { annualRate, base: 'observed', milestones };
    }
    // Stryker disable next-line ConditionalExpression: percent() refuses undefined with an IndicatorError, caught below; the test narrows the type
    if (target.annualGrowthPercent === undefined) return null;
    const span = parsePeriod(plan.period);
    const fromYear = span.kind === 'range' ? span.start.year - 1 : toYear - 1;
    const annualRate = percent(target.annualGrowthPercent);
    const base = impliedBase(goal.value, annualRate, toYear - fromYear);
    const milestones = projectPath(base, annualRate, { from: fromYear, to: toYear });
    return {
      annualRate,
      base: 'implied',
      milestones: [...milestones.slice(0, -1), { period: String(toYear), value: goal.value }],
    };
  } catch (error) {
    // No annual path: periods that are not whole years or do not run forward, a base of zero,
    // a sign change. The assessment says why.
    // Stryker disable next-line ConditionalExpression: nothing above throws another error; the test keeps programming errors loud
    if (error instanceof IndicatorError) return null;
    throw error;
  }
}

const KIND_LABELS: Record<Target['kind'], { zh: string; en: string }> = {
  level: { zh: '水平', en: 'level' },
  growth: { zh: '增速', en: 'growth' },
  cumulative: { zh: '累计', en: 'cumulative' },
  milestone: { zh: '节点', en: 'milestone' },
  qualitative: { zh: '定性', en: 'qualitative' },
};

/** One row of the scorecard, every figure exact (JSON and CSV) or formatted (table). */
interface Row {
  readonly plan: Plan;
  readonly target: Target;
  readonly assessment: Assessment;
  readonly path: TargetPath | null;
}

function rowsOf(scorecard: Scorecard, plan: Plan): Row[] {
  const targets = new Map(plan.targets.map((target) => [target.id, target]));
  return scorecard.assessments.map((assessment) => {
    const target = targets.get(assessment.targetId) as Target;
    return { plan, target, assessment, path: targetPath(target, assessment, plan) };
  });
}

/** The status in the words of the charts: the reason beside it, a milestone's state after it. */
function statusText(assessment: Assessment, locale: Locale): string {
  let label = formatStatus(assessment.status, { locale });
  if (assessment.reason !== null) label += ` (${formatReason(assessment.reason, { locale })})`;
  if (assessment.milestoneState !== null) {
    label += ` · ${formatMilestoneState(assessment.milestoneState, { locale })}`;
  }
  return label;
}

function quantity(value: Decimal, unit: string | null, locale: Locale): string {
  // Stryker disable next-line ConditionalExpression: measured targets always name an indicator, hence a unit; the test narrows the type
  return unit === null
    ? value.toDecimalPlaces(2).toString()
    : formatQuantity(value, unit, { locale, maximumFractionDigits: 2 });
}

/** Both locales write percentages alike (`6%`), to two decimals at most by default. */
function rate(value: Decimal | null): string {
  return value === null ? '—' : formatPercent(value);
}

function periodLabel(period: string, locale: Locale): string {
  return formatPeriodLabel(period, { locale });
}

function renderScorecardTable(
  scorecard: Scorecard,
  rows: readonly Row[],
  dataset: Dataset,
  locale: Locale,
): string {
  const zh = locale === 'zh-CN';
  const key = zh ? 'zh' : 'en';
  const lines: string[] = [];
  const title = `${dataset.area.name[key]} · ${scorecard.title[key]} (${periodLabel(scorecard.period, locale)})`;
  lines.push(title);
  lines.push(
    zh
      ? `截至 ${scorecard.asOf} · 序时进度 ${rate(scorecard.timeElapsed)} · 方法 ${scorecard.method}`
      : `As of ${scorecard.asOf} · time elapsed ${rate(scorecard.timeElapsed)} · method ${scorecard.method}`,
  );
  const counts = (Object.keys(scorecard.counts) as AssessmentStatus[])
    .filter((status) => scorecard.counts[status] > 0)
    .map((status) => `${formatStatus(status, { locale })} ${scorecard.counts[status]}`);
  lines.push(`${zh ? '目标' : 'Targets'} ${rows.length}: ${counts.join(' · ')}`);

  const measured = rows.filter(
    (row) => row.target.kind !== 'qualitative' && row.target.kind !== 'milestone',
  );
  if (measured.length > 0) {
    const header = zh
      ? ['目标', '类型', '基期', '目标值', '需年均增速', '最新', '完成率', '状态']
      : [
          'Target',
          'Kind',
          'Baseline',
          'Target value',
          'Required rate',
          'Latest',
          'Completion',
          'Status',
        ];
    const body = measured.map(({ target, assessment, path }) => {
      const { unit } = assessment;
      // Without an observed baseline, a path can only start from the base its rate implies.
      const impliedStart = path?.milestones[0];
      const baseline =
        assessment.baseline !== null
          ? `${assessment.baseline.period}: ${quantity(assessment.baseline.value, unit, locale)}`
          : impliedStart !== undefined
            ? `${impliedStart.period}: ${quantity(impliedStart.value, unit, locale)}${zh ? '(推算)' : ' (implied)'}`
            : '—';
      const goal =
        assessment.target !== null
          ? `${assessment.target.period}: ${quantity(assessment.target.value, unit, locale)}`
          : '—';
      // A cumulative target is measured by its sum so far, dated by its latest year.
      const latest =
        assessment.latest === null
          ? '—'
          : assessment.sumToDate !== null
            ? `${assessment.latest.period}: ${quantity(assessment.sumToDate, unit, locale)}${zh ? '(累计)' : ' (to date)'}`
            : `${assessment.latest.period}: ${quantity(assessment.latest.value, unit, locale)}`;
      // A year-to-date row shows the completion its own section shows.
      const completion =
        assessment.basis === 'year-to-date'
          ? (assessment.completion.growth ?? assessment.completion.level)
          : (assessment.completion.level ?? assessment.completion.increment);
      return [
        truncate(target.title[key], 34),
        KIND_LABELS[target.kind][key],
        baseline,
        goal,
        rate(assessment.requiredAnnualRate ?? assessment.plannedAnnualRate),
        latest,
        rate(completion),
        // The flag covers every observation used (baseline or latest), so it goes with the verdict.
        assessment.approximate
          ? `${statusText(assessment, locale)} · ${zh ? '含约数' : 'approximate data'}`
          : statusText(assessment, locale),
      ];
    });
    lines.push('', renderTable([header, ...body], { rightAligned: [2, 3, 4, 5, 6] }));
  }

  const yearToDate = renderYearToDateTable(
    measured,
    locale,
    (assessment) => statusText(assessment, locale),
    (value, unit) => quantity(value, unit, locale),
  );
  if (yearToDate !== null) lines.push('', yearToDate);

  const paths = rows.flatMap(({ target, assessment, path }) =>
    path === null ? [] : [{ target, assessment, path }],
  );
  if (paths.length > 0) {
    lines.push(
      '',
      zh ? '年度路径(按年均增速逐年推算)' : 'Annual paths (year by year at the average rate)',
    );
    const years = [
      ...new Set(paths.flatMap((row) => row.path.milestones.map((m) => m.period))),
    ].sort();
    const header = [zh ? '目标' : 'Target', zh ? '年均' : 'Rate', ...years];
    const body = paths.map(({ target, assessment, path }) => [
      truncate(target.title[key], 28),
      rate(path.annualRate),
      ...years.map((year) => {
        const point = path.milestones.find((m) => m.period === year);
        return point === undefined ? '' : quantity(point.value, assessment.unit, locale);
      }),
    ]);
    lines.push(
      renderTable([header, ...body], { rightAligned: [1, ...years.map((_, i) => i + 2)] }),
    );
  }

  const milestones = rows.flatMap(({ target, assessment }) =>
    target.kind === 'milestone' ? [{ target, assessment }] : [],
  );
  if (milestones.length > 0) {
    lines.push('', zh ? '项目节点' : 'Project milestones');
    const header = zh
      ? ['目标', '项目', '期限', '完成', '状态']
      : ['Target', 'Project', 'Due', 'Done', 'Status'];
    const body = milestones.map(({ target, assessment }) => [
      truncate(target.title[key], 40),
      target.project ?? '—',
      target.due,
      assessment.milestone?.doneOn ?? '—',
      statusText(assessment, locale),
    ]);
    lines.push(renderTable([header, ...body]));
  }

  const qualitative = rows.filter((row) => row.target.kind === 'qualitative');
  if (qualitative.length > 0) {
    lines.push(
      '',
      zh
        ? `定性目标 ${qualitative.length} 项(无量化指标,不评估)`
        : `Qualitative targets: ${qualitative.length} (not measurable, not assessed)`,
    );
    for (const { target } of qualitative) lines.push(`  · ${target.title[key]}`);
  }
  return `${lines.join('\n')}\n`;
}

const CSV_HEADER = [
  'plan',
  'target',
  'kind',
  'attribute',
  'indicator',
  'unit',
  'baseline_period',
  'baseline_value',
  'target_period',
  'target_value',
  'required_annual_rate',
  'latest_period',
  'latest_value',
  'latest_status',
  'approximate',
  'completion_level',
  'completion_increment',
  'time_elapsed',
  'status',
  'reason',
  'path',
  'title_zh',
  'title_en',
];

function csvRow({ plan, target, assessment, path }: Row): string[] {
  const text = (value: Decimal | null | undefined) =>
    value === null || value === undefined ? '' : value.toString();
  return [
    plan.id,
    target.id,
    target.kind,
    target.attribute,
    assessment.indicator ?? '',
    assessment.unit ?? '',
    assessment.baseline?.period ?? '',
    text(assessment.baseline?.value),
    assessment.target?.period ?? '',
    text(assessment.target?.value),
    text(assessment.requiredAnnualRate ?? path?.annualRate),
    assessment.latest?.period ?? '',
    text(assessment.latest?.value),
    assessment.latest?.status ?? '',
    String(assessment.approximate),
    text(assessment.completion.level),
    text(assessment.completion.increment),
    text(assessment.timeElapsed),
    assessment.status,
    assessment.reason ?? '',
    path === null ? '' : path.milestones.map((m) => `${m.period}:${m.value.toString()}`).join(' '),
    target.title.zh,
    target.title.en,
  ];
}

/** `tianmu-indicators scorecard`: every target of a plan with its path and assessment. */
export const scorecardCommand: Command = (args, io) => {
  const { values } = parseArgs({
    args: [...args],
    options: {
      plan: { type: 'string' },
      'as-of': { type: 'string' },
      observations: { type: 'string' },
      dataset: { type: 'string', multiple: true },
      method: { type: 'string' },
      locale: { type: 'string' },
      format: { type: 'string' },
      summary: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  });
  const method = readChoice(values.method, METHODS, '--method', 'progress-ratio');
  const locale = readChoice(values.locale, LOCALES, '--locale', 'zh-CN');
  const format = readChoice(values.format, FORMATS, '--format', 'table');
  const asOf =
    values['as-of'] === undefined ? undefined : toDateString(parseDate(values['as-of'], '--as-of'));
  const datasetPaths = values.dataset ?? [];
  const [only] = datasetPaths;
  const summary = values.summary === true;
  if (summary || datasetPaths.length > 1 || (only !== undefined && io.listFolder?.(only))) {
    return districtScorecard(
      { datasets: datasetPaths, plan: values.plan, asOf, method, locale, format, summary },
      io,
    );
  }
  const dataset = loadDataset({ ...values, dataset: only }, io);
  const plans =
    values.plan === undefined
      ? dataset.plans
      : dataset.plans.filter((candidate) => candidate.id === values.plan);
  if (dataset.plans.length === 0) {
    throw new IndicatorError('not-found', {
      field: 'plans',
      reason: 'the dataset has no plan to assess',
    });
  }
  if (plans.length === 0) {
    throw new IndicatorError('not-found', {
      field: '--plan',
      value: values.plan,
      reason: `the dataset's plans are ${dataset.plans.map((p) => p.id).join(', ')}`,
    });
  }
  // Stryker disable next-line ConditionalExpression: assessPlan reads an asOf of undefined as none given
  const options = asOf === undefined ? { method } : { method, asOf };
  const scorecards = plans.map((plan) => {
    const scorecard = assessPlan(dataset, plan.id, options);
    return { scorecard, rows: rowsOf(scorecard, plan) };
  });

  switch (format) {
    case 'json':
      return {
        output: `${JSON.stringify(
          {
            dataset: dataset.id,
            scorecards: scorecards.map(({ scorecard, rows }) => ({
              ...scorecard,
              paths: Object.fromEntries(
                rows.filter((row) => row.path !== null).map((row) => [row.target.id, row.path]),
              ),
            })),
          },
          null,
          2,
        )}\n`,
      };
    case 'csv':
      return { output: toCsv([CSV_HEADER, ...scorecards.flatMap(({ rows }) => rows.map(csvRow))]) };
    case 'table':
      return {
        output: scorecards
          .map(({ scorecard, rows }) => renderScorecardTable(scorecard, rows, dataset, locale))
          .join('\n'),
      };
    default: {
      const unreachable: never = format;
      // Stryker disable next-line all: unreachable, readChoice has already checked the format
      throw new Error(`unhandled format ${String(unreachable)}`);
    }
  }
};
