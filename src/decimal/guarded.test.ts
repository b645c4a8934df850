import { readFileSync } from 'node:fs';
import { fc, test } from '@fast-check/vitest';
import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal } from './Decimal.js';
import {
  expGuarded,
  expm1Guarded,
  ln1pGuarded,
  lnGuarded,
  lnRatioGuarded,
  nthRootGuarded,
  nthRootMinusOneGuarded,
  nthRootOfRatioMinusOneGuarded,
  powGuarded,
} from './guarded.js';
import { GuardDecimal, roundResult } from './guardPrecision.js';

const d = (value: string | number) => new Decimal(value);
const rounded = (value: Decimal) => roundResult(value).toString();
const scientific = (value: Decimal) => roundResult(value).toExponential();

/** decimal.js at 80 digits, for references. */
const Wide = DecimalJs.clone({ precision: 80, rounding: DecimalJs.ROUND_HALF_EVEN });

describe('guarded math', () => {
  it('carries guard digits and rounds once', () => {
    expect(GuardDecimal.precision).toBeGreaterThan(Decimal.precision);
    const third = new GuardDecimal(1).div(3);
    expect(roundResult(third).toString()).toBe('0.3333333333333333333333333333333333');
    expect(roundResult(new GuardDecimal('-0')).isNegative()).toBe(false);
  });

  it('computes roots, powers and logarithms', () => {
    expect(roundResult(nthRootGuarded(new Decimal(8), new Decimal(3))).toString()).toBe('2');
    expect(roundResult(powGuarded(new Decimal('1.06'), new Decimal(2))).toString()).toBe('1.1236');
    expect(roundResult(lnGuarded(new Decimal(1))).toString()).toBe('0');
    expect(roundResult(lnGuarded(new Decimal(2))).toString()).toBe(
      '0.6931471805599453094172321214581766',
    );
  });
});

interface CorpusCase {
  fn: string;
  args: string[];
  expected: string;
  reference: string;
}

const KERNELS: Record<string, (args: Decimal[]) => Decimal> = {
  nthRoot: ([x, n]) => nthRootGuarded(x as Decimal, n as Decimal),
  nthRootMinusOne: ([x, n]) => nthRootMinusOneGuarded(x as Decimal, n as Decimal),
  ratioRootMinusOne: ([a, b, n]) =>
    nthRootOfRatioMinusOneGuarded(a as Decimal, b as Decimal, n as Decimal),
  ln: ([x]) => lnGuarded(x as Decimal),
  lnRatio: ([a, b]) => lnRatioGuarded(a as Decimal, b as Decimal),
  ln1p: ([x]) => ln1pGuarded(x as Decimal),
  exp: ([x]) => expGuarded(x as Decimal),
  expm1: ([x]) => expm1Guarded(x as Decimal),
  pow: ([x, y]) => powGuarded(x as Decimal, y as Decimal),
};

/** The unit in the `digits`-th significant digit. */
function ulp(value: DecimalJs, digits: number): DecimalJs {
  return new Wide(10).pow(value.e - digits + 1);
}

