/**
 * The `cumulative-pace` check: each cumulative target against the flows observed inside its
 * range (share of the total done against share of the time elapsed), or, when every
 * observation lies before the range, beside the latest one's pace. Private to the audit layer.
 */
import type { Decimal } from '../decimal/Decimal.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { CumulativeTarget, Indicator } from '../models/types.js';
import { formatPeriod, periodEnd, periodStart, yearsBetween } from '../periods/index.js';
import { isUnitCompatible } from '../units/index.js';
import {
  type AuditContext,
  contiguousFrom,
  durationYears,
  enQty,
  inUnit,
  type Located,
  partsWithin,
  percentOf,
  periodBefore,
  ratio,
  sum,
  unitLabels,
} from './_context.js';
import { pct, show } from './_format.js';
import { VERDICT_WORDS, zhPeriod } from './_rounding.js';
import type { CumulativePaceFinding, CumulativePaceNumbers } from './cumulativeFindings.js';
import type { AuditMessage, AuditReason, AuditVerdict } from './types.js';

/** One finding per cumulative target with an observation of its indicator in or before it. */
export function checkCumulativePace(context: AuditContext): CumulativePaceFinding[] {
  const findings: CumulativePaceFinding[] = [];
  for (const plan of context.dataset.plans) {
    for (const target of plan.targets) {
      if (target.kind !== 'cumulative') continue;
      const finding = checkTarget(context, target);
      if (finding !== null) findings.push(finding);
    }
  }
  return findings;
}

/** An observation with its value in the target indicator's unit. */
interface Valued extends Located {
  readonly value: Decimal;
}

/**
 * The observations that count for the target: its own indicator's, then the matching
 * indicators' for periods its own does not cover, ordered by end then start.
 */
function candidates(context: AuditContext, indicator: Indicator): Valued[] {
  // Stryker disable next-line ArrayDeclaration: an id the dataset does not hold is skipped below
  const ids = [indicator.id, ...(context.matches[indicator.id] ?? [])];
  const byDays = new Map<string, Valued>();
  for (const id of ids) {
    const own = context.indicators.get(id);
    if (own === undefined) continue;
    if (!isUnitCompatible(own.unit, indicator.unit)) {
      throw new IndicatorError('invalid-argument', {
        field: 'options.indicatorMatches',
        value: id,
        reason: `indicator "${id}" (${own.unit}) does not measure what "${indicator.id}" (${indicator.unit}) does`,
      });
    }
    for (const item of context.series.get(id) ?? []) {
      const key = `${item.start}/${item.end}`;
      if (byDays.has(key)) continue;
      const { observation } = item;
      const value = inUnit(observation.value, observation.unit ?? own.unit, indicator.unit);
      byDays.set(key, { ...item, value });
    }
  }
  return [...byDays.values()].sort((a, b) => a.end - b.end || a.start - b.start);
}

function checkTarget(
  context: AuditContext,
  target: CumulativeTarget,
): CumulativePaceFinding | null {
  const indicator = context.indicators.get(target.indicator);
  if (indicator === undefined) return null;
  const items = candidates(context, indicator);
  const range = formatPeriod(target.period);
  const start = periodStart(range).getTime();
  const end = periodEnd(range).getTime();
  const years = durationYears(range);
  const targetValue = inUnit(target.value, target.unit, indicator.unit);
  const numbers: CumulativePaceNumbers = {
    targetValue,
    unit: indicator.unit,
    range,
    years,
    requiredAnnualAverage: ratio(targetValue, years),
  };
  const text = describe(indicator, numbers);
  const finish = (
    verdict: AuditVerdict,
    reason: AuditReason | null,
    figures: CumulativePaceNumbers,
    message: AuditMessage,
  ): CumulativePaceFinding => ({
    id: `cumulative-pace:${target.id}`,
    check: 'cumulative-pace',
    subject: [target.id, ...new Set(items.map((item) => item.observation.indicator))],
    verdict,
    reason,
    numbers: figures,
    message,
  });

  const parts = partsWithin(items, start, end, false);
  if (parts.length === 0) {
    const prior = items.filter((item) => item.end < start).at(-1);
    if (prior === undefined) return null;
    const priorYears = durationYears(prior.period);
    const priorAnnualAverage = ratio(prior.value, priorYears);
    const figures: CumulativePaceNumbers = {
      ...numbers,
      priorPeriod: prior.period,
      priorValue: prior.value,
      priorYears,
      priorAnnualAverage,
      ...(targetValue.gt(0)
        ? { priorPacePercent: percentOf(priorAnnualAverage, numbers.requiredAnnualAverage) }
        : {}),
    };
    return finish(
      'unverifiable',
      'before-range',
      figures,
      text.before(prior, priorAnnualAverage, figures.priorPacePercent),
    );
  }

  const last = parts[parts.length - 1]!;
  const doneValue = sum(parts.map((part) => part.value));
  const elapsed = yearsBetween(periodBefore(range), last.period);
  const timeSharePercent = percentOf(elapsed, years);
  const donePeriods = parts.map((part) => part.period).join(', ');
  const withDone: CumulativePaceNumbers = { ...numbers, doneValue, donePeriods, timeSharePercent };
  if (!targetValue.gt(0)) {
    return finish('unverifiable', 'non-positive-base', withDone, text.noTotal());
  }
  const doneSharePercent = percentOf(doneValue, targetValue);
  const figures: CumulativePaceNumbers = { ...withDone, doneSharePercent };
  const complete = contiguousFrom(parts, start);
  let verdict: AuditVerdict;
  let state: PaceState;
  if (target.comparator === 'at-most') {
    // A cap: over it, or over its straight line, is off course whatever is missing.
    if (doneValue.gt(targetValue)) [verdict, state] = ['inconsistent', 'exceeded'];
    else if (doneSharePercent.gt(timeSharePercent)) [verdict, state] = ['inconsistent', 'ahead'];
    else if (!complete) [verdict, state] = ['unverifiable', 'gap'];
    else [verdict, state] = ['consistent', 'within'];
  } else if (doneValue.gte(targetValue)) [verdict, state] = ['consistent', 'achieved'];
  else if (doneSharePercent.gte(timeSharePercent)) [verdict, state] = ['consistent', 'on-pace'];
  else if (!complete) [verdict, state] = ['unverifiable', 'gap'];
  else [verdict, state] = ['inconsistent', 'behind'];
  const reason: AuditReason | null = state === 'gap' ? 'gap-in-series' : null;
  return finish(
    verdict,
    reason,
    figures,
    text.inRange({ doneValue, doneSharePercent, timeSharePercent, donePeriods }, state, verdict),
  );
}

