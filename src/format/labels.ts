/**
 * The one table of words for statuses, reasons and milestone states, in zh-CN and en: used by
 * `formatStatus`, `formatReason`, `formatMilestoneState`, the charts and the command, and listed
 * in docs/glossary.md. Private to the package (not exported).
 */
import type { AssessmentStatus, MilestoneState, NotAssessableReason } from '../attainment/types.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Locale } from './types.js';

/**
 * The statuses a label exists for. `'missed'` (未完成) is listed ahead of its place in
 * {@link AssessmentStatus}; once the union holds it, `| 'missed'` is redundant.
 */
export type LabelledStatus = AssessmentStatus | 'missed';

export const STATUS_LABELS: Readonly<Record<Locale, Readonly<Record<LabelledStatus, string>>>> = {
  'zh-CN': {
    achieved: '已实现',
    'on-track': '进展顺利',
    'needs-acceleration': '需加快',
    'limited-progress': '进展有限',
    deterioration: '倒退',
    missed: '未完成',
    'not-assessable': '无法评估',
  },
  en: {
    achieved: 'Achieved',
    'on-track': 'On track',
    'needs-acceleration': 'Needs acceleration',
    'limited-progress': 'Limited progress',
    deterioration: 'Deterioration',
    missed: 'Missed',
    'not-assessable': 'Not assessable',
  },
};

export const REASON_LABELS: Readonly<
  Record<Locale, Readonly<Record<NotAssessableReason, string>>>
> = {
  'zh-CN': {
    'no-data': '无数据',
    'no-baseline': '无基期数据',
    'not-yet-started': '尚未开始',
    'zero-base': '基期为零',
    'sign-change': '正负变化',
    qualitative: '定性目标',
    'price-basis': '缺可比价增速',
  },
  en: {
    'no-data': 'no data',
    'no-baseline': 'no baseline',
    'not-yet-started': 'not yet started',
    'zero-base': 'zero baseline',
    'sign-change': 'sign change',
    qualitative: 'qualitative',
    'price-basis': 'price basis',
  },
};

export const MILESTONE_LABELS: Readonly<Record<Locale, Readonly<Record<MilestoneState, string>>>> =
  {
    'zh-CN': { done: '已完成', due: '推进中', overdue: '已逾期', 'not-started': '未开工' },
    en: { done: 'done', due: 'under way', overdue: 'overdue', 'not-started': 'not started' },
  };

/** Looks a word up, naming the field and the value when the table has no such key. */
export function labelOf(
  table: Readonly<Record<string, string>>,
  field: string,
  key: unknown,
): string {
  if (typeof key === 'string' && Object.hasOwn(table, key)) return table[key] as string;
  throw new IndicatorError('invalid-argument', {
    field,
    value: key,
    reason: `expected one of ${Object.keys(table).join(', ')}`,
  });
}
