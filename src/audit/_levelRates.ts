/**
 * The `level-rate` check: a level target with its stated annual rate against the base they
 * imply, and a level target without one against the rate its observed base needs. Private to
 * the audit layer.
 */
import type { Decimal } from '../decimal/Decimal.js';
import { percent } from '../decimal/percent.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { impliedBase, requiredAnnualRate } from '../growth/index.js';
import type { Indicator, LevelTarget, Plan } from '../models/types.js';
import { formatPeriod, yearsBetween } from '../periods/index.js';
import {
  type AuditContext,
  enQty,
  inUnit,
  observationAt,
  periodBefore,
  qualifiedRange,
  unitLabels,
} from './_context.js';
import { decimalsOf, pct, show } from './_format.js';
import {
  halfUnit,
  meetsRounding,
  roundHalfUp,
  VERDICT_WORDS,
  withinRange,
  zhPeriod,
} from './_rounding.js';
import type { LevelRateFinding, LevelRateNumbers } from './rateFindings.js';
import type { AuditMessage, AuditReason, AuditVerdict } from './types.js';

/** The base a level target is measured from: its baseline, else the period before its plan. */
export function basePeriodOf(target: LevelTarget, plan: Plan): string {
  return target.baseline === undefined
    ? periodBefore(plan.period)
    : formatPeriod(target.baseline.period);
}

/** One finding per level target with a stated rate, or without one but with an observed base. */
export function checkLevelRates(context: AuditContext): LevelRateFinding[] {
  const findings: LevelRateFinding[] = [];
  for (const plan of context.dataset.plans) {
    for (const target of plan.targets) {
      if (target.kind !== 'level') continue;
      const finding = checkLevelRate(context, target, plan);
      if (finding !== null) findings.push(finding);
    }
  }
  return findings;
}

/** A base the data states: a value with its range, status and source. */
interface StatedBase {
  readonly value: Decimal;
  readonly low: Decimal;
  readonly high: Decimal;
  readonly source: 'observation' | 'baseline';
  readonly status: string;
}

function statedBase(
  context: AuditContext,
  target: LevelTarget,
  basePeriod: string,
  unit: string,
): StatedBase | null {
  if (target.baseline !== undefined) {
    // A baseline the plan states is in the target's unit and wins over any observation.
    const value = inUnit(target.baseline.value, target.unit, unit);
    return { value, low: value, high: value, source: 'baseline', status: 'baseline' };
  }
  const located = observationAt(context, target.indicator, basePeriod);
  if (located === undefined) return null;
  const { observation } = located;
  const value = inUnit(observation.value, observation.unit, unit);
  const [low, high] = qualifiedRange(
    observation.value,
    observation.unit,
    observation.qualifier,
    unit,
  );
  return { value, low, high, source: 'observation', status: observation.status };
}

