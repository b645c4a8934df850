import { describe, expect, it } from 'vitest';
import { claim, obs, town } from '../../test/fixtures/town.js';
import { Decimal } from '../decimal/Decimal.js';
import type { Claim, Observation } from '../models/types.js';
import { auditDataset } from './auditDataset.js';
import type { AnnualClaimFinding } from './claimFindings.js';

const findings = (observations: readonly Observation[], claims: readonly Claim[]) =>
  auditDataset(town(observations, claims), { checks: ['annual-claim'] })
    .findings as AnnualClaimFinding[];

/** 规上工业产值从1236亿元增加到1935.8亿元,年均增长9.4%. */
const levels = [
  obs('industry-above-size', '2016', '1236'),
  obs('industry-above-size', '2021', '1935.8'),
];
const annual = (percent: string, extra: Partial<Claim> = {}) =>
  claim('industry', 'industry-above-size', '2016', '2021', {
    statedAnnualPercent: percent,
    ...extra,
  });

// Independently: the fifth root at 60 digits by decimal.js's own power.
const D60 = Decimal.clone({ precision: 60 });
const rate = new D60('1935.8').div('1236').pow(new D60(1).div(5)).minus(1);

describe('annual-claim check', () => {
  it('finds (1935.8/1236)^(1/5) − 1 = 9.3877…%: "年均增长9.4%" consistent', () => {
    expect(rate.toString().startsWith('0.09387677849519244')).toBe(true);
    const [finding, ...rest] = findings(levels, [annual('9.4')]);
    expect(rest).toEqual([]);
    expect([finding?.id, finding?.verdict, finding?.reason]).toEqual([
      'annual-claim:industry',
      'consistent',
      null,
    ]);
    expect(finding?.subject).toEqual(['industry', 'industry-above-size']);
    const n = finding?.numbers;
    expect(n?.exactAnnualPercent?.toString()).toBe(
      rate.times(100).toSignificantDigits(34).toString(),
    );
    expect(
      [n?.statedAnnualPercent, n?.years, n?.fromValue, n?.toValue, n?.roundedAnnualPercent].map(
        String,
      ),
    ).toEqual(['9.4', '5', '1236', '1935.8', '9.4']);
    expect(n?.lowestAnnualPercent?.eq(n.exactAnnualPercent as Decimal)).toBe(true);
    expect(n?.highestAnnualPercent?.eq(n.exactAnnualPercent as Decimal)).toBe(true);
    expect(finding?.message).toEqual({
      zh: '规上工业产值:2016年1,236亿元至2021年1,935.8亿元,年均增长9.3877%,所述年均9.4%:相符。',
      en: 'Industrial output above size: CNY 123.6 billion (2016) to CNY 193.58 billion (2021) is 9.3877% a year; stated 9.4% a year: consistent.',
    });
  });

  it('finds "年均增长9.3%" inconsistent, and 9.39 consistent at two decimals', () => {
    expect(findings(levels, [annual('9.3')])[0]?.verdict).toBe('inconsistent');
    expect(findings(levels, [annual('9.39')])[0]?.verdict).toBe('consistent');
    expect(findings(levels, [annual('9.38')])[0]?.verdict).toBe('inconsistent');
  });

  it('widens the rate by the levels’ qualifiers', () => {
    const about = [
      obs('industry-above-size', '2016', '1200', { qualifier: 'approximately' }),
      obs('industry-above-size', '2021', '1935.8'),
    ];
    const [finding] = findings(about, [annual('9.3')]);
    // 约1200 is 1150 to 1250.
    expect(finding?.verdict).toBe('consistent');
    expect(finding?.numbers.highestAnnualPercent?.toFixed(4)).toBe(
      new D60('1935.8').div('1150').pow(new D60(1).div(5)).minus(1).times(100).toFixed(4),
    );
    expect(finding?.message.en).toContain("(the levels' qualifiers allow");
    expect(finding?.message.zh).toContain('(约数允许');
  });

  it.each([
    [
      'a level missing',
      [levels[1] as Observation],
      annual('9.4'),
      'missing-level',
      {
        zh: '规上工业产值:缺少2016的观测值,所述年均增长9.4%无法核实。',
        en: 'Industrial output above size: no observation for 2016, so the stated 9.4% a year is unverifiable.',
      },
    ],
    [
      'an unknown indicator',
      levels,
      { ...annual('9.4'), indicator: 'nothing' },
      'unknown-indicator',
      {
        zh: '说法industry所指指标nothing不在数据集中,无法核实。',
        en: 'Claim industry names indicator nothing, which the dataset does not hold: unverifiable.',
      },
    ],
    [
      'a base of zero',
      [obs('industry-above-size', '2016', '0'), levels[1] as Observation],
      annual('9.4'),
      'non-positive-base',
      {
        zh: '规上工业产值:2016年0亿元至2021年1,935.8亿元之间没有年均增速,所述9.4%无法核实。',
        en: 'Industrial output above size: CNY 0 (2016) to CNY 193.58 billion (2021) has no compound annual rate; the stated 9.4% is unverifiable.',
      },
    ],
    [
      'a fall below zero',
      [levels[0] as Observation, obs('industry-above-size', '2021', '-1')],
      annual('9.4'),
      'sign-change',
      {
        zh: '规上工业产值:2016年1,236亿元至2021年-1亿元之间没有年均增速,所述9.4%无法核实。',
        en: 'Industrial output above size: CNY 123.6 billion (2016) to -CNY 100 million (2021) has no compound annual rate; the stated 9.4% is unverifiable.',
      },
    ],
    [
      'two periods that end together',
      [obs('industry-above-size', '2021-Q4', '500'), levels[1] as Observation],
      { ...annual('9.4'), fromPeriod: '2021-Q4' },
      'no-elapsed-time',
      {
        zh: '规上工业产值:2021年第四季度500亿元至2021年1,935.8亿元之间没有年均增速,所述9.4%无法核实。',
        en: 'Industrial output above size: CNY 50 billion (2021-Q4) to CNY 193.58 billion (2021) has no compound annual rate; the stated 9.4% is unverifiable.',
      },
    ],
    [
      'two multi-year totals (十一五 → 十二五)',
      [obs('fiscal-revenue', '2006/2010', '0.8'), obs('fiscal-revenue', '2011/2015', '2')],
      claim('fiscal', 'fiscal-revenue', '2006/2010', '2011/2015', { statedAnnualPercent: '20' }),
      'period-totals',
      {
        zh: '财政收入:2006—2010年与2011—2015年是两期合计,两者之间没有年均增速,所述年均20%无法核实。',
        en: 'Fiscal revenue: 2006/2010 and 2011/2015 are two period totals, between which there is no annual rate; the stated 20% a year is unverifiable.',
      },
    ],
  ] as const)('is unverifiable with %s', (_, observations, theClaim, reason, message) => {
    const [finding] = findings(observations, [theClaim as Claim]);
    expect([finding?.verdict, finding?.reason]).toEqual(['unverifiable', reason]);
    expect(finding?.message).toEqual(message);
  });

  it('leaves comparable-price claims and total changes to other checks', () => {
    expect(findings(levels, [annual('9.4', { priceBasis: 'comparable' })])).toEqual([]);
    expect(
      findings(levels, [
        claim('t', 'industry-above-size', '2016', '2021', { statedPercent: '56.6' }),
      ]),
    ).toEqual([]);
    expect(findings(levels, [annual('9.4', { priceBasis: 'current' })])[0]?.verdict).toBe(
      'consistent',
    );
  });
});
