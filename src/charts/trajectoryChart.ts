import { readPlain } from '../_internal/plain.js';
import type { Assessment } from '../attainment/index.js';
import type { Decimal, DecimalInput } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { formatPercent, formatPeriodLabel, formatQuantity, type Locale } from '../format/index.js';
import { isValidPeriod } from '../periods/index.js';
import { findUnit, type Unit } from '../units/index.js';
import { REASON_LABELS, STATUS_LABELS, WORDS } from './_labels.js';
import { compoundPath, type DatedValue, dated, endDay, evenPacePath } from './_paths.js';
import {
  baseConfig,
  displayNumber,
  messageSpec,
  overflow,
  paddingFor,
  readLocale,
  readOptions,
  readText,
  VEGA_LITE_SCHEMA,
  widthShortfall,
} from './_spec.js';
import type { VegaLiteSpec } from './types.js';

/**
 * A value to plot on a trajectory chart besides those the assessment holds.
 *
 * @category Charts
 */
export interface TrajectoryObservation {
  /** The period (`'2016'`, `'2021-Q3'`, `'2022-06-30'`); it is drawn at its last day. */
  readonly period: string;
  /**
   * The value, in the indicator's unit (the assessment's `unit`); for a cumulative target, the
   * running total of the range at that period.
   */
  readonly value: DecimalInput;
}

/**
 * Options of {@link trajectoryChart}.
 *
 * @category Charts
 */
export interface TrajectoryChartOptions {
  /** The language of titles, labels and legend: `zh-CN` (the default) or `en`. */
  readonly locale?: Locale;
  /**
   * More observations to draw with the assessment's baseline and latest value, such as the
   * history before the baseline; a period the assessment already holds is drawn once, with the
   * assessment's value.
   */
  readonly observations?: readonly TrajectoryObservation[];
  /** The chart's title; the target's title in the locale by default. */
  readonly title?: string;
}

type SeriesKey = 'observed' | 'required' | 'projected' | 'target';

const WIDTH = 560;

const SERIES_ORDER: readonly SeriesKey[] = ['observed', 'required', 'projected', 'target'];

const SERIES_COLORS: Readonly<Record<SeriesKey, string>> = {
  observed: '#0072B2',
  required: '#009E73',
  projected: '#CC79A7',
  target: '#D55E00',
};

interface Point extends DatedValue {
  readonly series: SeriesKey;
}

