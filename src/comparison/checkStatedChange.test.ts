import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Qualifier } from '../models/types.js';
import { type CheckStatedChangeResult, checkStatedChange } from './checkStatedChange.js';

function caught(run: () => unknown): IndicatorError {
  try {
    run();
  } catch (error) {
    if (error instanceof IndicatorError) return error;
    throw error;
  }
  throw new Error('expected an IndicatorError');
}

const consistent = (...args: Parameters<typeof checkStatedChange>) =>
  checkStatedChange(...args).consistent;

describe('checkStatedChange', () => {
  it('accepts 农民人均收入从27720元增至约4万元,增长44.3%', () => {
    const result = checkStatedChange(27720, 40000, '44.3');
    expect(result.exactPercent.toString()).toBe('44.3001443001443001443001443001443');
    expect(result.roundedPercent.toString()).toBe('44.3');
    expect(result.statedPercent.toString()).toBe('44.3');
    expect(result.decimals).toBe(1);
    expect(result.difference.toString()).toBe('0.0001443001443001443001443001443');
    expect(result.tolerance.toString()).toBe('0.05');
    expect(result.lowestPercent.eq(result.exactPercent)).toBe(true);
    expect(result.highestPercent.eq(result.exactPercent)).toBe(true);
    expect(result.kind).toBe('percent');
    expect(result.qualifier).toBeNull();
    expect(result.consistent).toBe(true);
  });

  it('rejects 增长45.3% and figures that round otherwise', () => {
    const result = checkStatedChange(27720, 40000, '45.3');
    expect(result.consistent).toBe(false);
    expect(result.roundedPercent.toString()).toBe('44.3');
    expect(result.difference.toFixed(4)).toBe('-0.9999');
    expect(consistent(27720, 40000, '44.2')).toBe(false);
    expect(consistent(27720, 40000, '44.4')).toBe(false);
    expect(consistent(27720, 40000, '-44.3')).toBe(false);
  });

  it('checks as many decimals as the statement gives', () => {
    expect(consistent(27720, 40000, '44')).toBe(true);
    expect(consistent(27720, 40000, '44.30')).toBe(true);
    expect(checkStatedChange(27720, 40000, '44.30').decimals).toBe(2);
    expect(consistent(27720, 40000, '44.3001')).toBe(true);
    expect(consistent(27720, 40000, '44.30014430')).toBe(true);
    expect(consistent(27720, 40000, '44.30014431')).toBe(false);
    expect(consistent(27720, 40000, '4.43e1')).toBe(true);
    expect(checkStatedChange(27720, 40000, '4.43e1').decimals).toBe(1);
    expect(checkStatedChange(27720, 40000, ' 443E-1 ').decimals).toBe(1);
    expect(checkStatedChange(27720, 40000, '0.443e2').decimals).toBe(1);
    expect(checkStatedChange(27720, 40000, 44.3).decimals).toBe(1);
    expect(checkStatedChange(27720, 40000, new Decimal('44.30')).decimals).toBe(1);
    expect(checkStatedChange(27720, 40000, '44.', { decimals: 1 }).consistent).toBe(false);
    expect(checkStatedChange(27720, 40000, 44.3, { decimals: 2 }).consistent).toBe(true);
    expect(checkStatedChange(27720, 40000, 44.3, { decimals: 4 }).consistent).toBe(false);
    expect(checkStatedChange(27720, 40000, '44', { decimals: 0 }).decimals).toBe(0);
    expect(checkStatedChange(27720, 40000, '44', { decimals: 1000 }).decimals).toBe(1000);
  });

  it('rounds half-up, halves away from zero (四舍五入)', () => {
    expect(consistent(100, '144.35', '44.4')).toBe(true);
    expect(consistent(100, '144.35', '44.3')).toBe(false);
    expect(consistent(100, '55.65', '-44.4')).toBe(true);
    expect(consistent(100, '55.65', '-44.3')).toBe(false);
    expect(checkStatedChange(100, '55.65', '-44.3').roundedPercent.toString()).toBe('-44.4');
    expect(consistent(100, '100.05', '0.0')).toBe(false);
    expect(consistent(100, '99.95', '0.0')).toBe(false);
    expect(consistent(100, '100.04', '0.0')).toBe(true);
    expect(consistent(100, '100.05', '0')).toBe(true);
    const nearZero = checkStatedChange(100, '99.96', '0.0');
    expect(nearZero.consistent).toBe(true);
    expect(nearZero.roundedPercent.isNegative()).toBe(false);
    expect(nearZero.roundedPercent.toString()).toBe('0');
    expect(checkStatedChange(100, 100, '0').difference.isNegative()).toBe(false);
  });

  it('decides from the exact change, not a rounded quotient', () => {
    // 100 × (t − 3) / 3 lies 1e-40 below 44.35: a 34-digit quotient would round it up.
    const below = '4.330499999999999999999999999999999999999997';
    const result = checkStatedChange(3, below, '44.3');
    expect(result.exactPercent.toString()).toBe('44.35');
    expect(result.roundedPercent.toString()).toBe('44.3');
    expect(result.consistent).toBe(true);
    expect(consistent(3, below, '44.4')).toBe(false);
    expect(consistent(3, '4.3305', '44.4')).toBe(true);
  });

  it('checks percentage points: 20.8% → 18.2% is 下降2.6个百分点', () => {
    const points = checkStatedChange('20.8', '18.2', '-2.6', { kind: 'percentage-points' });
    expect(points.kind).toBe('percentage-points');
    expect(points.exactPercent.toString()).toBe('-2.6');
    expect(points.consistent).toBe(true);
    expect(consistent('20.8', '18.2', '-2.5', { kind: 'percentage-points' })).toBe(false);
    expect(consistent('20.8', '18.2', '-2.6')).toBe(false);
    expect(consistent('20.8', '18.2', '-12.5')).toBe(true);
    // A percentage-point change needs no positive base.
    expect(consistent(0, '1.5', '1.5', { kind: 'percentage-points' })).toBe(true);
    expect(consistent('-1', '1.5', '2.5', { kind: 'percentage-points' })).toBe(true);
  });

  it('widens 约 to one unit of the last place or 5% of the figure', () => {
    const about = checkStatedChange(27720, 40000, '46', { qualifier: 'approximately' });
    expect(about.tolerance.toString()).toBe('2.3');
    expect(about.qualifier).toBe('approximately');
    expect(about.consistent).toBe(true);
    expect(consistent(27720, 40000, '42.5', { qualifier: 'approximately' })).toBe(true);
    expect(consistent(27720, 40000, '42', { qualifier: 'approximately' })).toBe(false);
    expect(consistent(27720, 40000, '47', { qualifier: 'approximately' })).toBe(false);
    expect(consistent(27720, 40000, '41.9', { qualifier: 'approximately' })).toBe(false);
    const small = checkStatedChange(100, 101, '2', { qualifier: 'approximately' });
    expect(small.tolerance.toString()).toBe('1');
    expect(small.consistent).toBe(true);
    expect(consistent(100, '102.1', '3', { qualifier: 'approximately' })).toBe(true);
    expect(consistent(100, '101.9', '3', { qualifier: 'approximately' })).toBe(false);
    expect(consistent(100, 101, '2.0', { qualifier: 'approximately' })).toBe(false);
    expect(consistent(100, 70, '-31', { qualifier: 'approximately' })).toBe(true);
  });

  it('reads 余/多 and 以上 as "rounds to the figure or beyond it"', () => {
    for (const qualifier of ['more-than', 'at-least'] as const) {
      expect(consistent(27720, 40000, '44', { qualifier })).toBe(true);
      expect(consistent(27720, 40000, '40', { qualifier })).toBe(true);
      expect(consistent(27720, 40000, '44.3', { qualifier })).toBe(true);
      expect(consistent(27720, 40000, '44.4', { qualifier })).toBe(false);
      expect(consistent(27720, 40000, '45', { qualifier })).toBe(false);
      // 下降30%以上: a fall of 30% or more.
      expect(consistent(100, 70, '-30', { qualifier })).toBe(true);
      expect(consistent(100, 60, '-30', { qualifier })).toBe(true);
      expect(consistent(100, '70.5', '-30', { qualifier })).toBe(true);
      expect(consistent(100, '70.6', '-30', { qualifier })).toBe(false);
      expect(consistent(100, 100, '0', { qualifier })).toBe(true);
      expect(consistent(100, 150, '0', { qualifier })).toBe(true);
      expect(consistent(100, '99.5', '0', { qualifier })).toBe(false);
    }
    expect(checkStatedChange(100, 150, '30', { qualifier: 'at-least' }).tolerance.toString()).toBe(
      '0.5',
    );
  });

  it('lets an approximate level widen the possible change', () => {
    // 约4万: 35000 to 45000.
    const loose = checkStatedChange(27720, 40000, '45.3', { toQualifier: 'approximately' });
    expect(loose.consistent).toBe(true);
    expect(loose.lowestPercent.toFixed(4)).toBe('26.2626');
    expect(loose.highestPercent.toFixed(4)).toBe('62.3377');
    expect(loose.exactPercent.toFixed(4)).toBe('44.3001');
    expect(loose.roundedPercent.toString()).toBe('44.3');
    expect(consistent(27720, 40000, '44.3', { toQualifier: 'approximately' })).toBe(true);
    expect(consistent(27720, 40000, '62.4', { toQualifier: 'approximately' })).toBe(false);
    expect(consistent(27720, 40000, '26.2', { toQualifier: 'approximately' })).toBe(false);
    // 约27720: 27715 to 27725.
    const base = checkStatedChange(27720, 40000, '44.3', { fromQualifier: 'approximately' });
    expect(base.lowestPercent.toFixed(4)).toBe('44.2741');
    expect(base.highestPercent.toFixed(4)).toBe('44.3262');
    expect(consistent(27720, 40000, '44.33', { fromQualifier: 'approximately' })).toBe(true);
    expect(consistent(27720, 40000, '44.33')).toBe(false);
  });

  it('orders the possible changes when the new level is below zero', () => {
    // 约1 is 0.5 to 1.5; from it to −1 is a change of −300% (from 0.5) to −166.67% (from 1.5).
    const fall = checkStatedChange('1', '-1', '-200', { fromQualifier: 'approximately' });
    expect(fall.lowestPercent.toString()).toBe('-300');
    expect(fall.highestPercent.toFixed(2)).toBe('-166.67');
    expect(fall.consistent).toBe(true);
    expect(consistent('1', '-1', '-250', { fromQualifier: 'approximately' })).toBe(true);
    expect(consistent('1', '-1', '-160', { fromQualifier: 'approximately' })).toBe(false);
    expect(consistent('1', '-1', '-310', { fromQualifier: 'approximately' })).toBe(false);
    // 约−1 as well (−1.5 to −0.5): from 1.5 to −1.5 is −200%, from 0.5 to −0.5 is −200%,
    // from 0.5 to −1.5 is −400%, from 1.5 to −0.5 is −133.33%.
    const both = checkStatedChange('1', '-1', '-200', {
      fromQualifier: 'approximately',
      toQualifier: 'approximately',
    });
    expect(both.lowestPercent.toString()).toBe('-400');
    expect(both.highestPercent.toFixed(2)).toBe('-133.33');
    // In percentage points the change always falls as the start rises.
    const points = checkStatedChange('1', '-1', '-2', {
      kind: 'percentage-points',
      fromQualifier: 'approximately',
    });
    expect([points.lowestPercent.toString(), points.highestPercent.toString()]).toEqual([
      '-2.5',
      '-1.5',
    ]);
  });

  it('reads 余 and 以上 on a level as up to one unit of its last digit beyond it', () => {
    for (const toQualifier of ['more-than', 'at-least'] as const) {
      // 4万余: 40000 to 50000.
      const result = checkStatedChange(27720, 40000, '60', { toQualifier });
      expect(result.lowestPercent.toFixed(4)).toBe('44.3001');
      expect(result.highestPercent.toFixed(4)).toBe('80.3752');
      expect(result.consistent).toBe(true);
      expect(consistent(27720, 40000, '40', { toQualifier })).toBe(false);
    }
    // 2.772万余 as a base: 27720 to 27730, the change can only be smaller.
    const base = checkStatedChange(27720, 40000, '44.25', { fromQualifier: 'more-than' });
    expect(base.lowestPercent.toFixed(4)).toBe('44.2481');
    expect(base.consistent).toBe(true);
    // A negative level lies beyond it, further from zero: −1.5余 is −1.6 to −1.5.
    const negative = checkStatedChange('-1.5', '2', '3.55', {
      kind: 'percentage-points',
      fromQualifier: 'more-than',
    });
    expect(negative.lowestPercent.toString()).toBe('3.5');
    expect(negative.highestPercent.toString()).toBe('3.6');
    expect(negative.consistent).toBe(true);
    // A zero level has no last digit: it is exact.
    const zero = checkStatedChange(0, 2, '2', {
      kind: 'percentage-points',
      fromQualifier: 'approximately',
    });
    expect(zero.lowestPercent.toString()).toBe('2');
    expect(zero.highestPercent.toString()).toBe('2');
  });

  it('combines the statement qualifier with approximate levels', () => {
    expect(
      consistent(27720, 40000, '60', { qualifier: 'approximately', toQualifier: 'approximately' }),
    ).toBe(true);
    expect(
      consistent(27720, 40000, '70', { qualifier: 'approximately', toQualifier: 'approximately' }),
    ).toBe(false);
    expect(
      consistent(27720, 40000, '60', { qualifier: 'at-least', toQualifier: 'more-than' }),
    ).toBe(true);
  });

  it('has no percent change from a level of 0 or below', () => {
    const error = caught(() => checkStatedChange(0, 5, '10'));
    expect(error.code).toBe('non-positive-base');
    expect(error.details.field).toBe('from');
    expect(caught(() => checkStatedChange(-5, 5, '10')).code).toBe('non-positive-base');
    expect(checkStatedChange(10, -5, '-150').consistent).toBe(true);
  });

  it('names the invalid argument', () => {
    expect(caught(() => checkStatedChange('x', 1, '1')).details.field).toBe('from');
    expect(caught(() => checkStatedChange(1, Number.POSITIVE_INFINITY, '1')).details.field).toBe(
      'to',
    );
    expect(caught(() => checkStatedChange(1, 2, '44.3%')).details.field).toBe('statedPercent');
    const qualifier = caught(() =>
      checkStatedChange(1, 2, '100', { qualifier: '约' as unknown as Qualifier }),
    );
    expect(qualifier.code).toBe('invalid-argument');
    expect(qualifier.details.field).toBe('options.qualifier');
    expect(
      caught(() => checkStatedChange(1, 2, '100', { fromQualifier: 'about' as Qualifier })).details
        .field,
    ).toBe('options.fromQualifier');
    expect(
      caught(() => checkStatedChange(1, 2, '100', { toQualifier: 'about' as Qualifier })).details
        .field,
    ).toBe('options.toQualifier');
    expect(
      caught(() => checkStatedChange(1, 2, '100', { kind: 'points' as 'percent' })).details.field,
    ).toBe('options.kind');
    for (const decimals of [-1, 1.5, 1001, Number.NaN]) {
      expect(caught(() => checkStatedChange(1, 2, '100', { decimals })).details.field).toBe(
        'options.decimals',
      );
    }
    expect(caught(() => checkStatedChange(1, 2, '100', [] as never)).details.field).toBe('options');
  });

  // 约44 allows 44 ± 2.2 (5% of the figure), both ends included; 约−46 allows −46 ± 2.3.
  it.each([
    ['146.2', '44', true],
    ['141.8', '44', true],
    ['146.21', '44', false],
    ['141.79', '44', false],
    ['51.7', '-46', true],
    ['56.3', '-46', true],
    ['51.69', '-46', false],
  ])('approximately: from 100 to %s against 约%s%% is %s', (to, stated, expected) => {
    const result = checkStatedChange(100, to, stated, { qualifier: 'approximately' });
    expect(result.tolerance.toString()).toBe(stated === '44' ? '2.2' : '2.3');
    expect(result.consistent).toBe(expected);
  });

  it.each([
    ['44.3', 1],
    ['-44.30', 2],
    ['44.', 0],
    ['.5', 1],
    ['1.5e-12', 13],
    ['15E-13', 13],
    ['1.25e+1', 1],
    ['4.4e12', 0],
    ['44.30  ', 2],
  ])('reads the decimals of %j as %i', (stated, expected) => {
    expect(checkStatedChange(1, 2, stated).decimals).toBe(expected);
  });

  it.each([
    // [from, to, decimals, rounded]: quotients scaled up and down, halves both sides of zero.
    ['3', '4', 0, '33'],
    ['3', '2', 0, '-33'],
    ['8', '9', 1, '12.5'],
    ['8', '9', 0, '13'],
    ['8', '7', 0, '-13'],
    ['0.08', '0.09', 0, '13'],
    ['80000', '80001', 2, '0'],
    ['80000', '79999', 3, '-0.001'],
    ['80000', '80000', 2, '0'],
  ])('rounds the change from %s to %s to %i places as %s', (from, to, places, rounded) => {
    const result = checkStatedChange(from, to, '0', { decimals: places });
    expect(result.roundedPercent.toString()).toBe(rounded);
    expect(result.roundedPercent.isNegative() && result.roundedPercent.isZero()).toBe(false);
  });

  it('accepts null qualifiers explicitly', () => {
    const result = checkStatedChange(27720, 40000, '44.3', {
      qualifier: null,
      fromQualifier: null,
      toQualifier: null,
    });
    expect(result.consistent).toBe(true);
  });

  const level = fc
    .tuple(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 0, max: 3 }))
    .map(([digits, scale]) => new Decimal(digits).div(10 ** scale));
  const decimals = fc.integer({ min: 0, max: 6 });

  function checkDecimals(result: CheckStatedChangeResult): void {
    for (const field of [
      result.exactPercent,
      result.roundedPercent,
      result.statedPercent,
      result.difference,
      result.tolerance,
      result.lowestPercent,
      result.highestPercent,
    ]) {
      expect(field.isFinite()).toBe(true);
      expect(field.isZero() && field.isNegative()).toBe(false);
    }
  }

  it('accepts the rounded change and rejects one unit beside it, for any levels', () => {
    fc.assert(
      fc.property(level, level, decimals, (from, to, places) => {
        const exact = checkStatedChange(from, to, '0', { decimals: places });
        const stated = exact.roundedPercent.toFixed(places);
        const result = checkStatedChange(from, to, stated);
        expect(result.decimals).toBe(places);
        expect(result.consistent).toBe(true);
        checkDecimals(result);
        const unit = new Decimal(10).pow(-places);
        for (const other of [exact.roundedPercent.plus(unit), exact.roundedPercent.minus(unit)]) {
          const wrong = checkStatedChange(from, to, other.toFixed(places));
          expect(wrong.consistent).toBe(false);
          checkDecimals(wrong);
        }
        // Qualifiers only widen: what a plain figure accepts, they accept.
        for (const qualifier of ['approximately', 'more-than', 'at-least'] as const) {
          expect(consistent(from, to, stated, { qualifier, toQualifier: qualifier })).toBe(true);
        }
      }),
    );
  });

  it('agrees with rounding the exact change, and never returns NaN, Infinity or -0', () => {
    fc.assert(
      fc.property(
        level,
        level.map((value) => value.neg()),
        fc.integer({ min: -100_000, max: 100_000 }),
        decimals,
        (from, negative, statedDigits, places) => {
          for (const to of [negative, from.plus(negative).abs()]) {
            const stated = new Decimal(statedDigits).div(10 ** places).toFixed(places);
            const result = checkStatedChange(from, to, stated);
            checkDecimals(result);
            expect(result.consistent).toBe(result.roundedPercent.eq(result.statedPercent));
            const expected = result.exactPercent.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
            expect(result.roundedPercent.eq(expected)).toBe(true);
          }
        },
      ),
    );
  });
});
