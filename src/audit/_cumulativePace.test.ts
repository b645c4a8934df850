import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../test/fixtures/errors.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { parseDataset } from '../models/parseDataset.js';
import type { CumulativeTarget, Dataset, Indicator, Observation } from '../models/types.js';
import { buildContext } from './_context.js';
import { checkCumulativePace } from './_cumulativePace.js';

function mini(edit: (dataset: Dataset) => void = () => {}): Dataset {
  const dataset = structuredClone(miniDataset) as unknown as Dataset;
  edit(dataset);
  return parseDataset(dataset);
}

const source = { document: 'report-2021', section: 's', quote: 'q' };
const trees = (d: Dataset) => d.plans[0]!.targets[2] as CumulativeTarget;

function planted(period: string, value: string, extra: Partial<Observation> = {}): Observation {
  return {
    indicator: 'precious-trees-planted',
    period,
    value,
    unit: 'wan-plant',
    status: 'actual',
    qualifier: null,
    source,
    ...extra,
  };
}

/** Another indicator of trees planted, counted for the target when the matches say so. */
const otherTrees: Indicator = {
  id: 'trees-other',
  name: { zh: '植树', en: 'Trees planted' },
  unit: 'plant',
  direction: 'increase',
  measure: 'flow',
  sector: 'ecology',
  attribute: 'anticipatory',
};

function only(dataset: Dataset, matches: Record<string, readonly string[]> = {}) {
  const findings = checkCumulativePace(buildContext(dataset, matches));
  expect(findings).toHaveLength(1);
  return findings[0]!;
}