/**
 * Builds a Vega-Lite v6 line chart of one target's trajectory: the observations, the path
 * required to reach the target, the projection at the current rate and the target itself, with
 * Chinese or English labels. The spec is plain JSON, to render in a browser (`vega-embed`) or
 * on the server with {@link renderSvg}.
 *
 * @remarks
 * **What is drawn.** For level and growth targets: the observations (the assessment's baseline
 * and latest value, and `options.observations`) as a solid line with points; the required path
 * from the baseline to the target at the required annual rate, one point a year (the
 * milestones of `annualMilestones`), dashed; the projection from the latest value to the
 * deadline at the actual annual rate, ending at `projectedAtDeadline`, dotted; the target as a
 * diamond labelled with its value. A growth target's target is the level its planned growth
 * implies. When the baseline is not positive (or the target negative) compound growth does not
 * exist and the required path is the straight line. For cumulative targets the chart shows
 * running totals: the even pace from zero the day before the range begins to the total at its
 * end (序时进度, a point at each year end), the total to date at the as-of day, its projection to
 * the end of the range at the pace so far, and the total as the target. A line is left out when
 * the assessment lacks its figures (no baseline, no rate, not yet started).
 *
 * **Time.** Every value is drawn at the last day of its period, on a UTC time axis, so a chart
 * is the same in every time zone. When every point falls on 31 December (yearly figures), the
 * axis has a tick at each year end labelled with the year.
 *
 * **Numbers.** Charts are for display, not arithmetic: the figures are computed exactly as
 * Decimals, then written into the spec as JavaScript numbers rounded half-up to 6 significant
 * digits, with a display label (`5万元`, `CNY 50,000`) in the tooltip.
 *
 * **Nothing to draw.** An assessment without figures (a qualitative target, a milestone, a
 * target with no value and no data) gives a spec of one text mark saying so (`没有可绘制的数据`,
 * `No figures to chart`), not an error, so that a dashboard can chart every target of a plan.
 *
 * Colours (Okabe–Ito): observations `#0072B2`, required path `#009E73`, projection `#CC79A7`,
 * target `#D55E00`.
 *
 * @param assessment - An assessment from `assessTarget` or `assessPlan`.
 * @param options - Locale, more observations, title.
 * @returns A fresh Vega-Lite v6 spec.
 * @throws `IndicatorError` `invalid-argument` when `assessment` is not an assessment or
 * an option has the wrong type (an unknown `locale`, `observations` not an array);
 * `invalid-period` naming `options.observations[i].period` for a period that does not exist;
 * `invalid-number` naming `options.observations[i].value` for a value that is not a decimal.
 *
 * @example
 * ```ts
 * import { assessPlan } from 'tianmu-indicators';
 * import { trajectoryChart } from 'tianmu-indicators/charts';
 * import { tianmushan } from 'tianmu-indicators/tianmushan';
 *
 * const scorecard = assessPlan(tianmushan, 'term-2022-2026');
 * const income = scorecard.assessments.find((a) => a.indicator === 'farmer-income-per-capita');
 * const spec = trajectoryChart(income!, { observations: [{ period: '2016', value: '27720' }] });
 * spec.$schema;
 * // => 'https://vega.github.io/schema/vega-lite/v6.json'
 * (spec.title as { text: string }).text;
 * // => '农民人均收入达到5万元'
 * const values = (spec.data as { values: { series: string; period: string; value: number }[] }).values;
 * values.filter((row) => row.series === 'required').map((row) => row.value);
 * // => [40000, 41825.6, 43734.5, 45730.5, 47817.6, 50000]
 * values.filter((row) => row.series === 'observed').map((row) => [row.period, row.value]);
 * // => [['2016', 27720], ['2021', 40000]]
 * (trajectoryChart(income!, { locale: 'en' }).title as { subtitle: string[] }).subtitle;
 * // => ['Required 4.56% a year', 'Status: Not assessable (not yet started); approximate figures']
 * ```
 *
 * @category Charts
 */
