/**
 * The `components-sum` check: a stated total of a sum indicator against the sum of its stated
 * parts at the same period. Private to the audit layer.
 */
import type { Decimal } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import type { Indicator } from '../models/types.js';
import {
  type AuditContext,
  inUnit,
  type Located,
  observationAt,
  qualifiedRange,
  sum,
} from './_context.js';
import { decimalsOf, quantity } from './_format.js';
import { halfUnit, meetsRounding, VERDICT_WORDS, zhPeriod } from './_rounding.js';
import type { ComponentsSumFinding, ComponentsSumNumbers } from './componentFindings.js';
import type { AuditVerdict } from './types.js';

/** One finding per stated total whose parts are all stated at its period. */
export function checkComponentsSums(context: AuditContext): ComponentsSumFinding[] {
  const findings: ComponentsSumFinding[] = [];
  for (const indicator of context.dataset.indicators) {
    const formula = indicator.formula;
    if (formula?.op !== 'sum') continue;
    for (const total of context.series.get(indicator.id) ?? []) {
      const parts = formula.of.map((id) => observationAt(context, id, total.period));
      if (parts.some((part) => part === undefined)) continue;
      findings.push(checkTotal(context, indicator, total, parts as Located[]));
    }
  }
  return findings;
}

/**
 * The range a stated figure stands for in `unit`: 约/余 as the claim check reads them; an
 * exact figure half a unit of its last written decimal either side (17.2 is 17.15 to 17.25).
 */
function writtenRange(located: Located, unit: string): readonly [Decimal, Decimal] {
  const { observation } = located;
  if (observation.qualifier !== null) {
    return qualifiedRange(observation.value, observation.unit, observation.qualifier, unit);
  }
  const value = toDecimal(observation.value);
  const half = halfUnit(decimalsOf(observation.value));
  return [
    inUnit(value.minus(half).toFixed(), observation.unit, unit),
    inUnit(value.plus(half).toFixed(), observation.unit, unit),
  ];
}

function checkTotal(
  context: AuditContext,
  indicator: Indicator,
  total: Located,
  parts: readonly Located[],
): ComponentsSumFinding {
  const unit = indicator.unit;
  const stated = inUnit(total.observation.value, total.observation.unit, unit);
  const shownParts = parts.map((part) => {
    const value = inUnit(part.observation.value, part.observation.unit, unit);
    const { name } = context.indicators.get(part.observation.indicator) as Indicator;
    return { value, name, shown: quantity(value, unit) };
  });
  const values = shownParts.map((part) => part.value);
  const ranges = parts.map((part) => writtenRange(part, unit));
  const partsSum = sum(values);
  const partsLow = sum(ranges.map(([low]) => low));
  const partsHigh = sum(ranges.map(([, high]) => high));
  let consistent: boolean;
  if (total.observation.qualifier === null) {
    // The total as written, in its own unit: some sum in the parts' range rounds to it.
    const written = total.observation.unit ?? unit;
    consistent = meetsRounding(
      inUnit(partsLow.toFixed(), unit, written),
      inUnit(partsHigh.toFixed(), unit, written),
      toDecimal(total.observation.value),
      decimalsOf(total.observation.value),
    );
  } else {
    const [low, high] = writtenRange(total, unit);
    consistent = partsLow.lte(high) && partsHigh.gte(low);
  }
  const verdict: AuditVerdict = consistent ? 'consistent' : 'inconsistent';
  const numbers: ComponentsSumNumbers = {
    period: total.period,
    unit,
    parts: parts.map((part) => part.observation.indicator).join(', '),
    statedTotal: stated,
    partsSum,
    partsLow,
    partsHigh,
    difference: stated.minus(partsSum),
  };
  const sumText = quantity(partsSum, unit);
  const totalText = quantity(stated, unit);
  const words = VERDICT_WORDS[verdict];
  return {
    id: `components-sum:${indicator.id}:${total.period}`,
    check: 'components-sum',
    subject: [indicator.id, ...parts.map((part) => part.observation.indicator)],
    verdict,
    reason: null,
    numbers,
    message: {
      zh: `${indicator.name.zh}:${zhPeriod(total.period)}${totalText.zh},各部分${shownParts
        .map((part) => `${part.name.zh}${part.shown.zh}`)
        .join('、')}合计${sumText.zh}:${words.zh}。`,
      en: `${indicator.name.en}: ${totalText.en} in ${total.period}; its parts (${shownParts
        .map((part) => `${part.name.en} ${part.shown.en}`)
        .join(', ')}) add up to ${sumText.en}: ${words.en}.`,
    },
  };
}
