import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../test/fixtures/errors.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { parseDataset } from '../models/parseDataset.js';
import type { Dataset, LevelTarget, Observation } from '../models/types.js';
import { buildContext } from './_context.js';
import { checkLevelRates } from './_levelRates.js';

function mini(edit: (dataset: Dataset) => void = () => {}): Dataset {
  const dataset = structuredClone(miniDataset) as unknown as Dataset;
  edit(dataset);
  return parseDataset(dataset);
}

/** An edited dataset `parseDataset` would refuse: the audit still answers for it. */
function unchecked(edit: (dataset: Dataset) => void): Dataset {
  const dataset = structuredClone(miniDataset) as unknown as Dataset;
  edit(dataset);
  return dataset;
}

const source = { document: 'report-2021', section: 's', quote: 'q' };

function output(period: string, value: string, extra: Partial<Observation> = {}): Observation {
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

/** The industrial-output level target of the mini dataset (10.5亿元 by 2026, 6% a year). */
function industry(dataset: Dataset): LevelTarget {
  return dataset.plans[0]!.targets[0] as LevelTarget;
}

function findings(dataset: Dataset) {
  return checkLevelRates(buildContext(dataset, {}));
}

function finding(dataset: Dataset, id = 'level-rate:industrial-output-2026') {
  const found = findings(dataset).find((item) => item.id === id);
  expect(found).toBeDefined();
  return found!;
}

describe('level-rate check', () => {
  it('reports the base 10.5亿 at 6%/yr implies, unverifiable without a 2021 figure', () => {
    const result = finding(mini());
    expect(result.verdict).toBe('unverifiable');
    expect(result.reason).toBe('missing-base');
    expect(result.subject).toEqual(['industrial-output-2026', 'industrial-output']);
    const { numbers } = result;
    expect(numbers.basePeriod).toBe('2021');
    expect(numbers.targetPeriod).toBe('2026');
    expect(numbers.years.toString()).toBe('5');
    expect(numbers.statedAnnualPercent?.toString()).toBe('6');
    expect(numbers.impliedBase?.toString()).toBe('7.846210815093600255514948842358758');
    // 10.5 / 1.065^5 and 10.5 / 1.055^5: every base between rounds to 6%.
    expect(numbers.impliedBaseLow?.toFixed(4)).toBe('7.6637');
    expect(numbers.impliedBaseHigh?.toFixed(4)).toBe('8.0339');
    expect(numbers.observedBase).toBeUndefined();
    expect(result.message.en).toContain('implies a 2021 base of CNY 784.62 million');
    expect(result.message.zh).toContain('2021年基数为7.8462亿元');
  });

  it('finds an observed 2021 base of 8亿 consistent (5.589%/yr rounds to 6%)', () => {
    const result = finding(mini((d) => d.observations.push(output('2021', '8'))));
    expect(result.verdict).toBe('consistent');
    expect(result.reason).toBeNull();
    expect(result.numbers.observedBase?.toString()).toBe('8');
    expect(result.numbers.baseSource).toBe('observation');
    expect(result.numbers.baseStatus).toBe('actual');
    expect(result.numbers.observedAnnualPercent?.toFixed(6)).toBe('5.589288');
    expect(result.numbers.roundedObservedAnnualPercent?.toString()).toBe('6');
    expect(result.numbers.impliedBase?.toFixed(4)).toBe('7.8462');
    expect(result.message.en).toContain('consistent');
  });

  it('finds an observed base of 7亿 inconsistent (8.447%/yr is not 6%)', () => {
    const result = finding(mini((d) => d.observations.push(output('2021', '7'))));
    expect(result.verdict).toBe('inconsistent');
    expect(result.numbers.observedAnnualPercent?.toFixed(4)).toBe('8.4472');
    expect(result.numbers.roundedObservedAnnualPercent?.toString()).toBe('8');
    expect(result.message.zh).toContain('不符');
  });

  it('converts an observation in 万元 into the indicator’s 亿元', () => {
    const result = finding(
      mini((d) => d.observations.push(output('2021', '80000', { unit: 'wan-yuan' }))),
    );
    expect(result.numbers.observedBase?.toString()).toBe('8');
    expect(result.verdict).toBe('consistent');
  });

  it('lets a qualified base widen the rates: 7.66亿 is 6.51%/yr, 约7.66亿 reaches 6.497%', () => {
    const exact = finding(mini((d) => d.observations.push(output('2021', '7.66'))));
    expect(exact.verdict).toBe('inconsistent');
    expect(exact.numbers.roundedObservedAnnualPercent?.toString()).toBe('7');
    const about = finding(
      mini((d) => d.observations.push(output('2021', '7.66', { qualifier: 'approximately' }))),
    );
    expect(about.verdict).toBe('consistent');
    expect(about.numbers.observedBaseLow?.toString()).toBe('7.655');
    expect(about.numbers.observedBaseHigh?.toString()).toBe('7.665');
    expect(about.numbers.observedAnnualPercentLow?.toFixed(3)).toBe('6.497');
    expect(about.numbers.observedAnnualPercentHigh?.toFixed(3)).toBe('6.524');
    const roughly = finding(
      mini((d) => d.observations.push(output('2021', '7', { qualifier: 'approximately' }))),
    );
    expect(roughly.verdict).toBe('inconsistent');
    expect(roughly.numbers.observedBaseLow?.toString()).toBe('6.5');
  });

  it('uses a stated baseline before any observation', () => {
    const result = finding(
      mini((d) => {
        industry(d).baseline = { period: '2020', value: '8' };
        d.observations.push(output('2020', '1'));
      }),
    );
    expect(result.numbers.basePeriod).toBe('2020');
    expect(result.numbers.years.toString()).toBe('6');
    expect(result.numbers.baseSource).toBe('baseline');
    expect(result.numbers.baseStatus).toBe('baseline');
    // (10.5 / 8)^(1/6) − 1 = 4.6%: not the stated 6%.
    expect(result.numbers.observedAnnualPercent?.toFixed(3)).toBe('4.637');
    expect(result.verdict).toBe('inconsistent');
    expect(result.message.en).toContain('(baseline)');
  });

  it('reports the rate 4万 → 5万 needs when the target states none (4.564%/yr)', () => {
    const result = finding(mini(), 'level-rate:farmer-income-2026');
    expect(result.verdict).toBe('unverifiable');
    expect(result.reason).toBe('no-stated-rate');
    expect(result.numbers.targetValue.toString()).toBe('50000');
    expect(result.numbers.observedBase?.toString()).toBe('40000');
    expect(result.numbers.baseStatus).toBe('estimated');
    expect(result.numbers.observedAnnualPercent?.toFixed(3)).toBe('4.564');
    expect(result.numbers.observedAnnualPercent?.toString()).toBe(
      '4.563955259127323065298529122051825',
    );
    // 约4万: 3.5万 to 4.5万.
    expect(result.numbers.observedAnnualPercentLow?.toFixed(2)).toBe('2.13');
    expect(result.numbers.observedAnnualPercentHigh?.toFixed(2)).toBe('7.39');
    expect(result.numbers.statedAnnualPercent).toBeUndefined();
    expect(result.message.en).toContain('needs 4.564% a year');
  });

  it('gives an exact base no rate band, and a non-positive base no rate', () => {
    const exact = finding(
      mini((d) => (d.observations[1]!.qualifier = null)),
      'level-rate:farmer-income-2026',
    );
    expect(exact.numbers.observedAnnualPercentLow).toBeUndefined();
    expect(exact.message.en).not.toContain('qualifier');
    const below = finding(
      mini((d) => {
        d.observations[1]!.value = '-0.4';
        d.observations[1]!.qualifier = 'approximately';
      }),
      'level-rate:farmer-income-2026',
    );
    expect(below.reason).toBe('non-positive-base');
    expect(below.numbers.observedBaseLow?.toString()).toBe('-4500');
    expect(below.numbers.observedAnnualPercent).toBeUndefined();
  });

  it('reports no finding for a level with neither a stated rate nor a base, nor for a rate', () => {
    const ids = findings(mini()).map((item) => item.id);
    expect(ids).toEqual(['level-rate:industrial-output-2026', 'level-rate:farmer-income-2026']);
    const withBase = mini((d) =>
      d.observations.push({
        indicator: 'medical-insurance-rate',
        period: '2021',
        value: '99.61',
        status: 'actual',
        qualifier: null,
        source,
      }),
    );
    expect(findings(withBase).map((item) => item.id)).not.toContain(
      'level-rate:medical-insurance-2022',
    );
    const noBase = mini((d) => d.observations.splice(1, 1));
    expect(findings(noBase).map((item) => item.id)).toEqual(['level-rate:industrial-output-2026']);
  });

  it('is unverifiable when the target is due no later than its base', () => {
    const result = finding(mini((d) => (industry(d).period = '2021')));
    expect(result.reason).toBe('no-elapsed-time');
    expect(result.numbers.years.toString()).toBe('0');
    expect(result.message.en).toContain('does not come before');
    const unstated = finding(
      mini((d) => {
        (d.plans[0]!.targets[1] as LevelTarget).period = '2021';
      }),
      'level-rate:farmer-income-2026',
    );
    expect(unstated.reason).toBe('no-elapsed-time');
  });

  it('is unverifiable for a stated rate of −100% or below', () => {
    const result = finding(unchecked((d) => (industry(d).annualGrowthPercent = '-100')));
    expect(result.reason).toBe('invalid-rate');
    expect(result.numbers.impliedBase).toBeUndefined();
  });

  it('keeps the band finite for a steep stated fall (−99.5%)', () => {
    const result = finding(
      mini((d) => {
        industry(d).annualGrowthPercent = '-99.5';
        industry(d).value = '1';
      }),
    );
    // 1 / 0.0055^5 to 1 / 0.0045^5.
    expect(result.numbers.impliedBaseLow?.toExponential(4)).toBe('1.9869e+11');
    expect(result.numbers.impliedBaseHigh?.toExponential(4)).toBe('5.4192e+11');
  });

  it('is unverifiable for a negative target from a positive base', () => {
    const result = finding(
      mini((d) => {
        industry(d).value = '-1';
        d.observations.push(output('2021', '8'));
      }),
    );
    expect(result.reason).toBe('sign-change');
  });

  it('is unverifiable when a figure would lie beyond 1e±1000', () => {
    const huge = `1${'0'.repeat(70)}`;
    const result = finding(
      mini((d) => {
        industry(d).annualGrowthPercent = huge;
        industry(d).period = '2100';
      }),
    );
    expect(result.reason).toBe('out-of-range');
    // 1e-71 to 9e70 in one month: a rate of (9e141)^12 − 1.
    const rate = finding(
      mini((d) => {
        industry(d).period = '2022-01';
        industry(d).value = `9${'0'.repeat(70)}`;
        d.observations.push(output('2021', `0.${'0'.repeat(70)}1`));
      }),
    );
    expect(rate.reason).toBe('out-of-range');
    expect(rate.numbers.observedBase?.toExponential()).toBe('1e-71');
    expect(rate.numbers.impliedBase).toBeDefined();
  });

  it('is unverifiable when the indicator is unknown (an unvalidated dataset)', () => {
    const dataset = mini();
    const plan = dataset.plans[0]!;
    const broken: Dataset = {
      ...dataset,
      plans: [
        {
          ...plan,
          targets: [
            { ...industry(dataset), indicator: 'nothing', unit: 'yi-yuan' },
            { ...industry(dataset), id: 'second', indicator: 'nothing' },
            { ...(plan.targets[1] as LevelTarget), indicator: 'nothing' },
          ],
        },
      ],
    };
    const result = findings(broken);
    expect(result).toHaveLength(2);
    expect(result[0]!.reason).toBe('unknown-indicator');
    expect(result[0]!.numbers.unit).toBe('yi-yuan');
    expect(result[1]!.numbers.unit).toBe('');
    expect(result[0]!.numbers.targetValue.toString()).toBe('10.5');
  });

  it.each([
    ['value', { value: 'lots', indicator: 'nothing' }],
    ['annualGrowthPercent', { annualGrowthPercent: 'six' }],
    ['annualGrowthPercent', { annualGrowthPercent: 'six', indicator: 'nothing' }],
  ])('names %s when it is not a number (an unvalidated dataset)', (field, change) => {
    const dataset = mini();
    const plan = dataset.plans[0]!;
    const broken: Dataset = {
      ...dataset,
      plans: [{ ...plan, targets: [{ ...industry(dataset), ...change }] }],
    };
    expect(detailsOf(() => findings(broken))).toEqual([
      'invalid-number',
      field,
      'expected a decimal such as "8.2" or "1.5e3"',
    ]);
  });
});

/** The level target of the mini dataset with its indicator replaced by one it does not hold. */
function unknownIndicator(): Dataset {
  const dataset = mini();
  const plan = dataset.plans[0]!;
  return {
    ...dataset,
    plans: [{ ...plan, targets: [{ ...industry(dataset), indicator: 'nothing' }] }],
  };
}

const farmer = (dataset: Dataset) => dataset.plans[0]!.targets[1] as LevelTarget;

describe('level-rate sentences', () => {
  const industryHead = {
    zh: '规上工业总产值:2026年达到10.5亿元',
    en: 'Industrial output above designated size: CNY 1.05 billion by 2026',
  };
  const farmerHead = {
    zh: '农民人均收入:2026年达到50000元',
    en: 'Per-capita farmer income: CNY 50,000 by 2026',
  };
  /** The sentence of a finding that has no answer. */
  const noAnswer = (head: { zh: string; en: string }, zh: string, en: string) => ({
    zh: `${head.zh}:${zh},无法核实。`,
    en: `${head.en}: ${en}; unverifiable.`,
  });
  const negative = {
    zh: '规上工业总产值:2026年达到-1亿元',
    en: 'Industrial output above designated size: -CNY 100 million by 2026',
  };

  it.each([
    [
      'no base',
      mini(),
      'industrial-output-2026',
      'unverifiable',
      'missing-base',
      {
        zh: `${industryHead.zh}、年均增长6%,意味着2021年基数为7.8462亿元(7.6637至8.0339亿元均合6%);2021年无数据,无法核实。`,
        en: `${industryHead.en} at 6% a year implies a 2021 base of CNY 784.62 million (CNY 766.37 million to CNY 803.39 million all round to 6%); no 2021 figure to compare: unverifiable.`,
      },
    ],
    [
      'an observed base',
      mini((d) => d.observations.push(output('2021', '8'))),
      'industrial-output-2026',
      'consistent',
      null,
      {
        zh: `${industryHead.zh},从2021年8亿元起需年均增长5.5893%(约合6%),所述6%(对应基数7.8462亿元):相符。`,
        en: `${industryHead.en} from CNY 800 million in 2021 is 5.5893% a year (rounds to 6%); stated 6%, which implies a base of CNY 784.62 million: consistent.`,
      },
    ],
    [
      'a stated baseline',
      mini((d) => (industry(d).baseline = { period: '2020', value: '8' })),
      'industrial-output-2026',
      'inconsistent',
      null,
      {
        zh: `${industryHead.zh},从2020年基线8亿元起需年均增长4.6365%(约合5%),所述6%(对应基数7.4021亿元):不符。`,
        en: `${industryHead.en} from CNY 800 million in 2020 (baseline) is 4.6365% a year (rounds to 5%); stated 6%, which implies a base of CNY 740.21 million: inconsistent.`,
      },
    ],
    [
      'no stated rate and a qualified base',
      mini(),
      'farmer-income-2026',
      'unverifiable',
      'no-stated-rate',
      {
        zh: `${farmerHead.zh},从2021年40000元起需年均增长4.564%(约数允许2.13%至7.39%);目标未述增速,无从核对。`,
        en: `${farmerHead.en} from CNY 40,000 in 2021 needs 4.564% a year (the base's qualifier allows 2.13% to 7.39%); the target states no rate to check.`,
      },
    ],
    [
      'no stated rate and an exact base',
      mini((d) => (d.observations[1]!.qualifier = null)),
      'farmer-income-2026',
      'unverifiable',
      'no-stated-rate',
      {
        zh: `${farmerHead.zh},从2021年40000元起需年均增长4.564%;目标未述增速,无从核对。`,
        en: `${farmerHead.en} from CNY 40,000 in 2021 needs 4.564% a year; the target states no rate to check.`,
      },
    ],
    [
      'no stated rate and a stated baseline',
      mini((d) => (farmer(d).baseline = { period: '2021', value: '4' })),
      'farmer-income-2026',
      'unverifiable',
      'no-stated-rate',
      {
        zh: `${farmerHead.zh},从2021年基线40000元起需年均增长4.564%;目标未述增速,无从核对。`,
        en: `${farmerHead.en} from CNY 40,000 in 2021 (baseline) needs 4.564% a year; the target states no rate to check.`,
      },
    ],
    [
      'no stated rate and no time',
      mini((d) => (farmer(d).period = '2021')),
      'farmer-income-2026',
      'unverifiable',
      'no-elapsed-time',
      noAnswer(
        {
          zh: '农民人均收入:2021年达到50000元',
          en: 'Per-capita farmer income: CNY 50,000 by 2021',
        },
        '基期不早于目标期',
        'the base period does not come before the target',
      ),
    ],
    [
      'no time',
      mini((d) => (industry(d).period = '2021')),
      'industrial-output-2026',
      'unverifiable',
      'no-elapsed-time',
      noAnswer(
        {
          zh: '规上工业总产值:2021年达到10.5亿元',
          en: 'Industrial output above designated size: CNY 1.05 billion by 2021',
        },
        '基期不早于目标期',
        'the base period does not come before the target',
      ),
    ],
    [
      'a rate of −100%',
      unchecked((d) => (industry(d).annualGrowthPercent = '-100')),
      'industrial-output-2026',
      'unverifiable',
      'invalid-rate',
      noAnswer(industryHead, '所述增速不高于-100%', 'the stated rate is −100% or below'),
    ],
    [
      'a figure beyond range',
      mini((d) => {
        industry(d).annualGrowthPercent = `1${'0'.repeat(70)}`;
        industry(d).period = '2100';
      }),
      'industrial-output-2026',
      'unverifiable',
      'out-of-range',
      noAnswer(
        {
          zh: '规上工业总产值:2100年达到10.5亿元',
          en: 'Industrial output above designated size: CNY 1.05 billion by 2100',
        },
        '结果超出可表示范围',
        'the result lies beyond 1e±1000',
      ),
    ],
    [
      'a negative target',
      mini((d) => {
        industry(d).value = '-1';
        d.observations.push(output('2021', '8'));
      }),
      'industrial-output-2026',
      'unverifiable',
      'sign-change',
      noAnswer(negative, '目标为负', 'the target is negative'),
    ],
    [
      'a negative base',
      mini((d) => {
        industry(d).value = '-1';
        d.observations.push(output('2021', '-8'));
      }),
      'industrial-output-2026',
      'unverifiable',
      'non-positive-base',
      noAnswer(negative, '基数不大于0', 'the base is 0 or below'),
    ],
    [
      'an unknown indicator',
      unknownIndicator(),
      'industrial-output-2026',
      'unverifiable',
      'unknown-indicator',
      {
        zh: '目标industrial-output-2026所指指标nothing不在数据集中,无法核实。',
        en: 'Target industrial-output-2026 names indicator nothing, which the dataset does not hold: unverifiable.',
      },
    ],
  ] as const)('words a target with %s', (_, dataset, target, verdict, reason, message) => {
    const result = finding(dataset, `level-rate:${target}`);
    expect([result.verdict, result.reason]).toEqual([verdict, reason]);
    expect(result.message).toEqual(message);
  });
});

describe('level-rate check of a rate at comparable prices', () => {
  it('gives the nominal rate the target needs and no verdict: 8亿 → 10.5亿 at 6% real', () => {
    const dataset = mini((d) => {
      d.observations.push(output('2021', '8'));
      industry(d).priceBasis = 'comparable';
    });
    const result = finding(dataset);
    expect([result.verdict, result.reason]).toEqual(['unverifiable', 'price-basis']);
    expect(result.numbers.observedAnnualPercent?.toFixed(4)).toBe('5.5893');
    expect(result.numbers.roundedObservedAnnualPercent).toBeUndefined();
    expect(result.message).toEqual({
      zh: '规上工业总产值:2026年达到10.5亿元:按现价年均需增长5.5893%,所述按可比价年均6%为实际增速,不能用现价水平核实。',
      en: 'Industrial output above designated size: CNY 1.05 billion by 2026: needs 5.5893% a year at current prices; the stated 6% a year at comparable prices is a real growth that current-price levels cannot verify.',
    });
  });

  it('judges the same target at current prices', () => {
    const dataset = mini((d) => {
      d.observations.push(output('2021', '8'));
      industry(d).priceBasis = 'current';
    });
    expect(finding(dataset).verdict).toBe('consistent');
  });
});
