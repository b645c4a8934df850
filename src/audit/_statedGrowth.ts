/**
 * The `stated-growth` check: an observation's stated growth on the same period a year earlier
 * (`yearOverYearPercent`, 1–6月增长4.5%) against the two levels, where last year's is known.
 * Private to the audit layer.
 */
import { checkStatedChange } from '../comparison/index.js';
import type { Decimal } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import type { Indicator, Observation } from '../models/types.js';
import { formatPeriod, samePeriodLastYear } from '../periods/index.js';
import {
  type AuditContext,
  enQty,
  inUnit,
  observationAt,
  observedValue,
  type UnitLabels,
  unitLabels,
} from './_context.js';
import { pct, show } from './_format.js';
import { VERDICT_WORDS, zhPeriod } from './_rounding.js';
import type { StatedGrowthFinding, StatedGrowthNumbers } from './claimFindings.js';
import type { AuditMessage, AuditReason, AuditVerdict } from './types.js';

/** One finding per observation that states its growth and whose base level is observed. */
export function checkStatedGrowth(context: AuditContext): StatedGrowthFinding[] {
  const findings: StatedGrowthFinding[] = [];
  for (const observation of context.dataset.observations) {
    const finding = checkOne(context, observation);
    if (finding !== null) findings.push(finding);
  }
  return findings;
}

/** The same period a year earlier, canonical; `null` before the calendar's first year. */
function basePeriodOf(period: string): string | null {
  try {
    return formatPeriod(samePeriodLastYear(period));
  } catch {
    // samePeriodLastYear refuses only a year before 1900 here: there is no base to find.
    return null;
  }
}

function checkOne(context: AuditContext, observation: Observation): StatedGrowthFinding | null {
  const statedText = observation.yearOverYearPercent;
  if (statedText === undefined) return null;
  const indicator = context.indicators.get(observation.indicator);
  if (indicator === undefined) return null;
  const period = formatPeriod(observation.period);
  const basePeriod = basePeriodOf(period);
  if (basePeriod === null) return null;
  const base = observationAt(context, observation.indicator, basePeriod);
  if (base === undefined) return null;
  const value = inUnit(observation.value, observation.unit, indicator.unit);
  const baseValue = observedValue(base, indicator.unit);
  const statedPercent = toDecimal(statedText, 'yearOverYearPercent');
  const numbers: StatedGrowthNumbers = {
    period,
    basePeriod,
    unit: indicator.unit,
    status: observation.status,
    statedPercent,
    value,
    baseValue,
    ...(observation.priceBasis === undefined ? {} : { priceBasis: observation.priceBasis }),
  };
  const finish = (
    verdict: AuditVerdict,
    reason: AuditReason | null,
    figures: StatedGrowthNumbers,
    message: AuditMessage,
  ): StatedGrowthFinding => ({
    id: `stated-growth:${observation.id ?? `${observation.indicator}:${period}:${observation.status}`}`,
    check: 'stated-growth',
    subject:
      observation.id === undefined
        ? [observation.indicator]
        : [observation.id, observation.indicator],
    verdict,
    reason,
    numbers: figures,
    message,
  });
  const unit = unitLabels(indicator.unit);
  const name = indicator.name;
  const levels = describeLevels(name, numbers, unit);
  if (baseValue.lte(0)) {
    return finish('unverifiable', 'non-positive-base', numbers, {
      zh: `${levels.zh},基数不大于零,所述同比${pct(statedPercent)}无从核实。`,
      en: `${levels.en}: from a base of 0 or below no percent change exists, so the stated ${pct(statedPercent)} is unverifiable.`,
    });
  }
  // Levels of at most 80 characters give a change far inside 1e±1000: no range to fall out of.
  const check = checkStatedChange(baseValue, value, statedText, {
    fromQualifier: base.observation.qualifier,
    toQualifier: observation.qualifier,
  });
  const checked: StatedGrowthNumbers = {
    ...numbers,
    exactPercent: check.exactPercent,
    roundedPercent: check.roundedPercent,
    tolerance: check.tolerance,
    lowestPercent: check.lowestPercent,
    highestPercent: check.highestPercent,
    difference: check.difference,
  };
  const exact = pct(check.exactPercent);
  if (observation.priceBasis === 'comparable') {
    return finish('unverifiable', 'price-basis', checked, {
      zh: `${levels.zh},现价增长${exact};所述同比${pct(statedPercent)}按可比价计算,不能以现价水平核实。`,
      en: `${levels.en} is ${exact} at current prices; the stated ${pct(statedPercent)} is at comparable prices, which the levels cannot verify.`,
    });
  }
  const verdict: AuditVerdict = check.consistent ? 'consistent' : 'inconsistent';
  const widened = !check.lowestPercent.eq(check.highestPercent);
  const low = pct(check.lowestPercent, 2);
  const high = pct(check.highestPercent, 2);
  const words = VERDICT_WORDS[verdict];
  return finish(verdict, null, checked, {
    zh: `${levels.zh},实际同比${exact}${widened ? `(约数允许${low}至${high})` : ''},所述${pct(statedPercent)}:${words.zh}。`,
    en: `${levels.en} is ${exact}${widened ? ` (the levels' qualifiers allow ${low} to ${high})` : ''}; stated ${pct(statedPercent)}: ${words.en}.`,
  });
}

/** The two levels, for the start of a sentence. */
function describeLevels(
  name: Indicator['name'],
  numbers: {
    readonly period: string;
    readonly basePeriod: string;
    readonly value: Decimal;
    readonly baseValue: Decimal;
  },
  unit: UnitLabels,
): AuditMessage {
  const from = show(numbers.baseValue);
  const to = show(numbers.value);
  return {
    zh: `${name.zh}:${zhPeriod(numbers.basePeriod)}${from}${unit.zh}至${zhPeriod(numbers.period)}${to}${unit.zh}`,
    en: `${name.en}: ${enQty(from, unit)} (${numbers.basePeriod}) to ${enQty(to, unit)} (${numbers.period})`,
  };
}
