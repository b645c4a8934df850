import type { AssessmentStatus } from '../attainment/types.js';
import { resolveLocale } from './internal.js';
import { labelOf, STATUS_LABELS } from './labels.js';
import type { Locale } from './types.js';

/**
 * Options of {@link formatStatus}.
 *
 * @example
 * ```ts
 * import { formatStatus, type FormatStatusOptions } from 'tianmu-indicators';
 *
 * const options: FormatStatusOptions = { locale: 'en' };
 * formatStatus('needs-acceleration', options);
 * // => 'Needs acceleration'
 * ```
 *
 * @category Format
 */
export interface FormatStatusOptions {
  /** The display locale; `zh-CN` by default. */
  readonly locale?: Locale;
}

/**
 * The words for an assessment status: `on-track` is 进展顺利 in `zh-CN`, `On track` in `en`.
 *
 * The same words label the command's scorecard and the charts; docs/glossary.md lists them all
 * (已实现, 进展顺利, 需加快, 进展有限, 倒退, 未完成, 无法评估).
 *
 * @param status - An {@link AssessmentStatus}.
 * @param options - The locale.
 * @returns The label.
 * @throws {@link IndicatorError} `invalid-argument` when `status` is not a status, or the
 *   locale not `zh-CN` or `en`.
 *
 * @example
 * ```ts
 * import { formatStatus } from 'tianmu-indicators';
 *
 * formatStatus('on-track');
 * // => '进展顺利'
 * formatStatus('not-assessable', { locale: 'en' });
 * // => 'Not assessable'
 * ```
 *
 * @category Format
 */
export function formatStatus(status: AssessmentStatus, options?: FormatStatusOptions): string {
  return labelOf(STATUS_LABELS[resolveLocale(options)], 'status', status);
}
