import { describe, expect, it } from 'vitest';
import type { NotAssessableReason } from '../attainment/types.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { formatReason } from './formatReason.js';

const ALL: readonly [NotAssessableReason, string, string][] = [
  ['no-data', '无数据', 'no data'],
  ['no-baseline', '无基期数据', 'no baseline'],
  ['not-yet-started', '尚未开始', 'not yet started'],
  ['zero-base', '基期为零', 'zero baseline'],
  ['sign-change', '正负变化', 'sign change'],
  ['qualitative', '定性目标', 'qualitative'],
  ['price-basis', '缺可比价增速', 'price basis'],
];

describe('formatReason', () => {
  it.each(ALL)('labels %s in zh-CN (the default) and en', (reason, zh, en) => {
    expect(formatReason(reason)).toBe(zh);
    expect(formatReason(reason, { locale: 'zh-CN' })).toBe(zh);
    expect(formatReason(reason, { locale: 'en' })).toBe(en);
  });

  it('rejects a word that is not a reason, naming the field and the value', () => {
    try {
      formatReason('achieved' as NotAssessableReason);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(IndicatorError);
      expect((error as IndicatorError).code).toBe('invalid-argument');
      expect((error as IndicatorError).details).toEqual({
        field: 'reason',
        value: 'achieved',
        reason:
          'expected one of no-data, no-baseline, not-yet-started, zero-base, sign-change, qualitative, price-basis',
      });
    }
  });
});
