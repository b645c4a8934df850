import { readPlain } from '../_internal/plain.js';
import type { Assessment, Scorecard } from '../attainment/index.js';
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { formatPercent, formatPeriodLabel, type Locale } from '../format/index.js';
import { MILESTONE_LABELS, REASON_LABELS, STATUS_LABELS, STATUS_ORDER, WORDS } from './_labels.js';
import {
  baseConfig,
  messageSpec,
  paddingFor,
  readLocale,
  readOptions,
  readText,
  truncate,
  VEGA_LITE_SCHEMA,
  widthShortfall,
} from './_spec.js';
import { STATUS_COLORS } from './statusColors.js';
import type { VegaLiteSpec } from './types.js';

/**
 * Options of {@link scorecardChart}.
 *
 * @category Charts
 */
export interface ScorecardChartOptions {
  /** The language of titles, labels and legend: `zh-CN` (the default) or `en`. */
  readonly locale?: Locale;
  /** The chart's title; the plan's title in the locale by default. */
  readonly title?: string;
  /**
   * Which targets get a row: `assessable` (the default), those whose status is not
   * `not-assessable`; `quantified`, every target but the qualitative ones, whatever its status
   * (a plan that has not started yet still shows its measurable targets).
   */
  readonly include?: 'assessable' | 'quantified';
  /**
   * Which 完成率 the bars show: `increment` (the default), `(a − b)/(T − b)`, the figure that
   * 序时进度 is measured against; or `level`, `a/T`. Both are the sum over the total for a
   * cumulative target.
   */
  readonly completion?: 'increment' | 'level';
  /**
   * The longest target title on the axis, in characters; longer titles are cut with `…`.
   * 16 in `zh-CN` and 36 in `en` by default; an integer from 4 to 200.
   */
  readonly maxTitleLength?: number;
}

/**
 * Builds a Vega-Lite v6 bar chart of a plan's scorecard: one horizontal bar per target showing
 * its completion (完成率) as a percent, a rule at the plan's time elapsed (序时进度), each bar
 * coloured by status with the fixed {@link STATUS_COLORS}, with Chinese or English labels.
 *
 * @remarks
 * Rows keep the scorecard's order (binding targets first). A target whose chosen completion
 * figure is missing (a milestone, a target not yet started) is a dot at zero in its status
 * colour. Beside every row the chart writes the completion and the status in words (with the
 * reason for `not-assessable` and the state of a milestone), so that colour is never the only
 * cue; every bar is outlined, so that the light yellow of `needs-acceleration` stays visible.
 * The axis runs from 0 (or the lowest completion) to 100% (or the highest). Titles longer
 * than `maxTitleLength` are cut; two targets with the same cut title are told apart by
 * `(2)`, `(3)`…; the full title is in the tooltip. Percents are written into the spec as
 * JavaScript numbers rounded half-up to one decimal: charts are for display, not arithmetic.
 * When no target qualifies, the spec is one text mark saying so (`没有可显示的目标`,
 * `No targets to show`).
 *
 * @param scorecard - A scorecard from `assessPlan`.
 * @param options - Locale, title, which targets, which completion, title length.
 * @returns A fresh Vega-Lite v6 spec.
 * @throws `IndicatorError` `invalid-argument` when `scorecard` is not a scorecard or an
 * option is not one of its values.
 *
 * @example
 * ```ts
 * import { assessPlan } from 'tianmu-indicators';
 * import { scorecardChart } from 'tianmu-indicators/charts';
 * import { tianmushan } from 'tianmu-indicators/tianmushan';
 *
 * const spec = scorecardChart(assessPlan(tianmushan, 'term-2022-2026'), {
 *   include: 'quantified', completion: 'level', locale: 'en',
 * });
 * const rows = (spec.data as { values: { target: string; completion: number | null; note: string }[] }).values;
 * rows.length;
 * // => 10
 * rows.find((row) => row.target === 'term-2022-2026.farmer-income-per-capita')?.note;
 * // => '80% · Not assessable (not yet started)'
 * scorecardChart(assessPlan(tianmushan, 'term-2022-2026')).mark;
 * // => { type: 'text', fontSize: 13, color: '#555555' }
 * ```
 *
 * @category Charts
 */
