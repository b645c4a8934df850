import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { parseDataset } from '../models/parseDataset.js';
import type { Dataset, Observation } from '../models/types.js';
import { buildContext } from './_context.js';
import { checkStatedGrowth } from './_statedGrowth.js';
import { auditDataset } from './auditDataset.js';

const source = { document: 'report-2021', section: '月报', quote: 'q' };

function observation(period: string, value: string, extra: Partial<Observation> = {}): Observation {
  return {
    indicator: 'industrial-output',
    period,
    value,
    status: 'actual',
    qualifier: null,
    source,
    ...extra,
  };
}

function mini(observations: Observation[]): Dataset {
  const dataset = structuredClone(miniDataset) as unknown as Dataset;
  dataset.observations.push(...observations);
  return parseDataset(dataset);
}

function findings(observations: Observation[]) {
  return checkStatedGrowth(buildContext(mini(observations), {}));
}

function only(observations: Observation[]) {
  const list = findings(observations);
  expect(list).toHaveLength(1);
  return list[0]!;
}

describe('stated-growth check', () => {
  it('finds 1–6月 4.18亿元 on 4.0亿元 consistent with a stated 4.5%', () => {
    const finding = only([
      observation('2021-01/2021-06', '4.0'),
      observation('2022-01/2022-06', '4.18', { yearOverYearPercent: '4.5' }),
    ]);
    expect(finding.id).toBe('stated-growth:industrial-output:2022-01/2022-06:actual');
    expect(finding.check).toBe('stated-growth');
    expect(finding.subject).toEqual(['industrial-output']);
    expect(finding.verdict).toBe('consistent');
    expect(finding.reason).toBeNull();
    const n = finding.numbers;
    expect([
      n.period,
      n.basePeriod,
      n.unit,
      n.status,
      n.statedPercent.toString(),
      n.value.toString(),
      n.baseValue.toString(),
      n.exactPercent?.toString(),
      n.roundedPercent?.toString(),
      n.tolerance?.toString(),
      n.difference?.toString(),
    ]).toEqual([
      '2022-01/2022-06',
      '2021-01/2021-06',
      'yi-yuan',
      'actual',
      '4.5',
      '4.18',
      '4',
      '4.5',
      '4.5',
      '0.05',
      '0',
    ]);
    expect(n).not.toHaveProperty('priceBasis');
    expect(finding.message).toEqual({
      zh: '规上工业总产值:2021年1—6月4亿元至2022年1—6月4.18亿元,实际同比4.5%,所述4.5%:相符。',
      en: 'Industrial output above designated size: CNY 400 million (2021-01/2021-06) to CNY 418 million (2022-01/2022-06) is 4.5%; stated 4.5%: consistent.',
    });
  });

  it('finds a stated figure the levels do not round to inconsistent, at its stated precision', () => {
    const finding = only([
      observation('2021-H1', '4.0'),
      observation('2022-01/2022-06', '4.18', { yearOverYearPercent: '4.6', id: 'h1-2022' }),
    ]);
    expect(finding.verdict).toBe('inconsistent');
    expect(finding.id).toBe('stated-growth:h1-2022');
    expect(finding.subject).toEqual(['h1-2022', 'industrial-output']);
    expect(finding.numbers.basePeriod).toBe('2021-01/2021-06');
    expect(finding.numbers.difference?.toString()).toBe('-0.1');
    expect(finding.message.en).toMatch(/stated 4\.6%: inconsistent\.$/);
    // 4.50 is stated to two decimals: 4.5 is within 0.005 of it.
    expect(
      only([
        observation('2021-H1', '4.0'),
        observation('2022-H1', '4.1802', { yearOverYearPercent: '4.50' }),
      ]).verdict,
    ).toBe('inconsistent');
  });

  it('converts units, and widens the levels by their qualifiers', () => {
    const finding = only([
      observation('2021-Q1/2021-Q3', '60000', { unit: 'wan-yuan', qualifier: 'approximately' }),
      observation('2022-Q1/2022-Q3', '6.3', { yearOverYearPercent: '6' }),
    ]);
    expect(finding.verdict).toBe('consistent');
    expect(finding.numbers.baseValue.toString()).toBe('6');
    expect(finding.numbers.basePeriod).toBe('2021-Q1/2021-Q3');
    expect(finding.numbers.exactPercent?.toString()).toBe('5');
    expect(finding.message.zh).toContain('(约数允许');
    expect(finding.message.en).toContain("(the levels' qualifiers allow -3.08% to 14.55%)");
  });

  it('takes the base of the best status, and checks each observation that states a growth', () => {
    const list = findings([
      observation('2021-H1', '4.2', { status: 'estimated' }),
      observation('2021-H1', '4.0'),
      observation('2022-H1', '4.18', { yearOverYearPercent: '4.5' }),
      observation('2022-H1', '4.4', { status: 'forecast', yearOverYearPercent: '10' }),
    ]);
    expect(list.map((f) => [f.id, f.verdict, f.numbers.baseValue.toString()])).toEqual([
      ['stated-growth:industrial-output:2022-H1:actual', 'consistent', '4'],
      ['stated-growth:industrial-output:2022-H1:forecast', 'consistent', '4'],
    ]);
  });

  it('gives a growth at comparable prices as unverifiable, with the growth at current prices', () => {
    const finding = only([
      observation('2021-H1', '4.0'),
      observation('2022-H1', '4.18', { yearOverYearPercent: '3.1', priceBasis: 'comparable' }),
    ]);
    expect([finding.verdict, finding.reason, finding.numbers.priceBasis]).toEqual([
      'unverifiable',
      'price-basis',
      'comparable',
    ]);
    expect(finding.numbers.exactPercent?.toString()).toBe('4.5');
    expect(finding.message).toEqual({
      zh: '规上工业总产值:2021年上半年4亿元至2022年上半年4.18亿元,现价增长4.5%;所述同比3.1%按可比价计算,不能以现价水平核实。',
      en: 'Industrial output above designated size: CNY 400 million (2021-H1) to CNY 418 million (2022-H1) is 4.5% at current prices; the stated 3.1% is at comparable prices, which the levels cannot verify.',
    });
    expect(
      only([
        observation('2021-H1', '4.0'),
        observation('2022-H1', '4.18', { yearOverYearPercent: '4.5', priceBasis: 'current' }),
      ]).verdict,
    ).toBe('consistent');
  });

  it('gives a base of 0 or below as unverifiable', () => {
    const finding = only([
      observation('2021-H1', '0'),
      observation('2022-H1', '4.18', { yearOverYearPercent: '4.5' }),
    ]);
    expect([finding.verdict, finding.reason]).toEqual(['unverifiable', 'non-positive-base']);
    expect(finding.numbers).not.toHaveProperty('exactPercent');
    expect(finding.message.zh).toBe(
      '规上工业总产值:2021年上半年0亿元至2022年上半年4.18亿元,基数不大于零,所述同比4.5%无从核实。',
    );
    expect(finding.message.en).toMatch(/: from a base of 0 or below no percent change exists/);
  });

  it('gives no finding without a stated growth, a base level, or a year before', () => {
    expect(
      findings([
        observation('2021-H1', '4.0'),
        observation('2022-H1', '4.18'),
        observation('2022-Q1/2022-Q3', '6.3', { yearOverYearPercent: '5' }),
        observation('1900-H1', '1', { yearOverYearPercent: '5' }),
      ]),
    ).toEqual([]);
  });

  it('gives no finding for an indicator the dataset does not hold', () => {
    const dataset = mini([observation('2021-H1', '4.0')]);
    const unchecked = {
      ...dataset,
      observations: [
        ...dataset.observations,
        observation('2022-H1', '4.18', { indicator: 'gdp', yearOverYearPercent: '4.5' }),
      ],
    };
    expect(checkStatedGrowth(buildContext(unchecked, {}))).toEqual([]);
  });

  it('runs in auditDataset, and alone when asked', () => {
    const dataset = mini([
      observation('2021-H1', '4.0'),
      observation('2022-H1', '4.18', { yearOverYearPercent: '4.5' }),
    ]);
    const all = auditDataset(dataset);
    expect(all.findings.filter((f) => f.check === 'stated-growth')).toHaveLength(1);
    expect(auditDataset(dataset, { checks: ['stated-growth'] }).counts).toEqual({
      consistent: 1,
      inconsistent: 0,
      unverifiable: 0,
    });
  });
});
