import { Decimal as UserDecimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { Decimal } from './Decimal.js';
import { percent, toPercent } from './percent.js';
import { checkRange, toDecimal } from './toDecimal.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    return error instanceof IndicatorError ? error.code : 'not-an-IndicatorError';
  }
  return undefined;
}

const detailsOf = (fn: () => unknown) => errorOf(fn).details;

describe('Decimal', () => {
  it('works at 34 significant digits with half-even rounding', () => {
    expect(Decimal.precision).toBe(34);
    expect(Decimal.rounding).toBe(Decimal.ROUND_HALF_EVEN);
    expect(new Decimal(1).div(3).toString()).toBe('0.3333333333333333333333333333333333');
  });

  it('never prints exponent notation', () => {
    expect(new Decimal('1e-20').toString()).toBe('0.00000000000000000001');
    expect(new Decimal('1e25').toString()).toBe('10000000000000000000000000');
  });

  it('is independent of a user Decimal.set', () => {
    const Local = UserDecimal.clone();
    Local.set({ precision: 5, rounding: Local.ROUND_DOWN });
    expect(toDecimal(new Local(1)).div(3).toString()).toBe('0.3333333333333333333333333333333333');
  });
});

describe('toDecimal', () => {
  it('reads numbers through their shortest string', () => {
    expect(toDecimal(0.1).plus(0.2).toString()).toBe('0.3');
    expect(toDecimal(1e21).toString()).toBe('1000000000000000000000');
  });

  it('reads decimal strings, with spaces, signs and exponents', () => {
    expect(toDecimal(' 8.2 ').toString()).toBe('8.2');
    expect(toDecimal('+1.5e3').toString()).toBe('1500');
    expect(toDecimal('.5').toString()).toBe('0.5');
    expect(toDecimal('-27720').toString()).toBe('-27720');
  });

  it('turns negative zero into zero', () => {
    expect(Object.is(toDecimal(-0).toNumber(), 0)).toBe(true);
    expect(toDecimal('-0').isNegative()).toBe(false);
    expect(toDecimal(new Decimal('-0')).isNegative()).toBe(false);
  });

  it('accepts a Decimal from another copy of decimal.js', () => {
    expect(toDecimal(new UserDecimal('2.5')).toString()).toBe('2.5');
  });

  it.each([
    ['NaN number', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY],
    ['empty', ''],
    ['spaces', '   '],
    ['hex', '0x10'],
    ['binary', '0b101'],
    ['NaN string', 'NaN'],
    ['Infinity string', 'Infinity'],
    ['words', 'abc'],
    ['thousands separator', '1,000'],
    ['huge exponent', '1e999999'],
    ['tiny exponent', '1e-999999'],
    ['infinite Decimal', new Decimal(Number.POSITIVE_INFINITY)],
    ['NaN Decimal', new Decimal(Number.NaN)],
  ] as const)('rejects %s with invalid-number', (_label, value) => {
    expect(codeOf(() => toDecimal(value))).toBe('invalid-number');
  });

  it('rejects other types with invalid-number', () => {
    expect(codeOf(() => toDecimal(null as unknown as string))).toBe('invalid-number');
    expect(codeOf(() => toDecimal({} as unknown as string))).toBe('invalid-number');
    expect(codeOf(() => toDecimal(10n as unknown as string))).toBe('invalid-number');
  });

  it('names the field and the value in the message', () => {
    expect(() => toDecimal('8,2', 'base')).toThrow('base ("8,2") is not a finite decimal number');
    expect(() => toDecimal(Number.NaN, 'rate')).toThrow('rate (NaN)');
  });

  it('gives the reason of each rejection and a default field name', () => {
    expect(detailsOf(() => toDecimal('x'))?.field).toBe('value');
    expect(detailsOf(() => toDecimal(Number.NaN))?.reason).toBe('expected a finite number');
    expect(detailsOf(() => toDecimal('0x10'))?.reason).toBe(
      'expected a decimal such as "8.2" or "1.5e3"',
    );
    expect(detailsOf(() => toDecimal(new Decimal(Number.NaN)))?.reason).toBe(
      'expected a finite decimal',
    );
    expect(detailsOf(() => toDecimal(null as unknown as string))?.reason).toBe(
      'expected a string, number or Decimal, got object',
    );
    expect(detailsOf(() => toDecimal('1e1001'))?.reason).toBe(
      'outside the accepted range 1e-1000 to 1e+1000',
    );
    expect(detailsOf(() => toPercent('x'))?.field).toBe('rate');
    expect(detailsOf(() => percent('x'))?.field).toBe('percent');
  });
});