export function scorecardChart(
  scorecard: Scorecard,
  options?: ScorecardChartOptions,
): VegaLiteSpec {
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  scorecard = readPlain(scorecard, 'scorecard') as Scorecard;
  checkScorecard(scorecard);
  const o = readOptions(options);
  const locale = readLocale(o.locale);
  const words = WORDS[locale];
  const title = readText(o.title, 'options.title') ?? scorecard.title[zhOrEn(locale)];
  const include = readChoice(o.include, 'options.include', ['assessable', 'quantified']);
  const measure = readChoice(o.completion, 'options.completion', ['increment', 'level']);
  const maxLength = readLength(o.maxTitleLength, locale === 'zh-CN' ? 16 : 36);
  const description = words.scorecardDescription(title);

  const chosen = scorecard.assessments.filter((assessment) =>
    include === 'assessable'
      ? assessment.status !== 'not-assessable'
      : assessment.kind !== 'qualitative',
  );
  if (chosen.length === 0) return messageSpec(locale, title, words.noTargets, description);

  const seen = new Map<string, number>();
  const values = chosen.map((assessment) => {
    const full = assessment.title[zhOrEn(locale)];
    const cut = truncate(full, maxLength);
    const count = (seen.get(cut) ?? 0) + 1;
    seen.set(cut, count);
    const figure = assessment.completion[measure];
    const completion = figure === null ? null : percentNumber(figure);
    const statusLabel = STATUS_LABELS[locale][assessment.status];
    return {
      target: assessment.targetId,
      label: count === 1 ? cut : `${cut} (${count})`,
      title: full,
      status: assessment.status,
      statusLabel,
      completion,
      completionLabel:
        figure === null ? '—' : formatPercent(figure, { locale, maximumFractionDigits: 1 }),
      labelAt: Math.max(completion ?? 0, 0),
      note: noteOf(assessment, locale, figure),
    };
  });
  const elapsed = percentNumber(scorecard.timeElapsed);
  const elapsedLabel = formatPercent(scorecard.timeElapsed, { locale, maximumFractionDigits: 1 });
  // Stryker disable next-line ConditionalExpression: a null in Math.min/max counts as 0, already in the domain
  const completions = values.flatMap((row) => (row.completion === null ? [] : [row.completion]));
  const domain = [Math.min(0, ...completions), Math.max(100, elapsed, ...completions)];

  const x = {
    field: 'completion',
    type: 'quantitative',
    title: words.completionAxis(measure),
    scale: { domain, nice: true },
  };
  const y = {
    field: 'label',
    type: 'nominal',
    title: null,
    sort: null,
    axis: { labelLimit: 480, labelFontSize: 12, labelPadding: 12, ticks: false, domain: false },
  };
  const color = {
    field: 'statusLabel',
    type: 'nominal',
    scale: {
      domain: STATUS_ORDER.map((status) => STATUS_LABELS[locale][status]),
      range: STATUS_ORDER.map((status) => STATUS_COLORS[status]),
    },
    legend: { title: words.status, orient: 'bottom', direction: 'horizontal', columns: 3 },
  };
  const tooltip = [
    { field: 'title', type: 'nominal', title: words.target },
    { field: 'statusLabel', type: 'nominal', title: words.status },
    { field: 'completionLabel', type: 'nominal', title: words.completion },
  ];
  const outline = { stroke: '#4d4d4d', strokeWidth: 0.75 };

  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    title: {
      text: title,
      subtitle: [
        `${words.asOf(formatPeriodLabel(scorecard.asOf, { locale }))}${words.separator}${words.shown(
          values.length,
          scorecard.assessments.length,
          elapsedLabel,
        )}`,
      ],
    },
    width: 440,
    height: { step: 24 },
    padding: paddingFor(
      widthShortfall(
        values.map((row) => row.label),
        12,
      ),
      widthShortfall(
        values.map((row) => row.note),
        11,
      ),
    ),
    data: { values },
    layer: [
      {
        transform: [{ filter: 'datum.completion !== null' }],
        mark: { type: 'bar', height: 14, ...outline },
        encoding: { x, y, color, tooltip },
      },
      {
        transform: [{ filter: 'datum.completion === null' }],
        mark: { type: 'point', shape: 'circle', size: 90, filled: true, opacity: 1, ...outline },
        encoding: { x: { ...x, field: 'labelAt' }, y, color, tooltip },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 9, fontSize: 11 },
        encoding: {
          x: { ...x, field: 'labelAt' },
          y,
          text: { field: 'note', type: 'nominal' },
          color: { value: '#333333' },
        },
      },
      {
        data: { values: [{ elapsed, note: `${words.timeElapsed} ${elapsedLabel}` }] },
        mark: { type: 'rule', color: '#333333', strokeDash: [4, 3], strokeWidth: 1.5 },
        encoding: { x: { ...x, field: 'elapsed' } },
      },
      {
        data: { values: [{ elapsed, note: `${words.timeElapsed} ${elapsedLabel}` }] },
        mark: {
          type: 'text',
          align: 'left',
          baseline: 'bottom',
          dx: 4,
          fontSize: 11,
          color: '#333333',
        },
        encoding: {
          x: { ...x, field: 'elapsed' },
          y: { value: -4 },
          text: { field: 'note', type: 'nominal' },
        },
      },
    ],
    config: { ...baseConfig(locale), view: { stroke: null } },
  };
}

