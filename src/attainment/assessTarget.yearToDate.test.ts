import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from '../decimal/Decimal.js';
import type { Comparator, Observation, Target } from '../models/types.js';
import { growth, indicator, level, observation } from './_testKit.js';
import { assessTarget } from './assessTarget.js';
import type { AssessmentMethod } from './types.js';

const flow = indicator({ measure: 'flow' });

describe('an annual target followed through the year', () => {
  it('takes the stated 同比 with no figure of 2021 at all (known answer)', () => {
    const result = assessTarget(
      growth(),
      {
        indicator: flow,
        observations: [observation('2022-01/2022-06', '4.18', { yearOverYearPercent: '4.5' })],
      },
      { asOf: '2022-07-15' },
    );
    expect(result.basis).toBe('year-to-date');
    expect(result.status).toBe('needs-acceleration');
    expect(result.progressRatio?.toString()).toBe('0.75');
    expect(result.yearToDate?.growth?.toString()).toBe('0.045');
    expect(result.yearToDate?.growthSource).toBe('stated');
    expect(result.completion.growth?.toString()).toBe('0.9858490566037735849056603773584906');
    expect(result.timeElapsed?.toString()).toBe('0.5');
  });

  it('is never not assessable for want of data with last year whole and this year to date', () => {
    /** Positive decimal strings, 0.01 to 1000. */
    const positive = fc.integer({ min: 1, max: 100_000 }).map((n) => (n / 100).toFixed(2));
    const percent = fc.integer({ min: -50, max: 50 }).map(String);
    const target = fc.oneof(
      fc
        .tuple(fc.integer({ min: -5, max: 20 }), fc.constantFrom<Comparator>('at-least', 'at-most'))
        .map(
          ([rate, comparator]): Target => growth({ annualGrowthPercent: String(rate), comparator }),
        ),
      fc
        .tuple(positive, fc.constantFrom<Comparator>('at-least', 'at-most'))
        .map(([value, comparator]): Target => level({ value, period: '2022', comparator })),
    );
    const cases = fc.record({
      target,
      lastYear: positive,
      months: fc.integer({ min: 1, max: 11 }),
      value: positive,
      stated: fc.option(percent, { nil: undefined }),
      previous: fc.option(positive, { nil: undefined }),
      // Days after the first day of the month following the figure's last month.
      later: fc.integer({ min: 0, max: 240 }),
      method: fc.constantFrom<AssessmentMethod>(
        'progress-ratio',
        'current-status',
        'projection',
        'schedule',
      ),
    });
    fc.assert(
      fc.property(
        cases,
        ({ target: goal, lastYear, months, value, stated, previous, later, method }) => {
          const end = String(months).padStart(2, '0');
          const observations: Observation[] = [
            observation('2021', lastYear),
            observation(
              `2022-01/2022-${end}`,
              value,
              stated === undefined ? {} : { yearOverYearPercent: stated },
            ),
          ];
          if (previous !== undefined)
            observations.push(observation(`2021-01/2021-${end}`, previous));
          const asOf = new Date(Date.UTC(2022, months, 1 + later)).toISOString().slice(0, 10);
          const result = assessTarget(goal, { indicator: flow, observations }, { asOf, method });
          expect(result.status).not.toBe('not-assessable');
          expect(result.reason).toBeNull();
          expect(result.basis).toBe('year-to-date');
          expect(result.yearToDate?.months).toBe(months);
          expect(result.timeElapsed?.eq(new Decimal(months).div(12))).toBe(true);
          // Past the year's end with only a figure for part of it, the verdict waits.
          expect(result.provisional).toBe(asOf > '2022-12-31');
        },
      ),
      { numRuns: 100 },
    );
  });
});
