import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { claim, obs, town } from '../../test/fixtures/town.js';
import type { Claim, Observation } from '../models/types.js';
import { auditDataset } from './auditDataset.js';
import type { AuditCheck } from './types.js';

// The component checks at their edges: qualified figures, growths that cannot be combined, and
// growths the other checks read.

const run = (observations: readonly Observation[], check: AuditCheck, claims: Claim[] = []) =>
  auditDataset(town(observations, claims), { checks: [check] }).findings;

describe('components-sum', () => {
  const parts = [obs('agri-output', '2022', '17.2'), obs('industrial-output', '2022', '14.68')];

  it('is a finding of its own check', () => {
    const [finding] = run(
      [...parts, obs('agri-industrial-output', '2022', '31.88')],
      'components-sum',
    );
    expect(finding?.check).toBe('components-sum');
  });

  it('reads a qualified total as the range it stands for: 约30 is 25 to 35', () => {
    const about = (total: string) =>
      run(
        [...parts, obs('agri-industrial-output', '2022', total, { qualifier: 'approximately' })],
        'components-sum',
      )[0]?.verdict;
    expect(about('30')).toBe('consistent');
    // Written exactly, 30 is 29.5 to 30.5, below the parts' 31.825.
    expect(
      run([...parts, obs('agri-industrial-output', '2022', '30')], 'components-sum')[0]?.verdict,
    ).toBe('inconsistent');
  });

  it('reads a qualified part as the range it stands for: 17余 is 17 to 18', () => {
    const withPart = (qualifier: Observation['qualifier']) =>
      run(
        [
          obs('agri-output', '2022', '17', { qualifier }),
          obs('industrial-output', '2022', '14.68'),
          obs('agri-industrial-output', '2022', '32.5'),
        ],
        'components-sum',
      )[0]?.verdict;
    expect(withPart('more-than')).toBe('consistent');
    expect(withPart(null)).toBe('inconsistent');
  });
});

describe('components-growth', () => {
  const levels = [obs('agri-output', '2022', '17.2'), obs('industrial-output', '2022', '14.68')];
  const total = claim('total', 'agri-industrial-output', '2021', '2022', { statedPercent: '7' });
  const agri = claim('agri', 'agri-output', '2021', '2022', { statedPercent: '5.5' });
  const industry = claim('industry', 'industrial-output', '2021', '2022', { statedPercent: '9' });

  it('is a finding of its own check', () => {
    const [finding] = run(levels, 'components-growth', [total, agri, industry]);
    expect(finding?.check).toBe('components-growth');
  });

  it('passes over a growth of an indicator the dataset does not hold', () => {
    const unknown = claim('unknown', 'nope', '2021', '2022', { statedPercent: '7' });
    expect(run(levels, 'components-growth', [unknown, total, agri, industry])).toHaveLength(1);
  });

  it('passes over a claim of an annual rate', () => {
    const annual = claim('annual', 'agri-output', '2016', '2021', { statedAnnualPercent: '7' });
    expect(run(levels, 'components-growth', [annual, total, agri, industry])).toHaveLength(1);
  });

  it('takes a part’s growth only over the same span: same start, another end', () => {
    const later = { ...agri, toPeriod: '2023' };
    expect(run(levels, 'components-growth', [total, later, industry])).toEqual([]);
  });

  it('needs each part’s level at the end of the span, not only its growth', () => {
    const [agriLevel] = levels as [Observation];
    expect(run([agriLevel], 'components-growth', [total, agri, industry])).toEqual([]);
  });

  it('compares price bases as stated, a claim without one being at current prices', () => {
    const current = { ...total, priceBasis: 'current' as const };
    expect(run(levels, 'components-growth', [current, agri, industry])).toHaveLength(1);
    const comparable = { ...total, priceBasis: 'comparable' as const };
    expect(run(levels, 'components-growth', [comparable, agri, industry])).toEqual([]);
    const observed = [
      obs('agri-output', '2022', '17.2', { yearOverYearPercent: '5.5', priceBasis: 'comparable' }),
      obs('industrial-output', '2022', '14.68', { yearOverYearPercent: '9' }),
      obs('agri-industrial-output', '2022', '31.88', { yearOverYearPercent: '7' }),
    ];
    expect(run(observed, 'components-growth')).toEqual([]);
    const explicit = observed.map((o) =>
      o.indicator === 'agri-output' ? { ...o, priceBasis: 'current' as const } : o,
    );
    expect(run(explicit, 'components-growth')).toHaveLength(1);
  });

  it('says nothing when a part fell by 100% as written, however small the part', () => {
    const parts = [
      obs('agri-output', '2022', '100', { yearOverYearPercent: '10' }),
      obs('industrial-output', '2022', '0.000001', { yearOverYearPercent: '-100' }),
      obs('agri-industrial-output', '2022', '100.000001', { yearOverYearPercent: '10' }),
    ];
    expect(run(parts, 'components-growth')).toEqual([]);
  });

  it('says nothing when the parts’ rounding leaves the previous total’s sign open', () => {
    // 100/1.1 = 90.909…; −90.9 at 0% (−0.5% to 0.5%) was −90.45… to −91.36…: the previous
    // total lies between −0.45 and 0.46.
    const parts = [
      obs('agri-output', '2022', '100', { yearOverYearPercent: '10' }),
      obs('industrial-output', '2022', '-90.9', { yearOverYearPercent: '0' }),
      obs('agri-industrial-output', '2022', '9.1', { yearOverYearPercent: '1000' }),
    ];
    expect(run(parts, 'components-growth')).toEqual([]);
  });

  it('names a stated growth that is not a number', () => {
    const bad = claim('bad', 'agri-output', '2021', '2022', { statedPercent: 'fast' });
    expect(errorOf(() => run(levels, 'components-growth', [bad])).details.field).toBe(
      'statedPercent',
    );
    const badObservation = obs('agri-output', '2022', '17.2', { yearOverYearPercent: 'fast' });
    expect(errorOf(() => run([badObservation], 'components-growth')).details.field).toBe(
      'yearOverYearPercent',
    );
  });
});

describe('stated-growth', () => {
  it('passes over an indicator the dataset does not hold, though its base is there', () => {
    const observations = [
      obs('nope', '2021', '4'),
      obs('nope', '2022', '4.18', { yearOverYearPercent: '4.5' }),
    ];
    expect(run(observations, 'stated-growth')).toEqual([]);
  });

  it('names a stated growth that is not a number', () => {
    const observations = [
      obs('gdp', '2021', '4'),
      obs('gdp', '2022', '4.18', { yearOverYearPercent: 'fast' }),
    ];
    expect(errorOf(() => run(observations, 'stated-growth')).details.field).toBe(
      'yearOverYearPercent',
    );
  });
});