describe('the fixed kernel corpus (test/fixtures/kernel-corpus.json)', () => {
  const corpus = JSON.parse(
    readFileSync(new URL('../../test/fixtures/kernel-corpus.json', import.meta.url), 'utf8'),
  ) as { cases: CorpusCase[] };

  it('has thousands of cases of every kernel', () => {
    expect(corpus.cases.length).toBeGreaterThan(3000);
    for (const name of Object.keys(KERNELS)) {
      expect(corpus.cases.filter((item) => item.fn === name).length).toBeGreaterThan(100);
    }
  });

  // The kernels run inside the test (not while collecting), so that per-test coverage (Stryker)
  // counts the corpus as covering them.
  it('agrees with the correctly rounded result and keeps 42 good guard digits', () => {
    const results = corpus.cases.map((item) => {
      const kernel = KERNELS[item.fn];
      if (kernel === undefined) throw new Error(`unknown kernel ${item.fn}`);
      const guard = kernel(item.args.map(d));
      return { item, guard: new Wide(guard), ours: new Wide(roundResult(guard)) };
    });
    // Correctly rounded on every case (at least 99.99% is the documented bound).
    const mismatches = results.filter(({ item, ours }) => !ours.eq(item.expected));
    expect(mismatches.map(({ item, ours }) => ({ ...item, ours: ours.toString() }))).toEqual([]);
    expect(mismatches.length).toBeLessThanOrEqual(Math.floor(results.length / 10_000));
    // Within one unit in the 34th digit on every case.
    const far = results.filter(({ item, ours }) => {
      const expected = new Wide(item.expected);
      if (expected.isZero()) return !ours.isZero();
      return ours.minus(expected).abs().gt(ulp(expected, 34));
    });
    expect(far.map(({ item }) => item)).toEqual([]);
    // The guard result within one unit in its 42nd digit.
    const guardFar = results.filter(({ item, guard }) => {
      const reference = new Wide(item.reference);
      if (reference.isZero()) return !guard.isZero();
      return guard.minus(reference).abs().gt(ulp(reference, 42));
    });
    expect(guardFar.map(({ item }) => item)).toEqual([]);
    // Well-formed decimals (as decimal.js would parse them).
    for (const { guard } of results.slice(0, 500)) {
      const value = new GuardDecimal(guard);
      const parsed = new GuardDecimal(value.toString());
      expect({ s: value.s, e: value.e, d: value.d }).toEqual({
        s: parsed.s,
        e: parsed.e,
        d: parsed.d,
      });
      expect(value.sd()).toBeLessThanOrEqual(GuardDecimal.precision);
    }
  });
});

describe('n-th roots', () => {
  it('gives exact roots exactly', () => {
    expect(rounded(nthRootGuarded(d('1.1236'), d(2)))).toBe('1.06');
    expect(rounded(nthRootGuarded(d('1e-300'), d(3)))).toBe(`0.${'0'.repeat(99)}1`);
    expect(rounded(nthRootGuarded(d(1), d(7)))).toBe('1');
    expect(nthRootGuarded(d('2.5'), d(1)).toString()).toBe('2.5');
    expect(rounded(nthRootGuarded(d('1024'), d('0.5')))).toBe('1048576');
    expect(rounded(nthRootGuarded(d(1), d('2.5')))).toBe('1');
  });

  it('handles huge and tiny radicands and large indices', () => {
    expect(rounded(nthRootGuarded(d('1e1000'), d(1000)))).toBe('10');
    expect(rounded(nthRootGuarded(d('2'), d(1_000_000)))).toBe(
      '1.000000693147420786507772636227407',
    );
    expect(nthRootGuarded(d('1e-1000'), d(2)).toExponential()).toBe('1e-500');
  });

  it('keeps the digits of x^(1/n) − 1 near x = 1', () => {
    // (1 + 1e-30)^(1/5) − 1 = 2e-31 − 8e-62 + …: the root alone would keep only 3 digits.
    const x = '1.000000000000000000000000000001';
    expect(roundResult(nthRootMinusOneGuarded(d(x), d(5)))).toEqual(
      roundResult(new Wide(x).pow(new Wide(1).div(5)).minus(1)),
    );
    expect(scientific(nthRootGuarded(d(x), d(5)).minus(1))).toBe('2e-31');
    expect(rounded(nthRootMinusOneGuarded(d(1), d(5)))).toBe('0');
    expect(rounded(nthRootMinusOneGuarded(d('1.1236'), d(2)))).toBe('0.06');
    expect(rounded(nthRootOfRatioMinusOneGuarded(d(27720), d(27720), d(5)))).toBe('0');
    expect(rounded(nthRootOfRatioMinusOneGuarded(d(40000), d(27720), d(5)))).toBe(
      '0.07610178819369843704753816186471454',
    );
    expect(rounded(nthRootOfRatioMinusOneGuarded(d(27720), d(27720), d('2.5')))).toBe('0');
  });

  it('agrees with the quotient rounded first when nothing cancels', () => {
    const viaQuotient = nthRootGuarded(new GuardDecimal(40000).div(27720), d('4.5')).minus(1);
    expect(rounded(nthRootOfRatioMinusOneGuarded(d(40000), d(27720), d('4.5')))).toBe(
      rounded(viaQuotient),
    );
  });

  it('falls back to decimal.js outside the kernels', () => {
    expect(nthRootGuarded(d(-8), d(3)).isNaN()).toBe(true);
    expect(nthRootGuarded(d(0), d(3)).isZero()).toBe(true);
    expect(nthRootMinusOneGuarded(d(0), d(3)).toString()).toBe('-1');
    expect(nthRootOfRatioMinusOneGuarded(d(0), d(3), d(2)).toString()).toBe('-1');
    const many = new Decimal(`1.${'3'.repeat(130)}`);
    expect(rounded(nthRootGuarded(many, d(2)))).toBe(
      rounded(new GuardDecimal(many).pow(new GuardDecimal(1).div(2))),
    );
    expect(nthRootGuarded(new Decimal('1e20000'), d(2)).toExponential()).toBe('1e+10000');
  });
});

