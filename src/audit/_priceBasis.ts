/**
 * The `price-basis` check: a growth stated at comparable prices (可比价) set beside the levels,
 * which are at current prices. The two measure different things, so the finding is
 * `unverifiable`, never `inconsistent`; it gives the nominal rate the levels show and the price
 * change the two imply. Private to the audit layer.
 */
import type { Decimal } from '../decimal/Decimal.js';
import { GuardDecimal, roundResult } from '../decimal/guardPrecision.js';
import { toDecimal } from '../decimal/toDecimal.js';
import type { Claim } from '../models/types.js';
import { annualPercent, claimLevels } from './_annualClaims.js';
import { betweenPeriodTotals } from './_claims.js';
import { type AuditContext, observedValue } from './_context.js';
import { pct, quantity } from './_format.js';
import { zhPeriod } from './_rounding.js';
import type { PriceBasisFinding, PriceBasisNumbers } from './priceBasisFinding.js';
import type { AuditMessage, AuditReason } from './types.js';

/** One finding per claim at comparable prices. */
export function checkPriceBases(context: AuditContext): PriceBasisFinding[] {
  return context.dataset.claims
    .filter((claim) => claim.priceBasis === 'comparable')
    .map((claim) => checkPriceBasis(context, claim));
}

/** `(1 + nominal) / (1 + real) − 1`, all in percent, 34 digits. */
function priceChange(nominalPercent: Decimal, realPercent: Decimal): Decimal {
  return roundResult(
    new GuardDecimal(nominalPercent).plus(100).div(realPercent.plus(100)).minus(1).times(100),
  );
}

function checkPriceBasis(context: AuditContext, claim: Claim): PriceBasisFinding {
  const levels = claimLevels(context, claim);
  const { indicator, fromPeriod, toPeriod, years } = levels;
  const annual = claim.statedAnnualPercent !== undefined;
  const statedText = (claim.statedAnnualPercent ?? claim.statedPercent) as string;
  const stated = toDecimal(statedText, annual ? 'statedAnnualPercent' : 'statedPercent');
  const base: PriceBasisNumbers = {
    fromPeriod,
    toPeriod,
    unit: indicator?.unit ?? '',
    years,
    ...(annual ? { statedAnnualPercent: stated } : { statedPercent: stated }),
  };
  const finish = (
    reason: AuditReason,
    numbers: PriceBasisNumbers,
    message: AuditMessage,
  ): PriceBasisFinding => ({
    id: `price-basis:${claim.id}`,
    check: 'price-basis',
    subject: [claim.id, claim.indicator],
    verdict: 'unverifiable',
    reason,
    numbers,
    message,
  });
  const statedZh = `${annual ? '年均' : ''}按可比价${pct(stated)}`;
  const statedEn = `${pct(stated)}${annual ? ' a year' : ''} at comparable prices`;
  if (indicator === undefined) {
    return finish('unknown-indicator', base, {
      zh: `说法${claim.id}所指指标${claim.indicator}不在数据集中,无法核实。`,
      en: `Claim ${claim.id} names indicator ${claim.indicator}, which the dataset does not hold: unverifiable.`,
    });
  }
  const name = indicator.name;
  if (levels.from === undefined || levels.to === undefined) {
    return finish(
      'missing-level',
      { ...base, missingPeriods: levels.missing },
      {
        zh: `${name.zh}:缺少${levels.missing}的观测值,所述${statedZh}无法核实。`,
        en: `${name.en}: no observation for ${levels.missing}, so the stated ${statedEn} is unverifiable.`,
      },
    );
  }
  const fromValue = observedValue(levels.from, indicator.unit);
  const toValue = observedValue(levels.to, indicator.unit);
  const from = quantity(fromValue, indicator.unit);
  const to = quantity(toValue, indicator.unit);
  const span = {
    zh: `${zhPeriod(fromPeriod)}${from.zh}至${zhPeriod(toPeriod)}${to.zh}`,
    en: `${from.en} (${fromPeriod}) to ${to.en} (${toPeriod})`,
  };
  if (!fromValue.gt(0)) {
    return finish(
      'non-positive-base',
      { ...base, fromValue, toValue },
      {
        zh: `${name.zh}:${span.zh},基数不为正,无从比较所述${statedZh}。`,
        en: `${name.en}: ${span.en} starts from a base that is not positive; the stated ${statedEn} cannot be compared.`,
      },
    );
  }
  const nominalPercent = roundResult(new GuardDecimal(toValue).div(fromValue).minus(1).times(100));
  const totals = betweenPeriodTotals(fromPeriod, toPeriod);
  const nominalAnnual = totals ? null : annualPercent(fromValue, toValue, years);
  if (annual && nominalAnnual === null) {
    const reason: AuditReason = totals ? 'period-totals' : 'sign-change';
    return finish(
      reason,
      { ...base, fromValue, toValue, nominalPercent },
      {
        zh: `${name.zh}:${span.zh}${totals ? '为两期合计,' : ''}没有年均增速可比,所述${statedZh}无法核实。`,
        en: `${name.en}: ${span.en}${totals ? ' are two period totals and' : ''} give no annual rate to compare; the stated ${statedEn} is unverifiable.`,
      },
    );
  }
  const nominalShown = (annual ? nominalAnnual : nominalPercent) as Decimal;
  // The span's change straight from the levels, so that it is rounded once.
  const implied = annual
    ? priceChange(nominalShown, stated)
    : roundResult(
        new GuardDecimal(toValue)
          .div(fromValue)
          .times(100)
          .div(stated.plus(100))
          .minus(1)
          .times(100),
      );
  const numbers: PriceBasisNumbers = {
    ...base,
    fromValue,
    toValue,
    nominalPercent,
    ...(nominalAnnual === null ? {} : { nominalAnnualPercent: nominalAnnual }),
    impliedPriceChangePercent: implied,
  };
  const per = annual ? { zh: '年均', en: ' a year' } : { zh: '', en: '' };
  return finish('price-basis', numbers, {
    zh: `${name.zh}:${span.zh}按现价${per.zh}增长${pct(nominalShown)},所述${statedZh}为实际增速,不能用现价水平核实;两者相差即价格${per.zh}变动${pct(implied)}。`,
    en: `${name.en}: ${span.en} is ${pct(nominalShown)}${per.en} at current prices; the stated ${statedEn} is a real growth that current-price levels cannot verify; together they imply prices changing ${pct(implied)}${per.en}.`,
  });
}
