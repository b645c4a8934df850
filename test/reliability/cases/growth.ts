/**
 * Table entries of the growth layer. Valid arguments keep results well inside 1e±1000; the
 * `extreme` arguments (periods of 1e9, rates of 1e6, bases of 1e-900) may rightly end in
 * `invalid-number` ("out of range") or a clean answer, never in NaN, Infinity or a hang.
 */
import fc from 'fast-check';
import * as root from '../../../src/index.js';
import { decimalInput, hostileNumber, hostileOptionsBag } from '../arbitraries.js';
import {
  type Args,
  type FunctionCase,
  invalidArgs,
  isDecimal,
  type Slot,
  validArgs,
} from '../table.js';

/** Decimals from `min` to `max` with up to six places, as text, numbers or Decimals. */
function between(min: number, max: number): fc.Arbitrary<string | number | root.Decimal> {
  return fc
    .tuple(
      fc.integer({ min: Math.round(min * 1e6), max: Math.round(max * 1e6) }),
      fc.constantFrom('text', 'number', 'decimal'),
    )
    .map(([micro, form]) => {
      const text = new root.Decimal(micro).div(1e6).toString();
      if (form === 'number') return Number(text);
      return form === 'decimal' ? new root.Decimal(text) : text;
    });
}

const positive = between(0.000001, 1_000_000_000).filter((x) => !new root.Decimal(x).isZero());
const nonNegative = fc.oneof(between(0, 1_000_000_000), fc.constantFrom('0', -0, '-0'));
const rate = between(-0.9, 2);
const periods = fc.oneof(fc.integer({ min: 0, max: 120 }), between(0, 60));
const positivePeriods = fc.oneof(fc.integer({ min: 1, max: 120 }), between(0.5, 60));
const wholePeriods = fc.integer({ min: 0, max: 120 });

const hostileRate = fc.oneof(
  hostileNumber,
  fc.constantFrom<unknown>('-1', -1, -1.5, '-1e6', '-1.0000000000000000000000000000000000001'),
);
const hostilePeriods = fc.oneof(
  hostileNumber,
  fc.constantFrom<unknown>(-1, '-0.5', '-1e-30', -1e9),
);
const hostileBase = fc.oneof(
  hostileNumber,
  fc.constantFrom<unknown>(0, '0', -0, '-0', -1, '-1e-30', '-27720'),
);
const hostileTarget = fc.oneof(hostileNumber, fc.constantFrom<unknown>(-1, '-1e-30', '-40000'));

/** Numbers at the edges of the library's range. */
const edge = fc.oneof(
  decimalInput,
  fc.constantFrom<unknown>(
    '1e1000',
    '-1e1000',
    '1e-1000',
    '9.99e999',
    '1e6',
    '1e9',
    '1e15',
    1e308,
    5e-324,
    '0.999999999999999999999999999999999999',
  ),
);
const edgePeriods = fc.oneof(
  fc.constantFrom<unknown>(
    0,
    1,
    64,
    65,
    1e6,
    '1e9',
    '1e15',
    '1e1000',
    '1e-1000',
    0.5,
    2 ** 53,
    1e308,
  ),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
);

const rateSlot: Slot = { valid: rate, hostile: hostileRate };
const periodsSlot: Slot = { valid: periods, hostile: hostilePeriods };
const baseSlot: Slot = { valid: positive, hostile: hostileBase };

const years = fc
  .tuple(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 0, max: 40 }), fc.boolean())
  .filter(([from, span]) => from + span <= 9999)
  .map(([from, span, asText]) =>
    asText ? { from: String(from), to: String(from + span) } : { from, to: from + span },
  );
const strictYears = years.filter((span) => Number(span.from) < Number(span.to));
const hostileYears = fc.oneof(
  hostileOptionsBag,
  fc.constantFrom<unknown>(
    {},
    { from: 2021 },
    { to: 2026 },
    { from: 2026, to: 2021 },
    { from: 1899, to: 1905 },
    { from: 9999, to: 10000 },
    { from: 2021.5, to: 2026 },
    { from: '2021 ', to: '2026' },
    { from: '２０２１', to: '2026' },
    { from: '2021-01', to: '2026' },
    { from: Number.NaN, to: 2026 },
    { from: Number.POSITIVE_INFINITY, to: 2026 },
    { from: -0, to: 2026 },
    { from: null, to: 2026 },
    { from: 2021n, to: 2026 },
  ),
);