describe('toDecimal at the limits of decimal.js', () => {
  it.each([
    ['an exponent past decimal.js (Infinity there)', '1e9000000000000001'],
    ['a negative exponent past decimal.js (0 there)', '1e-99999999999999999999'],
    ['an exponent of 16 digits', '1e1000000000000000'],
    ['an exponent within decimal.js, beyond 1e1000', '1e9000000000000'],
    ['digits that carry the value past 1e1000', '10e1000'],
    ['leading zeros that carry it below 1e-1000', '0.01e-999'],
  ])('refuses %s as invalid-number', (_label, text) => {
    expect(codeOf(() => toDecimal(text))).toBe('invalid-number');
  });

  it('judges the exponent of the value, not of its digits', () => {
    expect(toDecimal('0.1e1001').toString()).toBe(`1${'0'.repeat(1000)}`);
    expect(toDecimal('100e-1002').toString()).toBe(`0.${'0'.repeat(999)}1`);
    expect(toDecimal('0e99999999999999999999').toString()).toBe('0');
    expect(toDecimal('-0.000e5').isNegative()).toBe(false);
  });

  it('refuses a Decimal beyond the range, shown in exponential form', () => {
    let caught: unknown;
    try {
      toDecimal(new UserDecimal('1e5000'), 'base');
    } catch (error) {
      caught = error;
    }
    expect((caught as IndicatorError).code).toBe('invalid-number');
    expect((caught as IndicatorError).details.value).toBe('1.000000e+5000');
  });
});

describe('caps on the size of a numeric input', () => {
  it('accepts 100 significant digits and refuses 101, in text or as a Decimal', () => {
    const hundred = `1.${'2'.repeat(99)}`;
    expect(toDecimal(hundred).toString()).toBe(hundred);
    expect(toDecimal(new UserDecimal(hundred)).sd()).toBe(100);
    expect(codeOf(() => toDecimal(`${hundred}3`))).toBe('invalid-number');
    expect(codeOf(() => toDecimal(new UserDecimal(`${hundred}3`)))).toBe('invalid-number');
    // Zeros around the digits are not significant.
    expect(toDecimal(`000${hundred}000`).sd()).toBe(100);
  });

  it('accepts 1,200 characters and refuses 1,201 before reading them', () => {
    expect(toDecimal(`${' '.repeat(1196)}8.2 `).toString()).toBe('8.2');
    expect(codeOf(() => toDecimal(`${' '.repeat(1197)}8.2 `))).toBe('invalid-number');
    // A million digits is refused on its length alone; the message shows its start only.
    let caught: unknown;
    try {
      toDecimal('9'.repeat(1_000_000), 'actual');
    } catch (error) {
      caught = error;
    }
    expect((caught as IndicatorError).details).toEqual({
      field: 'actual',
      value: `${'9'.repeat(20)}…`,
      reason: 'longer than 1200 characters',
    });
  });

  it('refuses a forged Decimal whose fields throw', () => {
    const forged = new Proxy(new UserDecimal(1), {
      get(target, key) {
        if (key === 'd') throw new TypeError('hostile');
        return Reflect.get(target, key);
      },
    });
    expect(codeOf(() => toDecimal(forged))).toBe('invalid-number');
    const tagThrows = {
      get toStringTag(): string {
        throw new TypeError('hostile');
      },
    };
    expect(codeOf(() => toDecimal(tagThrows as unknown as string))).toBe('invalid-number');
  });
});

describe('the library clone', () => {
  it('cannot be configured through a result', () => {
    const ctor = toDecimal(1).constructor as typeof Decimal;
    expect(codeOf(() => ctor.set({ precision: 5 }))).toBe('invalid-argument');
    expect(codeOf(() => ctor.config({ precision: 5 }))).toBe('invalid-argument');
    expect(Decimal.precision).toBe(34);
  });
});

describe('percent and toPercent', () => {
  it('refuse results beyond 1e±1000', () => {
    expect(codeOf(() => percent('1e-999'))).toBe('invalid-number');
    expect(codeOf(() => toPercent('1e999'))).toBe('invalid-number');
    expect(percent('1e-998').toString()).toBe(`0.${'0'.repeat(999)}1`);
  });

  it('convert between percents and fractions exactly', () => {
    expect(percent('6').toString()).toBe('0.06');
    expect(percent(99.61).toString()).toBe('0.9961');
    expect(toPercent('0.0761').toString()).toBe('7.61');
  });

  it('reject non-numbers naming the field', () => {
    expect(() => percent('six')).toThrow('percent ("six")');
    expect(() => toPercent('x', 'actualRate')).toThrow('actualRate ("x")');
  });
});

