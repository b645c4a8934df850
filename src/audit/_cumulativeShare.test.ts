import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { parseDataset } from '../models/parseDataset.js';
import type { Dataset, Observation } from '../models/types.js';
import { buildContext } from './_context.js';
import { checkCumulativeShares } from './_cumulativeShare.js';

function mini(edit: (dataset: Dataset) => void = () => {}): Dataset {
  const dataset = structuredClone(miniDataset) as unknown as Dataset;
  edit(dataset);
  return parseDataset(dataset);
}

const source = { document: 'report-2021', section: 's', quote: 'q' };

/** 新增造林面积, in 亩. */
function withForest(observations: [string, string, Observation['qualifier']?][]): Dataset {
  return mini((d) => {
    d.indicators.push({
      id: 'afforestation-area',
      name: { zh: '新增造林面积', en: 'New afforestation area' },
      unit: 'mu',
      direction: 'increase',
      measure: 'flow',
      sector: 'forestry',
      attribute: 'anticipatory',
    });
    for (const [period, value, qualifier] of observations) {
      d.observations.push({
        indicator: 'afforestation-area',
        period,
        value,
        status: 'actual',
        qualifier: qualifier ?? null,
        source,
      });
    }
  });
}

function shares(dataset: Dataset) {
  return checkCumulativeShares(buildContext(dataset, {}));
}

