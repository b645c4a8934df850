import { describe, expect, it } from 'vitest';
import { claim, obs, town } from '../../test/fixtures/town.js';
import { Decimal } from '../decimal/Decimal.js';
import type { Claim, Observation } from '../models/types.js';
import { auditDataset } from './auditDataset.js';
import type { ComponentsGrowthFinding } from './componentFindings.js';

const findings = (observations: readonly Observation[], claims: readonly Claim[] = []) =>
  auditDataset(town(observations, claims), { checks: ['components-growth'] })
    .findings as ComponentsGrowthFinding[];

/** 工农业总值31.88亿元,增长7%,其中农业总产值17.2亿元,增长5.5%,工业总产值14.68亿元,增长9%. */
const stated = (total: string) => [
  obs('agri-output', '2022', '17.2', { yearOverYearPercent: '5.5' }),
  obs('industrial-output', '2022', '14.68', { yearOverYearPercent: '9' }),
  obs('agri-industrial-output', '2022', '31.88', { yearOverYearPercent: total }),
];

// Independently, at 60 digits: 17.2/1.055 + 14.68/1.09 and 31.88 / that − 1.
const D60 = Decimal.clone({ precision: 60 });
const previous = new D60('17.2').div('1.055').plus(new D60('14.68').div('1.09'));
const growth = new D60('31.88').div(previous).minus(1);

describe('components-growth check', () => {
  it('implies a 2021 total of 29.7712074438… and a growth of 7.0833…%: "增长7%" consistent', () => {
    expect(previous.toString().startsWith('29.77120744380190443')).toBe(true);
    expect(growth.toString().startsWith('0.07083328951903585')).toBe(true);
    const [finding, ...rest] = findings(stated('7'));
    expect(rest).toEqual([]);
    expect(finding?.id).toBe('components-growth:agri-industrial-output:2022');
    expect(finding?.subject).toEqual([
      'agri-industrial-output:2022',
      'agri-industrial-output',
      'agri-output',
      'industrial-output',
    ]);
    expect([finding?.verdict, finding?.reason]).toEqual(['consistent', null]);
    const n = finding?.numbers;
    expect(n?.impliedPreviousTotal.toString()).toBe(previous.toSignificantDigits(34).toString());
    expect(n?.impliedPercent.toString()).toBe(growth.times(100).toSignificantDigits(34).toString());
    expect([n?.fromPeriod, n?.toPeriod, n?.unit, n?.parts, String(n?.statedPercent)]).toEqual([
      '2021',
      '2022',
      'yi-yuan',
      'agri-output, industrial-output',
      '7',
    ]);
    expect(String(n?.partsLevel)).toBe('31.88');
    // The parts' growths as written: 5.45–5.55% and 8.5–9.5%.
    const bound = (agri: string, industry: string) =>
      new D60('31.88')
        .div(new D60('17.2').div(agri).plus(new D60('14.68').div(industry)))
        .minus(1)
        .times(100)
        .toSignificantDigits(34)
        .toString();
    expect(n?.lowestPercent.toString()).toBe(bound('1.0545', '1.085'));
    expect(n?.highestPercent.toString()).toBe(bound('1.0555', '1.095'));
    expect(finding?.message).toEqual({
      zh: '工农业总值:各部分2022年合计31.88亿元,按各自增速(农业总产值5.5%、工业总产值9%)推算2021年为29.7712亿元,增长7.0833%,所述7%:相符。',
      en: 'Agricultural and industrial output: the parts total CNY 3.188 billion in 2022; their stated growths (Agricultural output 5.5%, Industrial output 9%) imply CNY 2.9771 billion in 2021, a growth of 7.0833%; stated 7%: consistent.',
    });
  });

  it('finds "增长8%" inconsistent, and "增长7.1%" consistent only within the parts’ precision', () => {
    expect(findings(stated('8'))[0]?.verdict).toBe('inconsistent');
    expect(findings(stated('7.1'))[0]?.verdict).toBe('consistent');
    expect(findings(stated('7.4'))[0]?.verdict).toBe('inconsistent');
  });

  it('reads growths stated as claims over the same span and price basis', () => {
    const levels = [obs('agri-output', '2022', '17.2'), obs('industrial-output', '2022', '14.68')];
    const claims = [
      claim('total', 'agri-industrial-output', '2021', '2022', { statedPercent: '7' }),
      claim('agri', 'agri-output', '2021', '2022', { statedPercent: '5.5' }),
      claim('industry', 'industrial-output', '2021', '2022', { statedPercent: '9' }),
    ];
    const [finding] = findings(levels, claims);
    expect([finding?.id, finding?.verdict]).toEqual(['components-growth:total', 'consistent']);
    // A part's growth at another price basis, or over another span, does not count.
    const comparable = claims.map((c) =>
      c.id === 'agri' ? { ...c, priceBasis: 'comparable' as const } : c,
    );
    expect(findings(levels, comparable)).toEqual([]);
    const otherSpan = claims.map((c) => (c.id === 'agri' ? { ...c, fromPeriod: '2020' } : c));
    expect(findings(levels, otherSpan)).toEqual([]);
  });

  it('says nothing without every part’s level, or with a part falling by 100% or more', () => {
    expect(findings(stated('7').filter((o) => o.indicator !== 'industrial-output'))).toEqual([]);
    const collapse = [
      obs('agri-output', '2022', '17.2', { yearOverYearPercent: '-100' }),
      obs('industrial-output', '2022', '14.68', { yearOverYearPercent: '9' }),
      obs('agri-industrial-output', '2022', '14.68', { yearOverYearPercent: '7' }),
    ];
    expect(findings(collapse)).toEqual([]);
    const opposite = [
      obs('agri-output', '2022', '-20', { yearOverYearPercent: '5' }),
      obs('industrial-output', '2022', '14.68', { yearOverYearPercent: '9' }),
      obs('agri-industrial-output', '2022', '-5.32', { yearOverYearPercent: '7' }),
    ];
    expect(findings(opposite)).toEqual([]);
  });
});
