import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { annualMilestones } from './annualMilestones.js';
import { projectValue } from './projectValue.js';
import { requiredAnnualRate } from './requiredAnnualRate.js';

const table = (result: ReturnType<typeof annualMilestones>) =>
  result.milestones.map((point) => [point.period, point.value.toString()]);

describe('annualMilestones', () => {
  it('gives the yearly path from 40000 元 (2021) to 5万元 (2026)', () => {
    const result = annualMilestones(40000, 50000, { from: 2021, to: 2026 });
    expect(result.annualRate.toString()).toBe('0.04563955259127323065298529122051825');
    expect(result.annualRate.toFixed(5)).toBe('0.04564');
    // 40000 × 1.25^(k/5), mpmath.
    expect(table(result)).toEqual([
      ['2021', '40000'],
      ['2022', '41825.58210365092922611941164882073'],
      ['2023', '43734.48295773112225475057792142571'],
      ['2024', '45730.50519273263464027023238712478'],
      ['2025', '47817.62498950184928573199161330946'],
      ['2026', '50000'],
    ]);
  });

  it('returns the rate requiredAnnualRate gives, and ends exactly on the target', () => {
    const result = annualMilestones(27720, '40000', { from: '2016', to: '2021' });
    expect(result.annualRate.eq(requiredAnnualRate(27720, 40000, 5))).toBe(true);
    expect(result.milestones.at(-1)?.value.toString()).toBe('40000');
    // Projecting the rounded rate drifts in the last digits; the milestone does not.
    expect(projectValue(27720, result.annualRate, 5).minus(40000).abs().lt('1e-25')).toBe(true);
  });

  it('is flat at a zero rate and falls to nothing for a target of 0', () => {
    const flat = annualMilestones(8, 8, { from: 2021, to: 2023 });
    expect(flat.annualRate.toString()).toBe('0');
    expect(table(flat)).toEqual([
      ['2021', '8'],
      ['2022', '8'],
      ['2023', '8'],
    ]);
    const gone = annualMilestones(8, 0, { from: 2021, to: 2023 });
    expect(gone.annualRate.toString()).toBe('-1');
    expect(table(gone)).toEqual([
      ['2021', '8'],
      ['2022', '0'],
      ['2023', '0'],
    ]);
  });

  it('needs the target year after the baseline year', () => {
    const same = errorOf(() => annualMilestones(8, 10, { from: 2021, to: 2021 }));
    expect(same.code).toBe('invalid-periods');
    expect(same.message).toMatch(/^to \(2021\)/);
    expect(errorOf(() => annualMilestones(8, 10, { from: 2026, to: 2021 })).code).toBe(
      'invalid-period',
    );
  });

  it('rejects a base of zero or below and a negative target', () => {
    expect(errorOf(() => annualMilestones(0, 10, { from: 2021, to: 2026 })).code).toBe(
      'non-positive-base',
    );
    const sign = errorOf(() => annualMilestones(8, -10, { from: 2021, to: 2026 }));
    expect(sign.code).toBe('sign-change');
    expect(sign.details.field).toBe('target');
  });
});