function only(dataset: Dataset) {
  const findings = shares(dataset);
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

describe('cumulative-share check', () => {
  it('finds 2021’s 350亩 within the five-year 3500亩: 10% of the total in 20% of the time', () => {
    const finding = only(
      withForest([
        ['2017/2021', '3500'],
        ['2021', '350'],
      ]),
    );
    expect(finding.id).toBe('cumulative-share:afforestation-area:2017/2021');
    expect(finding.subject).toEqual(['afforestation-area']);
    expect(finding.verdict).toBe('consistent');
    expect(finding.reason).toBeNull();
    const { numbers } = finding;
    expect(numbers.totalValue.toString()).toBe('3500');
    expect(numbers.years.toString()).toBe('5');
    expect(numbers.totalAnnualAverage.toString()).toBe('700');
    expect(numbers.partPeriods).toBe('2021');
    expect(numbers.partsValue.toString()).toBe('350');
    expect(numbers.partsYears.toString()).toBe('1');
    expect(numbers.partSharePercent?.toString()).toBe('10');
    expect(numbers.timeSharePercent.toString()).toBe('20');
    expect(numbers.remainder?.toString()).toBe('3150');
    expect(numbers.remainingYears?.toString()).toBe('4');
    expect(numbers.remainingAnnualAverage?.toString()).toBe('787.5');
    expect(finding.message.en).toBe(
      'New afforestation area: 350 mu in 2021 is 10% of the 3,500 mu over 2017/2021, in 20% of its time; the other 4 years add 3,150 mu, 787.5 a year: consistent.',
    );
    expect(finding.message.zh).toBe(
      '新增造林面积:2021年350亩,占2017—2021年合计3500亩的10%,时间占20%,其余4年合计3150亩、年均787.5亩:相符。',
    );
  });

  it('finds a part larger than the total inconsistent', () => {
    const finding = only(
      withForest([
        ['2017/2021', '3500'],
        ['2021', '3600'],
      ]),
    );
    expect(finding.verdict).toBe('inconsistent');
    expect(finding.numbers.remainder?.toString()).toBe('-100');
  });

  it('lets 约 widen both sides: 约3500 holds a part of 3540', () => {
    expect(
      only(
        withForest([
          ['2017/2021', '3500', 'approximately'],
          ['2021', '3540'],
        ]),
      ).verdict,
    ).toBe('consistent');
    expect(
      only(
        withForest([
          ['2017/2021', '3500', 'approximately'],
          ['2021', '3560'],
        ]),
      ).verdict,
    ).toBe('inconsistent');
  });

  it('requires parts that cover the whole range to add up to the total', () => {
    const years = (values: string[]) =>
      values.map((value, index): [string, string] => [String(2017 + index), value]);
    const exact = only(
      withForest([['2017/2021', '3500'], ...years(['700', '700', '700', '1050', '350'])]),
    );
    expect(exact.verdict).toBe('consistent');
    expect(exact.numbers.partSharePercent?.toString()).toBe('100');
    expect(exact.numbers.remainder).toBeUndefined();
    expect(exact.message).toEqual({
      zh: '新增造林面积:2017年、2018年、2019年、2020年、2021年3500亩,占2017—2021年合计3500亩的100%,时间占100%;各期之和应等于合计:相符。',
      en: 'New afforestation area: 3,500 mu in 2017, 2018, 2019, 2020, 2021 is 100% of the 3,500 mu over 2017/2021, in 100% of its time; the parts should add up to the total: consistent.',
    });
    const short = only(
      withForest([['2017/2021', '3500'], ...years(['700', '700', '700', '700', '350'])]),
    );
    expect(short.verdict).toBe('inconsistent');
    const about = only(
      withForest([
        ['2017/2021', '3500', 'approximately'],
        ...years(['700', '700', '700', '700', '660']),
      ]),
    );
    expect(about.verdict).toBe('consistent');
  });

  it('is unverifiable with a negative figure and parts missing', () => {
    const finding = only(
      withForest([
        ['2017/2021', '3500'],
        ['2021', '-50'],
      ]),
    );
    expect(finding.verdict).toBe('unverifiable');
    expect(finding.reason).toBe('sign-change');
    const mixed = only(
      withForest([
        ['2017/2021', '3500'],
        ['2020', '100'],
        ['2021', '-50'],
      ]),
    );
    expect([mixed.verdict, mixed.reason]).toEqual(['unverifiable', 'sign-change']);
    expect(mixed.message.en).toBe(
      'New afforestation area: 50 mu in 2020, 2021 is 1.43% of the 3,500 mu over 2017/2021, in 40% of its time; the other 3 years add 3,450 mu, 1150 a year: unverifiable.',
    );
  });

  it('counts parts from the start that stop short of the end as incomplete', () => {
    const finding = only(
      withForest([
        ['2017/2021', '3500'],
        ['2017', '700'],
        ['2018', '700'],
      ]),
    );
    expect(finding.verdict).toBe('consistent');
    expect(finding.numbers.remainder?.toString()).toBe('2100');
    expect(finding.message.zh).toBe(
      '新增造林面积:2017年、2018年1400亩,占2017—2021年合计3500亩的40%,时间占40%,其余3年合计2100亩、年均700亩:相符。',
    );
  });

  it('gives no share of a total of 0', () => {
    const finding = only(
      withForest([
        ['2017/2021', '0'],
        ['2021', '0'],
      ]),
    );
    expect(finding.numbers.partSharePercent).toBeUndefined();
    expect(finding.message.en).toContain('is – of');
    expect(finding.verdict).toBe('consistent');
  });

  it('checks nested totals separately and leaves stocks and rates alone', () => {
    const ids = shares(
      withForest([
        ['2017/2021', '3500'],
        ['2021', '350'],
        ['2021-H1', '100'],
        ['2021-H2', '250'],
      ]),
    ).map((finding) => `${finding.id} ${finding.verdict}`);
    // Ordered by end, then start; 2017/2021 counts the whole of 2021, not its halves.
    expect(ids).toEqual([
      'cumulative-share:afforestation-area:2017/2021 consistent',
      'cumulative-share:afforestation-area:2021 consistent',
    ]);
    const stock = mini((d) => {
      d.indicators[1]!.measure = 'stock';
      d.observations.push({ ...structuredClone(d.observations[0]!), period: '2016/2021' });
    });
    expect(shares(stock)).toEqual([]);
  });

  it('gives no yearly average when the parts seen leave no time over', () => {
    // 2020 is a leap year: 2 January to 31 December is 365 days, a whole year on the day basis.
    const finding = only(
      withForest([
        ['2020', '400'],
        ['2020-01-02/2020-12-31', '390'],
      ]),
    );
    expect(finding.numbers.remainingYears?.toString()).toBe('0');
    expect(finding.numbers.remainingAnnualAverage).toBeUndefined();
    expect(finding.message.en).toBe(
      'New afforestation area: 390 mu in 2020-01-02/2020-12-31 is 97.5% of the 400 mu over 2020, in 100% of its time: consistent.',
    );
    expect(finding.message.zh.endsWith(',占2020年合计400亩的97.5%,时间占100%:相符。')).toBe(true);
    expect(finding.verdict).toBe('consistent');
  });

  it('joins several parts and skips a total with none', () => {
    const finding = only(
      withForest([
        ['2017/2021', '3500'],
        ['2018', '800'],
        ['2021', '350'],
        ['2022', '400'],
      ]),
    );
    expect(finding.numbers.partPeriods).toBe('2018, 2021');
    expect(finding.numbers.partsValue.toString()).toBe('1150');
    expect(finding.numbers.remainingAnnualAverage?.toString()).toBe(
      '783.3333333333333333333333333333333',
    );
    expect(finding.message.zh).toContain('2018年、2021年1150亩');
  });
});
