import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { requiredAnnualRate } from '../growth/index.js';
import { Decimal } from './Decimal.js';
import { cmp, pow10, ratio, ratioOf, toFigure } from './rational.js';
import { powRatio, rateRatio } from './rationalPowers.js';

const Precise = Decimal.clone({ precision: 80 });
const figure = (value: { n: bigint; d: bigint } | null) =>
  value === null ? null : toFigure(value)?.toString();
const of = (text: string) => ratioOf(new Decimal(text));

describe('rateRatio', () => {
  it('gives the known rates to all 34 digits', () => {
    expect(figure(rateRatio(of('8'), of('10.5'), { num: 6, den: 1 }, 'r'))).toBe(
      requiredAnnualRate(8, '10.5', 6).toString(),
    );
    expect(figure(rateRatio(of('27720'), of('40000'), { num: 5, den: 1 }, 'r'))).toBe(
      requiredAnnualRate(27720, 40000, 5).toString(),
    );
    expect(figure(rateRatio(of('8'), of('18'), { num: 2, den: 1 }, 'r'))).toBe('0.5');
  });

  it('is exact over one year, -1 to zero and 0 for no change, sign-blind', () => {
    expect(figure(rateRatio(of('100'), of('104'), { num: 1, den: 1 }, 'r'))).toBe('0.04');
    expect(figure(rateRatio(of('100'), of('0'), { num: 3, den: 1 }, 'r'))).toBe('-1');
    expect(figure(rateRatio(of('7'), of('7'), { num: 3, den: 1 }, 'r'))).toBe('0');
    expect(figure(rateRatio(of('-8'), of('-9'), { num: 3, den: 1 }, 'r'))).toBe(
      requiredAnnualRate(8, 9, 3).toString(),
    );
  });

  it('agrees with requiredAnnualRate to 34 digits', () => {
    const short = fc
      .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 6 }))
      .map(([units, places]) => new Decimal(units).div(10 ** places).toFixed());
    // Up to 34 significant digits, from 1e-30 to 1e64.
    const long = fc
      .tuple(fc.bigInt({ min: 1n, max: 10n ** 34n - 1n }), fc.integer({ min: -64, max: 30 }))
      .map(([digits, exponent]) => new Decimal(`${digits}e${exponent}`).toFixed());
    const decimal = fc.oneof(short, long);
    // The hard region: two values agreeing in up to 33 leading digits, rates down to 1e-37.
    const near = fc
      .tuple(long, fc.integer({ min: 1, max: 33 }), fc.integer({ min: -9, max: 99 }))
      .map(([from, places, step]) => {
        const factor = new Decimal(step).times(`1e-${places}`).plus(1);
        return [from, new Decimal(from).times(factor).toFixed()] as const;
      });
    const pair = fc.oneof(fc.tuple(decimal, decimal), near);
    const years = fc.oneof(
      fc.integer({ min: 1, max: 40 }).map((num) => ({ num, den: 1 })),
      fc.integer({ min: 1, max: 120 }).map((months) => ({ num: months, den: 12 })),
      fc.integer({ min: 1, max: 2000 }).map((days) => ({ num: days, den: 365 })),
    );
    fc.assert(
      fc.property(pair, years, ([from, to], span) => {
        const g = gcd(span.num, span.den);
        const reduced = { num: span.num / g, den: span.den / g };
        const periods = new Decimal(reduced.num).div(reduced.den);
        let expected: string;
        try {
          expected = requiredAnnualRate(from, to, periods).toString();
        } catch (error) {
          expect((error as IndicatorError).code).toBe('invalid-number');
          const factor = new Precise(to).div(from).pow(new Precise(reduced.den).div(reduced.num));
          if (factor.lt('1e-1000')) {
            // A growth factor below 1e-1000: requiredAnnualRate refuses it, the attainment
            // rate is −1 (the level falls to nothing), as rateRatio documents.
            expect(figure(rateRatio(of(from), of(to), reduced, 'r'))).toBe('-1');
          } else {
            // Rates beyond 1e1000 have no answer either way.
            expect(() => rateRatio(of(from), of(to), reduced, 'r')).toThrow(IndicatorError);
          }
          return;
        }
        const ours = new Decimal(figure(rateRatio(of(from), of(to), reduced, 'r')) as string);
        // An independent reference at 80 digits, with the exact exponent.
        const reference = new Precise(to)
          .div(from)
          .pow(new Precise(reduced.den).div(reduced.num))
          .minus(1);
        const ulp = reference.abs().times('1e-33').plus('1e-45');
        expect(ours.minus(reference).abs().lte(ulp)).toBe(true);
        // And in fact correctly rounded, unless the reference lies too near a half-way point
        // of 34 digits for its own 80 (less what cancellation took near a zero rate) to tell.
        const rounded = reference.toSignificantDigits(34);
        const unit = new Precise(10).pow(rounded.e - 33);
        const nearTie = reference
          .minus(rounded)
          .abs()
          .minus(unit.div(2))
          .abs()
          .lte(unit.times('1e-6'));
        if (!nearTie) expect(ours.toString()).toBe(new Decimal(rounded).toString());
        if (reduced.den === 1) {
          expect(ours.toString()).toBe(expected);
        } else {
          // The growth layer takes e^(ln(x)/n) with n rounded to 34 digits: its error grows
          // with ln(x)/n, ours does not.
          const gap = ours.minus(expected).abs();
          expect(gap.lte(new Decimal(expected).abs().times('1e-29').plus('1e-40'))).toBe(true);
        }
      }),
      { numRuns: 120 },
    );
  });

  it('gives the correctly rounded rate near zero, as requiredAnnualRate does', () => {
    // 8 → 8.0000000001 over six years; the reference is decimal.js at 100 digits.
    const Wide = Decimal.clone({ precision: 100 });
    const reference = new Wide('8.0000000001').div(8).pow(new Wide(1).div(6)).minus(1);
    const expected = '0.000000000002083333333322482638888971776138117';
    expect(reference.toSignificantDigits(34).toFixed()).toBe(expected);
    expect(figure(rateRatio(of('8'), of('8.0000000001'), { num: 6, den: 1 }, 'r'))).toBe(expected);
    expect(requiredAnnualRate(8, '8.0000000001', 6).toFixed()).toBe(expected);
  });

  it('keeps every digit of a rate too small for fixed point', () => {
    const from = '1000000';
    const to = '1000000.000001';
    expect(figure(rateRatio(of(from), of(to), { num: 7, den: 1 }, 'r'))).toBe(
      requiredAnnualRate(from, to, 7).toString(),
    );
  });

  it('keeps every digit of a fractional-year rate below 1e-12', () => {
    // Fixed point would keep only about 20 of its digits: 60 decimals of a root near 1.
    const to = `1.${'0'.repeat(39)}1`;
    const ours = figure(rateRatio(of('1'), of(to), { num: 5, den: 12 }, 'r'));
    const reference = new Precise(to).pow(new Precise(12).div(5)).minus(1);
    expect(ours).toBe(new Decimal(reference.toSignificantDigits(34)).toString());
  });

  it('throws invalid-number for a rate beyond 1e1000, naming the field and the power', () => {
    const error = errorOf(() =>
      rateRatio(of('1'), of('1e10'), { num: 1, den: 365 }, 'actualAnnualRate'),
    );
    expect([error.code, error.details.field, error.details.value, error.details.reason]).toEqual([
      'invalid-number',
      'actualAnnualRate',
      '(1.000000e+10)^(365/1)',
      'the rate is outside the accepted range 1e-1000 to 1e+1000',
    ]);
  });
});

