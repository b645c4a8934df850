import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal } from './Decimal.js';
import { decode, fixedToFloat, pow10n, roundFixed, toFixed } from './fixedPoint.js';
import { expm1Guarded, lnGuarded, nthRootMinusOneGuarded } from './guarded.js';
import { GuardDecimal } from './guardPrecision.js';
import { lnCore } from './logarithms.js';
import { rootRatio } from './roots.js';

const Wide = DecimalJs.clone({ precision: 120 });

/** The fixed-point value of a decimal string with `p` fraction bits. */
function fixed(text: string, p: number): bigint {
  return toFixed(decode(new Decimal(text)), p) * (text.startsWith('-') ? -1n : 1n);
}

/** roundFixed to 42 digits, checked for 34, back as a decimal string. */
function round(v: bigint, p: number, q = 0, exactTie = false): string {
  const fields = roundFixed({ v, p, q }, 42, 34, exactTie);
  if (fields === 'zero' || fields === 'retry') return fields;
  return new GuardDecimal(fields as unknown as Decimal).toExponential();
}

describe('decode', () => {
  it('reads digits, exponents and a float mantissa', () => {
    const parts = decode(new Decimal('-1234567.890123456789e-20'));
    // Words of 7 digits: the last one padded with zeros.
    expect(parts.c).toBe(1234567890123456789000n);
    expect(parts.k).toBe(-35);
    expect(parts.e).toBe(-14);
    expect(parts.digits).toBe(22);
    expect(parts.m).toBeCloseTo(1.2345678901234567, 15);
    expect(decode(new Decimal('1e-7')).c).toBe(1n);
  });
});

describe('roundFixed', () => {
  const p = 200;

  it('rounds to 42 digits, half up on the approximate digits', () => {
    expect(round(fixed('1.23456789012345678901234567890123456789012349', p), p)).toBe(
      '1.23456789012345678901234567890123456789012e+0',
    );
    expect(round(fixed('0.999999999999999999999999999999999999999999999', p), p)).toBe('1e+0');
    expect(round(0n, p)).toBe('zero');
    expect(round(-fixed('2.5', p), p, 3)).toBe('-2.5e+3');
  });

  it('moves a result off a false half-way point, to the side of the value', () => {
    // Just below 1 + 5e-34 (a half-way point at 34 digits): nudged down, not rounded to it.
    const below = fixed('1.000000000000000000000000000000000499999999999', p);
    expect(round(below, p)).toBe('1.00000000000000000000000000000000049999999e+0');
    const above = fixed('1.000000000000000000000000000000000500000000001', p);
    expect(round(above, p)).toBe('1.00000000000000000000000000000000050000001e+0');
  });

  it('asks for more bits when the value is on a half-way point, or takes it as exact', () => {
    const tie = fixed('1.0000000000000000000000000000000005', p);
    expect(round(tie, p)).toBe('retry');
    expect(round(tie, p, 0, true)).toBe('1.0000000000000000000000000000000005e+0');
    // 57 digits known at 200 bits: off the half-way point by 7 units of the 56th digit, more
    // than the error bound, so decided.
    const close = fixed(`1.${'0'.repeat(33)}5${'0'.repeat(20)}7`, p);
    expect(round(close, p)).toBe('1.00000000000000000000000000000000050000001e+0');
    const under = fixed(`1.${'0'.repeat(33)}4${'9'.repeat(20)}3`, p);
    expect(round(under, p)).toBe('1.00000000000000000000000000000000049999999e+0');
  });

  it('rounds a 43rd digit of exactly 5 up', () => {
    const x = `1.${'2'.repeat(33)}1${'3'.repeat(7)}5${'0'.repeat(10)}1`;
    expect(round(fixed(x, p), p)).toBe(`1.${'2'.repeat(33)}1${'3'.repeat(6)}4e+0`);
  });

  it('keeps a value just under a half-way point under it when the digits after run out in nines', () => {
    // 34 digits, then 4 9999999 5…: the 42-digit rounding would read …5 0000000, a false
    // half-way point; the value is below it, so the digits stay …4 9999999.
    const x = `1.${'0'.repeat(33)}4${'9'.repeat(7)}51`;
    expect(round(fixed(x, p), p)).toBe(`1.${'0'.repeat(33)}4${'9'.repeat(7)}e+0`);
  });

  it('measures the error bound on large values in their own units', () => {
    // Exactly half-way at 34 digits plus 2^12 units of 2^-200 (about 3e-57): far inside the
    // error bound of a value near 2^10 (2^18 units), so the side cannot be told.
    const tie = fixed(`1234.${'0'.repeat(30)}5`, p) + 4096n;
    expect(round(tie, p)).toBe('retry');
  });

  it('decides the side only beyond the error bound, not at it', () => {
    // 57 digits known; the bound is 2 units of the last. Two units off half-way: undecided.
    const above = fixed(`1234.${'0'.repeat(30)}5${'0'.repeat(21)}3`, p);
    expect(round(above, p)).toBe('retry');
    const below = fixed(`1234.${'0'.repeat(30)}4${'9'.repeat(21)}8000001`, p);
    expect(round(below, p)).toBe('retry');
    const further = fixed(`1234.${'0'.repeat(30)}5${'0'.repeat(21)}4`, p);
    expect(round(further, p)).not.toBe('retry');
  });

  it('handles values beyond the float range', () => {
    const huge = 1n << 1100n;
    expect(round(huge, 100)).toBe(new Wide(2).pow(1000).toSignificantDigits(42).toExponential());
  });

  it('sizes the error bound of values beyond the float range by their bit length', () => {
    // 10^301 + 5·10^267 is half-way at 34 digits; 10^200 more is within the error of a value
    // of 2^1000 with 100 fraction bits (about 27 digits known), so the side cannot be told.
    const halfway = 10n ** 301n + 5n * 10n ** 267n + 10n ** 200n;
    expect(round(halfway << 100n, 100)).toBe('retry');
  });
});

