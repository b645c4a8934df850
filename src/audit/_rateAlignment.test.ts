import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../test/fixtures/errors.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { parseDataset } from '../models/parseDataset.js';
import type { CumulativeTarget, Dataset, GrowthTarget, LevelTarget } from '../models/types.js';
import { buildContext } from './_context.js';
import { checkRateAlignment } from './_rateAlignment.js';

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

const level = (d: Dataset) => d.plans[0]!.targets[0] as LevelTarget;
const annual = (d: Dataset) => d.plans[1]!.targets[0] as GrowthTarget;

function findings(dataset: Dataset) {
  return checkRateAlignment(buildContext(dataset, {}));
}

describe('rate-alignment check', () => {
  it('finds 6%/yr over 2021–2026 and 6% for 2022 consistent', () => {
    const result = findings(mini());
    expect(result).toHaveLength(1);
    const [finding] = result;
    expect(finding!.id).toBe('rate-alignment:industrial-output-2026:industrial-output-growth-2022');
    expect(finding!.subject).toEqual([
      'industrial-output-2026',
      'industrial-output-growth-2022',
      'industrial-output',
    ]);
    expect(finding!.verdict).toBe('consistent');
    expect(finding!.reason).toBeNull();
    const { numbers } = finding!;
    expect(numbers.longTermAnnualPercent.toString()).toBe('6');
    expect(numbers.annualPercent?.toString()).toBe('6');
    expect(numbers.annualPeriod).toBe('2022');
    expect(numbers.longTermBasePeriod).toBe('2021');
    expect(numbers.longTermPeriod).toBe('2026');
    expect(numbers.years.toString()).toBe('5');
    expect(numbers.differencePoints?.toString()).toBe('0');
    expect(numbers.remainingAnnualPercent?.toString()).toBe('6');
    expect(finding!.message.en).toContain('6% for 2022 against 6% a year');
    expect(finding!.message.zh).toContain('相符');
  });

  it('finds a first year below the average inconsistent, with what the rest then need', () => {
    const [finding] = findings(mini((d) => (annual(d).annualGrowthPercent = '5')));
    expect(finding!.verdict).toBe('inconsistent');
    expect(finding!.numbers.differencePoints?.toString()).toBe('-1');
    // ((1.06^5) / 1.05)^(1/4) − 1
    expect(finding!.numbers.remainingAnnualPercent?.toFixed(6)).toBe('6.251485');
    expect(finding!.message.en).toContain('(-1 pp)');
  });

  it('finds a first year above the average consistent', () => {
    const [finding] = findings(mini((d) => (annual(d).annualGrowthPercent = '7.5')));
    expect(finding!.verdict).toBe('consistent');
    expect(finding!.numbers.differencePoints?.toString()).toBe('1.5');
    expect(finding!.numbers.remainingAnnualPercent?.lt(6)).toBe(true);
  });

  it('reads an at-most goal the other way round', () => {
    const above = findings(
      mini((d) => {
        level(d).comparator = 'at-most';
        annual(d).annualGrowthPercent = '7';
      }),
    );
    expect(above[0]!.verdict).toBe('inconsistent');
    const below = findings(
      mini((d) => {
        level(d).comparator = 'at-most';
        annual(d).annualGrowthPercent = '5';
      }),
    );
    expect(below[0]!.verdict).toBe('consistent');
  });

  it('pairs a multi-year growth target too, and reports one without a one-year target', () => {
    const result = findings(
      mini((d) => {
        d.plans[0]!.targets.push({
          kind: 'growth',
          id: 'farmer-income-growth',
          title: { zh: '农民人均收入年均增长5%', en: 'Farmer income up 5% a year' },
          attribute: 'anticipatory',
          source: { document: 'report-2021', section: 's', quote: 'q' },
          indicator: 'farmer-income',
          basePeriod: '2021',
          period: '2026',
          annualGrowthPercent: '5',
          comparator: 'at-least',
        });
      }),
    );
    expect(result.map((finding) => finding.id)).toEqual([
      'rate-alignment:industrial-output-2026:industrial-output-growth-2022',
      'rate-alignment:farmer-income-growth',
    ]);
    const lonely = result[1]!;
    expect(lonely.verdict).toBe('unverifiable');
    expect(lonely.reason).toBe('no-annual-target');
    expect(lonely.numbers.annualPercent).toBeUndefined();
    expect(lonely.message.en).toContain('no one-year growth target');
  });

  it('ignores a one-year target outside the span, and level targets without a rate', () => {
    const result = findings(
      mini((d) => {
        annual(d).basePeriod = '2026';
        annual(d).period = '2027';
      }),
    );
    expect(result).toHaveLength(1);
    expect(result[0]!.reason).toBe('no-annual-target');
  });

  it('uses a one-year level target with a stated rate as the annual rate', () => {
    const result = findings(
      mini((d) => {
        d.plans[1]!.targets[0] = {
          kind: 'level',
          id: 'industrial-output-2022',
          title: { zh: '规上工业总产值8.3亿元,增长6%', en: 'Industrial output 0.83bn, up 6%' },
          attribute: 'anticipatory',
          source: { document: 'report-2021', section: 's', quote: 'q' },
          indicator: 'industrial-output',
          value: '8.3',
          period: '2022',
          comparator: 'at-least',
          annualGrowthPercent: '6',
        };
      }),
    );
    expect(result[0]!.id).toBe('rate-alignment:industrial-output-2026:industrial-output-2022');
    expect(result[0]!.verdict).toBe('consistent');
  });

  it('is unverifiable for a rate of −100% or below', () => {
    const [finding] = findings(unchecked((d) => (annual(d).annualGrowthPercent = '-100')));
    expect(finding!.reason).toBe('invalid-rate');
    expect(finding!.verdict).toBe('unverifiable');
  });

  it('leaves out the remaining rate when it lies beyond 1e±1000', () => {
    const [finding] = findings(
      mini((d) => {
        level(d).annualGrowthPercent = `1${'0'.repeat(70)}`;
        level(d).period = '2100';
      }),
    );
    expect(finding!.verdict).toBe('inconsistent');
    expect(finding!.numbers.remainingAnnualPercent).toBeUndefined();
    expect(finding!.message.en).not.toContain('other years');
  });

  it('names an unknown indicator by its id', () => {
    const dataset = mini();
    const broken: Dataset = {
      ...dataset,
      indicators: dataset.indicators.filter((indicator) => indicator.id !== 'industrial-output'),
    };
    expect(findings(broken)[0]!.message.en).toMatch(/^industrial-output: /);
  });

  it.each([
    ['ends with the base year', '2020', '2021', []],
    ['ends with the last year', '2025', '2026', ['2026']],
    ['ends in the middle', '2023', '2024', ['2024']],
  ])(
    'pairs a one-year target that %s of the span only if it ends after the base',
    (_, base, end, paired) => {
      const result = findings(
        mini((d) => {
          annual(d).basePeriod = base;
          annual(d).period = end;
        }),
      );
      expect(result.map((finding) => finding.numbers.annualPeriod).filter(Boolean)).toEqual(paired);
    },
  );

  it('pairs only one-year targets of the same indicator', () => {
    const result = findings(
      mini((d) => {
        d.plans[1]!.targets.push({
          ...annual(d),
          id: 'farmer-income-growth-2022',
          indicator: 'farmer-income',
        });
      }),
    );
    expect(result.map((finding) => finding.id)).toEqual([
      'rate-alignment:industrial-output-2026:industrial-output-growth-2022',
    ]);
  });

  it('reads rates only from growth and level targets (an unvalidated dataset)', () => {
    const dataset = mini();
    const plan = dataset.plans[0]!;
    const trees = plan.targets[2] as CumulativeTarget;
    const broken: Dataset = {
      ...dataset,
      plans: [
        {
          ...plan,
          targets: [...plan.targets, { ...trees, annualGrowthPercent: '6' } as CumulativeTarget],
        },
        dataset.plans[1]!,
      ],
    };
    expect(findings(broken).map((finding) => finding.id)).toEqual([
      'rate-alignment:industrial-output-2026:industrial-output-growth-2022',
    ]);
  });

  it('names a stated rate that is not a number (an unvalidated dataset)', () => {
    const dataset = mini();
    const broken: Dataset = {
      ...dataset,
      plans: [
        dataset.plans[0]!,
        { ...dataset.plans[1]!, targets: [{ ...annual(dataset), annualGrowthPercent: 'six' }] },
      ],
    };
    expect(detailsOf(() => findings(broken))).toEqual([
      'invalid-number',
      'annualGrowthPercent',
      'expected a decimal such as "8.2" or "1.5e3"',
    ]);
  });
});

