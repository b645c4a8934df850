import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { claim, obs, town } from '../../test/fixtures/town.js';
import { Decimal } from '../decimal/Decimal.js';
import type { Claim, Observation } from '../models/types.js';
import { annualPercent } from './_annualClaims.js';
import { auditDataset } from './auditDataset.js';
import type { AuditCheck } from './types.js';

// The figures of unverifiable findings (each finding's `numbers`), which the command line prints
// and a dashboard shows beside the message, and the checks a caller asks for.

const run = (observations: readonly Observation[], claims: readonly Claim[], check: AuditCheck) =>
  auditDataset(town(observations, claims), { checks: [check] }).findings;

/** A finding's numbers with every Decimal as its text. */
function numbersOf(finding: { numbers: object } | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(finding?.numbers ?? {}).map(([key, value]) => [key, String(value)]),
  );
}

describe('annual-claim numbers', () => {
  const annual = (indicator: string) =>
    claim('c', indicator, '2016', '2021', { statedAnnualPercent: '9.4' });

  it('of an unknown indicator: no unit', () => {
    const [finding] = run([], [annual('nope')], 'annual-claim');
    expect([finding?.check, finding?.reason]).toEqual(['annual-claim', 'unknown-indicator']);
    expect(numbersOf(finding)).toEqual({
      fromPeriod: '2016',
      toPeriod: '2021',
      unit: '',
      statedAnnualPercent: '9.4',
      years: '5',
    });
  });

  it('without either level: both periods listed', () => {
    const [finding] = run([], [annual('gdp')], 'annual-claim');
    expect(finding?.reason).toBe('missing-level');
    expect(numbersOf(finding)).toEqual({
      fromPeriod: '2016',
      toPeriod: '2021',
      unit: 'yi-yuan',
      statedAnnualPercent: '9.4',
      years: '5',
      missingPeriods: '2016, 2021',
    });
  });

  it('without the later level', () => {
    const [finding] = run([obs('gdp', '2016', '497.8')], [annual('gdp')], 'annual-claim');
    expect([finding?.verdict, finding?.reason]).toEqual(['unverifiable', 'missing-level']);
    expect(numbersOf(finding).missingPeriods).toBe('2021');
    expect(finding?.message.en).toBe(
      'Gross domestic product: no observation for 2021, so the stated 9.4% a year is unverifiable.',
    );
  });

  it('names a stated rate that is not a number', () => {
    const error = errorOf(() =>
      run([], [claim('c', 'gdp', '2016', '2021', { statedAnnualPercent: 'fast' })], 'annual-claim'),
    );
    expect([error.code, error.details.field]).toEqual(['invalid-number', 'statedAnnualPercent']);
  });

  it('has no rate beyond the accepted range', () => {
    expect(annualPercent(new Decimal('1e-1000'), new Decimal('1e1000'), new Decimal('0.5'))).toBe(
      null,
    );
  });
});

describe('price-basis numbers', () => {
  const real = (extra: Partial<Claim>) =>
    claim('c', 'gdp', '2016', '2021', { priceBasis: 'comparable', ...extra });

  it('of an unknown indicator: no unit, the total change as stated', () => {
    const [finding] = run(
      [],
      [claim('c', 'nope', '2016', '2021', { statedPercent: '40', priceBasis: 'comparable' })],
      'price-basis',
    );
    expect([finding?.check, finding?.reason]).toEqual(['price-basis', 'unknown-indicator']);
    expect(numbersOf(finding)).toEqual({
      fromPeriod: '2016',
      toPeriod: '2021',
      unit: '',
      years: '5',
      statedPercent: '40',
    });
  });

  it('without the earlier level', () => {
    const [finding] = run(
      [obs('gdp', '2021', '779')],
      [real({ statedAnnualPercent: '7.3' })],
      'price-basis',
    );
    expect(finding?.reason).toBe('missing-level');
    expect(numbersOf(finding).missingPeriods).toBe('2016');
  });

  it('without the later level', () => {
    const [finding] = run(
      [obs('gdp', '2016', '497.8')],
      [real({ statedAnnualPercent: '7.3' })],
      'price-basis',
    );
    expect(finding?.reason).toBe('missing-level');
    expect(numbersOf(finding)).toEqual({
      fromPeriod: '2016',
      toPeriod: '2021',
      unit: 'yi-yuan',
      years: '5',
      statedAnnualPercent: '7.3',
      missingPeriods: '2021',
    });
  });

  it('from a base of zero, and across a change of sign', () => {
    const [zero] = run(
      [obs('gdp', '2016', '0'), obs('gdp', '2021', '779')],
      [real({ statedAnnualPercent: '7.3' })],
      'price-basis',
    );
    expect(zero?.reason).toBe('non-positive-base');
    expect(numbersOf(zero)).toMatchObject({ fromValue: '0', toValue: '779' });
    const [sign] = run(
      [obs('gdp', '2016', '100'), obs('gdp', '2021', '-5')],
      [real({ statedAnnualPercent: '7.3' })],
      'price-basis',
    );
    expect(sign?.reason).toBe('sign-change');
    expect(numbersOf(sign)).toEqual({
      fromPeriod: '2016',
      toPeriod: '2021',
      unit: 'yi-yuan',
      years: '5',
      statedAnnualPercent: '7.3',
      fromValue: '100',
      toValue: '-5',
      nominalPercent: '-105',
    });
  });

  it('of a total change: the message says nothing of years', () => {
    const [finding] = run(
      [obs('gdp', '2016', '497.8'), obs('gdp', '2021', '779')],
      [real({ statedPercent: '40' })],
      'price-basis',
    );
    expect(finding?.message).toEqual({
      zh: '地区生产总值:2016年497.8亿元至2021年779亿元按现价增长56.4885%,所述按可比价40%为实际增速,不能用现价水平核实;两者相差即价格变动11.7775%。',
      en: 'Gross domestic product: CNY 49.78 billion (2016) to CNY 77.9 billion (2021) is 56.4885% at current prices; the stated 40% at comparable prices is a real growth that current-price levels cannot verify; together they imply prices changing 11.7775%.',
    });
  });

  it('names a stated rate that is not a number', () => {
    for (const [extra, field] of [
      [{ statedAnnualPercent: 'fast' }, 'statedAnnualPercent'],
      [{ statedPercent: 'fast' }, 'statedPercent'],
    ] as const) {
      const error = errorOf(() => run([], [real(extra)], 'price-basis'));
      expect([error.code, error.details.field]).toEqual(['invalid-number', field]);
    }
  });
});

describe('auditDataset runs the checks asked for, and only those', () => {
  it('components-sum alone leaves out the growth checks', () => {
    const observations = [
      obs('agri-output', '2021', '15', { yearOverYearPercent: '8' }),
      obs('agri-output', '2022', '17.2', { yearOverYearPercent: '14.7' }),
      obs('industrial-output', '2021', '14'),
      obs('industrial-output', '2022', '14.68', { yearOverYearPercent: '4.9' }),
      obs('agri-industrial-output', '2021', '29'),
      obs('agri-industrial-output', '2022', '31.88', { yearOverYearPercent: '9.9' }),
    ];
    const all = auditDataset(town(observations)).findings.map((finding) => finding.check);
    expect(all).toContain('stated-growth');
    expect(all).toContain('components-growth');
    const sums = run(observations, [], 'components-sum').map((finding) => finding.check);
    expect(sums).toEqual(['components-sum', 'components-sum']);
  });
});
