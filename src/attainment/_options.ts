/**
 * Private to the attainment layer: the options of assessTarget and assessPlan, checked once
 * and turned into plain values each assessment reads.
 */
import { Decimal } from '../decimal/Decimal.js';
import { type Ratio, ratioOf } from '../decimal/rational.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { type DayInfo, type PeriodInfo, periodInfo, readDay } from './_periodInfo.js';
import type { AssessmentMethod, AssessTargetOptions, ProgressThresholds } from './types.js';

const METHODS: ReadonlySet<string> = new Set<AssessmentMethod>([
  'progress-ratio',
  'current-status',
  'projection',
  'schedule',
]);

const DEFAULT_ON_TRACK = /* @__PURE__ */ new Decimal('0.95');
const DEFAULT_NEEDS_ACCELERATION = /* @__PURE__ */ new Decimal('0.6');
const DEFAULT_LIMITED_PROGRESS = /* @__PURE__ */ new Decimal(0);
const DEFAULT_TOLERANCE = /* @__PURE__ */ new Decimal('0.05');

/** The options, checked. */
export interface ResolvedOptions {
  readonly method: AssessmentMethod;
  /** The as-of day given, or null (the caller then supplies a default from the data). */
  readonly asOf: DayInfo | null;
  /** Progress-ratio thresholds and the schedule tolerance, as exact fractions. */
  readonly onTrack: Ratio;
  readonly needsAcceleration: Ratio;
  readonly limitedProgress: Ratio;
  readonly tolerance: Ratio;
  readonly basis: 'month' | 'day';
  readonly basePeriod: PeriodInfo | null;
}

/**
 * Checks the options object.
 *
 * @throws IndicatorError `invalid-argument` for an unknown method or basis, a negative
 * tolerance, thresholds out of order, or options that are not an object; `invalid-period`
 * for a bad `asOf` or `basePeriod`; `invalid-number` for a threshold or tolerance that is not
 * a decimal.
 */
export function resolveOptions(options: AssessTargetOptions): ResolvedOptions {
  if (typeof options !== 'object' || options === null) {
    throw new IndicatorError('invalid-argument', {
      field: 'options',
      value: options,
      reason: 'expected an options object',
    });
  }
  const method = options.method ?? 'progress-ratio';
  if (!METHODS.has(method)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.method',
      value: method,
      reason: `expected one of ${[...METHODS].join(', ')}`,
    });
  }
  const basis = options.basis ?? 'month';
  if (basis !== 'month' && basis !== 'day') {
    throw new IndicatorError('invalid-argument', {
      field: 'options.basis',
      value: basis,
      reason: "expected 'month' or 'day'",
    });
  }
  const tolerance =
    options.tolerance === undefined
      ? DEFAULT_TOLERANCE
      : toDecimal(options.tolerance, 'options.tolerance');
  if (tolerance.isNegative()) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.tolerance',
      value: options.tolerance,
      reason: 'the tolerance cannot be negative',
    });
  }
  const thresholds = readThresholds(options.thresholds);
  return {
    method,
    asOf: options.asOf === undefined ? null : readDay(options.asOf, 'options.asOf'),
    onTrack: ratioOf(thresholds.onTrack),
    needsAcceleration: ratioOf(thresholds.needsAcceleration),
    limitedProgress: ratioOf(thresholds.limitedProgress),
    tolerance: ratioOf(tolerance),
    basis,
    basePeriod:
      options.basePeriod === undefined
        ? null
        : periodInfo(options.basePeriod, 'options.basePeriod'),
  };
}

function readThresholds(thresholds: ProgressThresholds | undefined): {
  onTrack: Decimal;
  needsAcceleration: Decimal;
  limitedProgress: Decimal;
} {
  if (thresholds === undefined) {
    return {
      onTrack: DEFAULT_ON_TRACK,
      needsAcceleration: DEFAULT_NEEDS_ACCELERATION,
      limitedProgress: DEFAULT_LIMITED_PROGRESS,
    };
  }
  if (typeof thresholds !== 'object' || thresholds === null) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.thresholds',
      value: thresholds,
      reason: 'expected an object { onTrack, needsAcceleration, limitedProgress }',
    });
  }
  const read = (key: keyof ProgressThresholds, fallback: Decimal): Decimal => {
    const value = thresholds[key];
    return value === undefined ? fallback : toDecimal(value, `options.thresholds.${key}`);
  };
  const onTrack = read('onTrack', DEFAULT_ON_TRACK);
  const needsAcceleration = read('needsAcceleration', DEFAULT_NEEDS_ACCELERATION);
  const limitedProgress = read('limitedProgress', DEFAULT_LIMITED_PROGRESS);
  if (onTrack.lt(needsAcceleration) || needsAcceleration.lt(limitedProgress)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.thresholds',
      value: {
        onTrack: onTrack.toString(),
        needsAcceleration: needsAcceleration.toString(),
        limitedProgress: limitedProgress.toString(),
      },
      reason: 'expected onTrack ≥ needsAcceleration ≥ limitedProgress',
    });
  }
  return { onTrack, needsAcceleration, limitedProgress };
}