describe('cumulative-pace check', () => {
  it('sets a target whose range has not begun beside the latest pace: 3万 in 2021 vs 2万 a year', () => {
    const finding = only(mini());
    expect(finding.id).toBe('cumulative-pace:precious-trees-2022-2026');
    expect(finding.subject).toEqual(['precious-trees-2022-2026', 'precious-trees-planted']);
    expect(finding.verdict).toBe('unverifiable');
    expect(finding.reason).toBe('before-range');
    const { numbers } = finding;
    expect(numbers.targetValue.toString()).toBe('100000');
    expect(numbers.unit).toBe('plant');
    expect(numbers.range).toBe('2022/2026');
    expect(numbers.years.toString()).toBe('5');
    expect(numbers.requiredAnnualAverage.toString()).toBe('20000');
    expect(numbers.priorPeriod).toBe('2021');
    expect(numbers.priorValue?.toString()).toBe('30000');
    expect(numbers.priorYears?.toString()).toBe('1');
    expect(numbers.priorAnnualAverage?.toString()).toBe('30000');
    expect(numbers.priorPacePercent?.toString()).toBe('150');
    expect(numbers.doneValue).toBeUndefined();
    expect(finding.message.en).toContain('150% of the pace needed');
    expect(finding.message.zh).toContain('2022—2026年累计100000株');
  });

  it('takes the latest prior period, the shorter one when two end together', () => {
    const finding = only(mini((d) => d.observations.push(planted('2017/2021', '35'))));
    expect(finding.numbers.priorPeriod).toBe('2021');
    const five = only(
      mini((d) => {
        d.observations.splice(2, 1);
        d.observations.push(planted('2017/2021', '35'));
      }),
    );
    expect(five.numbers.priorPeriod).toBe('2017/2021');
    expect(five.numbers.priorAnnualAverage?.toString()).toBe('70000');
    expect(five.numbers.priorPacePercent?.toString()).toBe('350');
  });

  it('finds 3万 of 10万 in the first of five years on pace (30% done, 20% of time)', () => {
    const finding = only(mini((d) => d.observations.push(planted('2022', '3'))));
    expect(finding.verdict).toBe('consistent');
    expect(finding.reason).toBeNull();
    expect(finding.numbers.doneValue?.toString()).toBe('30000');
    expect(finding.numbers.donePeriods).toBe('2022');
    expect(finding.numbers.doneSharePercent?.toString()).toBe('30');
    expect(finding.numbers.timeSharePercent?.toString()).toBe('20');
    expect(finding.message.en).toContain('on pace');
  });

  it('finds 1万 in the first year behind pace, inconsistent', () => {
    const finding = only(mini((d) => d.observations.push(planted('2022', '1'))));
    expect(finding.verdict).toBe('inconsistent');
    expect(finding.numbers.doneSharePercent?.toString()).toBe('10');
    expect(finding.message.en).toContain('behind pace');
  });

  it('is unverifiable when a gap hides part of a total that is behind pace', () => {
    const finding = only(
      mini((d) => {
        d.observations.push(planted('2022', '1'), planted('2024', '1'));
      }),
    );
    expect(finding.verdict).toBe('unverifiable');
    expect(finding.reason).toBe('gap-in-series');
    expect(finding.numbers.donePeriods).toBe('2022, 2024');
    expect(finding.numbers.timeSharePercent?.toString()).toBe('60');
    const ahead = only(
      mini((d) => d.observations.push(planted('2022', '5'), planted('2024', '2'))),
    );
    expect(ahead.verdict).toBe('consistent');
  });

  it('counts half a year by month-ends: 2022-H1 is 10% of the range', () => {
    const finding = only(mini((d) => d.observations.push(planted('2022-H1', '1'))));
    expect(finding.numbers.timeSharePercent?.toString()).toBe('10');
    expect(finding.verdict).toBe('consistent');
  });

  it('finds a reached total consistent', () => {
    const finding = only(mini((d) => d.observations.push(planted('2022/2023', '12'))));
    expect(finding.verdict).toBe('consistent');
    expect(finding.message.en).toContain('already reached');
  });

  it('reads an at-most cap the other way round', () => {
    const cap = (value: string, periods: [string, string][]) =>
      only(
        mini((d) => {
          trees(d).comparator = 'at-most';
          for (const [period, amount] of periods) d.observations.push(planted(period, amount));
          trees(d).value = value;
        }),
      );
    expect(cap('10', [['2022', '11']]).verdict).toBe('inconsistent');
    expect(cap('10', [['2022', '11']]).message.en).toContain('over the cap');
    expect(cap('10', [['2022', '3']]).verdict).toBe('inconsistent');
    expect(cap('10', [['2022', '1']]).verdict).toBe('consistent');
    const gap = cap('10', [
      ['2022', '1'],
      ['2024', '1'],
    ]);
    expect(gap.verdict).toBe('unverifiable');
    expect(gap.reason).toBe('gap-in-series');
  });

  it('is unverifiable for a total of 0, and gives no pace percent before the range', () => {
    const inside = only(
      mini((d) => {
        trees(d).value = '0';
        d.observations.push(planted('2022', '1'));
      }),
    );
    expect(inside.reason).toBe('non-positive-base');
    expect(inside.numbers.doneValue?.toString()).toBe('10000');
    expect(inside.numbers.doneSharePercent).toBeUndefined();
    const before = only(mini((d) => (trees(d).value = '0')));
    expect(before.numbers.priorPacePercent).toBeUndefined();
    expect(before.message.en).not.toContain('of the pace needed');
  });

  it('gives no finding without any observation in or before the range', () => {
    const later = mini((d) => {
      d.observations.splice(2, 1);
      d.observations.push(planted('2027', '1'));
    });
    expect(checkCumulativePace(buildContext(later, {}))).toEqual([]);
  });

  it('counts a matching indicator’s observations, its own first for a shared period', () => {
    const dataset = mini((d) => {
      d.indicators.push(otherTrees);
      d.observations.push(planted('2022', '2'), {
        ...planted('2022', '9'),
        indicator: 'trees-other',
      });
      // In the other indicator's own unit, 株.
      d.observations.push({
        indicator: 'trees-other',
        period: '2023',
        value: '15000',
        status: 'actual',
        qualifier: null,
        source,
      });
    });
    const finding = only(dataset, {
      'precious-trees-planted': ['trees-other', 'not-an-indicator'],
    });
    expect(finding.subject).toEqual([
      'precious-trees-2022-2026',
      'precious-trees-planted',
      'trees-other',
    ]);
    expect(finding.numbers.donePeriods).toBe('2022, 2023');
    expect(finding.numbers.doneValue?.toString()).toBe('35000');
    expect(finding.numbers.timeSharePercent?.toString()).toBe('40');
  });

  it('gives no finding for a target on an unknown indicator (an unvalidated dataset)', () => {
    const dataset = mini();
    const plan = dataset.plans[0]!;
    const broken: Dataset = {
      ...dataset,
      plans: [{ ...plan, targets: [{ ...trees(dataset), indicator: 'nothing' }] }],
    };
    expect(checkCumulativePace(buildContext(broken, {}))).toEqual([]);
  });

  it('names the option whose match measures something else', () => {
    const context = buildContext(mini(), { 'precious-trees-planted': ['farmer-income'] });
    expect(detailsOf(() => checkCumulativePace(context))).toEqual([
      'invalid-argument',
      'options.indicatorMatches',
      'indicator "farmer-income" (yuan) does not measure what "precious-trees-planted" (plant) does',
    ]);
  });

  it.each([
    ['a later year of its own', ['2021'], ['2019'], '2021'],
    ['a range ending later', ['2017/2021'], ['2020'], '2017/2021'],
    ['the shorter of two ending together', ['2021'], ['2017/2021'], '2021'],
  ])('takes the latest prior period across matching indicators: %s', (_, own, other, prior) => {
    const dataset = mini((d) => {
      d.indicators.push(otherTrees);
      d.observations = [
        ...own.map((period) => planted(period, '1')),
        ...other.map((period) => ({ ...planted(period, '1'), indicator: 'trees-other' })),
      ];
    });
    const finding = only(dataset, { 'precious-trees-planted': ['trees-other'] });
    expect(finding.numbers.priorPeriod).toBe(prior);
  });

  it('counts an observation of the whole range', () => {
    const finding = only(mini((d) => d.observations.push(planted('2022/2026', '11'))));
    expect(finding.numbers.donePeriods).toBe('2022/2026');
    expect(finding.numbers.timeSharePercent?.toString()).toBe('100');
    expect(finding.verdict).toBe('consistent');
  });

  it('takes as prior only a period that ends before the range starts', () => {
    const finding = only(mini((d) => d.observations.push(planted('2021-12-31/2022-01-01', '1'))));
    expect(finding.reason).toBe('before-range');
    expect(finding.numbers.priorPeriod).toBe('2021');
  });
});