describe('powRatio', () => {
  it('is exact for whole powers, 1 for power 0, 0 for base 0', () => {
    expect(figure(powRatio(of('1.06'), 5, 1))).toBe('1.3382255776');
    expect(figure(powRatio(of('1.06'), 0, 3))).toBe('1');
    expect(figure(powRatio(of('0'), 3, 2))).toBe('0');
  });

  it('keeps whole powers up to 64 as exact fractions', () => {
    const x = { n: 3n, d: 2n };
    expect(powRatio(x, 3, 1)).toEqual({ n: 27n, d: 8n });
    expect(powRatio(x, 64, 1)).toEqual({ n: 3n ** 64n, d: 2n ** 64n });
  });

  it('keeps every digit of a root of a value too small for fixed point', () => {
    const x = '1.23456789012345678901234567890123e-40';
    const reference = new Precise(x).pow(new Precise(1).div(3));
    expect(figure(powRatio(of(x), 1, 3))).toBe(
      new Decimal(reference.toSignificantDigits(34)).toString(),
    );
  });

  it('matches decimal.js powers at guard precision', () => {
    for (const [x, p, q] of [
      ['1.3125', 1, 6],
      ['0.5', 7, 3],
      ['123456.789', 5, 12],
      ['1.0000001', 1, 1826],
      ['2', 100, 1],
    ] as const) {
      const ours = new Decimal(figure(powRatio(of(x), p, q)) as string);
      const theirs = new Decimal(x).pow(new Decimal(p).div(q));
      expect(ours.minus(theirs).abs().lte(theirs.times('1e-32')), `${x}^(${p}/${q})`).toBe(true);
    }
  });

  it('takes values far from one through decimal.js', () => {
    expect(figure(powRatio(of('1e30'), 1, 3))).toBe('10000000000');
    expect(figure(powRatio(of('1e-30'), 1, 2))).toBe('0.000000000000001');
    expect(figure(powRatio(of('10'), 400, 1))).toBe(`1${'0'.repeat(400)}`);
  });

  it('gives null above 1e1000 and 0 below 1e-1000', () => {
    expect(powRatio(of('10'), 1001, 1)).toBeNull();
    expect(cmp(powRatio(of('0.1'), 1002, 1) as never, ratio(0))).toBe(0);
    expect(figure(powRatio(of('0.1'), 1000, 1))).toBe(`0.${'0'.repeat(999)}1`);
    expect(powRatio({ n: pow10(600), d: 1n }, 2, 1)).toBeNull();
    expect(cmp(powRatio({ n: 1n, d: pow10(600) }, 2, 1) as never, ratio(0))).toBe(0);
  });
});

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

