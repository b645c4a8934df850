/**
 * Private to the scorecard command: the table of annual targets judged on a year-to-date
 * figure (1–N月累计) while the year's own figure is not yet known.
 */
import type { Assessment, GrowthSource } from '../attainment/types.js';
import type { Decimal } from '../decimal/Decimal.js';
import { formatPercent } from '../format/formatPercent.js';
import { formatPeriodLabel } from '../format/formatPeriodLabel.js';
import type { Locale } from '../format/types.js';
import type { Target } from '../models/types.js';
import { toYearToDate } from '../periods/index.js';
import { renderTable, truncate } from './table.js';

const GROWTH_SOURCE_LABELS: Record<GrowthSource, { zh: string; en: string }> = {
  stated: { zh: '(公布)', en: ' (stated)' },
  computed: { zh: '(计算)', en: ' (computed)' },
};

/** The months a year-to-date figure covers, as a reader writes them: 2022年1—6月, January–June 2022. */
export function yearToDateLabel(period: string, locale: Locale): string {
  const span = toYearToDate(period);
  if (span === null) return formatPeriodLabel(period, { locale });
  const last = String(span.months).padStart(2, '0');
  return formatPeriodLabel(`${span.year}-01/${span.year}-${last}`, { locale });
}

function rate(value: Decimal | null): string {
  return value === null ? '—' : formatPercent(value);
}

/** What the scorecard's row gives this table. */
export interface YearToDateRow {
  readonly target: Target;
  readonly assessment: Assessment;
}

/**
 * The rows judged on a year-to-date figure, as a table: the figure with its months, its growth
 * on the same months a year earlier (stated by the source or computed from the two levels),
 * 序时进度, completion and status. `null` when no row was judged so.
 */
export function renderYearToDateTable(
  rows: readonly YearToDateRow[],
  locale: Locale,
  statusText: (assessment: Assessment) => string,
  quantity: (value: Decimal, unit: string | null) => string,
): string | null {
  const zh = locale === 'zh-CN';
  const key = zh ? 'zh' : 'en';
  const body = rows.flatMap(({ target, assessment }) => {
    const figure = assessment.yearToDate;
    if (figure === null) return [];
    const growth =
      figure.growthSource === null
        ? '—'
        : `${rate(figure.growth)}${GROWTH_SOURCE_LABELS[figure.growthSource][key]}`;
    const { completion } = assessment;
    // A growth judged as growth is completed by (1 + g)/(1 + p); a sum (level targets, and growth
    // targets with no growth to compare) by S/T.
    const done = completion.growth ?? completion.level;
    return [
      [
        truncate(target.title[key], 34),
        yearToDateLabel(figure.period, locale),
        quantity(figure.value, assessment.unit),
        growth,
        rate(assessment.timeElapsed),
        rate(done),
        statusText(assessment),
      ],
    ];
  });
  if (body.length === 0) return null;
  const title = zh
    ? '年内累计(全年数据公布前按1—N月累计数评估)'
    : "Year to date (annual targets judged on the months so far until the year's figure is out)";
  const header = zh
    ? ['目标', '累计期', '累计值', '累计同比', '序时进度', '完成率', '状态']
    : ['Target', 'Months', 'Year to date', 'Growth', 'Time elapsed', 'Completion', 'Status'];
  return `${title}\n${renderTable([header, ...body], { rightAligned: [2, 3, 4, 5] })}`;
}