export function trajectoryChart(
  assessment: Assessment,
  options?: TrajectoryChartOptions,
): VegaLiteSpec {
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  assessment = readPlain(assessment, 'assessment') as Assessment;
  checkAssessment(assessment);
  const o = readOptions(options);
  const locale = readLocale(o.locale);
  const words = WORDS[locale];
  const title =
    readText(o.title, 'options.title') ?? assessment.title[locale === 'zh-CN' ? 'zh' : 'en'];
  const extra = readObservations(o.observations);
  const cumulative = assessment.kind === 'cumulative';
  const points = cumulative ? cumulativePoints(assessment, extra) : levelPoints(assessment, extra);
  const description = words.trajectoryDescription(title);
  if (points.length === 0) return messageSpec(locale, title, words.noFigures, description);

  // Stryker disable next-line ConditionalExpression: findUnit(null) is undefined too; the check narrows the type
  const unit = assessment.unit === null ? undefined : findUnit(assessment.unit);
  const names: Record<SeriesKey, string> = cumulative
    ? {
        observed: words.totalToDate,
        required: words.evenPace,
        projected: words.projectedPace,
        target: words.target,
      }
    : {
        observed: words.observed,
        required: words.required,
        projected: words.projected,
        target: words.target,
      };
  const values = points.map((point) => {
    const valueLabel = quantityLabel(point.value, unit, locale);
    return {
      series: point.series,
      seriesLabel: names[point.series],
      period: point.period,
      periodLabel: formatPeriodLabel(point.period, { locale }),
      date: point.day,
      value: displayNumber(point.value),
      valueLabel,
      note: point.series === 'target' ? `${words.target} ${valueLabel}` : valueLabel,
    };
  });
  const present = SERIES_ORDER.filter((key) => points.some((point) => point.series === key));
  const color = {
    field: 'seriesLabel',
    type: 'nominal',
    scale: {
      domain: present.map((key) => names[key]),
      range: present.map((key) => SERIES_COLORS[key]),
    },
    legend: legendOf(names, present),
  };
  const tooltip = [
    { field: 'seriesLabel', type: 'nominal', title: words.series },
    { field: 'periodLabel', type: 'nominal', title: words.period },
    { field: 'valueLabel', type: 'nominal', title: words.value },
  ];
  const only = (key: SeriesKey) => [{ filter: `datum.series === '${key}'` }];
  const marks: Record<SeriesKey, readonly Record<string, unknown>[]> = {
    required: [
      {
        transform: only('required'),
        mark: { type: 'line', strokeDash: [6, 4], strokeWidth: 2, point: { size: 24 } },
        encoding: { color, tooltip },
      },
    ],
    projected: [
      {
        transform: only('projected'),
        mark: { type: 'line', strokeDash: [2, 3], strokeWidth: 2.5 },
        encoding: { color, tooltip },
      },
    ],
    observed: [
      {
        transform: only('observed'),
        mark: { type: 'line', strokeWidth: 2.5, point: { size: 64, filled: true } },
        encoding: { color, tooltip },
      },
    ],
    target: [
      {
        transform: only('target'),
        mark: { type: 'point', shape: 'diamond', size: 170, filled: true, opacity: 1 },
        encoding: { color, tooltip },
      },
      {
        transform: only('target'),
        mark: {
          type: 'text',
          dy: -16,
          fontSize: 12,
          fontWeight: 'bold',
          color: SERIES_COLORS.target,
        },
        encoding: { text: { field: 'note', type: 'nominal' } },
      },
    ],
  };
  const layer = (['required', 'projected', 'observed', 'target'] as const)
    .filter((key) => present.includes(key))
    .flatMap((key) => marks[key]);

  const subtitle = subtitleOf(assessment, locale, points);
  // Stryker disable next-line ArrayDeclaration: the mutant's Latin words never overflow Vega's width estimate (0.55 em drawn, 0.8 em assumed per character)
  const targetNotes = values.flatMap((row) => (row.series === 'target' ? [row.note] : []));
  const right = Math.max(
    overflow([title], 15, WIDTH + 60),
    // Stryker disable next-line ArithmeticOperator: no subtitle the words can make is 500 pixels wide
    overflow(subtitle, 12, WIDTH + 60),
    Math.ceil(widthShortfall(targetNotes, 12) / 2),
  );
  const distinct = new Set(values.map((row) => row.value)).size;
  return {
    $schema: VEGA_LITE_SCHEMA,
    description,
    title: { text: title, subtitle },
    width: WIDTH,
    height: 300,
    padding: paddingFor(0, right),
    data: { values },
    encoding: {
      x: {
        field: 'date',
        type: 'temporal',
        title: null,
        scale: { type: 'utc', padding: 24 },
        axis: timeAxis(values.map((row) => row.date)),
      },
      y: {
        field: 'value',
        type: 'quantitative',
        title: unit === undefined ? null : locale === 'zh-CN' ? unit.zh : unit.enPlural,
        // A lone value (a target and nothing else) is drawn against zero.
        scale: { zero: cumulative || distinct < 2 },
      },
    },
    layer,
    config: baseConfig(locale),
  };
}

function checkAssessment(assessment: unknown): asserts assessment is Assessment {
  const value = assessment as Partial<Record<keyof Assessment, unknown>> | null;
  if (
    typeof value !== 'object' ||
    value === null ||
    typeof value.kind !== 'string' ||
    typeof value.title !== 'object' ||
    value.title === null ||
    typeof value.completion !== 'object'
  ) {
    throw new IndicatorError('invalid-argument', {
      field: 'assessment',
      value: typeof assessment,
      reason: 'expected an assessment from assessTarget or assessPlan',
    });
  }
}

