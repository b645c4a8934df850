/**
 * The `claim` check: each stated change against the observations at its two periods. Private
 * to the audit layer.
 */
import { type CheckStatedChangeResult, checkStatedChange } from '../comparison/index.js';
import type { Decimal } from '../decimal/Decimal.js';
import { GuardDecimal, roundResult } from '../decimal/guardPrecision.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { requiredAnnualRate } from '../growth/index.js';
import type { Claim, Indicator } from '../models/types.js';
import { formatPeriod, yearsBetween } from '../periods/index.js';
import {
  type AuditContext,
  durationYears,
  enQty,
  observationAt,
  observedValue,
  type UnitLabels,
  unitLabels,
} from './_context.js';
import { pct, show } from './_format.js';
import { VERDICT_WORDS, withinRange, zhPeriod } from './_rounding.js';
import type { ClaimFinding, ClaimNumbers } from './claimFindings.js';
import type { AuditMessage, AuditReason, AuditVerdict } from './types.js';

/**
 * One finding per claim of a total change at current prices, in the dataset's order (a stated
 * annual growth is the `annual-claim` check's, a comparable-price one the `price-basis` check's).
 */
export function checkClaims(context: AuditContext): ClaimFinding[] {
  return context.dataset.claims
    .filter((claim) => claim.statedPercent !== undefined && claim.priceBasis !== 'comparable')
    .map((claim) => checkClaim(context, claim, claim.statedPercent as string));
}

/** Whether both periods are totals of several years (十一五 → 十二五). */
export function betweenPeriodTotals(fromPeriod: string, toPeriod: string): boolean {
  return durationYears(fromPeriod).gt(1) && durationYears(toPeriod).gt(1);
}

function checkClaim(context: AuditContext, claim: Claim, statedPercent: string): ClaimFinding {
  const fromPeriod = formatPeriod(claim.fromPeriod);
  const toPeriod = formatPeriod(claim.toPeriod);
  const stated = toDecimal(statedPercent, 'statedPercent');
  const years = yearsBetween(fromPeriod, toPeriod);
  const indicator = context.indicators.get(claim.indicator);
  const totals = betweenPeriodTotals(fromPeriod, toPeriod);
  const base = {
    fromPeriod,
    toPeriod,
    unit: indicator?.unit ?? '',
    statedPercent: stated,
    years,
    ...(totals ? { comparison: 'period-totals' } : annualOf(stated, years)),
  };
  const finish = (
    verdict: AuditVerdict,
    reason: AuditReason | null,
    numbers: ClaimNumbers,
    message: AuditMessage,
  ): ClaimFinding => ({
    id: `claim:${claim.id}`,
    check: 'claim',
    subject: [claim.id, claim.indicator],
    verdict,
    reason,
    numbers,
    message,
  });
  if (indicator === undefined) {
    return finish('unverifiable', 'unknown-indicator', base, {
      zh: `说法${claim.id}所指指标${claim.indicator}不在数据集中,无法核实。`,
      en: `Claim ${claim.id} names indicator ${claim.indicator}, which the dataset does not hold: unverifiable.`,
    });
  }
  const from = observationAt(context, claim.indicator, fromPeriod);
  const to = observationAt(context, claim.indicator, toPeriod);
  const unit = unitLabels(indicator.unit);
  const name = indicator.name;
  if (from === undefined || to === undefined) {
    const fromValue = from === undefined ? undefined : observedValue(from, indicator.unit);
    const toValue = to === undefined ? undefined : observedValue(to, indicator.unit);
    const { numbers, message } = missingLevel(name, base, fromValue, toValue, unit);
    return finish('unverifiable', 'missing-level', numbers, message);
  }
  const fromValue = observedValue(from, indicator.unit);
  const toValue = observedValue(to, indicator.unit);
  if (fromValue.lte(0)) {
    return finish(
      'unverifiable',
      'non-positive-base',
      { ...base, fromValue, toValue },
      {
        zh: `${name.zh}:${zhPeriod(fromPeriod)}基数为${show(fromValue)},百分比变化无从计算。`,
        en: `${name.en}: the ${fromPeriod} level is ${show(fromValue)}, from which no percent change exists.`,
      },
    );
  }
  const check = checkStatedChange(fromValue, toValue, statedPercent, {
    qualifier: claim.qualifier,
    fromQualifier: from.observation.qualifier,
    toQualifier: to.observation.qualifier,
  });
  const verdict: AuditVerdict = check.consistent ? 'consistent' : 'inconsistent';
  const numbers: ClaimNumbers = {
    ...base,
    fromValue,
    toValue,
    exactPercent: check.exactPercent,
    roundedPercent: check.roundedPercent,
    tolerance: check.tolerance,
    lowestPercent: check.lowestPercent,
    highestPercent: check.highestPercent,
    difference: check.difference,
  };
  const message = claimMessage(name, numbers, { fromValue, toValue, check }, verdict, unit);
  return finish(verdict, null, numbers, message);
}

