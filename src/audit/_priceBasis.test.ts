import { describe, expect, it } from 'vitest';
import { claim, obs, town } from '../../test/fixtures/town.js';
import { Decimal } from '../decimal/Decimal.js';
import type { Claim, Observation } from '../models/types.js';
import { auditDataset } from './auditDataset.js';
import type { PriceBasisFinding } from './priceBasisFinding.js';

const audit = (observations: readonly Observation[], claims: readonly Claim[]) =>
  auditDataset(town(observations, claims));
const findings = (observations: readonly Observation[], claims: readonly Claim[]) =>
  auditDataset(town(observations, claims), { checks: ['price-basis'] })
    .findings as PriceBasisFinding[];

/** 地区生产总值从497.8亿元增加到779亿元,年均增长7.3% (at comparable prices). */
const levels = [obs('gdp', '2016', '497.8'), obs('gdp', '2021', '779')];
const gdp = (extra: Partial<Claim>) =>
  claim('gdp', 'gdp', '2016', '2021', { priceBasis: 'comparable', ...extra });

// Independently, at 60 digits.
const D60 = Decimal.clone({ precision: 60 });
const nominal = new D60('779').div('497.8').pow(new D60(1).div(5)).minus(1);
const priceChange = nominal.plus(1).div('1.073').minus(1);

