/**
 * The `annual-claim` check: a stated average annual growth (年均增长9.4%) against the levels at
 * its two periods. Private to the audit layer.
 */
import type { Decimal } from '../decimal/Decimal.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { requiredAnnualRate } from '../growth/index.js';
import type { Claim, Indicator } from '../models/types.js';
import { formatPeriod, yearsBetween } from '../periods/index.js';
import { betweenPeriodTotals } from './_claims.js';
import {
  type AuditContext,
  type Located,
  observationAt,
  observedValue,
  qualifiedRange,
} from './_context.js';
import { decimalsOf, pct, quantity } from './_format.js';
import { meetsRounding, roundHalfUp, VERDICT_WORDS, withinRange, zhPeriod } from './_rounding.js';
import type { AnnualClaimFinding, AnnualClaimNumbers } from './claimFindings.js';
import type { AuditMessage, AuditReason, AuditVerdict } from './types.js';

/** A claim's indicator, canonical periods, years and the observations at its two periods. */
export interface ClaimLevels {
  readonly indicator: Indicator | undefined;
  readonly fromPeriod: string;
  readonly toPeriod: string;
  readonly years: Decimal;
  readonly from: Located | undefined;
  readonly to: Located | undefined;
  /** The periods without an observation, comma-separated (empty when both are observed). */
  readonly missing: string;
}

/** Reads what a claim joins. */
export function claimLevels(context: AuditContext, claim: Claim): ClaimLevels {
  const fromPeriod = formatPeriod(claim.fromPeriod);
  const toPeriod = formatPeriod(claim.toPeriod);
  const from = observationAt(context, claim.indicator, fromPeriod);
  const to = observationAt(context, claim.indicator, toPeriod);
  const missing = [from === undefined ? fromPeriod : null, to === undefined ? toPeriod : null]
    .filter((period) => period !== null)
    .join(', ');
  return {
    indicator: context.indicators.get(claim.indicator),
    fromPeriod,
    toPeriod,
    years: yearsBetween(fromPeriod, toPeriod),
    from,
    to,
    missing,
  };
}

/** `(to / from)^(1/years) − 1` in percent, or `null` where it has no answer. */
export function annualPercent(from: Decimal, to: Decimal, years: Decimal): Decimal | null {
  if (!from.gt(0) || to.lt(0) || !years.gt(0)) return null;
  const rate = withinRange(() => requiredAnnualRate(from, to, years));
  return rate === null ? null : rate.times(100);
}

/** One finding per claim of an average annual growth at current prices. */
export function checkAnnualClaims(context: AuditContext): AnnualClaimFinding[] {
  return context.dataset.claims
    .filter((claim) => claim.statedAnnualPercent !== undefined && claim.priceBasis !== 'comparable')
    .map((claim) => checkAnnualClaim(context, claim, claim.statedAnnualPercent as string));
}