const growthCodes = ['invalid-number', 'invalid-argument', 'invalid-periods'] as const;
const rateCodes = [
  'invalid-number',
  'non-positive-base',
  'sign-change',
  'invalid-periods',
] as const;

/** The projected value `base·(1 + rate)^n`, computed independently at 60 digits. */
function projected(base: unknown, r: unknown, n: unknown): root.Decimal {
  const Wide = root.Decimal.clone({ precision: 60 });
  return new Wide(root.toDecimal(base as string)).times(
    new Wide(root.toDecimal(r as string)).plus(1).pow(new Wide(root.toDecimal(n as string))),
  );
}

/** Fails unless `actual` agrees with `expected` to 30 significant digits. */
function close(actual: unknown, expected: root.Decimal, what: string): void {
  isDecimal(actual);
  const a = actual as root.Decimal;
  if (
    expected.isZero()
      ? !a.abs().lt('1e-30')
      : a.minus(expected).abs().gt(expected.abs().times('1e-30'))
  ) {
    throw new Error(`${what}: ${a.toString()} is not ${expected.toString()}`);
  }
}

export const growth: FunctionCase[] = [
  {
    name: 'growthFactor',
    call: root.growthFactor,
    valid: validArgs(rateSlot, periodsSlot),
    invalid: invalidArgs(rateSlot, periodsSlot),
    extreme: fc.tuple(edge, edgePeriods),
    codes: growthCodes,
    check: (result, [r, n]) => close(result, projected(1, r, n), 'growthFactor'),
  },
  {
    name: 'projectValue',
    call: root.projectValue,
    valid: validArgs(
      { valid: decimalInput.filter((x) => root.toDecimal(x).abs().lt(1e12)) },
      rateSlot,
      periodsSlot,
    ),
    invalid: invalidArgs({ valid: positive, hostile: hostileNumber }, rateSlot, periodsSlot),
    extreme: fc.tuple(edge, edge, edgePeriods),
    codes: growthCodes,
    check: (result, [b, r, n]) => close(result, projected(b, r, n), 'projectValue'),
  },
  {
    name: 'impliedBase',
    call: root.impliedBase,
    valid: validArgs({ valid: positive, hostile: hostileNumber }, rateSlot, periodsSlot),
    invalid: invalidArgs({ valid: positive, hostile: hostileNumber }, rateSlot, periodsSlot),
    extreme: fc.tuple(edge, edge, edgePeriods),
    codes: growthCodes,
    check: (result, [t, r, n]) => {
      const Wide = root.Decimal.clone({ precision: 60 });
      close(result, new Wide(root.toDecimal(t as string)).div(projected(1, r, n)), 'impliedBase');
    },
  },
  {
    name: 'requiredAnnualRate',
    call: root.requiredAnnualRate,
    valid: validArgs(baseSlot, { valid: nonNegative }, { valid: positivePeriods }),
    invalid: invalidArgs(
      baseSlot,
      { valid: nonNegative, hostile: hostileTarget },
      {
        valid: positivePeriods,
        hostile: fc.oneof(hostilePeriods, fc.constantFrom<unknown>(0, '0', -0)),
      },
    ),
    extreme: fc.tuple(edge, edge, edgePeriods),
    codes: rateCodes,
    check: (result, [b, t, n]) => {
      // base·(1 + rate)^n is the target again, as far as a 34-digit rate can say: the rate's
      // last digit moves the target by n·|rate|/(1 + rate) times its own relative size.
      const target = root.toDecimal(t as string);
      if (target.isZero()) return;
      const r = result as root.Decimal;
      const sensitivity = r
        .abs()
        .times(root.toDecimal(n as string))
        .div(r.plus(1))
        .plus(1);
      const error = projected(b, r, n).minus(target).abs().div(target);
      if (error.gt(sensitivity.times('1e-31'))) {
        throw new Error(`round trip: ${projected(b, r, n).toString()} is not ${target.toString()}`);
      }
    },
  },
  {
    name: 'periodsToReach',
    call: root.periodsToReach,
    // A target the rate reaches after n periods, so the answer is n.
    valid: fc
      .tuple(
        positive,
        rate.filter((r) => !new root.Decimal(r).isZero()),
        fc.integer({ min: 1, max: 60 }),
      )
      .map(([b, r, n]): Args => [b, projected(b, r, n).toSignificantDigits(34).toFixed(), r, n]),
    invalid: invalidArgs(baseSlot, { valid: positive, hostile: hostileTarget }, rateSlot),
    extreme: fc.tuple(edge, edge, edge),
    codes: [...rateCodes, 'invalid-argument', 'unreachable'],
    check: (result, [, , , n]) => {
      isDecimal(result);
      if (
        (result as root.Decimal)
          .minus(n as number)
          .abs()
          .gt('1e-20')
      ) {
        throw new Error(`periodsToReach gave ${String(result)}, not ${String(n)}`);
      }
    },
  },
  {
    name: 'cumulativeTotal',
    call: root.cumulativeTotal,
    valid: validArgs({ valid: positive }, { valid: rate }, { valid: wholePeriods }),
    invalid: invalidArgs({ valid: positive, hostile: hostileNumber }, rateSlot, {
      valid: wholePeriods,
      hostile: fc.oneof(hostilePeriods, fc.constantFrom<unknown>(0.5, '2.5', 1e-9)),
    }),
    extreme: fc.tuple(edge, edge, edgePeriods),
    codes: growthCodes,
    check: (result, [b, r, n]) => {
      let sum = new (root.Decimal.clone({ precision: 60 }))(0);
      for (let k = 1; k <= (n as number); k++) sum = sum.plus(projected(b, r, k));
      close(result, sum, 'cumulativeTotal');
    },
  },
  {
    name: 'rateForCumulativeTotal',
    call: root.rateForCumulativeTotal,
    valid: validArgs(
      { valid: positive },
      { valid: nonNegative },
      { valid: fc.integer({ min: 1, max: 60 }) },
    ),
    invalid: invalidArgs(
      baseSlot,
      { valid: nonNegative, hostile: hostileTarget },
      {
        valid: fc.integer({ min: 1, max: 60 }),
        hostile: fc.oneof(hostilePeriods, fc.constantFrom<unknown>(0, 0.5, '2.5')),
      },
    ),
    extreme: fc.tuple(edge, edge, edgePeriods),
    codes: [...rateCodes, 'unreachable', 'invalid-argument'],
    // A total of 0 needs a rate of -1, which no growth factor has.
    validCodes: ['invalid-argument', 'unreachable'],
    check: isDecimal,
  },
  {
    name: 'projectPath',
    call: root.projectPath,
    valid: fc.tuple(positive, rate, years),
    invalid: invalidArgs({ valid: positive, hostile: hostileNumber }, rateSlot, {
      valid: years,
      hostile: hostileYears,
    }),
    // The whole calendar (8,100 points) is timed once in hostile.test.ts.
    extreme: fc.tuple(
      edge,
      edge,
      fc.constantFrom({ from: 1900, to: 2100 }, { from: 2021, to: 2021 }),
    ),
    codes: ['invalid-number', 'invalid-argument', 'invalid-period'],
    check: (result, [, , span]) => {
      const path = result as readonly { period: string }[];
      const { from, to } = span as { from: number | string; to: number | string };
      if (path.length !== Number(to) - Number(from) + 1 || path[0]?.period !== String(from)) {
        throw new Error('the path does not run from `from` to `to`');
      }
    },
  },
  {
    name: 'annualMilestones',
    call: root.annualMilestones,
    valid: fc.tuple(positive, nonNegative, strictYears),
    invalid: invalidArgs(
      baseSlot,
      { valid: nonNegative, hostile: hostileTarget },
      {
        valid: strictYears,
        hostile: fc.oneof(hostileYears, fc.constant({ from: 2021, to: 2021 })),
      },
    ),
    extreme: fc.tuple(
      edge,
      edge,
      fc.constantFrom({ from: 1900, to: 2100 }, { from: 2021, to: 2022 }),
    ),
    codes: [
      'invalid-number',
      'non-positive-base',
      'sign-change',
      'invalid-argument',
      'invalid-period',
      'invalid-periods',
    ],
    check: (result, [, target]) => {
      const { milestones } = result as { milestones: readonly { value: root.Decimal }[] };
      if (!milestones.at(-1)?.value.eq(root.toDecimal(target as string))) {
        throw new Error('the last milestone is not the target');
      }
    },
  },
];