describe('price-basis check', () => {
  it('sets 7.3% a year at comparable prices beside 9.3696% nominal: unverifiable, prices 1.9288% a year', () => {
    expect(nominal.toString().startsWith('0.09369572126629971')).toBe(true);
    expect(priceChange.toString().startsWith('0.01928771786234829')).toBe(true);
    const result = audit(levels, [gdp({ statedAnnualPercent: '7.3' })]);
    // Never inconsistent, and no other check judges the claim.
    expect(result.counts).toEqual({ consistent: 0, inconsistent: 0, unverifiable: 1 });
    const [finding] = result.findings as PriceBasisFinding[];
    expect([finding?.id, finding?.check, finding?.verdict, finding?.reason]).toEqual([
      'price-basis:gdp',
      'price-basis',
      'unverifiable',
      'price-basis',
    ]);
    expect(finding?.subject).toEqual(['gdp', 'gdp']);
    const n = finding?.numbers;
    expect(n?.nominalAnnualPercent?.toString()).toBe(
      nominal.times(100).toSignificantDigits(34).toString(),
    );
    expect(n?.impliedPriceChangePercent?.toString()).toBe(
      priceChange.times(100).toSignificantDigits(34).toString(),
    );
    expect(n?.nominalPercent?.toString()).toBe(
      new D60('779').div('497.8').minus(1).times(100).toSignificantDigits(34).toString(),
    );
    expect([n?.statedAnnualPercent, n?.statedPercent, n?.years].map(String)).toEqual([
      '7.3',
      'undefined',
      '5',
    ]);
    expect(finding?.message).toEqual({
      zh: '地区生产总值:2016年497.8亿元至2021年779亿元按现价年均增长9.3696%,所述年均按可比价7.3%为实际增速,不能用现价水平核实;两者相差即价格年均变动1.9288%。',
      en: 'Gross domestic product: CNY 49.78 billion (2016) to CNY 77.9 billion (2021) is 9.3696% a year at current prices; the stated 7.3% a year at comparable prices is a real growth that current-price levels cannot verify; together they imply prices changing 1.9288% a year.',
    });
  });

  it('gives the span’s price change for a total change at comparable prices', () => {
    const [finding] = findings(levels, [gdp({ statedPercent: '42' })]);
    const total = new D60('779').div('497.8');
    expect(finding?.numbers.impliedPriceChangePercent?.toString()).toBe(
      total.div('1.42').minus(1).times(100).toSignificantDigits(34).toString(),
    );
    expect(String(finding?.numbers.statedPercent)).toBe('42');
    expect(finding?.message.en).toBe(
      'Gross domestic product: CNY 49.78 billion (2016) to CNY 77.9 billion (2021) is 56.4885% at current prices; the stated 42% at comparable prices is a real growth that current-price levels cannot verify; together they imply prices changing 10.2032%.',
    );
  });

  it.each([
    [
      'a level missing',
      [levels[0] as Observation],
      gdp({ statedAnnualPercent: '7.3' }),
      'missing-level',
      {
        zh: '地区生产总值:缺少2021的观测值,所述年均按可比价7.3%无法核实。',
        en: 'Gross domestic product: no observation for 2021, so the stated 7.3% a year at comparable prices is unverifiable.',
      },
    ],
    [
      'an unknown indicator',
      levels,
      { ...gdp({ statedPercent: '42' }), indicator: 'nothing' },
      'unknown-indicator',
      {
        zh: '说法gdp所指指标nothing不在数据集中,无法核实。',
        en: 'Claim gdp names indicator nothing, which the dataset does not hold: unverifiable.',
      },
    ],
    [
      'a base of zero',
      [obs('gdp', '2016', '0'), levels[1] as Observation],
      gdp({ statedPercent: '42' }),
      'non-positive-base',
      {
        zh: '地区生产总值:2016年0亿元至2021年779亿元,基数不为正,无从比较所述按可比价42%。',
        en: 'Gross domestic product: CNY 0 (2016) to CNY 77.9 billion (2021) starts from a base that is not positive; the stated 42% at comparable prices cannot be compared.',
      },
    ],
    [
      'a fall below zero and an annual rate',
      [levels[0] as Observation, obs('gdp', '2021', '-1')],
      gdp({ statedAnnualPercent: '7.3' }),
      'sign-change',
      {
        zh: '地区生产总值:2016年497.8亿元至2021年-1亿元没有年均增速可比,所述年均按可比价7.3%无法核实。',
        en: 'Gross domestic product: CNY 49.78 billion (2016) to -CNY 100 million (2021) give no annual rate to compare; the stated 7.3% a year at comparable prices is unverifiable.',
      },
    ],
    [
      'two period totals and an annual rate',
      [obs('gdp', '2006/2010', '0.8'), obs('gdp', '2011/2015', '2')],
      claim('gdp', 'gdp', '2006/2010', '2011/2015', {
        priceBasis: 'comparable',
        statedAnnualPercent: '20',
      }),
      'period-totals',
      {
        zh: '地区生产总值:2006—2010年0.8亿元至2011—2015年2亿元为两期合计,没有年均增速可比,所述年均按可比价20%无法核实。',
        en: 'Gross domestic product: CNY 80 million (2006/2010) to CNY 200 million (2011/2015) are two period totals and give no annual rate to compare; the stated 20% a year at comparable prices is unverifiable.',
      },
    ],
  ] as const)('is unverifiable with %s', (_, observations, theClaim, reason, message) => {
    const [finding] = findings(observations, [theClaim as Claim]);
    expect([finding?.verdict, finding?.reason]).toEqual(['unverifiable', reason]);
    expect(finding?.message).toEqual(message);
  });

  it('gives a total change between two period totals without an annual rate', () => {
    const [finding] = findings(
      [obs('gdp', '2006/2010', '0.8'), obs('gdp', '2011/2015', '2')],
      [
        claim('gdp', 'gdp', '2006/2010', '2011/2015', {
          priceBasis: 'comparable',
          statedPercent: '140',
        }),
      ],
    );
    expect(finding?.reason).toBe('price-basis');
    expect(finding?.numbers.nominalAnnualPercent).toBeUndefined();
    expect(String(finding?.numbers.nominalPercent)).toBe('150');
  });

  it('leaves current-price claims to the claim and annual-claim checks', () => {
    expect(findings(levels, [gdp({ statedAnnualPercent: '9.4', priceBasis: 'current' })])).toEqual(
      [],
    );
    const result = audit(levels, [gdp({ statedAnnualPercent: '9.4', priceBasis: undefined })]);
    expect(result.findings.map((f) => [f.check, f.verdict])).toEqual([
      ['annual-claim', 'consistent'],
    ]);
  });
});
