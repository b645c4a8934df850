import { describe, expect, it } from 'vitest';
import type { AssessmentStatus } from '../attainment/types.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { formatStatus } from './formatStatus.js';

const ALL: readonly [AssessmentStatus, string, string][] = [
  ['achieved', '已实现', 'Achieved'],
  ['on-track', '进展顺利', 'On track'],
  ['needs-acceleration', '需加快', 'Needs acceleration'],
  ['limited-progress', '进展有限', 'Limited progress'],
  ['deterioration', '倒退', 'Deterioration'],
  ['not-assessable', '无法评估', 'Not assessable'],
];

describe('formatStatus', () => {
  it.each(ALL)('labels %s in zh-CN (the default) and en', (status, zh, en) => {
    expect(formatStatus(status)).toBe(zh);
    expect(formatStatus(status, { locale: 'zh-CN' })).toBe(zh);
    expect(formatStatus(status, { locale: 'en' })).toBe(en);
  });

  it('labels missed (未完成)', () => {
    expect(formatStatus('missed' as AssessmentStatus)).toBe('未完成');
    expect(formatStatus('missed' as AssessmentStatus, { locale: 'en' })).toBe('Missed');
  });

  it('rejects a word that is not a status, naming the field and the value', () => {
    for (const value of ['on track', 'toString', '', 7, null]) {
      try {
        formatStatus(value as AssessmentStatus);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(IndicatorError);
        expect((error as IndicatorError).code).toBe('invalid-argument');
        expect((error as IndicatorError).details).toMatchObject({ field: 'status', value });
        expect((error as IndicatorError).details.reason).toBe(
          'expected one of achieved, on-track, needs-acceleration, limited-progress, deterioration, missed, not-assessable',
        );
      }
    }
  });

  it('rejects an unknown locale', () => {
    expect(() => formatStatus('achieved', { locale: 'fr' as 'en' })).toThrow(
      expect.objectContaining({
        code: 'invalid-argument',
        details: expect.objectContaining({ field: 'locale' }),
      }),
    );
  });
});