function zhOrEn(locale: Locale): 'zh' | 'en' {
  return locale === 'zh-CN' ? 'zh' : 'en';
}

/**
 * A fraction as a percent number for drawing, half-up to one decimal, never `-0`: `toString`
 * writes a zero without its sign.
 */
function percentNumber(fraction: Decimal): number {
  return Number(fraction.times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toString());
}

/** The words beside a row: completion and status, with the reason or milestone state. */
function noteOf(assessment: Assessment, locale: Locale, figure: Decimal | null): string {
  const words = WORDS[locale];
  let status = STATUS_LABELS[locale][assessment.status];
  if (assessment.reason !== null) {
    status += words.aside(REASON_LABELS[locale][assessment.reason]);
  } else if (assessment.milestoneState !== null) {
    status += ` · ${MILESTONE_LABELS[locale][assessment.milestoneState]}`;
  }
  if (figure === null) return status;
  return `${formatPercent(figure, { locale, maximumFractionDigits: 1 })} · ${status}`;
}

function checkScorecard(scorecard: unknown): asserts scorecard is Scorecard {
  const value = scorecard as Partial<Record<keyof Scorecard, unknown>> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    !Array.isArray(value.assessments) ||
    typeof value.title !== 'object' ||
    value.title === null ||
    typeof value.asOf !== 'string' ||
    !Decimal.isDecimal(value.timeElapsed)
  ) {
    throw new IndicatorError('invalid-argument', {
      field: 'scorecard',
      value: typeof scorecard,
      reason: 'expected a scorecard from assessPlan',
    });
  }
}

function readChoice<T extends string>(value: unknown, field: string, choices: readonly T[]): T {
  if (value === undefined) return choices[0] as T;
  if (choices.includes(value as T)) return value as T;
  throw new IndicatorError('invalid-argument', {
    field,
    value,
    reason: `expected ${choices.map((choice) => `'${choice}'`).join(' or ')}`,
  });
}

function readLength(value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  // Stryker disable next-line ConditionalExpression: Number.isInteger refuses every non-number too; the typeof test narrows the type
  if (typeof value === 'number' && Number.isInteger(value) && value >= 4 && value <= 200) {
    return value;
  }
  throw new IndicatorError('invalid-argument', {
    field: 'options.maxTitleLength',
    value,
    reason: 'expected an integer from 4 to 200',
  });
}
