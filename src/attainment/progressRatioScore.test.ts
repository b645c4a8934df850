import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IndicatorError } from '../errors/IndicatorError.js';
import { progressRatioScore } from './progressRatioScore.js';

describe('progressRatioScore', () => {
  it('follows the published Open SDG coefficients', () => {
    // The known answer: R = 0.863623… scores 1.883073.
    expect(progressRatioScore('0.8636230328389087882394511150157552').toFixed(6)).toBe('1.883073');
    expect(progressRatioScore('0.6').toString()).toBe('0.00004');
    expect(progressRatioScore('0.95').toString()).toBe('2.500055');
    expect(progressRatioScore('0.5').toString()).toBe('-0.41665');
    expect(progressRatioScore(0).toString()).toBe('-2.5');
  });

  it('clamps to -5..5', () => {
    expect(progressRatioScore('1.3').toString()).toBe('5');
    expect(progressRatioScore(100).toString()).toBe('5');
    expect(progressRatioScore('-0.6').toString()).toBe('-5');
    expect(progressRatioScore('-1e30').toString()).toBe('-5');
  });

  it('is monotone and bounded', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -10, max: 10, noNaN: true }),
        fc.double({ min: -10, max: 10, noNaN: true }),
        (x, y) => {
          const [low, high] = x <= y ? [x, y] : [y, x];
          const a = progressRatioScore(low);
          const b = progressRatioScore(high);
          expect(a.lte(b)).toBe(true);
          expect(a.gte(-5) && b.lte(5)).toBe(true);
        },
      ),
    );
  });

  it('rejects what is not a decimal', () => {
    expect(() => progressRatioScore(Number.NaN)).toThrow(IndicatorError);
    expect(() => progressRatioScore('high')).toThrow(/ratio/);
  });
});
