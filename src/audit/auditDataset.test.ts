import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { detailsOf } from '../../test/fixtures/errors.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { tianmushan } from '../data/tianmushan/index.js';
import { Decimal } from '../decimal/Decimal.js';
import { parseDataset } from '../models/parseDataset.js';
import type { CumulativeTarget, Dataset } from '../models/types.js';
import { auditDataset } from './auditDataset.js';
import type { AuditCheck, AuditFinding } from './types.js';

function mini(edit: (dataset: Dataset) => void = () => {}): Dataset {
  const dataset = structuredClone(miniDataset) as unknown as Dataset;
  edit(dataset);
  return parseDataset(dataset);
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Every figure is a finite Decimal or a string: never NaN, ±Infinity or -0. */
function expectWellFormed(findings: readonly AuditFinding[]): void {
  for (const finding of findings) {
    expect(finding.id.startsWith(`${finding.check}:`)).toBe(true);
    expect(finding.subject.length).toBeGreaterThan(0);
    expect(finding.reason === null).toBe(finding.verdict !== 'unverifiable');
    expect(finding.message.zh.length).toBeGreaterThan(0);
    expect(finding.message.en.length).toBeGreaterThan(0);
    expect(`${finding.message.zh}${finding.message.en}`).not.toMatch(/NaN|Infinity|undefined/);
    for (const value of Object.values(finding.numbers)) {
      if (typeof value === 'string') continue;
      expect(Decimal.isDecimal(value)).toBe(true);
      expect(value.isFinite()).toBe(true);
      expect(Object.is(value.toNumber(), -0)).toBe(false);
    }
  }
}

function byId<C extends AuditCheck = AuditCheck>(
  findings: readonly AuditFinding[],
  id: string,
): Extract<AuditFinding, { check: C }> {
  const found = findings.find((finding) => finding.id === id);
  expect(found, id).toBeDefined();
  return found as Extract<AuditFinding, { check: C }>;
}

describe('auditDataset on the mini dataset', () => {
  it('runs every check and counts the verdicts', () => {
    const result = auditDataset(mini());
    expect(result.findings.map((f) => `${f.id} ${f.verdict}`)).toEqual([
      'claim:farmer-income-five-year-growth consistent',
      'level-rate:industrial-output-2026 unverifiable',
      'level-rate:farmer-income-2026 unverifiable',
      'rate-alignment:industrial-output-2026:industrial-output-growth-2022 consistent',
      'cumulative-pace:precious-trees-2022-2026 unverifiable',
    ]);
    expect(result.counts).toEqual({ consistent: 2, inconsistent: 0, unverifiable: 3 });
    expectWellFormed(result.findings);
  });

  it('gives each verdict for variants of the data', () => {
    const result = auditDataset(
      mini((d) => {
        d.claims[0]!.statedPercent = '45.3';
        d.observations[1]!.qualifier = null;
        d.observations.push({
          indicator: 'industrial-output',
          period: '2021',
          value: '7',
          status: 'actual',
          qualifier: null,
          source: { document: 'report-2021', section: 's', quote: 'q' },
        });
      }),
    );
    expect(byId(result.findings, 'claim:farmer-income-five-year-growth').verdict).toBe(
      'inconsistent',
    );
    expect(byId(result.findings, 'level-rate:industrial-output-2026').verdict).toBe('inconsistent');
    expect(result.counts).toEqual({ consistent: 1, inconsistent: 2, unverifiable: 2 });
  });

  it('runs only the checks asked for', () => {
    expect(auditDataset(mini(), { checks: ['claim'] }).findings).toHaveLength(1);
    expect(auditDataset(mini(), { checks: [] })).toEqual({
      findings: [],
      counts: { consistent: 0, inconsistent: 0, unverifiable: 0 },
    });
    const checks = auditDataset(mini(), { checks: ['cumulative-share', 'rate-alignment'] });
    expect(checks.findings.map((f) => f.check)).toEqual(['rate-alignment']);
  });

  it('counts a matching indicator for a cumulative target when told to', () => {
    const dataset = mini((d) => {
      d.indicators.push({ ...structuredClone(d.indicators[3]!), id: 'trees-other' });
      d.observations.push({
        ...structuredClone(d.observations[2]!),
        indicator: 'trees-other',
        period: '2022',
      });
    });
    const plain = auditDataset(dataset, { checks: ['cumulative-pace'] });
    expect(plain.findings[0]!.reason).toBe('before-range');
    const matched = auditDataset(dataset, {
      checks: ['cumulative-pace'],
      indicatorMatches: { 'precious-trees-planted': ['trees-other'] },
    });
    expect(matched.findings[0]!.subject).toEqual([
      'precious-trees-2022-2026',
      'precious-trees-planted',
      'trees-other',
    ]);
    expect(matched.findings[0]!.verdict).toBe('consistent');
    expect(() =>
      auditDataset(dataset, { indicatorMatches: { 'precious-trees-planted': ['farmer-income'] } }),
    ).toThrow(/indicator "farmer-income" \(yuan\) does not measure what/);
  });

  it('reads an indicator named like an Object property as any other', () => {
    const dataset = mini((d) => {
      d.indicators[3]!.id = 'constructor';
      d.observations[2]!.indicator = 'constructor';
      (d.plans[0]!.targets[2] as CumulativeTarget).indicator = 'constructor';
    });
    for (const options of [undefined, {}, { indicatorMatches: {} }]) {
      const result = auditDataset(dataset, options);
      expect(byId(result.findings, 'cumulative-pace:precious-trees-2022-2026').subject).toEqual([
        'precious-trees-2022-2026',
        'constructor',
      ]);
    }
  });

  it('leaves its input untouched and returns fresh objects', () => {
    const dataset = deepFreeze(mini());
    const copy = structuredClone(dataset);
    const first = auditDataset(dataset);
    expect(dataset).toEqual(copy);
    const second = auditDataset(dataset);
    expect(second).toEqual(first);
    expect(second.findings[0]).not.toBe(first.findings[0]);
    expect(second.counts).not.toBe(first.counts);
  });

  const bad = <T>(value: unknown) => value as T;
  const checkList =
    "expected an array of 'claim', 'level-rate', 'rate-alignment', 'cumulative-pace', 'cumulative-share', 'stated-growth', 'components-sum', 'components-growth', 'annual-claim', 'price-basis'";
  const matchList = 'expected an object of indicator id arrays';

  it.each([
    ['null', () => auditDataset(bad(null)), 'dataset', 'expected a dataset object'],
    ['an array', () => auditDataset(bad([])), 'dataset', 'expected a dataset object'],
    [
      'a dataset without claims',
      () => auditDataset(bad({ ...mini(), claims: undefined })),
      'dataset.claims',
      'expected an array',
    ],
    [
      'options that are a string',
      () => auditDataset(mini(), bad('all')),
      'options',
      'expected an object',
    ],
    [
      'an unknown check',
      () => auditDataset(mini(), { checks: bad(['claims']) }),
      'options.checks',
      checkList,
    ],
    [
      'checks that are a string',
      () => auditDataset(mini(), { checks: bad('claim') }),
      'options.checks',
      checkList,
    ],
    [
      'a match that is a string',
      () => auditDataset(mini(), { indicatorMatches: bad({ a: 'b' }) }),
      'options.indicatorMatches',
      matchList,
    ],
    [
      'a match that is a number',
      () => auditDataset(mini(), { indicatorMatches: bad({ a: [1] }) }),
      'options.indicatorMatches',
      matchList,
    ],
    [
      'a match list with one number',
      () => auditDataset(mini(), { indicatorMatches: bad({ a: ['b', 1] }) }),
      'options.indicatorMatches',
      matchList,
    ],
    [
      'matches that are an array',
      () => auditDataset(mini(), { indicatorMatches: bad([]) }),
      'options.indicatorMatches',
      matchList,
    ],
  ])('rejects %s', (_, run, field, reason) => {
    expect(detailsOf(run)).toEqual(['invalid-argument', field, reason]);
  });

  it('accepts empty options', () => {
    expect(auditDataset(mini(), {}).findings).toHaveLength(5);
  });

  it('leaves out the cumulative-share check when not asked for', () => {
    const dataset = mini((d) => {
      d.observations.push({ ...structuredClone(d.observations[2]!), period: '2017/2021' });
    });
    expect(auditDataset(dataset).findings.map((f) => f.check)).toContain('cumulative-share');
    expect(auditDataset(dataset, { checks: ['claim'] }).findings.map((f) => f.check)).toEqual([
      'claim',
    ]);
  });

  test.prop([fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 10_000_000 })])(
    'a claim stating the change rounded to one decimal is consistent, 0.2 off is not',
    (a, b) => {
      const exact = new Decimal(b).minus(a).times(100).div(a);
      const stated = exact.toDecimalPlaces(1, Decimal.ROUND_HALF_UP);
      const run = (percent: Decimal) =>
        auditDataset(
          mini((d) => {
            d.observations[0]!.value = String(a);
            d.observations[1]!.value = String(b);
            d.observations[1]!.qualifier = null;
            delete d.observations[1]!.unit;
            d.claims[0]!.statedPercent = percent.toFixed(1);
          }),
          { checks: ['claim'] },
        ).findings[0]!;
      expect(run(stated).verdict).toBe('consistent');
      expect(run(stated.plus('0.2')).verdict).toBe('inconsistent');
      expectWellFormed([run(stated)]);
    },
  );
});