function readObservations(observations: unknown): DatedValue[] {
  if (observations === undefined) return [];
  if (!Array.isArray(observations)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.observations',
      value: typeof observations,
      reason: 'expected an array of { period, value }',
    });
  }
  return observations.map((observation: unknown, index) => {
    const field = `options.observations[${index}]`;
    if (typeof observation !== 'object' || observation === null) {
      throw new IndicatorError('invalid-argument', {
        field,
        value: observation,
        reason: 'expected { period, value }',
      });
    }
    const { period, value } = observation as { period?: unknown; value?: unknown };
    // Stryker disable next-line ConditionalExpression: isValidPeriod rejects non-strings too; typeof narrows the type
    if (typeof period !== 'string' || !isValidPeriod(period)) {
      throw new IndicatorError('invalid-period', { field: `${field}.period`, value: period });
    }
    return dated(period, toDecimal(value as DecimalInput, `${field}.value`));
  });
}

/** Observations: the assessment's own first, then the extra ones for other periods, by date. */
function observedPoints(own: readonly DatedValue[], extra: readonly DatedValue[]): Point[] {
  const byPeriod = new Map<string, DatedValue>();
  for (const point of [...own, ...extra]) {
    if (!byPeriod.has(point.period)) byPeriod.set(point.period, point);
  }
  return [...byPeriod.values()]
    .sort((a, b) => {
      if (a.day < b.day) return -1;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: V8's sort only asks whether a result is below 0
      return a.day > b.day ? 1 : 0;
    })
    .map((point) => ({ ...point, series: 'observed' }));
}

function tagged(series: SeriesKey, path: readonly DatedValue[]): Point[] {
  return path.map((point) => ({ ...point, series }));
}

function levelPoints(assessment: Assessment, extra: readonly DatedValue[]): Point[] {
  const { baseline, latest, target } = assessment;
  const own: DatedValue[] = [];
  if (baseline !== null) own.push(dated(baseline.period, baseline.value));
  if (latest !== null) own.push(dated(latest.period, latest.value));
  const points = observedPoints(own, extra);
  if (target === null) return points;
  const goal = dated(target.period, target.value);
  if (baseline !== null && assessment.requiredAnnualRate !== null) {
    const start = dated(baseline.period, baseline.value);
    if (start.day < goal.day) points.push(...tagged('required', compoundPath(start, goal)));
  }
  if (latest !== null && assessment.projectedAtDeadline !== null) {
    const start = dated(latest.period, latest.value);
    const end = dated(target.period, assessment.projectedAtDeadline);
    if (start.day < end.day) points.push(...tagged('projected', compoundPath(start, end)));
  }
  points.push({ ...goal, series: 'target' });
  return points;
}

function cumulativePoints(assessment: Assessment, extra: readonly DatedValue[]): Point[] {
  const { target, sumToDate, latest } = assessment;
  const own: DatedValue[] = [];
  let sum: DatedValue | undefined;
  if (sumToDate !== null && latest !== null) {
    // The total is known at the as-of day, within the range.
    let day = assessment.asOf ?? endDay(latest.period);
    // Stryker disable next-line EqualityOperator: on the last day itself the day is unchanged
    if (target !== null && day > endDay(target.period)) day = endDay(target.period);
    sum = { period: day, day, value: sumToDate };
    own.push(sum);
  }
  const points = observedPoints(own, extra);
  if (target === null) return points;
  const end = endDay(target.period);
  points.push(...tagged('required', evenPacePath(target.period, target.value)));
  if (sum !== undefined && assessment.projectedAtDeadline !== null && sum.day < end) {
    points.push(
      { ...sum, series: 'projected' },
      {
        period: target.period,
        day: end,
        value: assessment.projectedAtDeadline,
        series: 'projected',
      },
    );
  }
  points.push({ period: target.period, day: end, value: target.value, series: 'target' });
  return points;
}

