import type { MilestoneState } from '../attainment/types.js';
import { resolveLocale } from './internal.js';
import { labelOf, MILESTONE_LABELS } from './labels.js';
import type { Locale } from './types.js';

/**
 * Options of {@link formatMilestoneState}.
 *
 * @example
 * ```ts
 * import { formatMilestoneState, type FormatMilestoneStateOptions } from 'tianmu-indicators';
 *
 * const options: FormatMilestoneStateOptions = { locale: 'en' };
 * formatMilestoneState('due', options);
 * // => 'under way'
 * ```
 *
 * @category Format
 */
export interface FormatMilestoneStateOptions {
  /** The display locale; `zh-CN` by default. */
  readonly locale?: Locale;
}

/**
 * The words for where a milestone stands: `overdue` is 已逾期 in `zh-CN`, `overdue` in `en`.
 *
 * The same words label the command's scorecard and the charts; docs/glossary.md lists them all
 * (已完成, 推进中, 已逾期, 未开工).
 *
 * @param state - A {@link MilestoneState}.
 * @param options - The locale.
 * @returns The label.
 * @throws {@link IndicatorError} `invalid-argument` when `state` is not a milestone state, or
 *   the locale not `zh-CN` or `en`.
 *
 * @example
 * ```ts
 * import { formatMilestoneState } from 'tianmu-indicators';
 *
 * formatMilestoneState('not-started');
 * // => '未开工'
 * formatMilestoneState('done', { locale: 'en' });
 * // => 'done'
 * ```
 *
 * @category Format
 */
export function formatMilestoneState(
  state: MilestoneState,
  options?: FormatMilestoneStateOptions,
): string {
  return labelOf(MILESTONE_LABELS[resolveLocale(options)], 'state', state);
}
