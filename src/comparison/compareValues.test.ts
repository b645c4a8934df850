import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { requiredAnnualRate } from '../growth/index.js';
import type { Direction, Measure } from '../models/types.js';
import { type CompareValuesResult, compareValues } from './compareValues.js';

// Lets one test make the growth layer fail in a way compareValues does not expect.
const growthFailure = vi.hoisted(() => ({ error: undefined as unknown }));
vi.mock('../growth/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../growth/index.js')>();
  return {
    ...actual,
    requiredAnnualRate: (...args: Parameters<typeof actual.requiredAnnualRate>) => {
      if (growthFailure.error !== undefined) throw growthFailure.error;
      return actual.requiredAnnualRate(...args);
    },
  };
});

function caught(run: () => unknown): IndicatorError {
  try {
    run();
  } catch (error) {
    if (error instanceof IndicatorError) return error;
    throw error;
  }
  throw new Error('expected an IndicatorError');
}

/** Every Decimal field of a result, by name. */
function decimals(result: CompareValuesResult): Decimal[] {
  return [
    result.fromValue,
    result.toValue,
    result.years,
    result.absoluteChange,
    result.relativeChange,
    result.annualRate,
    result.percentagePointChange,
  ].filter((value): value is Decimal => value !== null);
}

describe('compareValues', () => {
  it('compares 农民人均收入 27720 元 (2016) with 4 万元 (2021)', () => {
    const result = compareValues(
      { period: '2016', value: 27720 },
      { period: '2021', value: 40000 },
      { direction: 'increase' },
    );
    expect(result.from).toBe('2016');
    expect(result.to).toBe('2021');
    expect(result.years.toString()).toBe('5');
    expect(result.absoluteChange.toString()).toBe('12280');
    // 12280 / 27720 = 0.443001443001… (repeating), i.e. 44.3%.
    expect(result.relativeChange?.toString()).toBe('0.443001443001443001443001443001443');
    expect(result.relativeChange?.times(100).toDecimalPlaces(1).toString()).toBe('44.3');
    expect(result.relativeChangeUnavailable).toBeNull();
    expect(result.annualRate?.eq(requiredAnnualRate(27720, 40000, 5))).toBe(true);
    expect(result.annualRate?.toFixed(4)).toBe('0.0761');
    expect(result.annualRateUnavailable).toBeNull();
    expect(result.percentagePointChange).toBeNull();
    expect(result.movement).toBe('increased');
    expect(result.trend).toBe('improved');
    expect(result.unit).toBeNull();
    expect(result.measure).toBe('stock');
    expect(result.direction).toBe('increase');
  });

  it('reports a rate in percentage points: 20.8% → 18.2% is −2.6 个百分点, −12.5%', () => {
    const result = compareValues(
      { period: '2020', value: '20.8', unit: '%' },
      { period: '2021', value: '18.2', unit: 'percent' },
      { measure: 'rate', direction: 'increase' },
    );
    expect(result.percentagePointChange?.toString()).toBe('-2.6');
    expect(result.absoluteChange.toString()).toBe('-2.6');
    expect(result.relativeChange?.toString()).toBe('-0.125');
    expect(result.annualRate).toBeNull();
    expect(result.annualRateUnavailable).toBe('rate-measure');
    expect(result.movement).toBe('decreased');
    expect(result.trend).toBe('worsened');
    expect(result.unit).toBe('percent');
    const falling = compareValues(
      { period: '2020', value: '20.8' },
      { period: '2021', value: '18.2' },
      { measure: 'rate', direction: 'decrease' },
    );
    expect(falling.trend).toBe('improved');
  });

  it('gives a flow an annual rate and no percentage points', () => {
    const result = compareValues(
      { period: '2021', value: 8 },
      { period: '2023', value: 18 },
      { measure: 'flow', direction: 'decrease' },
    );
    expect(result.annualRate?.toString()).toBe('0.5');
    expect(result.percentagePointChange).toBeNull();
    expect(result.trend).toBe('worsened');
  });

  it('judges the trend by direction; neutral changes are only "changed"', () => {
    const up = (direction: Direction) =>
      compareValues({ period: '2020', value: 1 }, { period: '2021', value: 2 }, { direction })
        .trend;
    expect(up('increase')).toBe('improved');
    expect(up('decrease')).toBe('worsened');
    expect(up('neutral')).toBe('changed');
    expect(compareValues({ period: '2020', value: 1 }, { period: '2021', value: 2 }).trend).toBe(
      'changed',
    );
    const flat = compareValues(
      { period: '2020', value: '3.0' },
      { period: '2021', value: 3 },
      { direction: 'increase' },
    );
    expect(flat.trend).toBe('unchanged');
    expect(flat.movement).toBe('unchanged');
    expect(flat.relativeChange?.toString()).toBe('0');
    expect(flat.annualRate?.toString()).toBe('0');
  });

  it('has no relative change from a zero base, never Infinity', () => {
    const result = compareValues({ period: '2020', value: 0 }, { period: '2021', value: 5 });
    expect(result.relativeChange).toBeNull();
    expect(result.relativeChangeUnavailable).toBe('zero-base');
    expect(result.annualRate).toBeNull();
    expect(result.annualRateUnavailable).toBe('zero-base');
    expect(result.absoluteChange.toString()).toBe('5');
    const zeroToZero = compareValues({ period: '2020', value: 0 }, { period: '2021', value: '-0' });
    expect(zeroToZero.relativeChangeUnavailable).toBe('zero-base');
    expect(zeroToZero.absoluteChange.isNegative()).toBe(false);
    expect(zeroToZero.trend).toBe('unchanged');
  });

  it('has no ratio across a change of sign or from a negative base', () => {
    const reasons = (a: number, b: number) => {
      const result = compareValues({ period: '2020', value: a }, { period: '2021', value: b });
      return [result.relativeChangeUnavailable, result.annualRateUnavailable];
    };
    expect(reasons(-10, 5)).toEqual(['sign-change', 'sign-change']);
    expect(reasons(10, -5)).toEqual(['sign-change', 'sign-change']);
    expect(reasons(-10, -5)).toEqual(['negative-base', 'negative-base']);
    expect(reasons(-10, 0)).toEqual(['negative-base', 'negative-base']);
    const toZero = compareValues({ period: '2020', value: 10 }, { period: '2021', value: 0 });
    expect(toZero.relativeChange?.toString()).toBe('-1');
    expect(toZero.annualRate?.toString()).toBe('-1');
  });

  it('has no annual rate when no time passes, and keeps it when the order is swapped', () => {
    const same = compareValues({ period: '2021', value: 1 }, { period: '2021-Q4', value: 2 });
    expect(same.years.toString()).toBe('0');
    expect(same.annualRate).toBeNull();
    expect(same.annualRateUnavailable).toBe('no-elapsed-time');
    const back = compareValues({ period: '2021', value: 40000 }, { period: '2016', value: 27720 });
    expect(back.years.toString()).toBe('-5');
    expect(back.annualRate?.eq(requiredAnnualRate(27720, 40000, 5))).toBe(true);
    expect(back.relativeChange?.toString()).toBe('-0.307');
    // The earlier value decides the base: 2016 holds 0 here.
    const earlierZero = compareValues({ period: '2021', value: 5 }, { period: '2016', value: 0 });
    expect(earlierZero.annualRateUnavailable).toBe('zero-base');
    expect(earlierZero.relativeChange?.toString()).toBe('-1');
  });

  it('annualises over fractions of a year', () => {
    const result = compareValues(
      { period: '2021-Q1', value: 100 },
      { period: '2021-Q3', value: 121 },
    );
    expect(result.years.toString()).toBe('0.5');
    expect(result.annualRate?.toString()).toBe('0.4641');
  });

  it('reports an annual rate beyond the accepted range as out-of-range', () => {
    const result = compareValues(
      { period: '2021-01-01', value: '1e-900' },
      { period: '2021-01-02', value: '1e900' },
    );
    expect(result.annualRate).toBeNull();
    expect(result.annualRateUnavailable).toBe('out-of-range');
    expect(result.relativeChange?.isFinite()).toBe(true);
  });

  it('writes periods in canonical form and accepts Period objects', () => {
    const result = compareValues(
      { period: '2021-S1', value: 1 },
      { period: { kind: 'month', year: 2021, month: 12 }, value: 2 },
    );
    expect(result.from).toBe('2021-H1');
    expect(result.to).toBe('2021-12');
    expect(result.years.toString()).toBe('0.5');
  });

  it('converts `to` into the unit of `from`', () => {
    const result = compareValues(
      { period: '2020', value: '8.2', unit: '亿元' },
      { period: '2021', value: 90000, unit: '万元' },
    );
    expect(result.unit).toBe('yi-yuan');
    expect(result.fromValue.toString()).toBe('8.2');
    expect(result.toValue.toString()).toBe('9');
    expect(result.absoluteChange.toString()).toBe('0.8');
    expect(result.relativeChange?.toFixed(6)).toBe('0.097561');
  });

  it('reads a value without a unit in options.unit', () => {
    const result = compareValues(
      { period: '2016', value: 27720 },
      { period: '2021', value: 4, unit: '万元' },
      { unit: '元' },
    );
    expect(result.unit).toBe('yuan');
    expect(result.toValue.toString()).toBe('40000');
    expect(result.absoluteChange.toString()).toBe('12280');
    const both = compareValues(
      { period: '2016', value: 1 },
      { period: '2021', value: 2 },
      { unit: 'wan-yuan' },
    );
    expect(both.unit).toBe('wan-yuan');
    const reverse = compareValues(
      { period: '2016', value: '2.772', unit: '万元' },
      { period: '2021', value: 40000 },
      { unit: '元' },
    );
    expect(reverse.toValue.toString()).toBe('4');
  });

  it('refuses to guess the unit of a value that names none', () => {
    const error = caught(() =>
      compareValues({ period: '2016', value: 27720, unit: '元' }, { period: '2021', value: 4 }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.details.field).toBe('options.unit');
    expect(error.message).toContain('from.unit is given but to names no unit');
    const other = caught(() =>
      compareValues({ period: '2016', value: 27720 }, { period: '2021', value: 4, unit: '万元' }),
    );
    expect(other.message).toContain('to.unit is given but from names no unit');
  });

  it('rejects units that measure different things, or unknown units', () => {
    const error = caught(() =>
      compareValues(
        { period: '2020', value: 1, unit: '亩' },
        { period: '2021', value: 1, unit: '元' },
      ),
    );
    expect(error.code).toBe('incompatible-units');
    expect(error.details.field).toBe('to.unit');
    expect(error.details.from).toBe('mu');
    expect(error.details.to).toBe('yuan');
    const viaOption = caught(() =>
      compareValues(
        { period: '2020', value: 1, unit: '亩' },
        { period: '2021', value: 1 },
        { unit: '元' },
      ),
    );
    expect(viaOption.details.value).toBe('元');
    expect(
      caught(() =>
        compareValues({ period: '2020', value: 1, unit: 'furlong' }, { period: '2021', value: 1 }),
      ).details.field,
    ).toBe('from.unit');
    expect(
      caught(() =>
        compareValues({ period: '2020', value: 1 }, { period: '2021', value: 1, unit: 'x' }),
      ).details.field,
    ).toBe('to.unit');
    expect(
      caught(() =>
        compareValues({ period: '2020', value: 1 }, { period: '2021', value: 1 }, { unit: 'x' }),
      ).details.field,
    ).toBe('options.unit');
  });

  it('names the invalid argument', () => {
    const period = caught(() =>
      compareValues({ period: '2021-Q5', value: 1 }, { period: '2021', value: 1 }),
    );
    expect(period.code).toBe('invalid-period');
    expect(period.details.field).toBe('from.period');
    expect(period.message).toContain('from.period ("2021-Q5") is not a valid period');
    expect(
      caught(() => compareValues({ period: '2021', value: 1 }, { period: 2022 as never, value: 1 }))
        .details.field,
    ).toBe('to.period');
    const value = caught(() =>
      compareValues({ period: '2020', value: 1 }, { period: '2021', value: Number.NaN }),
    );
    expect(value.code).toBe('invalid-number');
    expect(value.details.field).toBe('to.value');
    expect(
      caught(() => compareValues({ period: '2020', value: 'x' }, { period: '2021', value: 1 }))
        .details.field,
    ).toBe('from.value');
    expect(caught(() => compareValues(null as never, { period: '2021', value: 1 })).message).toBe(
      'from (null) is not an accepted value: expected an object { period, value }, got null',
    );
    expect(
      caught(() => compareValues({ period: '2021', value: 1 }, [] as never)).details.field,
    ).toBe('to');
    expect(
      caught(() =>
        compareValues({ period: '2020', value: 1 }, { period: '2021', value: 1 }, 'rate' as never),
      ).details.field,
    ).toBe('options');
    expect(
      caught(() =>
        compareValues(
          { period: '2020', value: 1 },
          { period: '2021', value: 1 },
          { measure: 'level' as Measure },
        ),
      ).details.field,
    ).toBe('options.measure');
    expect(
      caught(() =>
        compareValues(
          { period: '2020', value: 1 },
          { period: '2021', value: 1 },
          { direction: 'up' as Direction },
        ),
      ).details.field,
    ).toBe('options.direction');
  });

  it('passes on errors it does not expect, untouched', () => {
    const surprise = new IndicatorError('unreachable', { field: 'target' });
    growthFailure.error = surprise;
    try {
      expect(() =>
        compareValues({ period: '2020', value: 1 }, { period: '2021', value: 2 }),
      ).toThrow(surprise);
    } finally {
      growthFailure.error = undefined;
    }
  });

  it("answers a caller's getter that throws with an IndicatorError naming the field", () => {
    const broken = new RangeError('a getter failed');
    const period = Object.defineProperty({}, 'kind', {
      enumerable: true,
      get() {
        throw broken;
      },
    });
    const error = errorOf(() =>
      compareValues({ period: period as never, value: 1 }, { period: '2021', value: 2 }),
    );
    expect([error.code, error.details.field]).toEqual(['invalid-argument', 'from.period.kind']);
    expect(error.message).toContain('could not be read (RangeError: a getter failed)');
  });

  it('does not mutate its inputs', () => {
    const from = Object.freeze({ period: '2020', value: new Decimal('8.2'), unit: '亿元' });
    const to = Object.freeze({ period: '2021', value: '9', unit: '亿元' });
    const options = Object.freeze({ measure: 'stock', direction: 'increase' } as const);
    compareValues(from, to, options);
    expect(from.value.toString()).toBe('8.2');
    expect(to).toEqual({ period: '2021', value: '9', unit: '亿元' });
  });

  const value = fc
    .tuple(fc.integer({ min: -1_000_000, max: 1_000_000 }), fc.integer({ min: 0, max: 4 }))
    .map(([digits, scale]) => new Decimal(digits).div(10 ** scale).toString());
  const period = fc.oneof(
    fc.integer({ min: 1990, max: 2030 }).map(String),
    fc
      .tuple(fc.integer({ min: 2015, max: 2025 }), fc.integer({ min: 1, max: 4 }))
      .map(([year, quarter]) => `${year}-Q${quarter}`),
  );
  const measure = fc.constantFrom<Measure>('stock', 'flow', 'rate');
  const direction = fc.constantFrom<Direction>('increase', 'decrease', 'neutral');
  const mirror = {
    improved: 'worsened',
    worsened: 'improved',
    unchanged: 'unchanged',
    changed: 'changed',
  };
  const mirrorMovement = { increased: 'decreased', decreased: 'increased', unchanged: 'unchanged' };

  it('agrees with itself when from and to are swapped', () => {
    fc.assert(
      fc.property(
        period,
        value,
        period,
        value,
        measure,
        direction,
        (periodA, a, periodB, b, m, d) => {
          const options = { measure: m, direction: d };
          const ab = compareValues(
            { period: periodA, value: a },
            { period: periodB, value: b },
            options,
          );
          const ba = compareValues(
            { period: periodB, value: b },
            { period: periodA, value: a },
            options,
          );
          expect(ab.absoluteChange.neg().eq(ba.absoluteChange)).toBe(true);
          expect(ab.years.neg().eq(ba.years)).toBe(true);
          expect(ab.trend).toBe(mirror[ba.trend]);
          expect(ab.movement).toBe(mirrorMovement[ba.movement]);
          if (ab.relativeChange !== null && ba.relativeChange !== null) {
            // 1 + r' loses leading digits when r' is near −1: about 1e-24 at a ratio of 1e10.
            const product = ab.relativeChange.plus(1).times(ba.relativeChange.plus(1));
            expect(product.minus(1).abs().lt('1e-20')).toBe(true);
          }
          if (ab.percentagePointChange !== null) {
            expect(ab.percentagePointChange.neg().eq(ba.percentagePointChange ?? 'NaN')).toBe(true);
          } else {
            expect(ba.percentagePointChange).toBeNull();
          }
          expect(ab.annualRateUnavailable).toBe(ba.annualRateUnavailable);
          if (ab.annualRate !== null) expect(ab.annualRate.eq(ba.annualRate ?? 'NaN')).toBe(true);
          else expect(ba.annualRate).toBeNull();
        },
      ),
    );
  });

  it('never returns NaN, Infinity or a negative zero', () => {
    fc.assert(
      fc.property(period, value, period, value, measure, (periodA, a, periodB, b, m) => {
        const result = compareValues(
          { period: periodA, value: a },
          { period: periodB, value: b },
          { measure: m },
        );
        for (const field of decimals(result)) {
          expect(field.isFinite()).toBe(true);
          expect(field.isZero() && field.isNegative()).toBe(false);
        }
        expect(result.relativeChange === null).toBe(result.relativeChangeUnavailable !== null);
        expect(result.annualRate === null).toBe(result.annualRateUnavailable !== null);
      }),
    );
  });
});