function quantityLabel(value: Decimal, unit: Unit | undefined, locale: Locale): string {
  if (unit === undefined) return String(displayNumber(value));
  return formatQuantity(value, unit, { locale, scale: 'auto' });
}

function subtitleOf(assessment: Assessment, locale: Locale, points: readonly Point[]): string[] {
  const words = WORDS[locale];
  // Stryker disable next-line ObjectLiteral: percents read alike in both locales and 2 digits is the default
  const percent = (rate: Decimal) => formatPercent(rate, { locale, maximumFractionDigits: 2 });
  const facts: string[] = [];
  if (assessment.kind === 'cumulative') {
    const { increment } = assessment.completion;
    if (increment !== null && assessment.timeElapsed !== null) {
      facts.push(words.completionLine(percent(increment), percent(assessment.timeElapsed)));
    }
  } else {
    if (assessment.requiredAnnualRate !== null) {
      facts.push(words.requiredRate(percent(assessment.requiredAnnualRate)));
    }
    if (assessment.actualAnnualRate !== null) {
      facts.push(words.actualRate(percent(assessment.actualAnnualRate)));
    }
  }
  const reason =
    assessment.reason === null ? '' : words.aside(REASON_LABELS[locale][assessment.reason]);
  const status = words.statusLine(`${STATUS_LABELS[locale][assessment.status]}${reason}`);
  const notes = [status];
  if (assessment.approximate) notes.push(words.approximate);
  if (!points.some((point) => point.series === 'observed')) notes.push(words.noObservations);
  const lines = [notes.join(words.separator)];
  if (facts.length > 0) lines.unshift(facts.join(words.separator));
  return lines.map((line) => `${line.charAt(0).toUpperCase()}${line.slice(1)}`);
}

/**
 * The legend draws each line as it is drawn in the chart (solid, dashed, dotted) and the
 * target as a diamond, so that the series can be told apart without colour.
 */
function legendOf(
  names: Readonly<Record<SeriesKey, string>>,
  present: readonly SeriesKey[],
): Record<string, unknown> {
  const is = (key: SeriesKey) => `datum.value === ${JSON.stringify(names[key])}`;
  // Wrapped in two columns when one row would be wider than the chart (by Vega's estimate).
  const row = present.reduce((sum, key) => sum + 0.8 * 11 * names[key].length + 50, 0);
  return {
    title: null,
    orient: 'bottom',
    // Stryker disable next-line EqualityOperator: no set of the fixed series names measures exactly 560
    ...(row > WIDTH ? { columns: 2 } : {}),
    columnPadding: 18,
    gridAlign: 'none',
    labelLimit: 400,
    symbolStrokeWidth: 2.5,
    encode: {
      symbols: {
        update: {
          shape: { signal: `${is('target')} ? 'diamond' : 'stroke'` },
          size: { signal: `${is('target')} ? 110 : 260` },
          strokeDash: {
            signal: `${is('required')} ? [6, 4] : ${is('projected')} ? [2, 3] : [1, 0]`,
          },
          stroke: { signal: "scale('color', datum.value)" },
          fill: { signal: `${is('target')} ? scale('color', datum.value) : 'transparent'` },
        },
      },
    },
  };
}

/** Year-end ticks labelled by year when every point is a 31 December; else Vega's own. */
function timeAxis(days: readonly string[]): Record<string, unknown> {
  if (!days.every((day) => day.endsWith('-12-31'))) return { labelAngle: 0, grid: false };
  const years = days.map((day) => Number(day.slice(0, 4)));
  const first = Math.min(...years);
  const last = Math.max(...years);
  const step = Math.max(1, Math.ceil((last - first) / 12));
  const values: Record<string, unknown>[] = [];
  for (let year = first; year <= last; year += step) {
    values.push({ year, month: 12, date: 31, utc: true });
  }
  return { values, format: '%Y', labelAngle: 0, grid: false };
}
