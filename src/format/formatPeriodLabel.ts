import {
  formatPeriod,
  type PeriodInput,
  parsePeriod,
  type SinglePeriod,
} from '../periods/index.js';
import { resolveLocale } from './internal.js';
import type { Locale } from './types.js';

/**
 * Options of {@link formatPeriodLabel}.
 *
 * @example
 * ```ts
 * import { formatPeriodLabel, type FormatPeriodLabelOptions } from 'tianmu-indicators';
 *
 * const options: FormatPeriodLabelOptions = { locale: 'en' };
 * formatPeriodLabel('2021-Q3', options);
 * // => 'Q3 2021'
 * ```
 *
 * @category Format
 */
export interface FormatPeriodLabelOptions {
  /** The display locale; `zh-CN` by default. */
  readonly locale?: Locale;
}

const ZH_QUARTERS = ['一', '二', '三', '四'] as const;
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/**
 * Formats a period for display: `2022年`, `2021年第三季度`, `2022—2026年` in `zh-CN`; `2022`,
 * `Q3 2021`, `2022–2026` in `en`.
 *
 * This is the reader's label; {@link formatPeriod} stays the canonical string (`2021-Q3`,
 * `2022/2026`) for data. Labels by kind, `zh-CN` then `en`: year `2022年` / `2022`; half
 * `2022年上半年` / `H1 2022`; quarter `2021年第三季度` / `Q3 2021`; month `2021年6月` /
 * `June 2021`; day `2021年6月30日` / `30 June 2021`. Ranges: two years share their suffix
 * (`2022—2026年` with an em dash, `2022–2026` with an en dash); two months of one year share
 * the year (`2021年1—6月`, `January–June 2021`); any other range joins both labels
 * (`2021年6月—2022年6月`, `June 2021 – June 2022`); a range from a period to itself is that
 * period's label.
 *
 * @param period - A period string (`2021-Q3`, `2022/2026`) or a {@link Period} object.
 * @param options - The locale.
 * @returns The display label.
 * @throws {@link IndicatorError} `invalid-period` when `period` is not a valid period;
 * `invalid-argument` naming `locale` for an unknown locale.
 *
 * @example
 * ```ts
 * import { formatPeriodLabel } from 'tianmu-indicators';
 *
 * formatPeriodLabel('2022');
 * // => '2022年'
 * formatPeriodLabel('2021-Q3');
 * // => '2021年第三季度'
 * formatPeriodLabel('2022/2026');
 * // => '2022—2026年'
 * formatPeriodLabel('2022/2026', { locale: 'en' });
 * // => '2022–2026'
 * formatPeriodLabel('2021-06-30', { locale: 'en' });
 * // => '30 June 2021'
 * ```
 *
 * @category Format
 */
export function formatPeriodLabel(period: PeriodInput, options?: FormatPeriodLabelOptions): string {
  const locale = resolveLocale(options);
  // formatPeriod checks a string or object and gives its canonical form; reading that back
  // gives a fresh, checked period whatever the caller handed over.
  const checked = parsePeriod(formatPeriod(period));
  const single = locale === 'zh-CN' ? chineseLabel : englishLabel;
  if (checked.kind !== 'range') return single(checked);
  const { start, end } = checked;
  if (formatPeriod(start) === formatPeriod(end)) return single(start);
  if (start.kind === 'year' && end.kind === 'year') {
    return locale === 'zh-CN' ? `${start.year}—${end.year}年` : `${start.year}–${end.year}`;
  }
  if (start.kind === 'month' && end.kind === 'month' && start.year === end.year) {
    return locale === 'zh-CN'
      ? `${start.year}年${start.month}—${end.month}月`
      : `${EN_MONTHS[start.month - 1]}–${EN_MONTHS[end.month - 1]} ${start.year}`;
  }
  return locale === 'zh-CN'
    ? `${single(start)}—${single(end)}`
    : `${single(start)} – ${single(end)}`;
}

function chineseLabel(period: SinglePeriod): string {
  switch (period.kind) {
    case 'year':
      return `${period.year}年`;
    case 'half':
      return `${period.year}年${period.half === 1 ? '上' : '下'}半年`;
    case 'quarter':
      return `${period.year}年第${ZH_QUARTERS[period.quarter - 1]}季度`;
    case 'month':
      return `${period.year}年${period.month}月`;
    case 'day':
      return `${period.year}年${period.month}月${period.day}日`;
  }
}

function englishLabel(period: SinglePeriod): string {
  switch (period.kind) {
    case 'year':
      return String(period.year);
    case 'half':
      return `H${period.half} ${period.year}`;
    case 'quarter':
      return `Q${period.quarter} ${period.year}`;
    case 'month':
      return `${EN_MONTHS[period.month - 1]} ${period.year}`;
    case 'day':
      return `${period.day} ${EN_MONTHS[period.month - 1]} ${period.year}`;
  }
}
