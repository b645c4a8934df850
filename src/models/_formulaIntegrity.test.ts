import { describe, expect, it } from 'vitest';
import { town } from '../../test/fixtures/town.js';
import { Dataset } from './Dataset.js';
import type { Claim, Indicator, Target } from './types.js';

/** The issues of a dataset, as `path: message`; none when it is valid. */
function issuesOf(input: unknown): string[] {
  const result = Dataset.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** The test town with its indicator `id` given another formula or unit. */
function withIndicator(id: string, change: Partial<Indicator>) {
  const dataset = town([]);
  return {
    ...dataset,
    indicators: dataset.indicators.map((indicator) =>
      indicator.id === id ? { ...indicator, ...change } : indicator,
    ),
  };
}

const index = (id: string) => town([]).indicators.findIndex((indicator) => indicator.id === id);
const SUM = index('agri-industrial-output');
const RATIO = index('income-per-capita');

describe('formulas of derived indicators', () => {
  it('accepts a sum of indicators of one dimension and a per-capita ratio', () => {
    expect(issuesOf(town([]))).toEqual([]);
  });

  it('accepts a share in % of two figures of one dimension with the multiplier 100', () => {
    const share = withIndicator('income-per-capita', {
      unit: 'percent',
      formula: { op: 'ratio', numerator: 'agri-output', denominator: 'gdp', multiplier: '100' },
    });
    expect(issuesOf(share)).toEqual([]);
  });

  it.each([
    [
      'an unknown input',
      withIndicator('agri-industrial-output', { formula: { op: 'sum', of: ['agri-output', 'x'] } }),
      [`indicators.${SUM}.formula.of.1: unknown indicator "x"`],
    ],
    [
      'an indicator that is an input of itself',
      withIndicator('agri-industrial-output', {
        formula: { op: 'sum', of: ['agri-output', 'agri-industrial-output'] },
      }),
      [
        `indicators.${SUM}.formula.of.1: indicator "agri-industrial-output" cannot be an input of its own formula`,
      ],
    ],
    [
      'a sum naming an indicator twice',
      withIndicator('agri-industrial-output', {
        formula: { op: 'sum', of: ['agri-output', 'agri-output'] },
      }),
      [`indicators.${SUM}.formula.of: a sum names an indicator twice`],
    ],
    [
      'a sum of people and money',
      withIndicator('agri-industrial-output', {
        formula: { op: 'sum', of: ['agri-output', 'population'] },
      }),
      [
        `indicators.${SUM}.formula.of.1: indicator "population" (people) cannot be added to "agri-industrial-output" (money)`,
      ],
    ],
    [
      'an unknown ratio numerator and denominator',
      withIndicator('income-per-capita', {
        formula: { op: 'ratio', numerator: 'n', denominator: 'd', multiplier: '1' },
      }),
      [
        `indicators.${RATIO}.formula.numerator: unknown indicator "n"`,
        `indicators.${RATIO}.formula.denominator: unknown indicator "d"`,
      ],
    ],
    [
      'a ratio whose unit is not the numerator’s dimension',
      withIndicator('income-per-capita', { unit: 'person' }),
      [
        `indicators.${RATIO}.formula.numerator: a ratio in person (people) needs a numerator of that dimension, not money`,
      ],
    ],
    [
      'a share of two dimensions',
      withIndicator('income-per-capita', {
        unit: 'percent',
        formula: {
          op: 'ratio',
          numerator: 'income-total',
          denominator: 'population',
          multiplier: '100',
        },
      }),
      [
        `indicators.${RATIO}.formula.denominator: a share in % divides two figures of one dimension, not money by people`,
      ],
    ],
    [
      'a share without the multiplier 100',
      withIndicator('income-per-capita', {
        unit: 'percent',
        formula: { op: 'ratio', numerator: 'agri-output', denominator: 'gdp', multiplier: '1' },
      }),
      [`indicators.${RATIO}.formula.multiplier: a share in % needs the multiplier 100`],
    ],
    [
      'a multiplier of zero',
      withIndicator('income-per-capita', {
        formula: {
          op: 'ratio',
          numerator: 'income-total',
          denominator: 'population',
          multiplier: '0',
        },
      }),
      [`indicators.${RATIO}.formula.multiplier: a ratio multiplier must be greater than zero`],
    ],
  ] as const)('rejects %s', (_, dataset, issues) => {
    expect(issuesOf(dataset)).toEqual(issues);
  });

  it('leaves a formula of an indicator with an unknown unit to the unit’s own issue', () => {
    const issues = issuesOf(withIndicator('agri-industrial-output', { unit: 'parsec' }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(new RegExp(`^indicators\\.${SUM}\\.unit: `));
  });

  it('reports a cycle of formulas once, at the first indicator on it', () => {
    const dataset = town([]);
    const cyclic = {
      ...dataset,
      indicators: dataset.indicators.map((indicator) => {
        if (indicator.id === 'agri-output')
          return { ...indicator, formula: { op: 'sum', of: ['industrial-output', 'gdp'] } };
        if (indicator.id === 'industrial-output')
          return { ...indicator, formula: { op: 'sum', of: ['agri-output', 'gdp'] } };
        return indicator;
      }),
    };
    expect(issuesOf(cyclic)).toEqual([
      'indicators.0.formula: formulas form a cycle: agri-output → industrial-output → agri-output',
    ]);
  });
});

describe('claims and price bases', () => {
  const claim = (change: Partial<Claim>): Claim =>
    ({
      id: 'c',
      indicator: 'gdp',
      fromPeriod: '2016',
      toPeriod: '2021',
      qualifier: null,
      source: { document: 'report', section: 's', quote: 'q' },
      ...change,
    }) as Claim;

  it.each([
    ['a total change', { statedPercent: '56.5' }, []],
    [
      'an annual growth at comparable prices',
      { statedAnnualPercent: '7.3', priceBasis: 'comparable' },
      [],
    ],
    [
      'neither',
      {},
      ['claims.0.statedPercent: expected exactly one of statedPercent and statedAnnualPercent'],
    ],
    [
      'both',
      { statedPercent: '56.5', statedAnnualPercent: '7.3' },
      [
        'claims.0.statedAnnualPercent: expected exactly one of statedPercent and statedAnnualPercent',
      ],
    ],
  ] as const)('takes a claim with %s, or says what is wrong', (_, change, issues) => {
    expect(issuesOf(town([], [claim(change)]))).toEqual(issues);
  });

  const plan = (target: Partial<Target>) => ({
    id: 'p',
    title: { zh: '规划', en: 'Plan' },
    issuer: { zh: '镇', en: 'Town' },
    adoptedOn: '2021-01-01',
    period: '2022/2026',
    source: 'report',
    targets: [
      {
        kind: 'level',
        id: 't',
        title: { zh: 'GDP', en: 'GDP' },
        attribute: 'anticipatory',
        source: { document: 'report', section: 's', quote: 'q' },
        indicator: 'gdp',
        value: '1000',
        period: '2026',
        comparator: 'at-least',
        ...target,
      },
    ],
  });

  it('takes a price basis on a level target’s stated annual growth, and not without one', () => {
    const ok = town([], [], {
      plans: [plan({ annualGrowthPercent: '7', priceBasis: 'comparable' })],
    } as never);
    expect(issuesOf(ok)).toEqual([]);
    const alone = town([], [], { plans: [plan({ priceBasis: 'comparable' })] } as never);
    expect(issuesOf(alone)).toEqual([
      'plans.0.targets.0.priceBasis: a price basis qualifies annualGrowthPercent, which is absent',
    ]);
  });

  it('takes a price basis on a growth target', () => {
    const growth = plan({
      kind: 'growth',
      basePeriod: '2021',
      annualGrowthPercent: '7',
      priceBasis: 'comparable',
    } as never);
    const { value: _value, ...target } = growth.targets[0] as Record<string, unknown>;
    expect(issuesOf(town([], [], { plans: [{ ...growth, targets: [target] }] } as never))).toEqual(
      [],
    );
  });
});