describe('whole powers stay exact up to 64', () => {
  const third = { n: 1n, d: 3n };

  it('powRatio: x^p exact for p ≤ 64, rounded beyond, x^0 = 1 even for 0', () => {
    expect(powRatio(third, 64, 1)).toEqual({ n: 1n, d: 3n ** 64n });
    const beyond = powRatio(third, 65, 1);
    // Rounded: a fixed-point value, its denominator a power of two (and ten), not of three.
    expect((beyond?.d ?? 0n) % 3n).not.toBe(0n);
    expect(cmp(beyond ?? ratio(0n, 1n), ratio(1n, 3n ** 65n))).not.toBe(0);
    expect(figure(beyond)).toBe(
      new Precise(1).div(new Precise(3).pow(65)).toSignificantDigits(34).toString(),
    );
    expect(powRatio(ratio(0n, 1n), 0, 2)).toEqual({ n: 1n, d: 1n });
    expect(powRatio(third, 0, 7)).toEqual({ n: 1n, d: 1n });
  });

  it('rateRatio: x^p − 1 exact for p ≤ 64, rounded once beyond', () => {
    expect(rateRatio(ratio(1n, 1n), third, { num: 1, den: 2 }, 'r')).toEqual({ n: -8n, d: 9n });
    expect(rateRatio(ratio(1n, 1n), third, { num: 1, den: 64 }, 'r')).toEqual({
      n: 1n - 3n ** 64n,
      d: 3n ** 64n,
    });
    const beyond = rateRatio(ratio(1n, 1n), third, { num: 1, den: 65 }, 'r');
    expect(beyond.d % 3n).not.toBe(0n);
    expect(figure(beyond)).toBe(
      new Precise(1).div(new Precise(3).pow(65)).minus(1).toSignificantDigits(34).toString(),
    );
  });
});
