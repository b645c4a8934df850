/**
 * The `cumulative-share` check: an observed total of a flow over a range (新增造林面积3500亩,
 * 2017–2021) against the observations of the same flow inside it (2021年新增造林350亩). Private
 * to the audit layer.
 */
import type { Decimal } from '../decimal/Decimal.js';
import type { Indicator } from '../models/types.js';
import {
  type AuditContext,
  contiguousFrom,
  durationYears,
  enQty,
  type Located,
  observedValue,
  partsWithin,
  percentOf,
  qualifiedRange,
  ratio,
  sum,
  unitLabels,
} from './_context.js';
import { pct, show } from './_format.js';
import { VERDICT_WORDS, zhPeriod } from './_rounding.js';
import type { CumulativeShareFinding, CumulativeShareNumbers } from './cumulativeFindings.js';
import type { AuditReason, AuditVerdict } from './types.js';

/**
 * One finding per observation of a flow that has other observations of the same indicator
 * inside its period.
 */
export function checkCumulativeShares(context: AuditContext): CumulativeShareFinding[] {
  const findings: CumulativeShareFinding[] = [];
  for (const indicator of context.dataset.indicators) {
    if (indicator.measure !== 'flow') continue;
    // Stryker disable next-line ArrayDeclaration: a filler item has no start, so it has no parts
    const items = context.series.get(indicator.id) ?? [];
    for (const total of items) {
      const parts = partsWithin(items, total.start, total.end, true);
      if (parts.length > 0) findings.push(checkShare(indicator, total, parts));
    }
  }
  return findings;
}

/** A figure as its range allows, in the indicator's unit. */
function rangeOf(item: Located, unit: string): readonly [Decimal, Decimal] {
  const { observation } = item;
  return qualifiedRange(observation.value, observation.unit, observation.qualifier, unit);
}

function checkShare(
  indicator: Indicator,
  total: Located,
  parts: readonly Located[],
): CumulativeShareFinding {
  const unit = indicator.unit;
  const [totalLow, totalHigh] = rangeOf(total, unit);
  const totalValue = observedValue(total, unit);
  const partRanges = parts.map((part) => rangeOf(part, unit));
  const partsLow = sum(partRanges.map(([low]) => low));
  const partsHigh = sum(partRanges.map(([, high]) => high));
  const partsValue = sum(parts.map((part) => observedValue(part, unit)));
  const years = durationYears(total.period);
  const partsYears = sum(parts.map((part) => durationYears(part.period)));
  const last = parts[parts.length - 1]!;
  const complete = contiguousFrom(parts, total.start) && last.end === total.end;
  const partPeriods = parts.map((part) => part.period).join(', ');

  let numbers: CumulativeShareNumbers = {
    totalPeriod: total.period,
    totalValue,
    unit,
    years,
    totalAnnualAverage: ratio(totalValue, years),
    partPeriods,
    partsValue,
    partsYears,
    timeSharePercent: percentOf(partsYears, years),
  };
  if (!totalValue.isZero()) {
    numbers = { ...numbers, partSharePercent: percentOf(partsValue, totalValue) };
  }
  let rest: Rest | null = null;
  if (!complete) {
    const remainder = totalValue.minus(partsValue);
    const remainingYears = years.minus(partsYears);
    // Parts inside the total leave time over unless they are given in overlapping days.
    const average = remainingYears.gt(0) ? ratio(remainder, remainingYears) : null;
    rest = { remainder, remainingYears, average };
    numbers = {
      ...numbers,
      remainder,
      remainingYears,
      ...(average === null ? {} : { remainingAnnualAverage: average }),
    };
  }

  let verdict: AuditVerdict;
  let reason: AuditReason | null = null;
  if (complete) {
    // Every part is known: their sum must be the total, within the figures' qualifiers.
    verdict = partsLow.lte(totalHigh) && partsHigh.gte(totalLow) ? 'consistent' : 'inconsistent';
  } else if (totalLow.isNegative() || partRanges.some(([low]) => low.isNegative())) {
    // A flow that can be negative: the parts seen need not stay below the total.
    [verdict, reason] = ['unverifiable', 'sign-change'];
  } else {
    // Some parts are missing: those seen must fit within the total.
    verdict = partsLow.lte(totalHigh) ? 'consistent' : 'inconsistent';
  }
  return {
    id: `cumulative-share:${indicator.id}:${total.period}`,
    check: 'cumulative-share',
    subject: [indicator.id],
    verdict,
    reason,
    numbers,
    message: message(indicator, numbers, rest, verdict),
  };
}

/** What the periods not observed add up to. */
interface Rest {
  readonly remainder: Decimal;
  readonly remainingYears: Decimal;
  readonly average: Decimal | null;
}

function message(
  indicator: Indicator,
  numbers: CumulativeShareNumbers,
  rest: Rest | null,
  verdict: AuditVerdict,
): { zh: string; en: string } {
  const unit = unitLabels(indicator.unit);
  const parts = show(numbers.partsValue);
  const total = show(numbers.totalValue);
  const share = numbers.partSharePercent === undefined ? '–' : pct(numbers.partSharePercent, 2);
  const time = pct(numbers.timeSharePercent, 2);
  const words = VERDICT_WORDS[verdict];
  const zhParts = numbers.partPeriods.split(', ').map(zhPeriod).join('、');
  const head = {
    zh: `${indicator.name.zh}:${zhParts}${parts}${unit.zh},占${zhPeriod(numbers.totalPeriod)}合计${total}${unit.zh}的${share},时间占${time}`,
    en: `${indicator.name.en}: ${enQty(parts, unit)} in ${numbers.partPeriods} is ${share} of the ${enQty(total, unit)} over ${numbers.totalPeriod}, in ${time} of its time`,
  };
  if (rest === null) {
    return {
      zh: `${head.zh};各期之和应等于合计:${words.zh}。`,
      en: `${head.en}; the parts should add up to the total: ${words.en}.`,
    };
  }
  const tail =
    rest.average === null
      ? { zh: '', en: '' }
      : {
          zh: `,其余${show(rest.remainingYears)}年合计${show(rest.remainder)}${unit.zh}、年均${show(rest.average)}${unit.zh}`,
          en: `; the other ${show(rest.remainingYears)} years add ${enQty(show(rest.remainder), unit)}, ${show(rest.average)} a year`,
        };
  return {
    zh: `${head.zh}${tail.zh}:${words.zh}。`,
    en: `${head.en}${tail.en}: ${words.en}.`,
  };
}
