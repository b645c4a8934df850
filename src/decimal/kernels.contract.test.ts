import { Decimal as DecimalJs } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { Decimal } from './Decimal.js';
import { expCore } from './exponentials.js';
import {
  BASE_BITS,
  decimalFields,
  decode,
  type Fixed10,
  ONE_PARTS,
  type Parts,
  toFixed,
} from './fixedPoint.js';
import { lnCore, lnRatio } from './logarithms.js';
import { ROOT_POWER_MAX, rootOfFraction, rootRatio } from './roots.js';

// The error contracts of the kernels, against decimal.js at 200 digits (about 660 bits). The
// library's 34-digit results have digits to spare over these bounds, so a kernel that lost a
// few bits would still round right almost always; only its own contract shows the loss.

const Ref = DecimalJs.clone({ precision: 200 });
const TWO = new Ref(2);

function ref(value: bigint, p: number, q = 0): DecimalJs {
  return new Ref(value.toString()).div(TWO.pow(p)).times(new Ref(10).pow(q));
}

/** |kernel − reference| in units of 2^-p. */
function unitsOff(value: bigint, p: number, reference: DecimalJs, q = 0): DecimalJs {
  return ref(value, p, q).minus(reference).abs().div(new Ref(10).pow(q)).times(TWO.pow(p));
}

function fixedOf(text: string, p: number): bigint {
  const value = new Decimal(text);
  if (value.isZero()) return 0n;
  const magnitude = toFixed(decode(value), p);
  return value.isNeg() ? -magnitude : magnitude;
}

const parts = (text: string): Parts => decode(new Decimal(text));

/** A root within 16 units of 2^-(168 + extraBits) of `exact`, relatively. */
function checkRoot(root: Fixed10 | null, exact: DecimalJs, extraBits: number, label: string) {
  expect(root, label).not.toBeNull();
  const { v, p, q } = root as Fixed10;
  const relative = ref(v, p, q).minus(exact).abs().div(exact.abs());
  expect(relative.lte(TWO.pow(4 - BASE_BITS - extraBits)), label).toBe(true);
}

/** A fixed sequence of pseudo-random numbers in [0, 1) (a linear congruential generator). */
function* sequence(count: number): Generator<number> {
  let state = 2022;
  for (let i = 0; i < count; i++) {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    yield state / 2 ** 31;
  }
}

describe('lnCore: ln x for x in [0.7, 2], within 16 units of 2^-p', () => {
  const xs = [
    '0.7',
    '0.7000001',
    '0.75',
    '0.9',
    '0.99',
    '0.999999',
    '0.999999999999999',
    '1',
    '1.00000000000000000001',
    '1.0000001',
    '1.01',
    '1.1',
    '1.2345',
    '1.41',
    '1.5',
    '1.9',
    '2',
    ...[...sequence(24)].map((u) => (0.7 + 1.3 * u).toFixed(17)),
  ];

  it.each([120, 168, 200, 256, 320, 400])('at %i bits', (p) => {
    for (const x of xs) {
      const v = fixedOf(x, p);
      const exact = ref(v, p).ln();
      expect(unitsOff(lnCore(v, p), p, exact).toNumber(), x).toBeLessThanOrEqual(16);
    }
  });
});

