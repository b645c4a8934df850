import { describe, expect, it } from 'vitest';
import { errorOf } from '../../test/fixtures/errors.js';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { requiredAnnualRate } from '../growth/index.js';
import type { Observation } from '../models/types.js';
import {
  cumulative,
  growth,
  indicator,
  level,
  milestone,
  observation,
  project,
  qualitative,
} from './_testKit.js';
import { ELAPSED_CACHE_LIMIT, TIME_CACHE_LIMIT } from './_time.js';
import { type AssessTargetOptions, assessTarget } from './assessTarget.js';
import type { AssessmentMethod } from './types.js';

const METHODS: readonly AssessmentMethod[] = [
  'progress-ratio',
  'current-status',
  'projection',
  'schedule',
];

const output = indicator();
const eightToNine = [observation('2020', '8'), observation('2023', '9')];

describe('assessTarget: the known answer (8 in 2020, 9 in 2023, 10.5 by 2026)', () => {
  const result = assessTarget(
    level(),
    { indicator: output, observations: eightToNine },
    { asOf: '2024-06-30' },
  );

  it('needs acceleration by the progress ratio, with every figure', () => {
    expect(result.status).toBe('needs-acceleration');
    expect(result.reason).toBeNull();
    expect(result.method).toBe('progress-ratio');
    expect(result.requiredAnnualRate?.toString()).toBe(requiredAnnualRate(8, '10.5', 6).toString());
    expect(result.requiredAnnualRate?.toFixed(10)).toBe('0.0463650343');
    expect(result.actualAnnualRate?.toString()).toBe(requiredAnnualRate(8, 9, 3).toString());
    expect(result.actualAnnualRate?.toFixed(7)).toBe('0.0400419');
    expect(result.progressRatio?.toFixed(6)).toBe('0.863623');
    expect(result.progressRatio?.toString()).toMatch(/^0\.86362303283890878823945111501575\d\d$/);
    expect(result.score?.toFixed(6)).toBe('1.883073');
    expect(result.currentStatusIndex?.toString()).toBe('4');
    expect(result.completion.level?.toString()).toBe('0.8571428571428571428571428571428571');
    expect(result.completion.increment?.toString()).toBe('0.4');
    expect(result.completion.growth).toBeNull();
    expect(result.timeElapsed?.toString()).toBe('0.5');
    expect(result.scheduleGap?.toString()).toBe('-0.1');
    expect(result.scheduleState).toBe('behind');
    expect(result.catchUpRate?.toString()).toBe(requiredAnnualRate(9, '10.5', 3).toString());
    expect(result.catchUpRate?.toFixed(6)).toBe('0.052727');
    expect(result.projectedAtDeadline?.toString()).toBe('10.125');
    expect(result.projectionRatio?.toString()).toBe('0.85');
  });

  it('reports what it used', () => {
    expect(result).toMatchObject({
      targetId: 'output-2026',
      kind: 'level',
      attribute: 'anticipatory',
      indicator: 'output',
      unit: 'yi-yuan',
      comparator: 'at-least',
      asOf: '2024-06-30',
      approximate: false,
      sumToDate: null,
      plannedAnnualRate: null,
      milestoneState: null,
      milestone: null,
    });
    expect(result.baseline?.period).toBe('2020');
    expect(result.baseline?.value.toString()).toBe('8');
    expect(result.latest?.period).toBe('2023');
    expect(result.latest?.value.toString()).toBe('9');
    expect(result.latest?.status).toBe('actual');
    expect(result.target?.period).toBe('2026');
    expect(result.target?.value.toString()).toBe('10.5');
  });

  it('needs acceleration under every method, each by its own figure', () => {
    for (const method of METHODS) {
      const other = assessTarget(
        level(),
        { indicator: output, observations: eightToNine },
        { method },
      );
      expect(other.method).toBe(method);
      expect(other.status).toBe('needs-acceleration');
      // The figures do not depend on the method.
      expect(other.progressRatio?.toString()).toBe(result.progressRatio?.toString());
    }
  });

  it('turns on track when the thresholds are lowered', () => {
    const lenient = assessTarget(
      level(),
      { indicator: output, observations: eightToNine },
      { thresholds: { onTrack: '0.8' } },
    );
    expect(lenient.status).toBe('on-track');
    const strict = assessTarget(
      level(),
      { indicator: output, observations: eightToNine },
      { thresholds: { onTrack: 2, needsAcceleration: '0.9', limitedProgress: -1 } },
    );
    expect(strict.status).toBe('limited-progress');
  });

  it('defaults the as-of day to the end of the latest observation', () => {
    const undated = assessTarget(level(), { indicator: output, observations: eightToNine });
    expect(undated.asOf).toBe('2023-12-31');
    expect(undated.status).toBe('needs-acceleration');
  });
});