function checkLevelRate(
  context: AuditContext,
  target: LevelTarget,
  plan: Plan,
): LevelRateFinding | null {
  const indicator = context.indicators.get(target.indicator);
  const stated = target.annualGrowthPercent;
  const basePeriod = basePeriodOf(target, plan);
  const targetPeriod = formatPeriod(target.period);
  const years = yearsBetween(basePeriod, targetPeriod);
  const finish = (
    verdict: AuditVerdict,
    reason: AuditReason | null,
    numbers: LevelRateNumbers,
    message: AuditMessage,
  ): LevelRateFinding => ({
    id: `level-rate:${target.id}`,
    check: 'level-rate',
    subject: [target.id, target.indicator],
    verdict,
    reason,
    numbers,
    message,
  });
  if (indicator === undefined) {
    if (stated === undefined) return null;
    const numbers: LevelRateNumbers = {
      targetValue: toDecimal(target.value, 'value'),
      unit: target.unit ?? '',
      targetPeriod,
      basePeriod,
      years,
      statedAnnualPercent: percentText(stated),
    };
    return finish('unverifiable', 'unknown-indicator', numbers, {
      zh: `目标${target.id}所指指标${target.indicator}不在数据集中,无法核实。`,
      en: `Target ${target.id} names indicator ${target.indicator}, which the dataset does not hold: unverifiable.`,
    });
  }
  const targetValue = inUnit(target.value, target.unit, indicator.unit);
  const base = statedBase(context, target, basePeriod, indicator.unit);
  const numbers: LevelRateNumbers = {
    targetValue,
    unit: indicator.unit,
    targetPeriod,
    basePeriod,
    years,
  };
  const text = describe(indicator, numbers);

  if (stated === undefined) {
    // Nothing stated to check, but a base and a level imply the rate the plan needs.
    if (base === null || indicator.measure === 'rate') return null;
    const observed = observedRates(base, targetValue, years);
    if ('reason' in observed) {
      return finish(
        'unverifiable',
        observed.reason,
        withBase(numbers, base),
        text.noAnswer(observed.reason),
      );
    }
    const figures = { ...withBase(numbers, base), ...rateFigures(base, observed) };
    return finish('unverifiable', 'no-stated-rate', figures, text.needs(base, observed));
  }

  const statedPercent = percentText(stated);
  const decimals = decimalsOf(stated);
  const withStated: LevelRateNumbers = { ...numbers, statedAnnualPercent: statedPercent };
  if (!years.gt(0)) {
    return finish('unverifiable', 'no-elapsed-time', withStated, text.noAnswer('no-elapsed-time'));
  }
  if (statedPercent.lte(-100)) {
    return finish('unverifiable', 'invalid-rate', withStated, text.noAnswer('invalid-rate'));
  }
  const implied = impliedBand(targetValue, statedPercent, decimals, years);
  if (implied === null) {
    return finish('unverifiable', 'out-of-range', withStated, text.noAnswer('out-of-range'));
  }
  const withImplied: LevelRateNumbers = { ...withStated, ...implied };
  if (base === null) {
    return finish(
      'unverifiable',
      'missing-base',
      withImplied,
      text.missingBase(statedPercent, implied),
    );
  }
  const withObserved = withBase(withImplied, base);
  const observed = observedRates(base, targetValue, years);
  if ('reason' in observed) {
    return finish('unverifiable', observed.reason, withObserved, text.noAnswer(observed.reason));
  }
  if (target.priceBasis === 'comparable') {
    // A real rate beside current-price levels: the nominal rate is given, never a verdict.
    const figures = { ...withObserved, ...rateFigures(base, observed) };
    return finish('unverifiable', 'price-basis', figures, text.priceBasis(observed, statedPercent));
  }
  const rounded = roundHalfUp(observed.value, decimals);
  const fits = meetsRounding(observed.low, observed.high, statedPercent, decimals);
  const verdict: AuditVerdict = fits ? 'consistent' : 'inconsistent';
  const figures: LevelRateNumbers = {
    ...withObserved,
    ...rateFigures(base, observed),
    roundedObservedAnnualPercent: rounded,
  };
  const message = text.checked(base, { observed, rounded, statedPercent, implied }, verdict);
  return finish(verdict, null, figures, message);
}

function percentText(text: string): Decimal {
  return toDecimal(text, 'annualGrowthPercent');
}

function withBase(numbers: LevelRateNumbers, base: StatedBase): LevelRateNumbers {
  const range = isExact(base) ? {} : { observedBaseLow: base.low, observedBaseHigh: base.high };
  return {
    ...numbers,
    observedBase: base.value,
    baseSource: base.source,
    baseStatus: base.status,
    ...range,
  };
}

function isExact(base: StatedBase): boolean {
  return base.low.eq(base.high);
}

/** The implied base, and the band of bases whose rate rounds to the stated one. */
interface ImpliedBand {
  readonly impliedBase: Decimal;
  readonly impliedBaseLow: Decimal;
  readonly impliedBaseHigh: Decimal;
}

function impliedBand(
  targetValue: Decimal,
  statedPercent: Decimal,
  decimals: number,
  years: Decimal,
): ImpliedBand | null {
  const half = halfUnit(decimals);
  // A rate written to `decimals` places above −100 is at least one unit above it, so its
  // slowest rounding end stays above −100 too.
  return withinRange(() => ({
    impliedBase: impliedBase(targetValue, percent(statedPercent), years),
    impliedBaseLow: impliedBase(targetValue, percent(statedPercent.plus(half)), years),
    impliedBaseHigh: impliedBase(targetValue, percent(statedPercent.minus(half)), years),
  }));
}

/** The rate from the observed base to the target, and the range its qualifier allows. */
interface ObservedRates {
  readonly value: Decimal;
  readonly low: Decimal;
  readonly high: Decimal;
}

function observedRates(
  base: StatedBase,
  targetValue: Decimal,
  years: Decimal,
): ObservedRates | { readonly reason: NoAnswer } {
  if (!years.gt(0)) return { reason: 'no-elapsed-time' };
  if (!base.value.gt(0)) return { reason: 'non-positive-base' };
  if (targetValue.isNegative()) return { reason: 'sign-change' };
  const rates = withinRange(() => {
    const rate = (from: Decimal) => requiredAnnualRate(from, targetValue, years).times(100);
    // The rate falls as the base rises. A positive qualified figure stays positive at its low
    // end (约4万 is at least 3.5万; 余 only adds), so both ends have a rate. An exact base's
    // ends are its value, so all three rates are one.
    return { value: rate(base.value), low: rate(base.high), high: rate(base.low) };
  });
  return rates ?? { reason: 'out-of-range' };
}

function rateFigures(base: StatedBase, rates: ObservedRates): Partial<LevelRateNumbers> {
  if (isExact(base)) return { observedAnnualPercent: rates.value };
  return {
    observedAnnualPercent: rates.value,
    observedAnnualPercentLow: rates.low,
    observedAnnualPercentHigh: rates.high,
  };
}