describe('lnRatio: ln(a/b), relative error under 2^-(168 + extraBits), absolute a few units', () => {
  const ratios: [string, string][] = [
    ['2', '1'],
    ['10', '1'],
    ['1e300', '1'],
    ['1e-300', '1'],
    ['7.5e-1234', '1'],
    ['9.99e9999', '1'],
    ['3.14159', '1'],
    ['0.5', '1'],
    ['0.31', '1'],
    ['1.0000001', '1'],
    ['0.99999999', '1'],
    ['123456789.987654321', '1'],
    ['3', '7'],
    ['7', '3'],
    ['1e500', '3e-500'],
    ['2e-700', '9e300'],
    ['1.5', '1.4999999999999'],
    ['1.00000000001', '1'],
    ['40000', '27720'],
    ['1.21', '1.1'],
    ['1.1', '1.21'],
    ['8.61', '8.2'],
  ];
  const bFor = (text: string) => (text === '1' ? ONE_PARTS : parts(text));

  it.each([0, 5, 13, 24, 31, 40, 64])('with %i extra bits', (extraBits) => {
    for (const [a, b] of ratios) {
      const { v, p } = lnRatio(parts(a), bFor(b), extraBits);
      const exact = new Ref(a).div(b).ln();
      const off = unitsOff(v, p, exact);
      expect(off.toNumber(), `${a}/${b}`).toBeLessThanOrEqual(16);
      const relative = off.div(TWO.pow(p)).div(exact.abs());
      expect(relative.lte(TWO.pow(-(BASE_BITS + extraBits))), `${a}/${b}`).toBe(true);
    }
  });

  it('is exactly 0 for a ratio of exactly 1', () => {
    expect(lnRatio(parts('2.5'), parts('25e-1'), 0).v).toBe(0n);
    expect(lnRatio(parts('1'), ONE_PARTS, 0).v).toBe(0n);
  });
});

describe('expCore: e^t within 16 units of 2^-p relatively (e^t − 1 for |t| ≤ 1: absolutely)', () => {
  const small = ['0', '1e-30', '-1e-30', '0.5', '-0.5', '1', '-1'];
  const large = ['2.302585', '10', '-10', '100', '-100', '1000', '-2000', '2300'];

  it.each([168, 200, 264])('at %i bits', (p) => {
    for (const t of [...small, ...large]) {
      const tFixed = fixedOf(t, p);
      const exact = ref(tFixed, p).exp();
      const { v, q } = expCore(tFixed, p, false);
      const relative = unitsOff(v, p, exact, q).div(exact.div(new Ref(10).pow(q)));
      expect(relative.toNumber(), t).toBeLessThanOrEqual(16);
    }
    for (const t of small) {
      const tFixed = fixedOf(t, p);
      const exact = ref(tFixed, p).exp().minus(1);
      const { v, q } = expCore(tFixed, p, true);
      expect(unitsOff(v, p, exact, q).toNumber(), t).toBeLessThanOrEqual(16);
    }
  });

  it('works past the float range of its precision (2^1100), where no float seed is left', () => {
    const Wide = DecimalJs.clone({ precision: 400 });
    const p = 1100;
    const { v, q } = expCore(fixedOf('0.5', p), p, false);
    const value = new Wide(v.toString()).div(new Wide(2).pow(p)).times(new Wide(10).pow(q));
    const error = value.minus(new Wide('0.5').exp()).abs();
    expect(error.lte(new Wide(2).pow(-1090))).toBe(true);
  });
});

describe('rootRatio: (a/b)^(1/n) and (a/b)^(1/n) − 1 within 16 units of 2^-(168 + extraBits), relatively', () => {
  const ratios: [string, string][] = [
    ['10.5', '7.85'],
    ['50000', '40000'],
    ['2', '1'],
    ['1e300', '3'],
    ['3', '1e300'],
    ['0.5', '1'],
    ['1.0001', '1'],
    ['1.00000000000000000001', '1'],
    ['0.9999999999', '1'],
    ['40000', '27720'],
  ];

  it.each([0, 7, 19, 31, 40])('with %i extra bits', (extraBits) => {
    for (const n of [1, 2, 3, 5, 12, 64]) {
      for (const [a, b] of ratios) {
        const exact = new Ref(a).div(b).ln().div(n).exp();
        const label = `(${a}/${b})^(1/${n})`;
        checkRoot(rootRatio(parts(a), parts(b), n, false, extraBits), exact, extraBits, label);
        checkRoot(
          rootRatio(parts(a), parts(b), n, true, extraBits),
          exact.minus(1),
          extraBits,
          label,
        );
      }
    }
  });

  it('works past the float range of its precision (2^1100), where no float seed is left', () => {
    const Wide = DecimalJs.clone({ precision: 400 });
    const root = rootRatio(parts('10.5'), parts('7.85'), 5, false, 940) as Fixed10;
    expect(root.p).toBeGreaterThan(1100);
    const value = new Wide(root.v.toString()).div(new Wide(2).pow(root.p));
    const exact = new Wide('10.5').div('7.85').ln().div(5).exp();
    expect(value.minus(exact).abs().lte(new Wide(2).pow(-1090))).toBe(true);
  });

  it('is exactly 1 for a ratio of exactly 1, and has no rate to give then', () => {
    const root = rootRatio(parts('2.5'), parts('25e-1'), 3, false, 0) as Fixed10;
    expect(ref(root.v, root.p, root.q).eq(1)).toBe(true);
    expect(rootRatio(parts('2.5'), parts('25e-1'), 3, true, 0)).toBeNull();
  });
});

