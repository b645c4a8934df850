import type { NotAssessableReason } from '../attainment/types.js';
import { resolveLocale } from './internal.js';
import { labelOf, REASON_LABELS } from './labels.js';
import type { Locale } from './types.js';

/**
 * Options of {@link formatReason}.
 *
 * @example
 * ```ts
 * import { formatReason, type FormatReasonOptions } from 'tianmu-indicators';
 *
 * const options: FormatReasonOptions = { locale: 'en' };
 * formatReason('zero-base', options);
 * // => 'zero baseline'
 * ```
 *
 * @category Format
 */
export interface FormatReasonOptions {
  /** The display locale; `zh-CN` by default. */
  readonly locale?: Locale;
}

/**
 * The words for the reason a target is not assessable: `no-baseline` is 无基期数据 in `zh-CN`,
 * `no baseline` in `en`.
 *
 * The same words label the command's scorecard and the charts; docs/glossary.md lists them all.
 *
 * @param reason - A {@link NotAssessableReason}.
 * @param options - The locale.
 * @returns The label.
 * @throws {@link IndicatorError} `invalid-argument` when `reason` is not a reason, or the
 *   locale not `zh-CN` or `en`.
 *
 * @example
 * ```ts
 * import { formatReason } from 'tianmu-indicators';
 *
 * formatReason('no-baseline');
 * // => '无基期数据'
 * formatReason('qualitative', { locale: 'en' });
 * // => 'qualitative'
 * ```
 *
 * @category Format
 */
export function formatReason(reason: NotAssessableReason, options?: FormatReasonOptions): string {
  return labelOf(REASON_LABELS[resolveLocale(options)], 'reason', reason);
}