function checkAnnualClaim(
  context: AuditContext,
  claim: Claim,
  statedText: string,
): AnnualClaimFinding {
  const levels = claimLevels(context, claim);
  const { indicator, fromPeriod, toPeriod, years } = levels;
  const stated = toDecimal(statedText, 'statedAnnualPercent');
  const base: AnnualClaimNumbers = {
    fromPeriod,
    toPeriod,
    unit: indicator?.unit ?? '',
    statedAnnualPercent: stated,
    years,
  };
  const finish = (
    verdict: AuditVerdict,
    reason: AuditReason | null,
    numbers: AnnualClaimNumbers,
    message: AuditMessage,
  ): AnnualClaimFinding => ({
    id: `annual-claim:${claim.id}`,
    check: 'annual-claim',
    subject: [claim.id, claim.indicator],
    verdict,
    reason,
    numbers,
    message,
  });
  const statedShown = pct(stated);
  if (indicator === undefined) {
    return finish('unverifiable', 'unknown-indicator', base, {
      zh: `说法${claim.id}所指指标${claim.indicator}不在数据集中,无法核实。`,
      en: `Claim ${claim.id} names indicator ${claim.indicator}, which the dataset does not hold: unverifiable.`,
    });
  }
  const name = indicator.name;
  if (betweenPeriodTotals(fromPeriod, toPeriod)) {
    return finish('unverifiable', 'period-totals', base, {
      zh: `${name.zh}:${zhPeriod(fromPeriod)}与${zhPeriod(toPeriod)}是两期合计,两者之间没有年均增速,所述年均${statedShown}无法核实。`,
      en: `${name.en}: ${fromPeriod} and ${toPeriod} are two period totals, between which there is no annual rate; the stated ${statedShown} a year is unverifiable.`,
    });
  }
  if (levels.from === undefined || levels.to === undefined) {
    return finish(
      'unverifiable',
      'missing-level',
      { ...base, missingPeriods: levels.missing },
      {
        zh: `${name.zh}:缺少${levels.missing}的观测值,所述年均增长${statedShown}无法核实。`,
        en: `${name.en}: no observation for ${levels.missing}, so the stated ${statedShown} a year is unverifiable.`,
      },
    );
  }
  const fromValue = observedValue(levels.from, indicator.unit);
  const toValue = observedValue(levels.to, indicator.unit);
  const withLevels = { ...base, fromValue, toValue };
  const from = quantity(fromValue, indicator.unit);
  const to = quantity(toValue, indicator.unit);
  const exact = annualPercent(fromValue, toValue, years);
  if (exact === null) {
    const reason: AuditReason = !years.gt(0)
      ? 'no-elapsed-time'
      : fromValue.lte(0)
        ? 'non-positive-base'
        : 'sign-change';
    return finish('unverifiable', reason, withLevels, {
      zh: `${name.zh}:${zhPeriod(fromPeriod)}${from.zh}至${zhPeriod(toPeriod)}${to.zh}之间没有年均增速,所述${statedShown}无法核实。`,
      en: `${name.en}: ${from.en} (${fromPeriod}) to ${to.en} (${toPeriod}) has no compound annual rate; the stated ${statedShown} is unverifiable.`,
    });
  }
  const [fromLow, fromHigh] = rangeOf(levels.from, indicator.unit);
  const [toLow, toHigh] = rangeOf(levels.to, indicator.unit);
  const lowest = annualPercent(fromHigh, toLow, years) ?? exact;
  const highest = annualPercent(fromLow, toHigh, years) ?? exact;
  const decimals = decimalsOf(statedText);
  const consistent = meetsRounding(lowest, highest, stated, decimals);
  const verdict: AuditVerdict = consistent ? 'consistent' : 'inconsistent';
  const numbers: AnnualClaimNumbers = {
    ...withLevels,
    exactAnnualPercent: exact,
    roundedAnnualPercent: roundHalfUp(exact, decimals),
    lowestAnnualPercent: lowest,
    highestAnnualPercent: highest,
  };
  const widened = !lowest.eq(highest);
  const rangeZh = widened ? `(约数允许${pct(lowest, 2)}至${pct(highest, 2)})` : '';
  const rangeEn = widened
    ? ` (the levels' qualifiers allow ${pct(lowest, 2)} to ${pct(highest, 2)})`
    : '';
  const words = VERDICT_WORDS[verdict];
  return finish(verdict, null, numbers, {
    zh: `${name.zh}:${zhPeriod(fromPeriod)}${from.zh}至${zhPeriod(toPeriod)}${to.zh},年均增长${pct(exact)}${rangeZh},所述年均${statedShown}:${words.zh}。`,
    en: `${name.en}: ${from.en} (${fromPeriod}) to ${to.en} (${toPeriod}) is ${pct(exact)} a year${rangeEn}; stated ${statedShown} a year: ${words.en}.`,
  });
}

function rangeOf(located: Located, unit: string): readonly [Decimal, Decimal] {
  const { observation } = located;
  return qualifiedRange(observation.value, observation.unit, observation.qualifier, unit);
}
