import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../test/fixtures/errors.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { claim, obs, town } from '../../test/fixtures/town.js';
import { parseDataset } from '../models/parseDataset.js';
import type { Dataset } from '../models/types.js';
import { checkClaims } from './_claims.js';
import { buildContext } from './_context.js';

/** The mini dataset, edited, and validated again so each variant is a dataset the schemas accept. */
function mini(edit: (dataset: Dataset) => void = () => {}): Dataset {
  const dataset = structuredClone(miniDataset) as unknown as Dataset;
  edit(dataset);
  return parseDataset(dataset);
}

function claimsOf(dataset: Dataset) {
  return checkClaims(buildContext(dataset, {}));
}

function only(dataset: Dataset) {
  const findings = claimsOf(dataset);
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

describe('claim check', () => {
  it('finds 27720 → 约4万 "增长44.3%" consistent, with the exact change', () => {
    const finding = only(mini());
    expect(finding.id).toBe('claim:farmer-income-five-year-growth');
    expect(finding.check).toBe('claim');
    expect(finding.subject).toEqual(['farmer-income-five-year-growth', 'farmer-income']);
    expect(finding.verdict).toBe('consistent');
    expect(finding.reason).toBeNull();
    const { numbers } = finding;
    expect(numbers.fromValue?.toString()).toBe('27720');
    // 4 万元 is converted into the indicator's unit, 元.
    expect(numbers.toValue?.toString()).toBe('40000');
    expect(numbers.unit).toBe('yuan');
    expect(numbers.exactPercent?.toFixed(6)).toBe('44.300144');
    expect(numbers.exactPercent?.toString().startsWith('44.3001443001443')).toBe(true);
    expect(numbers.roundedPercent?.toString()).toBe('44.3');
    expect(numbers.tolerance?.toString()).toBe('0.05');
    // 约4万 is 3.5万 to 4.5万.
    expect(numbers.lowestPercent?.toFixed(2)).toBe('26.26');
    expect(numbers.highestPercent?.toFixed(2)).toBe('62.34');
    expect(numbers.years.toString()).toBe('5');
    expect(numbers.statedAnnualPercent?.toFixed(4)).toBe('7.6102');
    expect(finding.message.en).toContain('44.3001%');
    expect(finding.message.en).toContain('consistent');
    expect(finding.message.zh).toContain('相符');
  });

  it('finds "45.3%" inconsistent with exact levels', () => {
    const finding = only(
      mini((d) => {
        d.claims[0]!.statedPercent = '45.3';
        d.observations[1]!.qualifier = null;
      }),
    );
    expect(finding.verdict).toBe('inconsistent');
    expect(finding.numbers.difference?.toFixed(4)).toBe('-0.9999');
    expect(finding.message.en).toContain('inconsistent');
    expect(finding.message.zh).toContain('不符');
  });

  it('lets the levels’ 约 widen the check: 45.3% passes, 70% does not', () => {
    const loose = only(mini((d) => (d.claims[0]!.statedPercent = '45.3')));
    expect(loose.verdict).toBe('consistent');
    const far = only(mini((d) => (d.claims[0]!.statedPercent = '70')));
    expect(far.verdict).toBe('inconsistent');
  });

  it('passes the claim’s own qualifier: 约46% is within max(1, 5% of 46) of 44.3%', () => {
    const finding = only(
      mini((d) => {
        d.claims[0]!.statedPercent = '46';
        d.claims[0]!.qualifier = 'approximately';
        d.observations[1]!.qualifier = null;
      }),
    );
    expect(finding.verdict).toBe('consistent');
    expect(finding.numbers.tolerance?.toString()).toBe('2.3');
    expect(finding.message.en).not.toContain('qualifiers allow');
  });

  it('prefers an actual level to an estimate for the same period', () => {
    const finding = only(
      mini((d) => {
        d.observations.push({
          ...structuredClone(d.observations[1]!),
          value: '45000',
          unit: 'yuan',
          status: 'actual',
          qualifier: null,
        });
      }),
    );
    expect(finding.numbers.toValue?.toString()).toBe('45000');
    expect(finding.verdict).toBe('inconsistent');
  });

  it('is unverifiable without the from-level, and gives the level the claim implies', () => {
    const finding = only(mini((d) => d.observations.splice(0, 1)));
    expect(finding.verdict).toBe('unverifiable');
    expect(finding.reason).toBe('missing-level');
    expect(finding.numbers.missingPeriods).toBe('2016');
    expect(finding.numbers.toValue?.toString()).toBe('40000');
    // 40000 / 1.443
    expect(finding.numbers.impliedFromValue?.toFixed(4)).toBe('27720.0277');
    expect(finding.numbers.exactPercent).toBeUndefined();
    expect(finding.message.en).toContain('no observation for 2016');
    expect(finding.message.zh).toContain('2016年应为27720.0277元');
  });

  it('gives the implied to-level when only the from-level is observed', () => {
    const finding = only(mini((d) => d.observations.splice(1, 1)));
    expect(finding.reason).toBe('missing-level');
    expect(finding.numbers.missingPeriods).toBe('2021');
    expect(finding.numbers.impliedToValue?.toString()).toBe('39999.96');
    expect(finding.message.en).toContain('implies CNY 39,999.96 in 2021');
  });

  it('names both periods when neither level is observed, and implies nothing', () => {
    const finding = only(mini((d) => d.observations.splice(0, 2)));
    expect(finding.numbers.missingPeriods).toBe('2016, 2021');
    expect(finding.numbers.impliedFromValue).toBeUndefined();
    expect(finding.numbers.impliedToValue).toBeUndefined();
  });

  it('implies no from-level for a fall of 100% or more', () => {
    const finding = only(
      mini((d) => {
        d.observations.splice(0, 1);
        d.claims[0]!.statedPercent = '-100';
      }),
    );
    expect(finding.numbers.impliedFromValue).toBeUndefined();
    expect(finding.numbers.statedAnnualPercent?.toString()).toBe('-100');
  });

  it('has no annual rate for a fall beyond 100%', () => {
    const finding = only(mini((d) => (d.claims[0]!.statedPercent = '-120')));
    expect(finding.numbers.statedAnnualPercent).toBeUndefined();
    expect(finding.verdict).toBe('inconsistent');
  });

  it('is unverifiable from a level of 0', () => {
    const finding = only(mini((d) => (d.observations[0]!.value = '0')));
    expect(finding.verdict).toBe('unverifiable');
    expect(finding.reason).toBe('non-positive-base');
    expect(finding.numbers.fromValue?.toString()).toBe('0');
    expect(finding.message.en).toContain('no percent change');
  });

  it('is unverifiable when the indicator is unknown (an unvalidated dataset)', () => {
    const dataset = mini();
    const broken = { ...dataset, claims: [{ ...dataset.claims[0]!, indicator: 'nothing' }] };
    const finding = only(broken);
    expect(finding.reason).toBe('unknown-indicator');
    expect(finding.numbers.unit).toBe('');
    expect(finding.subject).toEqual(['farmer-income-five-year-growth', 'nothing']);
  });

  it('gives no annual rate beyond 1e±1000 (a huge change over one day)', () => {
    const dataset = mini();
    const daily = {
      ...dataset,
      claims: [
        {
          ...dataset.claims[0]!,
          fromPeriod: '2021-12-30',
          toPeriod: '2021-12-31',
          statedPercent: '9'.repeat(70),
        },
      ],
    };
    const finding = only(daily);
    expect(finding.numbers.statedAnnualPercent).toBeUndefined();
    expect(finding.numbers.missingPeriods).toBe('2021-12-30, 2021-12-31');
  });

  it('gives no annual rate over no elapsed time', () => {
    const dataset = mini();
    const same = { ...dataset, claims: [{ ...dataset.claims[0]!, fromPeriod: '2021' }] };
    const finding = only(same);
    expect(finding.numbers.years.toString()).toBe('0');
    expect(finding.numbers.statedAnnualPercent).toBeUndefined();
  });

  it('names the field of a stated change that is not a number (an unvalidated dataset)', () => {
    const dataset = mini();
    const broken = { ...dataset, claims: [{ ...dataset.claims[0]!, statedPercent: 'many' }] };
    expect(detailsOf(() => claimsOf(broken))).toEqual([
      'invalid-number',
      'statedPercent',
      'expected a decimal such as "8.2" or "1.5e3"',
    ]);
  });
});

/** The claim with its indicator replaced by one the dataset does not hold. */
function unknownIndicator(): Dataset {
  const dataset = mini();
  return { ...dataset, claims: [{ ...dataset.claims[0]!, indicator: 'nothing' }] };
}

describe('claim sentences', () => {
  it.each([
    [
      'levels widened by 约',
      mini(),
      'consistent',
      null,
      '农民人均收入:2016年27720元至2021年40000元,实际变化44.3001%(约数允许26.26%至62.34%),所述44.3%:相符。',
      "Per-capita farmer income: CNY 27,720 (2016) to CNY 40,000 (2021) is 44.3001% (the levels' qualifiers allow 26.26% to 62.34%); stated 44.3%: consistent.",
    ],
    [
      'exact levels',
      mini((d) => {
        d.claims[0]!.statedPercent = '45.3';
        d.observations[1]!.qualifier = null;
      }),
      'inconsistent',
      null,
      '农民人均收入:2016年27720元至2021年40000元,实际变化44.3001%,所述45.3%:不符。',
      'Per-capita farmer income: CNY 27,720 (2016) to CNY 40,000 (2021) is 44.3001%; stated 45.3%: inconsistent.',
    ],
    [
      'no from-level',
      mini((d) => d.observations.splice(0, 1)),
      'unverifiable',
      'missing-level',
      '农民人均收入:缺少2016的观测值,所述变化44.3%无法核实;按2021年40000元推算,2016年应为27720.0277元。',
      'Per-capita farmer income: no observation for 2016, so the stated 44.3% is unverifiable; from CNY 40,000 in 2021 it implies CNY 27,720.0277 in 2016.',
    ],
    [
      'no to-level',
      mini((d) => d.observations.splice(1, 1)),
      'unverifiable',
      'missing-level',
      '农民人均收入:缺少2021的观测值,所述变化44.3%无法核实;按2016年27720元推算,2021年应为39999.96元。',
      'Per-capita farmer income: no observation for 2021, so the stated 44.3% is unverifiable; from CNY 27,720 in 2016 it implies CNY 39,999.96 in 2021.',
    ],
    [
      'no level at all',
      mini((d) => d.observations.splice(0, 2)),
      'unverifiable',
      'missing-level',
      '农民人均收入:缺少2016, 2021的观测值,所述变化44.3%无法核实。',
      'Per-capita farmer income: no observation for 2016, 2021, so the stated 44.3% is unverifiable.',
    ],
    [
      'a base of 0',
      mini((d) => (d.observations[0]!.value = '0')),
      'unverifiable',
      'non-positive-base',
      '农民人均收入:2016年基数为0,百分比变化无从计算。',
      'Per-capita farmer income: the 2016 level is 0, from which no percent change exists.',
    ],
    [
      'an unknown indicator',
      unknownIndicator(),
      'unverifiable',
      'unknown-indicator',
      '说法farmer-income-five-year-growth所指指标nothing不在数据集中,无法核实。',
      'Claim farmer-income-five-year-growth names indicator nothing, which the dataset does not hold: unverifiable.',
    ],
  ] as const)('words a claim with %s', (_, dataset, verdict, reason, zh, en) => {
    const finding = only(dataset);
    expect([finding.verdict, finding.reason]).toEqual([verdict, reason]);
    expect(finding.message).toEqual({ zh, en });
  });
});

describe('claims between two multi-year totals', () => {
  it('checks 十一五 0.8亿 → 十二五 2亿 "增长150%" as a change between period totals, with no annual rate', () => {
    const dataset = town(
      [obs('fiscal-revenue', '2006/2010', '0.8'), obs('fiscal-revenue', '2011/2015', '2')],
      [claim('fiscal', 'fiscal-revenue', '2006/2010', '2011/2015', { statedPercent: '150' })],
    );
    const [finding, ...rest] = checkClaims(buildContext(dataset, {}));
    expect(rest).toEqual([]);
    expect(finding?.verdict).toBe('consistent');
    expect(finding?.numbers.comparison).toBe('period-totals');
    expect(finding?.numbers.statedAnnualPercent).toBeUndefined();
    expect(finding?.message).toEqual({
      zh: '财政收入:2006—2010年0.8亿元至2011—2015年2亿元,实际变化150%(两期合计之比,无年均增速),所述150%:相符。',
      en: 'Fiscal revenue: CNY 80 million (2006/2010) to CNY 200 million (2011/2015) is 150% (a change between two period totals; no annual rate); stated 150%: consistent.',
    });
  });

  it('gives an annual rate when only one period is a total, and skips annual and comparable claims', () => {
    const dataset = town(
      [obs('fiscal-revenue', '2011/2015', '2'), obs('fiscal-revenue', '2020', '1')],
      [
        claim('one-total', 'fiscal-revenue', '2011/2015', '2020', { statedPercent: '-50' }),
        claim('annual', 'fiscal-revenue', '2011/2015', '2020', { statedAnnualPercent: '-13' }),
        claim('real', 'fiscal-revenue', '2011/2015', '2020', {
          statedPercent: '-50',
          priceBasis: 'comparable',
        }),
      ],
    );
    const found = checkClaims(buildContext(dataset, {}));
    expect(found.map((f) => f.id)).toEqual(['claim:one-total']);
    expect(found[0]?.numbers.comparison).toBeUndefined();
    expect(found[0]?.numbers.statedAnnualPercent?.toFixed(4)).toBe('-12.9449');
  });
});