describe('cumulative-pace sentences', () => {
  const cap = (observed: Observation) =>
    mini((d) => {
      trees(d).comparator = 'at-most';
      d.observations.push(observed);
    });
  const head = {
    zh: '珍贵树种造林:2022—2026年累计100000株',
    en: 'Precious trees planted: 100,000 plants over 2022/2026',
  };
  const done = (zhDone: string, enDone: string, zhState: string, enState: string) => ({
    zh: `${head.zh},${zhDone},时间过去20%:${zhState}。`,
    en: `${head.en}: ${enDone} with 20% of the time gone: ${enState}.`,
  });

  it.each([
    [
      'before its range',
      mini(),
      'unverifiable',
      'before-range',
      {
        zh: `${head.zh},年均需20000株;期内尚无数据,最近的2021年为30000株(年均30000株,为所需年均的150%),仅供参考。`,
        en: `${head.en} needs 20,000 plants a year; nothing observed in the range yet; the latest figure, 30,000 plants in 2021 (30000 a year, 150% of the pace needed), is for reference only.`,
      },
    ],
    [
      'a total of 0 before its range',
      mini((d) => (trees(d).value = '0')),
      'unverifiable',
      'before-range',
      {
        zh: '珍贵树种造林:2022—2026年累计0株,年均需0株;期内尚无数据,最近的2021年为30000株(年均30000株),仅供参考。',
        en: 'Precious trees planted: 0 plants over 2022/2026 needs 0 plants a year; nothing observed in the range yet; the latest figure, 30,000 plants in 2021 (30000 a year), is for reference only.',
      },
    ],
    [
      'a total of 0 in its range',
      mini((d) => {
        trees(d).value = '0';
        d.observations.push(planted('2022', '1'));
      }),
      'unverifiable',
      'non-positive-base',
      {
        zh: '珍贵树种造林:2022—2026年累计0株:目标总量不大于0,完成比例无从计算。',
        en: 'Precious trees planted: 0 plants over 2022/2026: a total of 0 or below has no share done; unverifiable.',
      },
    ],
    [
      'the total reached',
      mini((d) => d.observations.push(planted('2022/2023', '12'))),
      'consistent',
      null,
      {
        zh: `${head.zh},2022—2023年完成120000株(占120%),时间过去40%:已完成,相符。`,
        en: `${head.en}: 120,000 plants done in 2022/2023 (120%) with 40% of the time gone: already reached, consistent.`,
      },
    ],
    [
      'a first year on pace',
      mini((d) => d.observations.push(planted('2022', '3'))),
      'consistent',
      null,
      done(
        '2022年完成30000株(占30%)',
        '30,000 plants done in 2022 (30%)',
        '进度不落后于时间,相符',
        'on pace, consistent',
      ),
    ],
    [
      'a first year behind pace',
      mini((d) => d.observations.push(planted('2022', '1'))),
      'inconsistent',
      null,
      done(
        '2022年完成10000株(占10%)',
        '10,000 plants done in 2022 (10%)',
        '进度落后于时间,不符',
        'behind pace, inconsistent',
      ),
    ],
    [
      'a gap',
      mini((d) => d.observations.push(planted('2022', '1'), planted('2024', '1'))),
      'unverifiable',
      'gap-in-series',
      {
        zh: `${head.zh},2022年、2024年完成20000株(占20%),时间过去60%:期内数据有缺口,进度不明,无法核实。`,
        en: `${head.en}: 20,000 plants done in 2022, 2024 (20%) with 60% of the time gone: the series has a gap, so the pace is unknown, unverifiable.`,
      },
    ],
    [
      'a cap exceeded',
      cap(planted('2022', '11')),
      'inconsistent',
      null,
      done(
        '2022年完成110000株(占110%)',
        '110,000 plants done in 2022 (110%)',
        '已超出上限,不符',
        'already over the cap, inconsistent',
      ),
    ],
    [
      'a cap’s pace exceeded',
      cap(planted('2022', '3')),
      'inconsistent',
      null,
      done(
        '2022年完成30000株(占30%)',
        '30,000 plants done in 2022 (30%)',
        '超过上限的序时进度,不符',
        'over the cap’s pace, inconsistent',
      ),
    ],
    [
      'a cap’s pace kept',
      cap(planted('2022', '1')),
      'consistent',
      null,
      done(
        '2022年完成10000株(占10%)',
        '10,000 plants done in 2022 (10%)',
        '未超上限的序时进度,相符',
        'within the cap’s pace, consistent',
      ),
    ],
  ] as const)('words a target with %s', (_, dataset, verdict, reason, message) => {
    const finding = only(dataset);
    expect([finding.verdict, finding.reason]).toEqual([verdict, reason]);
    expect(finding.message).toEqual(message);
  });
});