describe('rate-alignment sentences', () => {
  const name = { zh: '规上工业总产值', en: 'Industrial output above designated size' };

  it.each([
    [
      'a first year at the average',
      mini(),
      'consistent',
      null,
      {
        zh: `${name.zh}:2022年目标增长6%,2021年至2026年年均6%(差0个百分点),其余年份需年均6%:相符。`,
        en: `${name.en}: 6% for 2022 against 6% a year from 2021 to 2026 (0 pp); the other years then need 6% a year: consistent.`,
      },
    ],
    [
      'a first year below the average',
      mini((d) => (annual(d).annualGrowthPercent = '5')),
      'inconsistent',
      null,
      {
        zh: `${name.zh}:2022年目标增长5%,2021年至2026年年均6%(差-1个百分点),其余年份需年均6.2515%:不符。`,
        en: `${name.en}: 5% for 2022 against 6% a year from 2021 to 2026 (-1 pp); the other years then need 6.2515% a year: inconsistent.`,
      },
    ],
    [
      'no remaining rate',
      mini((d) => {
        // 11^978 lies beyond 1e1000.
        level(d).annualGrowthPercent = '1000';
        level(d).period = '2999';
      }),
      'inconsistent',
      null,
      {
        zh: `${name.zh}:2022年目标增长6%,2021年至2999年年均1000%(差-994个百分点):不符。`,
        en: `${name.en}: 6% for 2022 against 1000% a year from 2021 to 2999 (-994 pp): inconsistent.`,
      },
    ],
    [
      'a rate of −100%',
      unchecked((d) => (annual(d).annualGrowthPercent = '-100')),
      'unverifiable',
      'invalid-rate',
      {
        zh: `${name.zh}:增速不高于-100%,无法核实。`,
        en: `${name.en}: a rate of −100% or below has no growth factor; unverifiable.`,
      },
    ],
    [
      'no one-year target',
      mini((d) => {
        annual(d).basePeriod = '2026';
        annual(d).period = '2027';
      }),
      'unverifiable',
      'no-annual-target',
      {
        zh: `${name.zh}:2021年至2026年年均增长6%,期内无年度增速目标可比,无法核实。`,
        en: `${name.en}: 6% a year from 2021 to 2026; no one-year growth target within the span to compare: unverifiable.`,
      },
    ],
  ] as const)('words %s', (_, dataset, verdict, reason, message) => {
    const [finding] = findings(dataset);
    expect([finding!.verdict, finding!.reason]).toEqual([verdict, reason]);
    expect(finding!.message).toEqual(message);
  });

  it('gives an unmatched rate its check and subject', () => {
    const [finding] = findings(
      mini((d) => {
        annual(d).basePeriod = '2026';
        annual(d).period = '2027';
      }),
    );
    expect(finding!.check).toBe('rate-alignment');
    expect(finding!.subject).toEqual(['industrial-output-2026', 'industrial-output']);
  });
});