describe('logarithms', () => {
  it('keeps relative accuracy near 1', () => {
    const x = '1.000000000000000000000000000000001';
    expect(roundResult(lnGuarded(d(x)))).toEqual(roundResult(new Wide(x).ln()));
    const a = '27720.00000000000000000000000000001';
    expect(roundResult(lnRatioGuarded(d(a), d(27720)))).toEqual(
      roundResult(new Wide(a).div(27720).ln()),
    );
    expect(rounded(lnRatioGuarded(d(27720), d(27720)))).toBe('0');
    expect(rounded(ln1pGuarded(d('1e-1000')))).toBe(d('1e-1000').toFixed());
  });

  it('handles the ends of the range', () => {
    expect(rounded(lnGuarded(d('1e-1000')))).toBe('-2302.585092994045684017991454684364');
    expect(rounded(lnGuarded(d('1e1000')))).toBe('2302.585092994045684017991454684364');
    expect(rounded(ln1pGuarded(d('1e300')))).toBe('690.7755278982137052053974364053093');
    expect(rounded(ln1pGuarded(d('-0.5')))).toBe('-0.6931471805599453094172321214581766');
  });

  it('falls back to decimal.js outside the kernels', () => {
    expect(lnGuarded(d(0)).toString()).toBe('-Infinity');
    expect(lnGuarded(d(-1)).isNaN()).toBe(true);
    expect(lnRatioGuarded(d(-1), d(2)).isNaN()).toBe(true);
    expect(ln1pGuarded(d(0)).toString()).toBe('0');
    expect(ln1pGuarded(d(-1)).toString()).toBe('-Infinity');
    expect(ln1pGuarded(d(-2)).isNaN()).toBe(true);
    expect(ln1pGuarded(new Decimal('1e20000')).toFixed(0)).toBe('46052');
  });

  test.prop([fc.integer({ min: 1, max: 10 ** 9 }), fc.integer({ min: 1, max: 10 ** 9 })])(
    'ln(a/b) = −ln(b/a), both correctly rounded',
    (a, b) => {
      const forward = roundResult(lnRatioGuarded(d(a), d(b)));
      const backward = roundResult(lnRatioGuarded(d(b), d(a)));
      expect(forward.plus(backward).isZero()).toBe(true);
      expect(forward).toEqual(roundResult(new Wide(a).div(b).ln()));
    },
  );
});

