import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { editDistance, nearest, suggestion } from './_nearest.js';
import { parseDataset } from './parseDataset.js';

describe('nearest', () => {
  it('measures edits exactly', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('ab', 'ba')).toBe(2);
  });

  it('suggests the closest known id within the limit, first on a tie', () => {
    const known = ['agricultural-output', 'industrial-output', 'farmer-income'];
    expect(nearest('agricultral-output', known)).toBe('agricultural-output');
    expect(nearest('farmer-incme', known)).toBe('farmer-income');
    expect(nearest('tourism', known)).toBeUndefined();
    expect(nearest('ab', ['ac', 'ad'])).toBe('ac');
    // Short ids allow one edit only; long ones at most three.
    expect(nearest('abc', ['xyc'])).toBeUndefined();
    expect(nearest('abcdefghijkl', ['abcdefghixyz'])).toBe('abcdefghixyz');
    expect(nearest('abcdefghijkl', ['abcdefgwxyzl'])).toBeUndefined();
    expect(nearest('x'.repeat(121), ['x'.repeat(121)])).toBeUndefined();
    expect(nearest('x'.repeat(120), ['x'.repeat(119)])).toBe('x'.repeat(119));
    expect(nearest('x'.repeat(120), ['x'.repeat(121)])).toBeUndefined();
    expect(suggestion('farmer-incme', known)).toBe(' (did you mean "farmer-income"?)');
    expect(suggestion('zzz', known)).toBe('');
  });

  it('puts the suggestion in the dataset message', () => {
    const [observation] = miniDataset.observations;
    const id = String(observation!.indicator);
    const typo = `${id.slice(0, -1)}`;
    let message = '';
    try {
      parseDataset({ ...miniDataset, observations: [{ ...observation, indicator: typo }] });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain(`unknown indicator "${typo}" (did you mean "${id}"?)`);
  });
});