describe('helpers', () => {
  it('converts fixed point to floats, even beyond 2^1024', () => {
    expect(fixedToFloat(3n << 99n, 100)).toBe(1.5);
    expect(fixedToFloat(1n << 1100n, 100)).toBe(2 ** 1000);
  });

  it('caches powers of ten and computes large ones', () => {
    expect(pow10n(3)).toBe(1000n);
    expect(pow10n(401)).toBe(10n ** 401n);
  });

  it('reads cached logarithm tables at lower precision', () => {
    const x = fixed('1.2345', 600);
    const high = lnCore(x, 600);
    const low = lnCore(x >> 400n, 200);
    expect(high >> 400n).toBeGreaterThanOrEqual(low - 4n);
    expect(high >> 400n).toBeLessThanOrEqual(low + 4n);
  });

  it('returns no root for a ratio of exactly 1 (the rate is 0)', () => {
    const one = decode(new Decimal('2.5'));
    expect(rootRatio(one, decode(new Decimal('25e-1')), 3, true, 0)).toBeNull();
  });
});

describe('precision grown for small results', () => {
  it('keeps the digits of tiny rates and logarithms', () => {
    const x = `1.${'0'.repeat(99)}3`;
    expect(
      new Wide(nthRootMinusOneGuarded(new Decimal(x), new Decimal(2))).toSignificantDigits(20),
    ).toEqual(new Wide('1.5e-100'));
    expect(new Wide(expm1Guarded(new Decimal('3e-300'))).toSignificantDigits(30)).toEqual(
      new Wide('3e-300'),
    );
    const many = new Decimal(`1.${'7'.repeat(99)}`);
    expect(new Wide(lnGuarded(many)).toSignificantDigits(40)).toEqual(
      new Wide(many.toString()).ln().toSignificantDigits(40),
    );
  });
});