describe('assessTarget: direction and comparators', () => {
  const poverty = indicator({ id: 'poverty', direction: 'decrease', unit: 'household' });
  const observations = [
    observation('2015', '100', { indicator: 'poverty' }),
    observation('2020', '80', { indicator: 'poverty' }),
  ];
  const atMost = level({
    id: 'poverty-2030',
    indicator: 'poverty',
    value: '70',
    period: '2030',
    comparator: 'at-most',
  });

  it('is on track falling from 100 to 80 toward 70 (R = 1.85751, score 5)', () => {
    const result = assessTarget(atMost, { indicator: poverty, observations });
    expect(result.status).toBe('on-track');
    expect(result.progressRatio?.toFixed(5)).toBe('1.85751');
    expect(result.score?.toString()).toBe('5');
    expect(result.requiredAnnualRate?.toString()).toBe(requiredAnnualRate(100, 70, 15).toString());
    expect(result.actualAnnualRate?.toString()).toBe(requiredAnnualRate(100, 80, 5).toString());
    // 完成率 of an at-most target: 2 − a/T.
    expect(result.completion.level?.toFixed(6)).toBe('0.857143');
    expect(result.completion.increment?.toFixed(6)).toBe('0.666667');
    expect(result.currentStatusIndex?.toFixed(4)).toBe('6.6667');
    expect(result.timeElapsed?.toFixed(6)).toBe('0.333333');
    expect(result.scheduleState).toBe('ahead');
  });

  it('is achieved at 65, under every method', () => {
    const reached = [
      observations[0] as Observation,
      observation('2020', '65', { indicator: 'poverty' }),
    ];
    for (const method of METHODS) {
      const result = assessTarget(
        atMost,
        { indicator: poverty, observations: reached },
        { method },
      );
      expect(result.status).toBe('achieved');
      expect(result.score?.toString()).toBe('5');
      expect(result.currentStatusIndex?.toString()).toBe('10');
    }
  });

  it('mirrors exactly when the values are negated and the comparator swapped', () => {
    const mirrored = assessTarget(level({ value: '-10.5', comparator: 'at-most' }), {
      indicator: indicator({ direction: 'decrease' }),
      observations: [observation('2020', '-8'), observation('2023', '-9')],
    });
    const plain = assessTarget(level(), { indicator: output, observations: eightToNine });
    expect(mirrored.status).toBe(plain.status);
    expect(mirrored.progressRatio?.toString()).toBe(plain.progressRatio?.toString());
    expect(mirrored.currentStatusIndex?.toString()).toBe(plain.currentStatusIndex?.toString());
    expect(mirrored.projectionRatio?.toString()).toBe(plain.projectionRatio?.toString());
    expect(mirrored.completion.increment?.toString()).toBe('0.4');
  });

  it('judges a neutral indicator by the comparator', () => {
    const result = assessTarget(level(), {
      indicator: indicator({ direction: 'neutral' }),
      observations: eightToNine,
    });
    expect(result.status).toBe('needs-acceleration');
  });

  it('calls slipping back from a baseline that met the target deterioration, under every method', () => {
    const slipped = [observation('2020', '12'), observation('2023', '9')];
    for (const method of METHODS) {
      const result = assessTarget(
        level(),
        { indicator: output, observations: slipped },
        { method },
      );
      expect(result.status).toBe('deterioration');
    }
    const same = [observation('2020', '10.5'), observation('2023', '9')];
    const flat = assessTarget(level(), { indicator: output, observations: same });
    expect(flat.status).toBe('deterioration');
    expect(flat.requiredAnnualRate?.toString()).toBe('0');
    expect(flat.progressRatio).toBeNull();
    expect(flat.completion.increment).toBeNull();
  });

  it('sees stagnation as limited progress under every method', () => {
    const flat = [observation('2020', '8'), observation('2023', '8')];
    for (const method of METHODS) {
      const result = assessTarget(level(), { indicator: output, observations: flat }, { method });
      expect(result.status).toBe('limited-progress');
    }
  });

  it('sees a fall toward an at-least target as deterioration under every method', () => {
    const falling = [observation('2020', '8'), observation('2023', '7')];
    for (const method of METHODS) {
      const result = assessTarget(
        level(),
        { indicator: output, observations: falling },
        { method },
      );
      expect(result.status).toBe('deterioration');
    }
  });

  it('rejects an unknown comparator', () => {
    const error = errorOf(() =>
      assessTarget(level({ comparator: 'about' as never }), {
        indicator: output,
        observations: eightToNine,
      }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.details.field).toBe('target.comparator');
  });
});

describe('assessTarget: growth targets', () => {
  const flow = indicator({ measure: 'flow' });

  it('assesses a one-year 同比 target by (1 + actual)/(1 + planned)', () => {
    const result = assessTarget(growth(), {
      indicator: flow,
      observations: [observation('2021', '100'), observation('2022', '104')],
    });
    expect(result.completion.growth?.toString()).toBe('0.9811320754716981132075471698113208');
    expect(result.completion.level?.toString()).toBe('0.9811320754716981132075471698113208');
    expect(result.completion.growth?.toFixed(6)).toBe('0.981132');
    expect(result.target?.value.toString()).toBe('106');
    expect(result.plannedAnnualRate?.toString()).toBe('0.06');
    expect(result.requiredAnnualRate?.toString()).toBe('0.06');
    expect(result.actualAnnualRate?.toString()).toBe('0.04');
    expect(result.progressRatio?.toFixed(6)).toBe('0.666667');
    expect(result.status).toBe('needs-acceleration');
    expect(result.timeElapsed?.toString()).toBe('1');
    expect(result.catchUpRate).toBeNull();
    expect(result.projectedAtDeadline?.toString()).toBe('104');
    expect(result.projectionRatio?.toFixed(6)).toBe('0.666667');
  });

  it('is achieved when the growth is met', () => {
    const result = assessTarget(growth(), {
      indicator: flow,
      observations: [observation('2021', '100'), observation('2022', '106.5')],
    });
    expect(result.status).toBe('achieved');
    expect(result.completion.growth?.toFixed(6)).toBe('1.004717');
  });

  it('assesses a multi-year average growth against the level it implies', () => {
    const result = assessTarget(growth({ basePeriod: '2020', period: '2025' }), {
      indicator: flow,
      observations: [observation('2020', '100'), observation('2022', '110')],
    });
    expect(result.target?.value.toString()).toBe('133.82255776');
    expect(result.timeElapsed?.toString()).toBe('0.4');
    expect(result.actualAnnualRate?.toFixed(8)).toBe('0.04880885');
    expect(result.progressRatio?.toFixed(6)).toBe('0.813481');
    expect(result.completion.growth?.toFixed(6)).toBe('0.989442');
    expect(result.catchUpRate?.toString()).toBe(
      requiredAnnualRate(110, '133.82255776', 3).toString(),
    );
    expect(result.status).toBe('needs-acceleration');
  });

  it('mirrors growth completion for at-most targets', () => {
    const result = assessTarget(growth({ annualGrowthPercent: '3', comparator: 'at-most' }), {
      indicator: flow,
      observations: [observation('2021', '100'), observation('2022', '105')],
    });
    expect(result.status).toBe('deterioration');
    expect(result.completion.growth?.toFixed(6)).toBe('0.980583');
  });

  it('is not assessable without data, a base, or with a zero base', () => {
    const context = (observations: Observation[]) => ({ indicator: flow, observations });
    expect(assessTarget(growth(), context([])).reason).toBe('no-data');
    const noBase = assessTarget(growth(), context([observation('2022', '104')]));
    expect(noBase.reason).toBe('no-baseline');
    expect(noBase.latest?.value.toString()).toBe('104');
    expect(noBase.requiredAnnualRate?.toString()).toBe('0.06');
    const zero = assessTarget(
      growth(),
      context([observation('2021', '0'), observation('2022', '3')]),
    );
    expect(zero.reason).toBe('zero-base');
    expect(zero.baseline?.value.toString()).toBe('0');
    expect(zero.target).toBeNull();
  });

  it('rejects a growth target that does not end after its base, or a fall beyond -100%', () => {
    const context = { indicator: flow, observations: [] };
    const early = errorOf(() => assessTarget(growth({ period: '2021' }), context));
    expect(early.code).toBe('invalid-periods');
    expect(early.details.field).toBe('target.period');
    const collapse = errorOf(() => assessTarget(growth({ annualGrowthPercent: '-100' }), context));
    expect(collapse.code).toBe('invalid-argument');
    expect(collapse.details.field).toBe('target.annualGrowthPercent');
    const huge = errorOf(() =>
      assessTarget(growth({ annualGrowthPercent: '1e20' as never, period: '2200' }), {
        indicator: flow,
        observations: [observation('2021', '1'), observation('2022', '2')],
      }),
    );
    expect(huge.code).toBe('invalid-number');
  });
});

describe('assessTarget: baselines, units and the observation that counts', () => {
  const income = miniDataset.indicators[1];
  const incomeObservations = miniDataset.observations.slice(0, 2) as unknown as Observation[];
  const incomeTarget = miniDataset.plans[0].targets[1] as unknown as Parameters<
    typeof assessTarget
  >[0];

  it('converts 万元 observations and targets into the indicator unit (元)', () => {
    const result = assessTarget(incomeTarget, {
      indicator: income as never,
      observations: incomeObservations,
    });
    expect(result.unit).toBe('yuan');
    expect(result.target?.value.toString()).toBe('50000');
    expect(result.baseline?.value.toString()).toBe('27720');
    expect(result.latest?.value.toString()).toBe('40000');
    expect(result.latest?.status).toBe('estimated');
    expect(result.approximate).toBe(true);
    expect(result.actualAnnualRate?.toString()).toBe(
      requiredAnnualRate(27720, 40000, 5).toString(),
    );
    expect(result.requiredAnnualRate?.toString()).toBe(
      requiredAnnualRate(27720, 50000, 10).toString(),
    );
    expect(result.status).toBe('on-track');
  });

  it('takes the last figure before the plan as the baseline', () => {
    const result = assessTarget(incomeTarget, {
      indicator: income as never,
      observations: incomeObservations,
      plan: { period: '2022/2026' },
    });
    expect(result.baseline?.period).toBe('2021');
    expect(result.reason).toBe('not-yet-started');
    const pinned = assessTarget(
      incomeTarget,
      {
        indicator: income as never,
        observations: incomeObservations,
        plan: { period: '2022/2026' },
      },
      { basePeriod: '2016' },
    );
    expect(pinned.baseline?.period).toBe('2016');
    expect(pinned.status).toBe('on-track');
  });

  it('prefers a stated baseline, in the target unit', () => {
    const result = assessTarget(
      level({ value: '105000', unit: 'wan-yuan', baseline: { period: '2020', value: '80000' } }),
      { indicator: output, observations: [observation('2023', '9')] },
    );
    expect(result.baseline).toEqual({ period: '2020', value: toDecimal('8') });
    expect(result.target?.value.toString()).toBe('10.5');
    expect(result.progressRatio?.toFixed(6)).toBe('0.863623');
  });

  it('ignores a baseline at or after the deadline', () => {
    const result = assessTarget(level({ baseline: { period: '2026', value: '8' } }), {
      indicator: output,
      observations: eightToNine,
    });
    expect(result.reason).toBe('no-baseline');
    expect(result.baseline).toBeNull();
  });

  it('prefers actual over preliminary, estimated and forecast figures of one period', () => {
    const observations = [
      observation('2020', '8'),
      observation('2023', '9.6', { status: 'forecast' }),
      observation('2023', '9.4', { status: 'estimated', qualifier: 'approximately' }),
      observation('2023', '9', { status: 'actual' }),
      observation('2023', '9.2', { status: 'preliminary' }),
    ];
    const result = assessTarget(level(), { indicator: output, observations });
    expect(result.latest?.value.toString()).toBe('9');
    expect(result.approximate).toBe(false);
    const withoutActual = assessTarget(level(), {
      indicator: output,
      observations: observations.filter((o) => o.status !== 'actual'),
    });
    expect(withoutActual.latest?.value.toString()).toBe('9.2');
    expect(withoutActual.latest?.status).toBe('preliminary');
  });

  it('counts only periods that ended by the as-of day, forecasts included', () => {
    const observations = [...eightToNine, observation('2024', '9.8', { status: 'forecast' })];
    const midYear = assessTarget(
      level(),
      { indicator: output, observations },
      { asOf: '2024-06-30' },
    );
    expect(midYear.latest?.period).toBe('2023');
    const later = assessTarget(
      level(),
      { indicator: output, observations },
      { asOf: new Date(Date.UTC(2025, 0, 1)) },
    );
    expect(later.latest?.period).toBe('2024');
    expect(later.latest?.status).toBe('forecast');
    const early = assessTarget(
      level(),
      { indicator: output, observations },
      { asOf: '2021-06-30' },
    );
    expect(early.reason).toBe('not-yet-started');
    const before = assessTarget(
      level(),
      { indicator: output, observations },
      { asOf: '2019-06-30' },
    );
    expect(before.reason).toBe('no-data');
  });

  it('judges a flow on figures of the target period kind only; a stock on any', () => {
    const observations = [...eightToNine, observation('2024-03', '1')];
    const flow = assessTarget(level(), { indicator: indicator({ measure: 'flow' }), observations });
    expect(flow.latest?.period).toBe('2023');
    const stock = assessTarget(level(), { indicator: output, observations });
    expect(stock.latest?.period).toBe('2024-03');
  });

  it('ignores observations of other indicators', () => {
    const observations = [...eightToNine, observation('2024', '20', { indicator: 'other' })];
    const result = assessTarget(level(), { indicator: output, observations });
    expect(result.latest?.period).toBe('2023');
  });

  it('marks 约 and 余 figures approximate', () => {
    const result = assessTarget(level(), {
      indicator: output,
      observations: [
        observation('2020', '8', { qualifier: 'more-than' }),
        observation('2023', '9'),
      ],
    });
    expect(result.approximate).toBe(true);
  });
});

describe('assessTarget: what cannot be assessed', () => {
  it('has no data without observations, but still reports the target', () => {
    const result = assessTarget(level(), { indicator: output });
    expect(result.status).toBe('not-assessable');
    expect(result.reason).toBe('no-data');
    expect(result.target?.value.toString()).toBe('10.5');
    expect(result.asOf).toBeNull();
    expect(result.score).toBeNull();
  });

  it('has no baseline when the base period has no figure', () => {
    const result = assessTarget(
      level(),
      { indicator: output, observations: eightToNine },
      { basePeriod: '2019' },
    );
    expect(result.reason).toBe('no-baseline');
    expect(result.completion.level?.toFixed(4)).toBe('0.8571');
    expect(result.catchUpRate?.toFixed(6)).toBe('0.052727');
  });

  it('has not started while the latest figure is the baseline', () => {
    const result = assessTarget(level(), {
      indicator: output,
      observations: [observation('2020', '8')],
    });
    expect(result.reason).toBe('not-yet-started');
    expect(result.baseline?.period).toBe('2020');
    expect(result.latest?.period).toBe('2020');
  });

  it('gives zero-base to the compound-rate methods only', () => {
    const observations = [observation('2020', '0'), observation('2023', '5')];
    const context = { indicator: output, observations };
    const target = level({ value: '10' });
    expect(assessTarget(target, context).reason).toBe('zero-base');
    expect(assessTarget(target, context, { method: 'projection' }).reason).toBe('zero-base');
    const status = assessTarget(target, context, { method: 'current-status' });
    expect(status.status).toBe('needs-acceleration');
    expect(status.currentStatusIndex?.toString()).toBe('5');
    expect(status.requiredAnnualRate).toBeNull();
    expect(assessTarget(target, context, { method: 'schedule' }).status).toBe('on-track');
  });

  it('gives sign-change to the compound-rate methods when the values change sign', () => {
    const context = {
      indicator: output,
      observations: [observation('2020', '-2'), observation('2023', '3')],
    };
    const target = level({ value: '10' });
    expect(assessTarget(target, context).reason).toBe('sign-change');
    expect(assessTarget(target, context, { method: 'projection' }).reason).toBe('sign-change');
    const status = assessTarget(target, context, { method: 'current-status' });
    expect(status.currentStatusIndex?.toFixed(4)).toBe('4.1667');
    expect(status.actualAnnualRate).toBeNull();
  });

  it('gives sign-change when the target lies across zero from the baseline', () => {
    const context = {
      indicator: output,
      observations: [observation('2020', '2'), observation('2023', '1')],
    };
    const target = level({ value: '-1', comparator: 'at-most' });
    const result = assessTarget(target, context);
    expect(result.reason).toBe('sign-change');
    expect(result.requiredAnnualRate).toBeNull();
    expect(result.actualAnnualRate?.toFixed(6)).toBe('-0.206299');
    expect(result.catchUpRate).toBeNull();
    expect(assessTarget(target, context, { method: 'projection' }).status).toBe(
      'needs-acceleration',
    );
  });

  it('keeps qualitative targets, not assessable', () => {
    const result = assessTarget(qualitative({ indicator: 'output' }), {});
    expect(result).toMatchObject({
      status: 'not-assessable',
      reason: 'qualitative',
      indicator: 'output',
      target: null,
      completion: { level: null, increment: null, growth: null },
    });
    expect(assessTarget(qualitative(), {}).indicator).toBeNull();
  });

  it('handles a latest value of zero', () => {
    const result = assessTarget(level({ value: '2', comparator: 'at-most' }), {
      indicator: output,
      observations: [observation('2020', '8'), observation('2023', '0')],
    });
    expect(result.status).toBe('achieved');
    const below = assessTarget(level(), {
      indicator: output,
      observations: [observation('2020', '8'), observation('2023', '0')],
    });
    expect(below.actualAnnualRate?.toString()).toBe('-1');
    expect(below.projectedAtDeadline?.toString()).toBe('0');
    expect(below.catchUpRate).toBeNull();
    expect(below.status).toBe('deterioration');
  });

  it('handles a target of zero', () => {
    const result = assessTarget(level({ value: '0', comparator: 'at-most' }), {
      indicator: output,
      observations: [observation('2020', '8'), observation('2023', '4')],
    });
    expect(result.completion.level).toBeNull();
    expect(result.requiredAnnualRate?.toString()).toBe('-1');
    expect(result.catchUpRate?.toString()).toBe('-1');
    expect(result.progressRatio?.toFixed(6)).toBe('0.206299');
    expect(result.status).toBe('limited-progress');
  });
});

describe('assessTarget: projection at the edges', () => {
  it('projects past the range of decimals as on track or deterioration', () => {
    // A tenfold rise in a day, carried over ten years, runs far beyond 1e1000.
    const observations = [observation('2020-01-01', '1'), observation('2020-01-02', '10')];
    const rising = assessTarget(
      level({ value: '1000000', period: '2030-01-02' }),
      { indicator: output, observations },
      { method: 'projection' },
    );
    expect(rising.projectedAtDeadline).toBeNull();
    expect(rising.projectionRatio).toBeNull();
    expect(rising.status).toBe('on-track');
    const away = assessTarget(
      level({ value: '0.5', period: '2030-01-02', comparator: 'at-most' }),
      { indicator: output, observations },
      { method: 'projection' },
    );
    expect(away.status).toBe('deterioration');
  });

  it('throws when a rate itself is beyond the accepted range', () => {
    const observations = [
      observation('2020-01-01', '1'),
      observation('2020-01-02', '1e10' as never),
    ];
    const error = errorOf(() =>
      assessTarget(level({ value: '1e12' as never, period: '2030-01-02' }), {
        indicator: output,
        observations,
      }),
    );
    expect(error.code).toBe('invalid-number');
    expect(error.details.field).toBe('actualAnnualRate');
  });

  it('judges a target by the figure of its deadline year, not a later one', () => {
    const result = assessTarget(level({ period: '2022' }), {
      indicator: output,
      observations: [observation('2020', '8'), observation('2022', '9'), observation('2023', '11')],
    });
    expect(result.latest?.period).toBe('2022');
    expect(result.projectedAtDeadline?.toString()).toBe('9');
    expect(result.timeElapsed?.toString()).toBe('1');
    expect(result.catchUpRate).toBeNull();
    // 8 → 9 in two years is 6.07%/yr against the 14.56%/yr that 10.5 needed: R ≈ 0.42;
    // but 2022 is over and its figure known, so the verdict is in.
    expect(result.progressRatio?.toFixed(2)).toBe('0.42');
    expect(result.status).toBe('missed');
    expect(result.provisional).toBe(false);
  });

  it('judges a target by the last figure before its deadline when the deadline year has none', () => {
    const result = assessTarget(level({ period: '2022' }), {
      indicator: output,
      observations: [
        observation('2020', '8'),
        observation('2021', '8.5'),
        observation('2023', '11'),
      ],
    });
    expect(result.latest?.period).toBe('2021');
    // 8.5 carried one more year at its own pace (8 → 8.5): 8.5²/8.
    expect(result.projectedAtDeadline?.toString()).toBe('9.03125');
  });
});

describe('assessTarget: cumulative targets', () => {
  const trees = indicator({ id: 'trees', unit: 'plant', measure: 'flow', sector: 'ecology' });
  const planted = [
    observation('2021', '3', { indicator: 'trees', unit: 'wan-plant' }),
    observation('2022', '2.5', { indicator: 'trees', unit: 'wan-plant' }),
    observation('2023', '18000', { indicator: 'trees' }),
  ];

  it('sums the flows in the range against the total, with time elapsed', () => {
    const result = assessTarget(
      cumulative(),
      { indicator: trees, observations: planted },
      { asOf: '2023-12-31' },
    );
    expect(result.sumToDate?.toString()).toBe('43000');
    expect(result.target).toEqual({ period: '2022/2026', value: toDecimal('100000') });
    expect(result.latest?.period).toBe('2023');
    expect(result.baseline).toBeNull();
    expect(result.completion.level?.toString()).toBe('0.43');
    expect(result.completion.increment?.toString()).toBe('0.43');
    expect(result.timeElapsed?.toString()).toBe('0.4');
    expect(result.scheduleGap?.toString()).toBe('0.03');
    expect(result.scheduleState).toBe('on-schedule');
    expect(result.progressRatio?.toString()).toBe('1.075');
    expect(result.score?.toFixed(6)).toBe('3.392918');
    expect(result.projectedAtDeadline?.toString()).toBe('107500');
    expect(result.projectionRatio?.toString()).toBe('1.075');
    expect(result.currentStatusIndex?.toString()).toBe('4.3');
    expect(result.requiredAnnualRate).toBeNull();
    expect(result.status).toBe('on-track');
    const byMethod = Object.fromEntries(
      METHODS.map((method) => [
        method,
        assessTarget(
          cumulative(),
          { indicator: trees, observations: planted },
          { asOf: '2023-12-31', method },
        ).status,
      ]),
    );
    expect(byMethod).toEqual({
      'progress-ratio': 'on-track',
      'current-status': 'needs-acceleration',
      projection: 'on-track',
      schedule: 'on-track',
    });
  });

  it('counts overlapping periods once', () => {
    const months = ['01', '02', '03'].map((month) =>
      observation(`2022-${month}`, '1000', { indicator: 'trees' }),
    );
    const withMonths = assessTarget(
      cumulative(),
      { indicator: trees, observations: [...planted, ...months] },
      { asOf: '2023-12-31' },
    );
    expect(withMonths.sumToDate?.toString()).toBe('43000');
    const quarter = observation('2023-Q1', '5000', { indicator: 'trees' });
    const onlyParts = assessTarget(
      cumulative(),
      {
        indicator: trees,
        observations: [...months, quarter, observation('2023-01', '7', { indicator: 'trees' })],
      },
      { asOf: '2023-12-31' },
    );
    expect(onlyParts.sumToDate?.toString()).toBe('8000');
    expect(onlyParts.latest?.period).toBe('2023-Q1');
  });

  it('has not started before the range and has no data inside it without figures', () => {
    const context = { indicator: trees, observations: planted };
    const before = assessTarget(cumulative(), context, { asOf: '2021-12-31' });
    expect(before.reason).toBe('not-yet-started');
    expect(before.timeElapsed?.toString()).toBe('0');
    const inside = assessTarget(
      cumulative(),
      { indicator: trees, observations: planted.slice(0, 1) },
      { asOf: '2022-06-30' },
    );
    expect(inside.reason).toBe('no-data');
    expect(inside.timeElapsed?.toString()).toBe('0.1');
    const nothing = assessTarget(cumulative(), { indicator: trees, observations: [] });
    expect(nothing.reason).toBe('no-data');
    expect(nothing.timeElapsed).toBeNull();
  });

  it('measures time at the end of the data when no day is given, by month or day', () => {
    const result = assessTarget(cumulative(), { indicator: trees, observations: planted });
    expect(result.asOf).toBe('2023-12-31');
    expect(result.timeElapsed?.toString()).toBe('0.4');
    const byDay = assessTarget(
      cumulative(),
      { indicator: trees, observations: planted },
      { asOf: '2022-06-30', basis: 'day' },
    );
    // 181 of the 1826 days of 2022 to 2026.
    expect(byDay.timeElapsed?.toFixed(6)).toBe('0.099124');
  });

  it('is achieved when the total is reached, under every method', () => {
    const done = [...planted, observation('2024', '8', { indicator: 'trees', unit: 'wan-plant' })];
    for (const method of METHODS) {
      const result = assessTarget(
        cumulative(),
        { indicator: trees, observations: done },
        { method },
      );
      expect(result.status).toBe('achieved');
      expect(result.score?.toString()).toBe('5');
      expect(result.completion.level?.toString()).toBe('1.23');
    }
  });

  it('judges a pace below schedule by each method', () => {
    const slow = [
      observation('2022', '5000', { indicator: 'trees' }),
      observation('2023', '5000', { indicator: 'trees' }),
    ];
    const statuses = METHODS.map(
      (method) =>
        assessTarget(cumulative(), { indicator: trees, observations: slow }, { method }).status,
    );
    expect(statuses).toEqual([
      'limited-progress',
      'needs-acceleration',
      'needs-acceleration',
      'needs-acceleration',
    ]);
    const none = [observation('2022', '0', { indicator: 'trees' })];
    const stalled = METHODS.map(
      (method) =>
        assessTarget(cumulative(), { indicator: trees, observations: none }, { method }).status,
    );
    expect(stalled).toEqual([
      'limited-progress',
      'limited-progress',
      'limited-progress',
      'limited-progress',
    ]);
    const negative = [observation('2022', '-10', { indicator: 'trees' })];
    const lost = METHODS.map(
      (method) =>
        assessTarget(cumulative(), { indicator: trees, observations: negative }, { method }).status,
    );
    expect(lost).toEqual(['deterioration', 'deterioration', 'deterioration', 'deterioration']);
  });

  it('counts a first day in the range as on track when no month has elapsed', () => {
    const first = [observation('2022-01-01', '100', { indicator: 'trees' })];
    for (const method of ['progress-ratio', 'projection'] as const) {
      const result = assessTarget(
        cumulative(),
        { indicator: trees, observations: first },
        { asOf: '2022-01-01', method },
      );
      expect(result.timeElapsed?.toString()).toBe('0');
      expect(result.progressRatio).toBeNull();
      expect(result.projectedAtDeadline).toBeNull();
      expect(result.status).toBe('on-track');
    }
  });

  it('treats an at-most total as a cap', () => {
    const cap = cumulative({ comparator: 'at-most', value: '50000', unit: 'plant' });
    const context = { indicator: trees, observations: planted };
    const within = assessTarget(cap, context, { asOf: '2023-12-31' });
    expect(within.status).toBe('on-track');
    expect(within.completion.level?.toString()).toBe('1.14');
    expect(within.completion.increment?.toString()).toBe('0.86');
    expect(within.progressRatio).toBeNull();
    expect(assessTarget(cap, context, { asOf: '2027-01-01' }).status).toBe('achieved');
    const over = assessTarget(
      cumulative({ comparator: 'at-most', value: '4', unit: 'wan-plant' }),
      context,
    );
    expect(over.status).toBe('deterioration');
  });

  it('handles a total of zero', () => {
    const zero = cumulative({ value: '0' });
    const result = assessTarget(zero, {
      indicator: trees,
      observations: [observation('2022', '-1', { indicator: 'trees' })],
    });
    expect(result.completion.level).toBeNull();
    expect(result.scheduleGap).toBeNull();
    expect(result.projectionRatio).toBeNull();
    expect(result.status).toBe('deterioration');
  });

  it('marks approximate sums', () => {
    const rough = [
      observation('2022', '20000', { indicator: 'trees', qualifier: 'approximately' }),
    ];
    expect(assessTarget(cumulative(), { indicator: trees, observations: rough }).approximate).toBe(
      true,
    );
  });
});

describe('assessTarget: milestones', () => {
  const hotel = project();

  it('is on track while due and the project is under way', () => {
    const result = assessTarget(milestone(), { project: hotel }, { asOf: '2022-06-30' });
    expect(result.status).toBe('on-track');
    expect(result.milestoneState).toBe('due');
    expect(result.milestone).toEqual({
      project: 'hotel',
      milestone: 'open',
      due: '2022-09-10',
      doneOn: null,
      stage: 'fitting-out',
    });
  });

  it('is overdue after the due day, done once done', () => {
    expect(assessTarget(milestone(), { project: hotel }, { asOf: '2022-09-11' })).toMatchObject({
      status: 'deterioration',
      milestoneState: 'overdue',
    });
    expect(
      assessTarget(milestone(), { project: hotel }, { asOf: '2022-09-10' }).milestoneState,
    ).toBe('due');
    const opened = project({
      milestones: [
        {
          id: 'open',
          title: { zh: '投入运营', en: 'Opens' },
          due: '2022-09-10',
          doneOn: '2022-09-08',
        },
      ],
    });
    const done = assessTarget(milestone(), { project: opened }, { asOf: '2022-09-30' });
    expect(done.status).toBe('achieved');
    expect(done.milestone?.doneOn).toBe('2022-09-08');
    expect(
      assessTarget(milestone(), { project: opened }, { asOf: '2022-09-05' }).milestoneState,
    ).toBe('due');
    // Without a day, the latest dated fact dates the assessment.
    const undated = assessTarget(milestone(), { project: opened });
    expect(undated.asOf).toBe('2022-09-08');
    expect(undated.status).toBe('achieved');
  });

  it('needs acceleration before construction starts, limited progress when suspended', () => {
    const planned = project({ stage: 'approved', stageHistory: [] });
    expect(assessTarget(milestone(), { project: planned }, { asOf: '2022-06-30' })).toMatchObject({
      status: 'needs-acceleration',
      milestoneState: 'not-started',
    });
    const early = assessTarget(milestone(), { project: hotel }, { asOf: '2020-06-30' });
    expect(early.milestone?.stage).toBe('planned');
    expect(early.milestoneState).toBe('not-started');
    const stopped = project({
      stageHistory: [...hotel.stageHistory, { period: '2022-03', stage: 'suspended' }],
    });
    expect(assessTarget(milestone(), { project: stopped }, { asOf: '2022-06-30' })).toMatchObject({
      status: 'limited-progress',
      milestoneState: 'due',
    });
  });

  it('judges a target without a milestone by the project being delivered', () => {
    const operating = project({
      stage: 'operating',
      stageHistory: [...hotel.stageHistory, { period: '2022-09-10', stage: 'operating' }],
    });
    const target = milestone({ milestone: undefined as never });
    delete (target as { milestone?: string }).milestone;
    const done = assessTarget(target, { project: operating }, { asOf: '2022-12-31' });
    expect(done.status).toBe('achieved');
    expect(done.milestone).toMatchObject({
      milestone: null,
      doneOn: '2022-09-10',
      stage: 'operating',
    });
    expect(
      assessTarget(target, { project: operating }, { asOf: '2022-06-30' }).milestoneState,
    ).toBe('due');
    const bare = project({ stage: 'completed', stageHistory: [], milestones: [] });
    const noDates = assessTarget(target, { project: bare });
    expect(noDates.asOf).toBeNull();
    expect(noDates.milestone?.doneOn).toBeNull();
    expect(noDates.status).toBe('achieved');
  });

  it('has no data without the project or its milestone', () => {
    expect(assessTarget(milestone(), {}).reason).toBe('no-data');
    const other = project({ milestones: [] });
    expect(assessTarget(milestone(), { project: other }).reason).toBe('no-data');
  });

  it('rejects a project other than the target names', () => {
    const error = errorOf(() =>
      assessTarget(milestone(), { project: project({ id: 'gas-station' }) }),
    );
    expect(error.code).toBe('invalid-argument');
    expect(error.details.field).toBe('context.project');
  });

  it('assesses the mini dataset milestone', () => {
    const target = miniDataset.plans[1].targets[2] as unknown as Parameters<typeof assessTarget>[0];
    const result = assessTarget(
      target,
      { project: miniDataset.projects[0] as never },
      { asOf: '2022-01-31' },
    );
    expect(result.status).toBe('on-track');
  });
});

describe('assessTarget: errors', () => {
  const context = { indicator: output, observations: eightToNine };

  it('rejects malformed targets and contexts', () => {
    expect(errorOf(() => assessTarget(null as never, context)).details.field).toBe('target');
    expect(errorOf(() => assessTarget({ id: 'x' } as never, context)).details.field).toBe('target');
    expect(errorOf(() => assessTarget(level(), null as never)).details.field).toBe('context');
    expect(errorOf(() => assessTarget(level(), { observations: 'x' as never })).details.field).toBe(
      'context.observations',
    );
    const unknown = errorOf(() => assessTarget({ ...level(), kind: 'wish' } as never, context));
    expect(unknown.details.field).toBe('target.kind');
  });

  it('needs the target indicator', () => {
    const missing = errorOf(() => assessTarget(level(), { observations: eightToNine }));
    expect(missing.code).toBe('invalid-argument');
    expect(missing.details.field).toBe('context.indicator');
    const other = errorOf(() => assessTarget(level(), { indicator: indicator({ id: 'other' }) }));
    expect(other.details.value).toBe('other');
    expect(errorOf(() => assessTarget(cumulative(), context)).details.field).toBe(
      'context.indicator',
    );
  });

  it('names the field of a bad value, period or unit', () => {
    expect(errorOf(() => assessTarget(level({ value: 'ten' }), context)).details.field).toBe(
      'target.value',
    );
    expect(
      errorOf(() => assessTarget(level({ period: '2026-Q5' }), context)).details,
    ).toMatchObject({
      field: 'target.period',
      reason: 'quarter must be 1 to 4',
    });
    const badUnit = errorOf(() =>
      assessTarget(level(), {
        indicator: output,
        observations: [observation('2020', '8', { unit: 'mu' }), observation('2023', '9')],
      }),
    );
    expect(badUnit.code).toBe('incompatible-units');
    expect(badUnit.details.field).toBe('context.observations[0].unit');
    const badValue = errorOf(() =>
      assessTarget(level(), { indicator: output, observations: [observation('2020', 'x')] }),
    );
    expect(badValue.details.field).toBe('context.observations[0].value');
    const badPeriod = errorOf(() =>
      assessTarget(level(), { indicator: output, observations: [observation('2020-13', '8')] }),
    );
    expect(badPeriod.details.field).toBe('context.observations[0].period');
    const targetUnit = errorOf(() => assessTarget(level({ unit: 'furlong' }), context));
    expect(targetUnit.code).toBe('invalid-unit');
    expect(targetUnit.details.field).toBe('target.unit');
  });

  it('checks the options', () => {
    const run = (options: unknown) =>
      errorOf(() => assessTarget(level(), context, options as AssessTargetOptions));
    expect(run('fast').details.field).toBe('options');
    expect(run({ method: 'vibes' }).details.field).toBe('options.method');
    expect(run({ basis: 'week' }).details.field).toBe('options.basis');
    expect(run({ tolerance: -0.1 }).details.field).toBe('options.tolerance');
    expect(run({ tolerance: 'x' }).code).toBe('invalid-number');
    expect(run({ thresholds: 1 }).details.field).toBe('options.thresholds');
    expect(run({ thresholds: { onTrack: '0.5' } }).details.field).toBe('options.thresholds');
    expect(run({ thresholds: { limitedProgress: 'x' } }).details.field).toBe(
      'options.thresholds.limitedProgress',
    );
    expect(run({ asOf: '2024-02-30' }).details.field).toBe('options.asOf');
    expect(run({ basePeriod: '20x0' }).details.field).toBe('options.basePeriod');
  });

  it('widens the schedule tolerance on request', () => {
    const lenient = assessTarget(level(), context, { method: 'schedule', tolerance: '0.1' });
    expect(lenient.status).toBe('on-track');
    expect(lenient.scheduleState).toBe('on-schedule');
  });
});

describe('assessTarget: corners', () => {
  it('has no data in a plan with no figures and no day', () => {
    const result = assessTarget(level(), { indicator: output, plan: { period: '2022/2026' } });
    expect(result.reason).toBe('no-data');
    expect(result.asOf).toBeNull();
  });

  it('assesses a growth target of a stock on any period', () => {
    const result = assessTarget(growth(), {
      indicator: output,
      observations: [observation('2021', '100'), observation('2022-06', '103')],
    });
    expect(result.latest?.period).toBe('2022-06');
    // 3% in half a year is 6.09% a year.
    expect(result.actualAnnualRate?.toString()).toBe('0.0609');
    expect(result.status).toBe('on-track');
  });

  it('rounds a figure stated with more than 34 digits', () => {
    const result = assessTarget(level(), {
      indicator: output,
      observations: [
        observation('2020', '8'),
        observation('2023', '9.00000000000000000000000000000000049'),
      ],
    });
    expect(result.latest?.value.toString()).toBe('9');
  });

  it('skips figures of another kind when looking for a flow baseline', () => {
    const result = assessTarget(level(), {
      indicator: indicator({ measure: 'flow' }),
      observations: [observation('2019-06', '1'), ...eightToNine],
    });
    expect(result.baseline?.period).toBe('2020');
  });

  it('leaves out a figure that straddles the start of a cumulative range', () => {
    const trees = indicator({ id: 'trees', unit: 'plant', measure: 'flow' });
    const result = assessTarget(cumulative(), {
      indicator: trees,
      observations: [
        observation('2021/2022', '50000', { indicator: 'trees' }),
        observation('2022', '20000', { indicator: 'trees' }),
      ],
    });
    expect(result.sumToDate?.toString()).toBe('20000');
  });

  it('ignores observations given with a milestone', () => {
    const result = assessTarget(
      milestone(),
      { project: project(), observations: eightToNine },
      { asOf: '2022-06-30' },
    );
    expect(result.status).toBe('on-track');
  });

  it('dates delivery by the earliest delivered stage', () => {
    const target = milestone();
    delete (target as { milestone?: string }).milestone;
    const delivered = project({
      stage: 'completed',
      stageHistory: [
        { period: '2022-09-10', stage: 'operating' },
        { period: '2023-05', stage: 'completed' },
        { period: '2022-01', stage: 'fitting-out' },
      ],
    });
    const result = assessTarget(target, { project: delivered }, { asOf: '2023-12-31' });
    expect(result.milestone).toMatchObject({ doneOn: '2022-09-10', stage: 'completed' });
  });

  it('keeps its caches bounded over many distinct periods and days', () => {
    // The bounds are counts (proved on a small cache in _boundedCache.test.ts); here a few
    // distinct periods and days give the right figures through the caches.
    expect([TIME_CACHE_LIMIT, ELAPSED_CACHE_LIMIT]).toEqual([10_000, 10_000]);
    const context = { indicator: output, observations: eightToNine };
    const base = Date.UTC(2030, 0, 1);
    let last = assessTarget(level(), context);
    for (let day = 0; day <= 50; day++) {
      const due = new Date(base + day * 86_400_000).toISOString().slice(0, 10);
      last = assessTarget(level({ period: due }), context);
    }
    expect(last.target?.period).toBe('2030-02-20');
    expect(last.status).toBe('on-track');
    const trees = indicator({ id: 'trees', unit: 'plant', measure: 'flow' });
    const planted = {
      indicator: trees,
      observations: [observation('2022', '20000', { indicator: 'trees' })],
    };
    const start = Date.UTC(2026, 11, 20);
    let elapsed = assessTarget(cumulative(), planted);
    for (let day = 0; day <= 20; day++) {
      elapsed = assessTarget(cumulative(), planted, { asOf: new Date(start + day * 86_400_000) });
    }
    expect(elapsed.timeElapsed?.toString()).toBe('1');
  });
});