describe('rootOfFraction: (a/b)^(p/q) and that − 1 on both paths, within 16 units of 2^-(168 + extraBits), relatively', () => {
  const ratios = [
    ['62234032060782791', '62234031998548758.939217209'],
    ['1.00000000000000000001', '1'],
    ['0.9999999999', '1'],
    ['40000', '27720'],
    ['1e300', '3'],
    ['7.85', '10.5'],
    [`1${'0'.repeat(90)}7`, `1${'0'.repeat(91)}`],
    // Its 12th power has 349 digits: past a float, so the rate's size comes from parts.
    ['1.00000000000000000000000000003', '1'],
  ];

  it.each([0, 19, 40])('with %i extra bits', (extraBits) => {
    // p up to the power path's limit and past it (the logarithm), q short and long.
    for (const p of [2, 5, ROOT_POWER_MAX, ROOT_POWER_MAX + 1, 365]) {
      for (const q of [3, 7, 64, 65]) {
        for (const [a, b] of ratios) {
          const exact = new Ref(a as string)
            .div(b as string)
            .ln()
            .times(p)
            .div(q)
            .exp();
          const label = `(${a}/${b})^(${p}/${q})`;
          const x = parts(a as string);
          const y = parts(b as string);
          checkRoot(rootOfFraction(x, y, p, q, false, extraBits), exact, extraBits, label);
          checkRoot(rootOfFraction(x, y, p, q, true, extraBits), exact.minus(1), extraBits, label);
        }
      }
    }
  });

  it('has no rate to give for a ratio of exactly 1 on the power path', () => {
    expect(rootOfFraction(parts('2.5'), parts('25e-1'), 5, 2, true, 0)).toBeNull();
    const root = rootOfFraction(parts('2.5'), parts('25e-1'), 5, 2, false, 0) as Fixed10;
    expect(ref(root.v, root.p, root.q).eq(1)).toBe(true);
  });
});

describe('decimalFields: words as decimal.js writes them', () => {
  const value = (fields: ReturnType<typeof decimalFields>) =>
    new DecimalJs(fields as unknown as DecimalJs).toString();

  it('carries a unit added to a last word of nines', () => {
    expect(value(decimalFields(`1${'9'.repeat(13)}`, 14, 6, 1, false))).toBe('2000000');
    expect(decimalFields(`1${'9'.repeat(13)}`, 14, 6, 1, false).d).toEqual([2000000]);
  });

  it('borrows a unit taken from a last word of zeros', () => {
    const fields = decimalFields('10000010000000', 14, 6, -1, false);
    expect(fields.d).toEqual([1000000, 9999999]);
    expect(value(fields)).toBe('1000000.9999999');
  });

  it('moves to the next power of ten when every digit is a nine', () => {
    const fields = decimalFields('9'.repeat(14), 14, 6, 1, true);
    expect(fields).toMatchObject({ e: 7, s: -1, d: [1] });
    expect(value(fields)).toBe('-10000000');
  });
});