describe('toDecimal at its limits', () => {
  it('states each refusal in words', () => {
    expect(detailsOf(() => toDecimal('1'.repeat(101)))?.reason).toBe(
      'more than 100 significant digits',
    );
    expect(detailsOf(() => toDecimal(new UserDecimal(`0.${'3'.repeat(101)}`)))?.reason).toBe(
      'more than 100 significant digits',
    );
  });

  it('reads the exponent as written, however many zeros lead it', () => {
    expect(toDecimal(`1e${'0'.repeat(30)}1`).toString()).toBe('10');
    expect(toDecimal(`1e+${'0'.repeat(30)}2`).toString()).toBe('100');
    expect(toDecimal(`1e-${'0'.repeat(30)}2`).toString()).toBe('0.01');
    for (const text of [`1e${'9'.repeat(16)}`, `1e-${'9'.repeat(400)}`, `1e${'9'.repeat(400)}`]) {
      expect(detailsOf(() => toDecimal(text))?.reason).toBe(
        'outside the accepted range 1e-1000 to 1e+1000',
      );
    }
  });

  it('counts significant digits past interior zeros, and whole numbers of 90 digits', () => {
    expect(codeOf(() => toDecimal(`1${'0'.repeat(5)}${'1'.repeat(99)}`))).toBe('invalid-number');
    expect(toDecimal('1'.repeat(90)).toFixed()).toBe('1'.repeat(90));
    expect(toDecimal(`${'1'.repeat(100)}000`).toFixed()).toBe(`${'1'.repeat(100)}000`);
  });

  it('names a Decimal out of range in exponential form', () => {
    expect(detailsOf(() => toDecimal(new UserDecimal('1e2000')))?.value).toBe('1.000000e+2000');
    expect(detailsOf(() => toDecimal(new UserDecimal('-2.5e-1500')))?.value).toBe(
      '-2.500000e-1500',
    );
  });

  it('refuses a forged Decimal whose exponent is not a number', () => {
    const forged = Object.assign(Object.create(null), {
      toStringTag: '[object Decimal]',
      d: [5],
      e: Number.NaN,
      s: 1,
      isFinite: () => true,
      isZero: () => false,
      sd: () => 1,
    });
    expect(detailsOf(() => toDecimal(forged))).toMatchObject({
      field: 'value',
      reason: 'expected a finite decimal',
    });
  });

  it('refuses a Decimal with too many limbs before counting its digits', () => {
    let counted = false;
    const forged = Object.assign(Object.create(null), {
      toStringTag: '[object Decimal]',
      d: Array.from({ length: 17 }, () => 1),
      e: 0,
      s: 1,
      isFinite: () => true,
      isZero: () => false,
      sd: () => {
        counted = true;
        return 1;
      },
      toString: () => 'forged',
    });
    expect(detailsOf(() => toDecimal(forged))?.reason).toBe('more than 100 significant digits');
    expect(counted).toBe(false);
  });

  it('copies zero without counting digits', () => {
    const zero = Object.assign(Object.create(null), {
      toStringTag: '[object Decimal]',
      d: [0],
      e: 0,
      s: 1,
      isFinite: () => true,
      isZero: () => true,
      sd: () => {
        throw new Error('counted');
      },
    });
    expect(toDecimal(zero).toString()).toBe('0');
  });

  it('says an unreadable Decimal could not be read, and a throwing getter is no Decimal', () => {
    const unreadable = Object.assign(Object.create(null), {
      toStringTag: '[object Decimal]',
      isFinite: () => {
        throw new Error('no');
      },
    });
    expect(detailsOf(() => toDecimal(unreadable))).toMatchObject({
      value: '[unreadable Decimal]',
      reason: 'the Decimal could not be read',
    });
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(detailsOf(() => toDecimal(hostile as never))?.reason).toBe(
      'expected a string, number or Decimal, got object',
    );
  });
});

describe('checkRange', () => {
  it('refuses a value that is not finite, showing it', () => {
    for (const value of [new Decimal(Number.POSITIVE_INFINITY), new Decimal(Number.NaN)]) {
      expect(detailsOf(() => checkRange(value, 'total'))).toMatchObject({
        field: 'total',
        value: value.toString(),
        reason: 'expected a finite decimal',
      });
    }
  });

  it('refuses a value beyond 1e±1000, naming it in exponential form', () => {
    for (const [value, shown] of [
      ['1.23456789e1001', '1.234568e+1001'],
      ['-1e-1001', '-1.000000e-1001'],
    ] as const) {
      expect(detailsOf(() => checkRange(new Decimal(value), 'total'))).toEqual({
        field: 'total',
        value: shown,
        reason: 'outside the accepted range 1e-1000 to 1e+1000',
      });
    }
    expect(checkRange(new Decimal('1e1000'), 'total').toString()).toBe(
      new Decimal('1e1000').toString(),
    );
    expect(checkRange(new Decimal('-1e-1000'), 'total').eq('-1e-1000')).toBe(true);
  });

  it('turns negative zero into zero', () => {
    expect(Object.is(checkRange(new Decimal('-0'), 'total').toNumber(), 0)).toBe(true);
  });
});

describe('the library Decimal', () => {
  it('refuses to be configured, saying what to do instead', () => {
    for (const method of ['set', 'config'] as const) {
      try {
        (Decimal[method] as (settings: object) => unknown)({ precision: 5 });
        expect.unreachable();
      } catch (error) {
        expect((error as IndicatorError).details).toMatchObject({
          field: 'Decimal.set',
          reason:
            "the library's own Decimal cannot be configured; import Decimal from 'tianmu-indicators' or decimal.js and configure that",
        });
      }
    }
    expect(Decimal.precision).toBe(34);
  });
});
