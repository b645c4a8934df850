import { describe, expect, it } from 'vitest';
import { Decimal } from './Decimal.js';
import { GuardDecimal } from './guardPrecision.js';
import {
  abs,
  add,
  clamp,
  cmp,
  compactFigure,
  div,
  log10Bounds,
  magnitude,
  mul,
  ONE,
  pow10,
  ratio,
  ratioOf,
  scale,
  sign,
  sub,
  toFigure,
  ZERO,
} from './rational.js';

const text = (n: bigint, d: bigint = 1n) => toFigure({ n, d })?.toString();

describe('exact fractions', () => {
  it('read decimals exactly', () => {
    expect(ratioOf(new Decimal('-0.0012'))).toEqual({ n: -12n, d: 10000n });
    expect(ratioOf(new Decimal('1000'))).toEqual({ n: 1000n, d: 1n });
    expect(ratioOf(new GuardDecimal('1.000000000000000000000000000000000000001'))).toEqual({
      n: 1000000000000000000000000000000000000001n,
      d: pow10(39),
    });
    expect(ratioOf(new Decimal('1e-5'))).toEqual({ n: 1n, d: 100000n });
  });

  it('add, subtract, multiply, divide and compare', () => {
    const third = ratio(1, 3);
    const half = ratio(1, 2);
    expect(cmp(add(third, half), ratio(5, 6))).toBe(0);
    expect(cmp(add(half, half), ONE)).toBe(0);
    expect(cmp(sub(third, half), ratio(-1, 6))).toBe(0);
    expect(cmp(sub(half, half), ZERO)).toBe(0);
    expect(cmp(mul(third, half), ratio(1, 6))).toBe(0);
    expect(cmp(div(third, ratio(-1, 2)), ratio(-2, 3))).toBe(0);
    expect(div(third, ratio(-1, 2)).d > 0n).toBe(true);
    expect(cmp(scale(third, 3), ONE)).toBe(0);
    expect(cmp(abs(ratio(-1, 3)), third)).toBe(0);
    expect(abs(third)).toBe(third);
    expect(ratio(1, -2)).toEqual({ n: -1n, d: 2n });
    expect([sign(ratio(-2)), sign(ZERO), sign(half)]).toEqual([-1, 0, 1]);
    expect(cmp(half, third)).toBe(1);
    expect(cmp(third, half)).toBe(-1);
    expect(clamp(ratio(3), ZERO, ONE)).toBe(ONE);
    expect(clamp(ratio(-3), ZERO, ONE)).toBe(ZERO);
    expect(clamp(half, ZERO, ONE)).toBe(half);
  });

  it('estimate magnitudes', () => {
    expect(magnitude(1000n)).toBe(3);
    expect(magnitude(pow10(400))).toBe(400);
    expect(log10Bounds(ratio(1000, 10))[0]).toBeCloseTo(2, 6);
    const [low, high] = log10Bounds({ n: pow10(500), d: 7n });
    expect(low).toBeLessThanOrEqual(499.2);
    expect(high).toBeGreaterThanOrEqual(499.2);
  });
});

describe('toFigure', () => {
  it('rounds to 34 significant digits, half to even', () => {
    expect(text(1n, 3n)).toBe('0.3333333333333333333333333333333333');
    expect(text(2n, 3n)).toBe('0.6666666666666666666666666666666667');
    expect(text(-2n, 3n)).toBe('-0.6666666666666666666666666666666667');
    // Exact ties go to the even neighbour.
    expect(text(12345678901234567890123456789012345n, 10n)).toBe(
      '1234567890123456789012345678901234',
    );
    expect(text(12345678901234567890123456789012355n, 10n)).toBe(
      '1234567890123456789012345678901236',
    );
    // A 5 followed by more digits, or by a remainder, rounds up.
    expect(text(123456789012345678901234567890123451n, 100n)).toBe(
      '1234567890123456789012345678901235',
    );
    expect(text(37037037037037037037037037037037035n * 3n + 1n, 30n)).toBe(
      '3703703703703703703703703703703704',
    );
  });

  it('carries 9.99… to 10', () => {
    expect(text(99999999999999999999999999999999999n, 10n)).toBe(
      '10000000000000000000000000000000000',
    );
    expect(text(99999999999999999999999999999999996n, pow10(35))).toBe('1');
  });

  it('gives zero as 0, short values shortly, and null beyond 1e±1000', () => {
    expect(text(0n, 7n)).toBe('0');
    expect(Object.is(toFigure({ n: 0n, d: 1n })?.toNumber(), -0)).toBe(false);
    expect(text(1n, 2n)).toBe('0.5');
    expect(text(-4n, 10n)).toBe('-0.4');
    expect(text(pow10(1000))).toBe(`1${'0'.repeat(1000)}`);
    expect(toFigure({ n: pow10(1001), d: 1n })).toBeNull();
    expect(toFigure({ n: 1n, d: pow10(1001) })).toBeNull();
    expect(toFigure({ n: 1n, d: pow10(1000) })?.toExponential()).toBe('1e-1000');
  });
});

describe('exact fractions at their edges', () => {
  it('clamp and abs return the value itself when it is already in range', () => {
    const zero = ratio(0);
    const one = ratio(1);
    expect(clamp(zero, ZERO, ONE)).toBe(zero);
    expect(clamp(one, ZERO, ONE)).toBe(one);
    expect(abs(zero)).toBe(zero);
  });

  it('estimate magnitudes to double precision below 1e300, by digit count from there', () => {
    expect(magnitude(5000n)).toBeCloseTo(Math.log10(5000), 12);
    const [low, high] = log10Bounds(ratio(100));
    expect(low).toBeLessThan(2);
    expect(high).toBeGreaterThan(2);
    expect(high - low).toBeLessThan(1e-8);
    expect(log10Bounds({ n: BigInt(1e300), d: 1n })).toEqual([298, 302]);
    expect(log10Bounds({ n: 1n, d: BigInt(1e300) })).toEqual([-302, -298]);
    const [tinyLow, tinyHigh] = log10Bounds({ n: 7n, d: pow10(500) });
    expect(tinyLow).toBeLessThanOrEqual(-499.15);
    expect(tinyHigh).toBeGreaterThanOrEqual(-499.16);
  });
});

describe('toFigure at its edges', () => {
  it('rounds a 5 up when the division left a remainder past the digits looked at', () => {
    // 1234…1234.5 plus 1/(2·10^10): the digits after the 5 are zeros, the remainder is not.
    const head = 1234567890123456789012345678901234n;
    expect(text((2n * head + 1n) * pow10(10) + 1n, 2n * pow10(10))).toBe(
      '1234567890123456789012345678901235',
    );
    expect(text((2n * head + 1n) * pow10(10), 2n * pow10(10))).toBe(
      '1234567890123456789012345678901234',
    );
  });

  it('is null when rounding carries past 1e1000', () => {
    expect(toFigure({ n: pow10(1001) - 1n, d: 1n })).toBeNull();
    expect(toFigure({ n: pow10(1001) - 1n, d: 10n })?.toExponential()).toBe('1e+1000');
  });
});

describe('compactFigure', () => {
  it('gives an equal Decimal of the library, as a new object', () => {
    const computed = new Decimal('7.3').div('1.0823');
    const compact = compactFigure(computed);
    expect(compact).not.toBe(computed);
    expect(compact).toBeInstanceOf(Decimal);
    expect(compact.toString()).toBe(computed.toString());
    expect(compactFigure(new Decimal('-0.085')).toString()).toBe('-0.085');
  });
});