/** Why a level target's figures have no answer. */
type NoAnswer =
  | 'no-elapsed-time'
  | 'invalid-rate'
  | 'out-of-range'
  | 'non-positive-base'
  | 'sign-change';

const REASON_TEXT: Readonly<Record<NoAnswer, { zh: string; en: string }>> = {
  'no-elapsed-time': {
    zh: '基期不早于目标期',
    en: 'the base period does not come before the target',
  },
  'invalid-rate': { zh: '所述增速不高于-100%', en: 'the stated rate is −100% or below' },
  'out-of-range': { zh: '结果超出可表示范围', en: 'the result lies beyond 1e±1000' },
  'non-positive-base': { zh: '基数不大于0', en: 'the base is 0 or below' },
  'sign-change': { zh: '目标为负', en: 'the target is negative' },
};

/** The sentences of a level-rate finding. */
function describe(indicator: Indicator, numbers: LevelRateNumbers) {
  const unit = unitLabels(indicator.unit);
  const { targetPeriod, basePeriod } = numbers;
  const target = show(numbers.targetValue);
  const zhHead = `${indicator.name.zh}:${zhPeriod(targetPeriod)}达到${target}${unit.zh}`;
  const enHead = `${indicator.name.en}: ${enQty(target, unit)} by ${targetPeriod}`;
  const from = (base: StatedBase) => ({
    zh: `${zhPeriod(basePeriod)}${base.source === 'baseline' ? '基线' : ''}${show(base.value)}${unit.zh}`,
    en: `${enQty(show(base.value), unit)} in ${basePeriod}${base.source === 'baseline' ? ' (baseline)' : ''}`,
  });
  return {
    priceBasis(rates: ObservedRates, statedPercent: Decimal): AuditMessage {
      return {
        zh: `${zhHead}:按现价年均需增长${pct(rates.value)},所述按可比价年均${pct(statedPercent)}为实际增速,不能用现价水平核实。`,
        en: `${enHead}: needs ${pct(rates.value)} a year at current prices; the stated ${pct(statedPercent)} a year at comparable prices is a real growth that current-price levels cannot verify.`,
      };
    },
    noAnswer(reason: NoAnswer): AuditMessage {
      const why = REASON_TEXT[reason];
      return { zh: `${zhHead}:${why.zh},无法核实。`, en: `${enHead}: ${why.en}; unverifiable.` };
    },
    needs(base: StatedBase, rates: ObservedRates): AuditMessage {
      const start = from(base);
      const low = pct(rates.low, 2);
      const high = pct(rates.high, 2);
      const band = isExact(base)
        ? { zh: '', en: '' }
        : {
            zh: `(约数允许${low}至${high})`,
            en: ` (the base's qualifier allows ${low} to ${high})`,
          };
      const rate = pct(rates.value);
      return {
        zh: `${zhHead},从${start.zh}起需年均增长${rate}${band.zh};目标未述增速,无从核对。`,
        en: `${enHead} from ${start.en} needs ${rate} a year${band.en}; the target states no rate to check.`,
      };
    },
    missingBase(statedPercent: Decimal, implied: ImpliedBand): AuditMessage {
      const low = show(implied.impliedBaseLow);
      const high = show(implied.impliedBaseHigh);
      const rate = pct(statedPercent);
      const value = show(implied.impliedBase);
      return {
        zh: `${zhHead}、年均增长${rate},意味着${zhPeriod(basePeriod)}基数为${value}${unit.zh}(${low}至${high}${unit.zh}均合${rate});${zhPeriod(basePeriod)}无数据,无法核实。`,
        en: `${enHead} at ${rate} a year implies a ${basePeriod} base of ${enQty(value, unit)} (${enQty(low, unit)} to ${enQty(high, unit)} all round to ${rate}); no ${basePeriod} figure to compare: unverifiable.`,
      };
    },
    checked(
      base: StatedBase,
      figures: {
        readonly observed: ObservedRates;
        readonly rounded: Decimal;
        readonly statedPercent: Decimal;
        readonly implied: ImpliedBand;
      },
      verdict: AuditVerdict,
    ): AuditMessage {
      const start = from(base);
      const rate = pct(figures.observed.value);
      const rounded = pct(figures.rounded);
      const statedRate = pct(figures.statedPercent);
      const implied = show(figures.implied.impliedBase);
      const words = VERDICT_WORDS[verdict];
      return {
        zh: `${zhHead},从${start.zh}起需年均增长${rate}(约合${rounded}),所述${statedRate}(对应基数${implied}${unit.zh}):${words.zh}。`,
        en: `${enHead} from ${start.en} is ${rate} a year (rounds to ${rounded}); stated ${statedRate}, which implies a base of ${enQty(implied, unit)}: ${words.en}.`,
      };
    },
  };
}
