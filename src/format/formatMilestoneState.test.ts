import { describe, expect, it } from 'vitest';
import type { MilestoneState } from '../attainment/types.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { formatMilestoneState } from './formatMilestoneState.js';

const ALL: readonly [MilestoneState, string, string][] = [
  ['done', '已完成', 'done'],
  ['due', '推进中', 'under way'],
  ['overdue', '已逾期', 'overdue'],
  ['not-started', '未开工', 'not started'],
];

describe('formatMilestoneState', () => {
  it.each(ALL)('labels %s in zh-CN (the default) and en', (state, zh, en) => {
    expect(formatMilestoneState(state)).toBe(zh);
    expect(formatMilestoneState(state, { locale: 'zh-CN' })).toBe(zh);
    expect(formatMilestoneState(state, { locale: 'en' })).toBe(en);
  });

  it('rejects a word that is not a milestone state, naming the field and the value', () => {
    try {
      formatMilestoneState('hasOwnProperty' as MilestoneState);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IndicatorError);
      expect((error as IndicatorError).code).toBe('invalid-argument');
      expect((error as IndicatorError).details).toEqual({
        field: 'state',
        value: 'hasOwnProperty',
        reason: 'expected one of done, due, overdue, not-started',
      });
    }
  });
});
