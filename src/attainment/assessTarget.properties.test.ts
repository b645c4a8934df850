import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import type { Comparator, Target } from '../models/types.js';
import { cumulative, growth, indicator, level, observation } from './_testKit.js';
import { assessTarget } from './assessTarget.js';
import type { Assessment, AssessmentMethod } from './types.js';

const METHODS: readonly AssessmentMethod[] = [
  'progress-ratio',
  'current-status',
  'projection',
  'schedule',
];

/** Decimal strings from -500 to 500 with up to two places, zero included. */
const value = fc
  .tuple(fc.integer({ min: -50_000, max: 50_000 }), fc.constantFrom(1, 10, 100))
  .map(([units, divisor]) => new Decimal(units).div(divisor).toFixed());
const nonZero = value.filter((text) => !new Decimal(text).isZero());
const comparator = fc.constantFrom<Comparator>('at-least', 'at-most');
/** Base year, latest year (after it, by the deadline) and deadline (after the base). */
const years = fc
  .tuple(
    fc.integer({ min: 2000, max: 2020 }),
    fc.integer({ min: 1, max: 10 }),
    fc.integer({ min: 1, max: 15 }),
  )
  .map(([base, toLatest, toDeadline]) => ({
    base: String(base),
    latest: String(base + Math.min(toLatest, toDeadline)),
    deadline: String(base + toDeadline),
  }));

function levelCase(
  b: string,
  a: string,
  t: string,
  which: Comparator,
  span: ReturnType<typeof years.generate>['value'],
) {
  return {
    target: level({ value: t, period: span.deadline, comparator: which }),
    context: {
      indicator: indicator({ direction: which === 'at-least' ? 'increase' : 'decrease' }),
      observations: [observation(span.base, b), observation(span.latest, a)],
    },
  };
}

/** Every Decimal of an assessment, with its path. */
function decimals(assessment: Assessment): Array<[string, Decimal]> {
  const found: Array<[string, Decimal]> = [];
  const walk = (node: unknown, path: string) => {
    if (Decimal.isDecimal(node)) found.push([path, node as Decimal]);
    else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
    }
  };
  walk(assessment, '');
  return found;
}

function checkSound(assessment: Assessment): void {
  for (const [path, figure] of decimals(assessment)) {
    expect(figure.isFinite(), path).toBe(true);
    expect(figure.isNaN(), path).toBe(false);
    expect(Object.is(figure.toNumber(), -0), path).toBe(false);
  }
  if (assessment.score !== null) {
    expect(assessment.score.gte(-5) && assessment.score.lte(5)).toBe(true);
  }
  if (assessment.currentStatusIndex !== null) {
    expect(assessment.currentStatusIndex.abs().lte(10)).toBe(true);
  }
  if (assessment.timeElapsed !== null) {
    expect(assessment.timeElapsed.gte(0) && assessment.timeElapsed.lte(1)).toBe(true);
  }
  expect(assessment.reason === null).toBe(assessment.status !== 'not-assessable');
  expect(JSON.stringify(assessment)).not.toMatch(/NaN|Infinity/);
}

describe('assessTarget properties', () => {
  it('calls a target that is already met achieved, under every method', () => {
    fc.assert(
      fc.property(value, value, fc.nat(1000), comparator, years, (b, t, beyond, which, span) => {
        const extra = new Decimal(beyond).div(10);
        const a = (
          which === 'at-least' ? new Decimal(t).plus(extra) : new Decimal(t).minus(extra)
        ).toFixed();
        const { target, context } = levelCase(b, a, t, which, span);
        for (const method of METHODS) {
          expect(assessTarget(target, context, { method }).status).toBe('achieved');
        }
      }),
      { numRuns: 200 },
    );
  });

  it('gives the mirrored problem (values negated, direction and comparator swapped) the same status', () => {
    fc.assert(
      fc.property(nonZero, value, value, comparator, years, (b, a, t, which, span) => {
        const swapped: Comparator = which === 'at-least' ? 'at-most' : 'at-least';
        const negate = (text: string) => new Decimal(text).neg().toFixed();
        const plain = levelCase(b, a, t, which, span);
        const mirror = levelCase(negate(b), negate(a), negate(t), swapped, span);
        for (const method of METHODS) {
          const left = assessTarget(plain.target, plain.context, { method });
          const right = assessTarget(mirror.target, mirror.context, { method });
          expect([right.status, right.reason]).toEqual([left.status, left.reason]);
          expect(right.progressRatio?.toString()).toBe(left.progressRatio?.toString());
          expect(right.currentStatusIndex?.toString()).toBe(left.currentStatusIndex?.toString());
        }
      }),
      { numRuns: 200 },
    );
  });

  it('keeps scores within -5..5, indices within -10..10 and never gives NaN', () => {
    const target = fc.oneof(
      fc
        .tuple(value, comparator, fc.integer({ min: 2021, max: 2030 }))
        .map(
          ([t, which, year]): Target =>
            level({ value: t, comparator: which, period: String(year) }),
        ),
      fc
        .tuple(fc.integer({ min: -99, max: 300 }), comparator, fc.integer({ min: 2021, max: 2030 }))
        .map(
          ([percent, which, year]): Target =>
            growth({
              annualGrowthPercent: String(percent),
              comparator: which,
              basePeriod: '2020',
              period: String(year),
            }),
        ),
      fc
        .tuple(value, comparator)
        .map(
          ([t, which]): Target =>
            cumulative({ indicator: 'output', unit: 'yi-yuan', value: t, comparator: which }),
        ),
    );
    const series = fc.uniqueArray(fc.tuple(fc.integer({ min: 2016, max: 2028 }), value), {
      selector: ([year]) => year,
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        target,
        series,
        fc.constantFrom(...METHODS),
        fc.option(fc.integer({ min: 2018, max: 2030 }), { nil: undefined }),
        (chosen, points, method, asOfYear) => {
          const observations = points.map(([year, figure]) => observation(String(year), figure));
          const assessment = assessTarget(
            chosen,
            { indicator: indicator({ measure: 'flow' }), observations },
            asOfYear === undefined ? { method } : { method, asOf: `${asOfYear}-06-30` },
          );
          checkSound(assessment);
        },
      ),
      { numRuns: 400 },
    );
  });
});
