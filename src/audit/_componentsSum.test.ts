import { describe, expect, it } from 'vitest';
import { obs, town } from '../../test/fixtures/town.js';
import type { Observation } from '../models/types.js';
import { auditDataset } from './auditDataset.js';
import type { ComponentsSumFinding } from './componentFindings.js';

const findings = (observations: readonly Observation[]) =>
  auditDataset(town(observations), { checks: ['components-sum'] })
    .findings as ComponentsSumFinding[];

const parts = [obs('agri-output', '2022', '17.2'), obs('industrial-output', '2022', '14.68')];

describe('components-sum check', () => {
  it('finds 31.88 = 17.2 + 14.68 consistent, with the figures and both sentences', () => {
    const [finding, ...rest] = findings([...parts, obs('agri-industrial-output', '2022', '31.88')]);
    expect(rest).toEqual([]);
    expect(finding?.id).toBe('components-sum:agri-industrial-output:2022');
    expect(finding?.subject).toEqual([
      'agri-industrial-output',
      'agri-output',
      'industrial-output',
    ]);
    expect([finding?.verdict, finding?.reason]).toEqual(['consistent', null]);
    expect(finding?.numbers).toEqual({
      period: '2022',
      unit: 'yi-yuan',
      parts: 'agri-output, industrial-output',
      statedTotal: expect.anything(),
      partsSum: expect.anything(),
      partsLow: expect.anything(),
      partsHigh: expect.anything(),
      difference: expect.anything(),
    });
    const n = finding?.numbers;
    expect(
      [n?.statedTotal, n?.partsSum, n?.partsLow, n?.partsHigh, n?.difference].map(String),
    ).toEqual(['31.88', '31.88', '31.825', '31.935', '0']);
    expect(finding?.message).toEqual({
      zh: '工农业总值:2022年31.88亿元,各部分农业总产值17.2亿元、工业总产值14.68亿元合计31.88亿元:相符。',
      en: 'Agricultural and industrial output: CNY 3.188 billion in 2022; its parts (Agricultural output CNY 1.72 billion, Industrial output CNY 1.468 billion) add up to CNY 3.188 billion: consistent.',
    });
  });

  it('finds 32.88 inconsistent with 17.2 + 14.68', () => {
    const [finding] = findings([...parts, obs('agri-industrial-output', '2022', '32.88')]);
    expect(finding?.verdict).toBe('inconsistent');
    expect(String(finding?.numbers.difference)).toBe('1');
    expect(finding?.message.zh.endsWith('合计31.88亿元:不符。')).toBe(true);
  });

  it.each([
    // The parts as written allow 31.825 to 31.935, which round half-up to 31.83 … 31.94.
    ['31.83', 'consistent'],
    ['31.94', 'consistent'],
    ['31.82', 'inconsistent'],
    ['31.95', 'inconsistent'],
    // A total written with fewer decimals: 31.9 stands for 31.85 to 31.95.
    ['31.9', 'consistent'],
    ['32', 'consistent'],
    ['33', 'inconsistent'],
  ])('allows the parts’ rounding: %s is %s', (total, verdict) => {
    const [finding] = findings([...parts, obs('agri-industrial-output', '2022', total)]);
    expect(finding?.verdict).toBe(verdict);
  });

  it('reads a total in another unit, and a qualified total or part as a range', () => {
    const inWan = findings([
      ...parts,
      obs('agri-industrial-output', '2022', '318800', { unit: 'wan-yuan' }),
    ]);
    expect([inWan[0]?.verdict, String(inWan[0]?.numbers.statedTotal)]).toEqual([
      'consistent',
      '31.88',
    ]);
    const about = findings([
      ...parts,
      obs('agri-industrial-output', '2022', '29', { qualifier: 'approximately' }),
    ]);
    // 约29 is 28.5 to 29.5, below the parts' 31.825.
    expect(about[0]?.verdict).toBe('inconsistent');
    const aboutPart = findings([
      obs('agri-output', '2022', '17', { qualifier: 'approximately' }),
      obs('industrial-output', '2022', '14.68'),
      obs('agri-industrial-output', '2022', '31', { qualifier: 'approximately' }),
    ]);
    expect(aboutPart[0]?.verdict).toBe('consistent');
    expect(String(aboutPart[0]?.numbers.partsLow)).toBe('31.175');
  });

  it('says nothing when a part is missing at the total’s period', () => {
    expect(
      findings([
        obs('agri-output', '2022', '17.2'),
        obs('agri-industrial-output', '2022', '31.88'),
      ]),
    ).toEqual([]);
  });
});
