import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal } from './Decimal.js';
import {
  expGuarded,
  expm1Guarded,
  ln1pGuarded,
  lnGuarded,
  nthRootGuarded,
  nthRootMinusOneGuarded,
  nthRootOfRatioMinusOneGuarded,
  powGuarded,
} from './guarded.js';
import { GuardDecimal, roundResult } from './guardPrecision.js';

// Edge cases of the range gates, the retry loop and the exp/ln paths, each against decimal.js
// at 120 digits (or against decimal.js's own result where the gates send a case to it).

const Wide = DecimalJs.clone({ precision: 120, rounding: DecimalJs.ROUND_HALF_EVEN });
const d = (value: string | number) => new Decimal(value);
const rounded = (value: Decimal) => roundResult(value).toString();
/** The correctly rounded 34-digit result of a wide reference. */
const correct = (value: DecimalJs) => value.toSignificantDigits(34).toFixed();

/** 1 + 2.5e-34: its square is 1 + 5e-34 + 6.25e-68, just above a half-way point of 34 digits. */
const NEAR_HALF_ROOT = `1.${'0'.repeat(33)}25`;
/** 1.000…001 with 34 digits: the correct rounding of values just above 1 + 5e-34. */
const UP = `1.${'0'.repeat(32)}1`;

/** A tiny value `1.00…01e-50` with exactly `words` base-1e7 words. */
function tinyWithWords(words: number): Decimal {
  for (let zeros = 1; zeros < 200; zeros++) {
    const value = d(`1.${'0'.repeat(zeros)}1e-50`);
    if (value.d.length === words) return value;
  }
  throw new Error(`no value with ${words} words`);
}

describe('the kernel range gates', () => {
  it('sends exponents beyond ±10000 and more than 17 words to decimal.js', () => {
    // decimal.js rounds 1 + x to 42 digits first, so ln(1 + x) is 0 there; the kernel keeps x.
    expect(ln1pGuarded(d('1e-10001')).isZero()).toBe(true);
    expect(ln1pGuarded(tinyWithWords(18)).isZero()).toBe(true);
    const seventeen = tinyWithWords(17);
    expect(rounded(ln1pGuarded(seventeen))).toBe(
      correct(new Wide(seventeen.toString()).plus(1).ln()),
    );
    expect(expm1Guarded(d('1e-10001')).isZero()).toBe(true);
    expect(expm1Guarded(tinyWithWords(18)).isZero()).toBe(true);
    expect(rounded(expm1Guarded(seventeen))).toBe(correct(new Wide(seventeen.toString())));
  });

  it('gives decimal.js results for non-finite and zero arguments', () => {
    expect(powGuarded(d(Number.POSITIVE_INFINITY), d(2)).toString()).toBe('Infinity');
    expect(powGuarded(d(2), d(Number.POSITIVE_INFINITY)).toString()).toBe('Infinity');
    expect(powGuarded(d(0), d(-2)).toString()).toBe('Infinity');
    expect(expGuarded(d(Number.NaN)).isNaN()).toBe(true);
    expect(expm1Guarded(d(Number.NaN)).isNaN()).toBe(true);
    expect(rounded(expGuarded(d(0)))).toBe('1');
  });

  it('rounds at 42 digits then 34 (decimal.js) only outside the kernels', () => {
    // 18 words: decimal.js's 42-digit result lands on a half-way point and rounds half-even.
    const many = `${NEAR_HALF_ROOT}${'0'.repeat(100)}1`;
    expect(d(many).d.length).toBeGreaterThan(17);
    expect(rounded(powGuarded(d(many), d(2)))).toBe(
      rounded(new GuardDecimal(many).pow(new GuardDecimal(2))),
    );
    expect(rounded(powGuarded(d(many), d(2)))).toBe('1');
    const tiny = `5e-34`;
    const manyTiny = `5.${'0'.repeat(130)}1e-34`;
    expect(rounded(expGuarded(d(manyTiny)))).toBe('1');
    expect(rounded(expGuarded(d(tiny)))).toBe(UP);
  });
});

describe('results just above a half-way point (retried with more bits)', () => {
  it('rounds them up in every kernel path', () => {
    const x = d(NEAR_HALF_ROOT);
    // Binary exponentiation, the Newton root, exp(ln x / n), exp(y ln x), exp.
    expect(rounded(powGuarded(x, d(2)))).toBe(UP);
    expect(rounded(nthRootGuarded(x, d('0.5')))).toBe(UP);
    const y = `2.${'0'.repeat(33)}1`;
    expect(rounded(powGuarded(x, d(y)))).toBe(correct(new Wide(NEAR_HALF_ROOT).pow(y)));
    expect(rounded(powGuarded(x, d(y)))).toBe(UP);
    expect(rounded(expGuarded(d('5e-34')))).toBe(UP);
  });

  it('rounds them up far from 1 too (no precision grown for a small result)', () => {
    // x² = 2.250000000000000150000000000000002 5 + 3e-60: the first try cannot tell the side.
    const x = `1.50000000000000005${'0'.repeat(42)}1`;
    const square = correct(new Wide(x).pow(2));
    expect(square).toBe('2.250000000000000150000000000000003');
    expect(rounded(nthRootGuarded(d(x), d('0.5')))).toBe(square);
    const y = `2.${'0'.repeat(57)}1`;
    const power = correct(new Wide(x).pow(y));
    expect(power).toBe('2.250000000000000150000000000000003');
    expect(rounded(powGuarded(d(x), d(y)))).toBe(power);
  });
});