type PaceState = 'achieved' | 'on-pace' | 'behind' | 'gap' | 'exceeded' | 'ahead' | 'within';

const STATE_TEXT: Readonly<Record<PaceState, { zh: string; en: string }>> = {
  achieved: { zh: '已完成', en: 'already reached' },
  'on-pace': { zh: '进度不落后于时间', en: 'on pace' },
  behind: { zh: '进度落后于时间', en: 'behind pace' },
  gap: { zh: '期内数据有缺口,进度不明', en: 'the series has a gap, so the pace is unknown' },
  exceeded: { zh: '已超出上限', en: 'already over the cap' },
  ahead: { zh: '超过上限的序时进度', en: 'over the cap’s pace' },
  within: { zh: '未超上限的序时进度', en: 'within the cap’s pace' },
};

/** The sentences of a cumulative-pace finding. */
function describe(indicator: Indicator, numbers: CumulativePaceNumbers) {
  const unit = unitLabels(indicator.unit);
  const target = show(numbers.targetValue);
  const perYear = show(numbers.requiredAnnualAverage);
  const zhHead = `${indicator.name.zh}:${zhPeriod(numbers.range)}累计${target}${unit.zh}`;
  const enHead = `${indicator.name.en}: ${enQty(target, unit)} over ${numbers.range}`;
  return {
    before(prior: Valued, average: Decimal, pacePercent: Decimal | undefined): AuditMessage {
      const value = show(prior.value);
      const perYearThen = show(average);
      const pace = pacePercent === undefined ? null : pct(pacePercent, 1);
      const period = prior.period;
      return {
        zh: `${zhHead},年均需${perYear}${unit.zh};期内尚无数据,最近的${zhPeriod(period)}为${value}${unit.zh}(年均${perYearThen}${unit.zh}${pace === null ? '' : `,为所需年均的${pace}`}),仅供参考。`,
        en: `${enHead} needs ${enQty(perYear, unit)} a year; nothing observed in the range yet; the latest figure, ${enQty(value, unit)} in ${period} (${perYearThen} a year${pace === null ? '' : `, ${pace} of the pace needed`}), is for reference only.`,
      };
    },
    noTotal(): AuditMessage {
      return {
        zh: `${zhHead}:目标总量不大于0,完成比例无从计算。`,
        en: `${enHead}: a total of 0 or below has no share done; unverifiable.`,
      };
    },
    inRange(
      figures: {
        readonly doneValue: Decimal;
        readonly doneSharePercent: Decimal;
        readonly timeSharePercent: Decimal;
        readonly donePeriods: string;
      },
      state: PaceState,
      verdict: AuditVerdict,
    ): AuditMessage {
      const done = show(figures.doneValue);
      const share = pct(figures.doneSharePercent, 2);
      const time = pct(figures.timeSharePercent, 2);
      const words = VERDICT_WORDS[verdict];
      const stateText = STATE_TEXT[state];
      return {
        zh: `${zhHead},${figures.donePeriods.split(', ').map(zhPeriod).join('、')}完成${done}${unit.zh}(占${share}),时间过去${time}:${stateText.zh},${words.zh}。`,
        en: `${enHead}: ${enQty(done, unit)} done in ${figures.donePeriods} (${share}) with ${time} of the time gone: ${stateText.en}, ${words.en}.`,
      };
    },
  };
}
