/**
 * The `components-growth` check: a stated growth of a sum indicator against the growth its
 * parts' levels and stated growths imply. Private to the audit layer.
 */
import type { Decimal } from '../decimal/Decimal.js';
import { GuardDecimal, roundResult } from '../decimal/guardPrecision.js';
import type { Indicator } from '../models/types.js';
import { type AuditContext, observationAt, observedValue, sum } from './_context.js';
import { decimalsOf, pct, quantity } from './_format.js';
import { halfUnit, meetsRounding, VERDICT_WORDS, zhPeriod } from './_rounding.js';
import { type StatedGrowth, statedGrowths } from './_statedGrowths.js';
import type { ComponentsGrowthFinding, ComponentsGrowthNumbers } from './componentFindings.js';
import type { AuditVerdict } from './types.js';

/**
 * One finding per stated growth of a sum indicator whose parts all have a level at its
 * to-period and a stated growth over the same span at the same price basis.
 */
export function checkComponentsGrowth(context: AuditContext): ComponentsGrowthFinding[] {
  const growths = statedGrowths(context);
  const findings: ComponentsGrowthFinding[] = [];
  for (const growth of growths) {
    const indicator = context.indicators.get(growth.indicator);
    if (indicator?.formula?.op !== 'sum') continue;
    const parts = indicator.formula.of.map((id) => {
      const partIndicator = context.indicators.get(id) as Indicator;
      const level = observationAt(context, id, growth.toPeriod);
      const partGrowth = growths.find(
        (g) =>
          g.indicator === id &&
          g.fromPeriod === growth.fromPeriod &&
          g.toPeriod === growth.toPeriod &&
          g.priceBasis === growth.priceBasis,
      );
      return level === undefined || partGrowth === undefined
        ? undefined
        : { indicator: partIndicator, level: observedValue(level, indicator.unit), partGrowth };
    });
    if (parts.some((part) => part === undefined)) continue;
    const finding = checkGrowth(indicator, growth, parts as Part[]);
    if (finding !== null) findings.push(finding);
  }
  return findings;
}

interface Part {
  readonly indicator: Indicator;
  /** The level at the to-period, in the total's unit. */
  readonly level: Decimal;
  readonly partGrowth: StatedGrowth;
}

/** `Σ level / (1 + g)` for the parts' growths shifted by `shift` half-units (−1, 0, +1). */
function previousTotal(parts: readonly Part[], shift: number): Decimal {
  const total = parts.reduce((acc, part) => {
    const { percent, text } = part.partGrowth;
    const g = percent.plus(halfUnit(decimalsOf(text)).times(shift));
    return acc.plus(new GuardDecimal(part.level).times(100).div(g.plus(100)));
  }, new GuardDecimal(0));
  return total;
}

function checkGrowth(
  indicator: Indicator,
  growth: StatedGrowth,
  parts: readonly Part[],
): ComponentsGrowthFinding | null {
  // A part's growth of −100% or below (as written) has no previous level: no finding.
  if (
    parts.some((part) =>
      part.partGrowth.percent.minus(halfUnit(decimalsOf(part.partGrowth.text))).lte(-100),
    )
  ) {
    return null;
  }
  const partsLevel = sum(parts.map((part) => part.level));
  const previous = previousTotal(parts, 0);
  const previousLow = previousTotal(parts, 1);
  const previousHigh = previousTotal(parts, -1);
  // Parts of opposite signs can leave no positive previous total to grow from.
  if (!previousLow.gt(0) || !previousHigh.gt(0)) return null;
  const growthOf = (prior: Decimal) =>
    roundResult(new GuardDecimal(partsLevel).div(prior).minus(1).times(100));
  const impliedPercent = growthOf(previous);
  // Higher growths of the parts mean a smaller previous total, so a higher growth of the total.
  const lowestPercent = growthOf(previousHigh);
  const highestPercent = growthOf(previousLow);
  const consistent = meetsRounding(
    lowestPercent,
    highestPercent,
    growth.percent,
    decimalsOf(growth.text),
  );
  const verdict: AuditVerdict = consistent ? 'consistent' : 'inconsistent';
  const numbers: ComponentsGrowthNumbers = {
    fromPeriod: growth.fromPeriod,
    toPeriod: growth.toPeriod,
    unit: indicator.unit,
    parts: parts.map((part) => part.indicator.id).join(', '),
    statedPercent: growth.percent,
    partsLevel,
    impliedPreviousTotal: roundResult(previous),
    impliedPercent,
    lowestPercent,
    highestPercent,
  };
  const level = quantity(partsLevel, indicator.unit);
  const prior = quantity(numbers.impliedPreviousTotal, indicator.unit);
  const words = VERDICT_WORDS[verdict];
  const subject = growth.claim ?? `${indicator.id}:${growth.toPeriod}`;
  return {
    id: `components-growth:${subject}`,
    check: 'components-growth',
    subject: [subject, indicator.id, ...parts.map((part) => part.indicator.id)],
    verdict,
    reason: null,
    numbers,
    message: {
      zh: `${indicator.name.zh}:各部分${zhPeriod(growth.toPeriod)}合计${level.zh},按各自增速(${parts
        .map((part) => `${part.indicator.name.zh}${pct(part.partGrowth.percent)}`)
        .join(
          '、',
        )})推算${zhPeriod(growth.fromPeriod)}为${prior.zh},增长${pct(impliedPercent)},所述${pct(growth.percent)}:${words.zh}。`,
      en: `${indicator.name.en}: the parts total ${level.en} in ${growth.toPeriod}; their stated growths (${parts
        .map((part) => `${part.indicator.name.en} ${pct(part.partGrowth.percent)}`)
        .join(
          ', ',
        )}) imply ${prior.en} in ${growth.fromPeriod}, a growth of ${pct(impliedPercent)}; stated ${pct(growth.percent)}: ${words.en}.`,
    },
  };
}
