import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { cumulativeTotal } from './cumulativeTotal.js';
import { projectPath } from './projectPath.js';
import { projectValue } from './projectValue.js';

const base = fc.double({ min: 0.001, max: 1e9, noNaN: true });
const rate = fc.double({ min: -0.9, max: 2, noNaN: true });
const year = fc.integer({ min: 1900, max: 2100 });

describe('projectPath', () => {
  it('labels each year from the base year to the last, base first', () => {
    const path = projectPath(8, 0.1, { from: 2021, to: 2023 });
    expect(path.map((point) => [point.period, point.value.toString()])).toEqual([
      ['2021', '8'],
      ['2022', '8.8'],
      ['2023', '9.68'],
    ]);
  });

  it('accepts YYYY strings and a one-year path', () => {
    const path = projectPath('10.5', '0.06', { from: '2026', to: '2026' });
    expect(path).toHaveLength(1);
    expect(path[0]?.period).toBe('2026');
    expect(path[0]?.value.toString()).toBe('10.5');
  });

  it('holds projectValue in every year, computed from the base directly', () => {
    fc.assert(
      fc.property(base, rate, year, fc.integer({ min: 0, max: 60 }), (b, r, from, span) => {
        const path = projectPath(b, r, { from, to: from + span });
        expect(path).toHaveLength(span + 1);
        path.forEach((point, k) => {
          expect(point.period).toBe(String(from + k));
          expect(point.value.eq(projectValue(b, r, k))).toBe(true);
        });
      }),
    );
  });

  it('has flows after the base year summing to cumulativeTotal', () => {
    fc.assert(
      fc.property(base, rate, fc.integer({ min: 0, max: 60 }), (b, r, span) => {
        const path = projectPath(b, r, { from: 2021, to: 2021 + span });
        const sum = path.slice(1).reduce((total, point) => total.plus(point.value), new Decimal(0));
        const total = cumulativeTotal(b, r, span);
        expect(total.minus(sum).abs().lte(total.abs().times('1e-31'))).toBe(true);
      }),
    );
  });

  it('returns a fresh array each time', () => {
    const options = { from: 2021, to: 2022 };
    expect(projectPath(8, 0.1, options)).not.toBe(projectPath(8, 0.1, options));
    expect(options).toEqual({ from: 2021, to: 2022 });
  });

  it('rejects years that are not whole years 1900–9999, or in the wrong order', () => {
    const reversed = errorOf(() => projectPath(8, 0.1, { from: 2026, to: 2021 }));
    expect(reversed.code).toBe('invalid-period');
    expect(reversed.message).toMatch(/^to \(2021\)/);
    for (const [from, to, field] of [
      ['2021-Q3', 2026, 'from'],
      [2021, 2026.5, 'to'],
      [1800, 2026, 'from'],
      [2021, '26', 'to'],
    ] as const) {
      const error = errorOf(() => projectPath(8, 0.1, { from, to }));
      expect(error.code).toBe('invalid-period');
      expect(error.details.field).toBe(field);
    }
  });

  it('rejects a missing span, a bad rate and a bad base', () => {
    const missing = errorOf(() =>
      projectPath(8, 0.1, undefined as unknown as { from: number; to: number }),
    );
    expect(missing.code).toBe('invalid-argument');
    expect(errorOf(() => projectPath(8, -1, { from: 2021, to: 2026 })).code).toBe(
      'invalid-argument',
    );
    expect(errorOf(() => projectPath('x', 0.1, { from: 2021, to: 2026 })).message).toMatch(
      /^base \("x"\)/,
    );
  });

  it('refuses values beyond 1e±1000', () => {
    const error = errorOf(() => projectPath(1, 99, { from: 2000, to: 2600 }));
    expect(error.code).toBe('invalid-number');
    expect(error.details.field).toBe('projectPath');
  });
});
