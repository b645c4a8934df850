import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import {
  cumulative,
  growth,
  indicator,
  level,
  milestone,
  observation,
  planDataset,
  project,
} from './_testKit.js';
import { assessPlan } from './assessPlan.js';
import { assessTarget } from './assessTarget.js';

/** Overwrites every Decimal reachable from `value` with 7, except those frozen. */
function scribble(value: unknown): void {
  if (Decimal.isDecimal(value)) {
    // A frozen figure (shared with a cache or other results) cannot be changed at all.
    if (Object.isFrozen(value)) {
      expect(() => {
        (value as unknown as { e: number }).e = 0;
      }).toThrow(TypeError);
      expect(Object.isFrozen((value as unknown as { d: number[] }).d)).toBe(true);
      return;
    }
    const fields = value as unknown as { d: number[]; e: number; s: number };
    fields.d = [7];
    fields.e = 0;
    fields.s = 1;
    return;
  }
  if (typeof value !== 'object' || value === null) return;
  for (const child of Object.values(value)) scribble(child);
}

const trees = indicator({ id: 'trees', unit: 'plant', measure: 'flow' });

function dataset() {
  const data = planDataset(
    [
      level({ id: 'met', value: '8.5' }),
      level({ id: 'running' }),
      growth({ id: 'growth', period: '2023', basePeriod: '2020' }),
      cumulative(),
      milestone({ due: '2022' }),
    ],
    [
      observation('2020', '8'),
      observation('2022', '8.6'),
      observation('2022', '20000', { indicator: 'trees' }),
    ],
    [project()],
  );
  return { ...data, indicators: [...data.indicators, trees] };
}

describe('results share nothing mutable', () => {
  it('changing a figure of one scorecard leaves the next call unchanged', () => {
    const before = JSON.stringify(assessPlan(dataset(), 'plan', { asOf: '2022-12-31' }));
    for (let i = 0; i < 2; i++) scribble(assessPlan(dataset(), 'plan', { asOf: '2022-12-31' }));
    expect(JSON.stringify(assessPlan(dataset(), 'plan', { asOf: '2022-12-31' }))).toBe(before);
  });

  it('changing a figure of one assessment leaves the next call unchanged', () => {
    const context = {
      indicator: indicator(),
      observations: [observation('2020', '8'), observation('2022', '8.6')],
    };
    for (const target of [level({ value: '8.5' }), level()]) {
      const before = JSON.stringify(assessTarget(target, context));
      scribble(assessTarget(target, context));
      expect(JSON.stringify(assessTarget(target, context))).toBe(before);
    }
  });

  it('shares between assessments of one scorecard only frozen figures', () => {
    const scorecard = assessPlan(dataset(), 'plan', { asOf: '2022-12-31' });
    const seen = new Set<unknown>();
    const walk = (value: unknown): void => {
      if (Decimal.isDecimal(value)) {
        if (seen.has(value)) expect(Object.isFrozen(value)).toBe(true);
        seen.add(value);
        return;
      }
      if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
    };
    walk(scorecard);
    expect(seen.size).toBeGreaterThan(20);
  });
});