describe('exponentials and powers', () => {
  it('gives exact results exactly', () => {
    expect(rounded(expGuarded(d(0)))).toBe('1');
    expect(rounded(expm1Guarded(d(0)))).toBe('0');
    expect(rounded(powGuarded(d('1.06'), d(0)))).toBe('1');
    expect(rounded(powGuarded(d(2), d(-3)))).toBe('0.125');
    expect(rounded(powGuarded(d(-2), d(3)))).toBe('-8');
    expect(rounded(powGuarded(d(-2), d(-3)))).toBe('-0.125');
    expect(rounded(powGuarded(d(-2), d(100)))).toBe('1267650600228229401496703205376');
    expect(rounded(powGuarded(d(-2), d(101)))).toBe(
      new Wide(-2).pow(101).toSignificantDigits(34).toFixed(),
    );
    expect(rounded(powGuarded(d(4), d('0.5')))).toBe('2');
  });

  it('settles exact half-way cases half-even', () => {
    // 1.00000000000000005² = 1.0000000000000001000000000000000025: 35 digits, ending in 5.
    expect(rounded(powGuarded(d('1.00000000000000005'), d(2)))).toBe(
      '1.000000000000000100000000000000002',
    );
    // 2^-113 has 80 digits; 2^-50 has 35 ending in 5.
    expect(scientific(powGuarded(d(2), d(-50)))).toBe('8.881784197001252323389053344726562e-16');
  });

  it('settles results just off a half-way point with more bits', () => {
    // expm1(1e-33) = 1e-33 + 5e-67 + 1.7e-100: just above the half-way point at 34 digits.
    expect(scientific(expm1Guarded(d('1e-33')))).toBe('1.000000000000000000000000000000001e-33');
    // ln(1 − 5e-33) = −5e-33 − 1.25e-65 − …: just beyond it in magnitude.
    expect(scientific(ln1pGuarded(d('-5e-33')))).toBe('-5.000000000000000000000000000000013e-33');
  });

  it('handles the ends of the range', () => {
    expect(rounded(expGuarded(d('2302.585092994045684017991454684364')))).toBe(
      new Wide('2302.585092994045684017991454684364').exp().toSignificantDigits(34).toFixed(),
    );
    expect(rounded(powGuarded(d('1.06'), d(1000)))).toBe(
      new Wide('1.06').pow(1000).toSignificantDigits(34).toFixed(),
    );
    expect(rounded(expm1Guarded(d(-50)))).toBe(
      new Wide(-50).exp().minus(1).toSignificantDigits(34).toFixed(),
    );
  });

  it('falls back to decimal.js outside the kernels', () => {
    expect(powGuarded(d(0), d(2)).toString()).toBe('0');
    expect(powGuarded(d(-2), d('0.5')).isNaN()).toBe(true);
    expect(powGuarded(d(10), d('1e10')).e).toBe(1e10);
    expect(powGuarded(d(1), d('1e1000')).toString()).toBe('1');
    expect(powGuarded(d(-1), d('1e1000')).toString()).toBe('1');
    expect(powGuarded(d('1.5'), d('-1e1000')).isZero()).toBe(true);
    expect(rounded(powGuarded(d(1), d('123.5')))).toBe('1');
    expect(expGuarded(d('1e18')).isFinite()).toBe(false);
    expect(expGuarded(new Decimal('1e20000')).isFinite()).toBe(false);
    expect(expm1Guarded(d('-1e18')).toString()).toBe('-1');
    expect(expm1Guarded(new Decimal('Infinity')).toString()).toBe('Infinity');
  });

  test.prop([
    fc.integer({ min: 1, max: 10 ** 6 }),
    fc.integer({ min: 0, max: 6 }),
    fc.integer({ min: 2, max: 12 }),
  ])('the n-th root of x^n is x', (mantissa, scale, n) => {
    const x = d(mantissa).div(10 ** scale);
    const power = powGuarded(x, d(n));
    expect(roundResult(nthRootGuarded(power, d(n))).eq(x)).toBe(true);
  });
});
