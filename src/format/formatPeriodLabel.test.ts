import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import type { Period } from '../periods/index.js';
import { formatPeriodLabel } from './formatPeriodLabel.js';

describe('formatPeriodLabel', () => {
  it.each([
    ['2022', '2022年', '2022'],
    ['2022-H1', '2022年上半年', 'H1 2022'],
    ['2022-S2', '2022年下半年', 'H2 2022'],
    ['2021-Q1', '2021年第一季度', 'Q1 2021'],
    ['2021-Q2', '2021年第二季度', 'Q2 2021'],
    ['2021-Q3', '2021年第三季度', 'Q3 2021'],
    ['2021-Q4', '2021年第四季度', 'Q4 2021'],
    ['2021-06', '2021年6月', 'June 2021'],
    ['2021-01', '2021年1月', 'January 2021'],
    ['2021-12', '2021年12月', 'December 2021'],
    ['2021-06-30', '2021年6月30日', '30 June 2021'],
    ['2021-12-25', '2021年12月25日', '25 December 2021'],
    ['2022/2026', '2022—2026年', '2022–2026'],
    ['2021-01/2021-06', '2021年1—6月', 'January–June 2021'],
    ['2021-06/2022-06', '2021年6月—2022年6月', 'June 2021 – June 2022'],
    ['2021-Q1/2021-Q3', '2021年第一季度—2021年第三季度', 'Q1 2021 – Q3 2021'],
    ['2021/2022-06', '2021年—2022年6月', '2021 – June 2022'],
    ['2021-06-01/2021-12-25', '2021年6月1日—2021年12月25日', '1 June 2021 – 25 December 2021'],
    ['2022/2022', '2022年', '2022'],
  ])('labels %s as %s and %s', (text, zh, en) => {
    expect(formatPeriodLabel(text)).toBe(zh);
    expect(formatPeriodLabel(text, { locale: 'zh-CN' })).toBe(zh);
    expect(formatPeriodLabel(text, { locale: 'en' })).toBe(en);
  });

  it('accepts Period objects', () => {
    const quarter: Period = { kind: 'quarter', year: 2021, quarter: 3 };
    expect(formatPeriodLabel(quarter)).toBe('2021年第三季度');
    const range: Period = {
      kind: 'range',
      start: { kind: 'year', year: 2022 },
      end: { kind: 'year', year: 2026 },
    };
    expect(formatPeriodLabel(range, { locale: 'en' })).toBe('2022–2026');
  });

  it('rejects invalid periods with invalid-period', () => {
    expect(errorOf(() => formatPeriodLabel('2021-Q5')).code).toBe('invalid-period');
    expect(errorOf(() => formatPeriodLabel('2026/2022')).code).toBe('invalid-period');
    expect(
      errorOf(() => formatPeriodLabel({ kind: 'month', year: 2021, month: 13 } as Period)).code,
    ).toBe('invalid-period');
    expect(errorOf(() => formatPeriodLabel(null as unknown as string)).code).toBe('invalid-period');
  });

  it('rejects an unknown locale with invalid-argument', () => {
    const error = errorOf(() => formatPeriodLabel('2022', { locale: 'zh-TW' as never }));
    expect(error.code).toBe('invalid-argument');
    expect(error.details.field).toBe('locale');
    expect(errorOf(() => formatPeriodLabel('2022', 'en' as never)).details.field).toBe('options');
  });
});
