/**
 * Table entries of the attainment layer. Plans and targets come from generated datasets (valid
 * by construction, with levels from 0 to 1e30 of either sign), so every kind of target meets
 * odd figures: zero and negative baselines, sign changes, levels already met.
 */
import fc from 'fast-check';
import * as root from '../../../src/index.js';
import type { Dataset } from '../../../src/schemas.js';
import * as schemas from '../../../src/schemas.js';
import {
  dayText,
  decimalInput,
  hostileDate,
  hostileNumber,
  hostileOptionsBag,
  hostilePeriod,
  validDate,
} from '../arbitraries.js';
import { validDataset } from '../datasets.js';
import { type FunctionCase, invalidArgs, isDecimal } from '../table.js';

/** Parsed generated datasets that hold at least one plan with a target. */
const withPlan = validDataset
  .map((dataset) => schemas.parseDataset(dataset) as Dataset)
  .filter((dataset) => dataset.plans.some((plan) => plan.targets.length > 0));

const asOf = fc.oneof(
  validDate,
  dayText,
  fc.constantFrom('2021-12-25', '2026-12-31', '1950-01-01'),
);
const assessOptions = fc.record(
  {
    asOf,
    method: fc.constantFrom('progress-ratio', 'current-status', 'projection', 'schedule'),
    basis: fc.constantFrom('month', 'day'),
    tolerance: fc.constantFrom('0', '0.05', 0.1),
  },
  { requiredKeys: [] },
);
const hostileAssessOptions = fc.oneof(
  hostileOptionsBag,
  hostileDate.filter((d) => d !== undefined).map((d) => ({ asOf: d })),
  fc.constantFrom<unknown>(
    { method: 'magic' },
    { basis: 'week' },
    { tolerance: 'NaN' },
    { tolerance: '-1' },
    { thresholds: { onTrack: 'x' } },
    { thresholds: null },
    { basePeriod: '2021-Q5' },
  ),
);

/** A target of a generated dataset with the context assessPlan would give it. */
const targetWithContext = withPlan.chain((dataset) => {
  const targets = dataset.plans.flatMap((plan) => plan.targets.map((target) => ({ plan, target })));
  return fc.constantFrom(...targets).map(({ plan, target }) => {
    const indicatorId = 'indicator' in target ? target.indicator : undefined;
    const indicator = dataset.indicators.find((i) => i.id === indicatorId);
    const project =
      target.kind === 'milestone' && target.project !== undefined
        ? dataset.projects.find((p) => p.id === target.project)
        : undefined;
    return {
      target,
      context: {
        ...(indicator === undefined ? {} : { indicator }),
        observations: dataset.observations.filter((o) => o.indicator === indicatorId),
        ...(project === undefined ? {} : { project }),
        plan: { period: plan.period },
      },
    };
  });
});

const assessCodes = [
  'invalid-argument',
  'invalid-period',
  'invalid-number',
  'invalid-unit',
  'incompatible-units',
  'invalid-periods',
  'not-found',
  'invalid-dataset',
] as const;

export const attainment: FunctionCase[] = [
  {
    name: 'assessPlan',
    call: root.assessPlan,
    valid: fc
      .tuple(withPlan, assessOptions)
      .chain(([dataset, options]) =>
        fc
          .constantFrom(...dataset.plans.map((plan) => plan.id))
          .map((planId) => [dataset, planId, options]),
      ),
    invalid: fc.oneof(
      fc.tuple(withPlan, fc.constantFrom('no-such-plan', '', 'constructor')),
      fc.tuple(fc.constantFrom<unknown>(null, undefined, {}, [], 'dataset'), fc.constant('p')),
      withPlan.chain((dataset) =>
        fc.tuple(fc.constant(dataset), fc.constant(dataset.plans[0]?.id), hostileAssessOptions),
      ),
    ),
    codes: assessCodes,
    check: (result) => {
      const scorecard = result as root.Scorecard;
      const total = Object.values(scorecard.counts).reduce((sum, n) => sum + n, 0);
      if (total !== scorecard.assessments.length) throw new Error('counts do not add up');
    },
  },
  {
    name: 'assessTarget',
    call: root.assessTarget,
    valid: fc
      .tuple(targetWithContext, assessOptions)
      .map(([{ target, context }, options]) => [target, context, options]),
    invalid: fc.oneof(
      fc.tuple(fc.constantFrom<unknown>(null, 5, {}, { kind: 'bogus' }, []), fc.constant({})),
      targetWithContext.map(({ target }) => [target, { observations: 'none' }]),
      fc
        .tuple(targetWithContext, hostileAssessOptions)
        .map(([{ target, context }, options]) => [target, context, options]),
    ),
    codes: assessCodes,
  },
  {
    name: 'currentStatusIndex',
    call: root.currentStatusIndex,
    valid: fc
      .tuple(decimalInput, decimalInput, decimalInput, fc.constantFrom('increase', 'decrease'))
      .filter(([b, , t]) => !root.toDecimal(b).eq(root.toDecimal(t))),
    invalid: fc.oneof(
      invalidArgs(
        { valid: decimalInput, hostile: hostileNumber },
        { valid: decimalInput, hostile: hostileNumber },
        { valid: fc.constant('1e9'), hostile: hostileNumber },
        {
          valid: fc.constant('increase'),
          hostile: fc.constantFrom<unknown>('neutral', 'up', null, 1),
        },
      ),
      decimalInput.map((x) => [x, '1', x, 'increase']),
    ),
    codes: ['invalid-number', 'invalid-argument'],
    check: (result) => {
      isDecimal(result);
      if ((result as root.Decimal).gt(10)) throw new Error('above the cap of 10');
    },
  },
  {
    name: 'progressRatioScore',
    call: root.progressRatioScore,
    valid: fc.tuple(decimalInput),
    invalid: fc.tuple(hostileNumber),
    codes: ['invalid-number'],
    check: (result) => {
      isDecimal(result);
      if ((result as root.Decimal).abs().gt(5)) throw new Error('outside -5..5');
    },
  },
  {
    name: 'selectObservation',
    call: root.selectObservation,
    valid: fc
      .tuple(
        withPlan,
        fc.record(
          {
            asOf,
            indicator: fc.string({ maxLength: 8 }),
            period: fc.constantFrom('2021', '1990/2030'),
          },
          { requiredKeys: [] },
        ),
      )
      .map(([dataset, options]) => [dataset.observations, options]),
    invalid: fc.oneof(
      fc.tuple(fc.constantFrom<unknown>(null, undefined, {}, 'list', 5)),
      fc.tuple(
        fc.constant([]),
        fc.oneof(
          hostileOptionsBag,
          hostilePeriod.filter((p) => typeof p === 'string').map((period) => ({ period })),
          hostileDate.filter((d) => d !== undefined).map((d) => ({ asOf: d })),
        ),
      ),
    ),
    codes: ['invalid-argument', 'invalid-period'],
    // Documented: "the observation chosen (the object given, not a copy)".
    clean: { mayBeUndefined: true, selectsInput: true },
  },
];