/** The figures and sentence of a claim one of whose levels is not observed. */
function missingLevel(
  name: Indicator['name'],
  base: ClaimNumbers,
  fromValue: Decimal | undefined,
  toValue: Decimal | undefined,
  unit: UnitLabels,
): { numbers: ClaimNumbers; message: AuditMessage } {
  const { fromPeriod, toPeriod, statedPercent: stated } = base;
  const missing = [
    fromValue === undefined ? fromPeriod : null,
    toValue === undefined ? toPeriod : null,
  ]
    .filter((period): period is string => period !== null)
    .join(', ');
  const factor = new GuardDecimal(stated).plus(100).div(100);
  let numbers: ClaimNumbers = { ...base, missingPeriods: missing };
  let impliedZh = '';
  let impliedEn = '';
  if (toValue !== undefined && factor.gt(0)) {
    const implied = roundResult(new GuardDecimal(toValue).div(factor));
    numbers = { ...numbers, toValue, impliedFromValue: implied };
    impliedZh = `;按${zhPeriod(toPeriod)}${show(toValue)}${unit.zh}推算,${zhPeriod(fromPeriod)}应为${show(implied)}${unit.zh}`;
    impliedEn = `; from ${enQty(show(toValue), unit)} in ${toPeriod} it implies ${enQty(show(implied), unit)} in ${fromPeriod}`;
  } else if (fromValue !== undefined) {
    const implied = roundResult(factor.times(fromValue));
    numbers = { ...numbers, fromValue, impliedToValue: implied };
    impliedZh = `;按${zhPeriod(fromPeriod)}${show(fromValue)}${unit.zh}推算,${zhPeriod(toPeriod)}应为${show(implied)}${unit.zh}`;
    impliedEn = `; from ${enQty(show(fromValue), unit)} in ${fromPeriod} it implies ${enQty(show(implied), unit)} in ${toPeriod}`;
  }
  return {
    numbers,
    message: {
      zh: `${name.zh}:缺少${missing}的观测值,所述变化${pct(stated)}无法核实${impliedZh}。`,
      en: `${name.en}: no observation for ${missing}, so the stated ${pct(stated)} is unverifiable${impliedEn}.`,
    },
  };
}

/** The stated change as a compound annual rate, when it has one. */
function annualOf(stated: Decimal, years: Decimal): { statedAnnualPercent?: Decimal } {
  const end = stated.plus(100);
  if (!years.gt(0) || end.lt(0)) return {};
  const rate = withinRange(() => requiredAnnualRate(100, end, years));
  return rate === null ? {} : { statedAnnualPercent: rate.times(100) };
}

function claimMessage(
  name: Indicator['name'],
  numbers: ClaimNumbers,
  figures: {
    readonly fromValue: Decimal;
    readonly toValue: Decimal;
    readonly check: CheckStatedChangeResult;
  },
  verdict: AuditVerdict,
  unit: UnitLabels,
): AuditMessage {
  const { fromPeriod, toPeriod, statedPercent } = numbers;
  const { check } = figures;
  const from = show(figures.fromValue);
  const to = show(figures.toValue);
  const exact = pct(check.exactPercent);
  const widened = !check.lowestPercent.eq(check.highestPercent);
  const low = pct(check.lowestPercent, 2);
  const high = pct(check.highestPercent, 2);
  const rangeZh = widened ? `(约数允许${low}至${high})` : '';
  const rangeEn = widened ? ` (the levels' qualifiers allow ${low} to ${high})` : '';
  const words = VERDICT_WORDS[verdict];
  const totals = numbers.comparison === 'period-totals';
  const totalsZh = totals ? '(两期合计之比,无年均增速)' : '';
  const totalsEn = totals ? ' (a change between two period totals; no annual rate)' : '';
  return {
    zh: `${name.zh}:${zhPeriod(fromPeriod)}${from}${unit.zh}至${zhPeriod(toPeriod)}${to}${unit.zh},实际变化${exact}${rangeZh}${totalsZh},所述${pct(statedPercent)}:${words.zh}。`,
    en: `${name.en}: ${enQty(from, unit)} (${fromPeriod}) to ${enQty(to, unit)} (${toPeriod}) is ${exact}${rangeEn}${totalsEn}; stated ${pct(statedPercent)}: ${words.en}.`,
  };
}