describe('auditDataset on the Tianmushan dataset', () => {
  const result = auditDataset(tianmushan);

  it('audits the whole dataset without throwing, and pins the counts by verdict', () => {
    expect(result.counts).toEqual({ consistent: 9, inconsistent: 0, unverifiable: 10 });
    const byCheck: Record<string, string[]> = {};
    for (const finding of result.findings) {
      byCheck[finding.check] = [...(byCheck[finding.check] ?? []), finding.verdict];
    }
    expect(byCheck).toEqual({
      claim: ['unverifiable', 'unverifiable', 'unverifiable', 'consistent'],
      'level-rate': ['unverifiable', 'unverifiable', 'unverifiable'],
      'rate-alignment': ['consistent', 'consistent', 'consistent', 'consistent', 'consistent'],
      'cumulative-pace': ['unverifiable', 'unverifiable', 'unverifiable', 'unverifiable'],
      'cumulative-share': ['consistent', 'consistent', 'consistent'],
    });
    expectWellFormed(result.findings);
    expect(new Set(result.findings.map((f) => f.id)).size).toBe(result.findings.length);
  });

  it('finds 农民人均收入 27720 → 约4万 "增长44.3%" consistent (exactly 44.3001…%)', () => {
    const finding = byId(result.findings, 'claim:farmer-income-per-capita-growth-2016-2021');
    expect(finding.verdict).toBe('consistent');
    expect(finding.check === 'claim' && finding.numbers.exactPercent?.toFixed(10)).toBe(
      '44.3001443001',
    );
  });

  it('reports the 2021 base that 10.5亿 at 6%/yr implies: 7.84621…亿', () => {
    const finding = byId(result.findings, 'level-rate:term-2022-2026.industrial-output-above-size');
    expect(finding.reason).toBe('missing-base');
    expect(finding.check === 'level-rate' && finding.numbers.impliedBase?.toFixed(5)).toBe(
      '7.84621',
    );
  });

  it('reports that 4万 → 5万 over 2021–2026 needs 4.564%/yr', () => {
    const finding = byId(result.findings, 'level-rate:term-2022-2026.farmer-income-per-capita');
    expect(finding.reason).toBe('no-stated-rate');
    expect(
      finding.check === 'level-rate' && finding.numbers.observedAnnualPercent?.toFixed(3),
    ).toBe('4.564');
  });

  it('aligns each five-year rate with the 2022 rate (6% vs 6%)', () => {
    const finding = byId<'rate-alignment'>(
      result.findings,
      'rate-alignment:term-2022-2026.industrial-output-above-size:plan-2022.industrial-output-above-size-growth',
    );
    expect(finding.verdict).toBe('consistent');
    expect(finding.numbers.longTermAnnualPercent?.toString()).toBe('6');
    expect(finding.numbers.annualPercent?.toString()).toBe('6');
  });

  it('sets 2021’s 350亩 against the five-year 3500亩: 10% of the total in 20% of the time', () => {
    const finding = byId<'cumulative-share'>(
      result.findings,
      'cumulative-share:afforestation-area:2017/2021',
    );
    expect(finding.verdict).toBe('consistent');
    expect(finding.numbers.partSharePercent?.toString()).toBe('10');
    expect(finding.numbers.timeSharePercent?.toString()).toBe('20');
  });

  it('does not change the frozen dataset', () => {
    expect(Object.isFrozen(tianmushan.observations[0])).toBe(true);
    expect(() => auditDataset(tianmushan)).not.toThrow();
  });
});