describe('powers', () => {
  it('handles signs, powers of ten and negative exponents', () => {
    expect(rounded(powGuarded(d(-1), d(3)))).toBe('-1');
    expect(rounded(powGuarded(d(-1), d(4)))).toBe('1');
    expect(rounded(powGuarded(d(10), d(-3)))).toBe('0.001');
    expect(rounded(powGuarded(d(20), d(-3)))).toBe('0.000125');
    expect(rounded(powGuarded(d('0.02'), d(-3)))).toBe('125000');
    expect(rounded(powGuarded(d(2), d('-2.5')))).toBe(correct(new Wide(2).pow('-2.5')));
    expect(rounded(powGuarded(d('-2'), d('-3')))).toBe('-0.125');
  });

  it('handles integer exponents beyond 64 with trailing zeros', () => {
    // 1e8 is stored as the word 10 with exponent 8: c = 10, k = 7.
    expect(rounded(powGuarded(d('1.000001'), d('1e8')))).toBe(
      correct(new Wide('1.000001').pow('1e8')),
    );
  });
});

describe('roots with large and fractional indices', () => {
  it('handles integer indices with trailing zeros', () => {
    expect(rounded(nthRootGuarded(d(2), d('1e8')))).toBe(
      correct(new Wide(2).pow(new Wide(1).div('1e8'))),
    );
    expect(rounded(nthRootMinusOneGuarded(d(2), d('1e8')))).toBe(
      correct(new Wide(2).ln().div('1e8').exp().minus(1)),
    );
  });

  it('keeps 42 digits of the rate for a huge fractional index', () => {
    // Read the base-2 tables at 256 bits first: the huge index needs them at more.
    expect(rounded(lnGuarded(d(2)))).toBe('0.6931471805599453094172321214581766');
    for (const n of ['1000000000000000.5', `1${'0'.repeat(60)}.5`]) {
      const guard = new Wide(nthRootMinusOneGuarded(d(2), d(n)));
      const reference = new Wide(2).ln().div(n).exp().minus(1);
      const unit = new Wide(10).pow(reference.e - 41);
      expect(guard.minus(reference).abs().lte(unit)).toBe(true);
    }
  });

  it('keeps the rate of a ratio near 1 and the root of index 1', () => {
    const a = '27720.00000000000000000000000000001';
    expect(rounded(nthRootOfRatioMinusOneGuarded(d(a), d(27720), d(2)))).toBe(
      correct(new Wide(a).div(27720).sqrt().minus(1)),
    );
    expect(rounded(nthRootOfRatioMinusOneGuarded(d(a), d(27720), d('2.5')))).toBe(
      correct(new Wide(a).div(27720).pow(new Wide(1).div('2.5')).minus(1)),
    );
    // 43 digits: the root of index 1 is x itself, rounded once.
    const x = `1.${'0'.repeat(33)}5${'0'.repeat(8)}1`;
    expect(rounded(nthRootGuarded(d(x), d(1)))).toBe(UP);
    expect(rounded(nthRootMinusOneGuarded(d('2.5'), d(1)))).toBe('1.5');
  });
});

describe('exponentials', () => {
  it('handles negative and integer arguments with trailing zeros', () => {
    expect(rounded(expGuarded(d('-1.5')))).toBe(correct(new Wide('-1.5').exp()));
    expect(rounded(expGuarded(d('1e3')))).toBe(correct(new Wide('1e3').exp()));
    // −2e7 is stored as the word 2 with exponent 7 (c = 2, k = 7); checked through its log.
    const tiny = new Wide(expGuarded(d('-2e7')));
    expect(tiny.ln().plus('2e7').abs().lt('1e-30')).toBe(true);
    expect(rounded(expm1Guarded(d('-1e-20')))).toBe(correct(new Wide('-1e-20').exp().minus(1)));
  });
});

describe('powers of ±1', () => {
  it('are exactly ±1 for any exponent, however large (no work on a huge exponent)', () => {
    // Through the general path, y·ln 1 = 0 carries no precision to scale by 1e308: this case
    // once hung growthFactor(0, 1e308).
    expect(powGuarded(d(1), d('1e308')).toString()).toBe('1');
    expect(powGuarded(d(-1), d('1e308')).toString()).toBe('1');
    expect(powGuarded(d(-1), d('1000000000000000000000000000000001')).toString()).toBe('-1');
    expect(powGuarded(d(1), d('-2.5e300')).toString()).toBe('1');
  });
});
