/**
 * The `rate-alignment` check: each multi-year annual rate (a growth target over several years,
 * or the rate stated beside a level target) against the one-year growth targets of the same
 * indicator within its span. Private to the audit layer.
 */
import type { Decimal } from '../decimal/Decimal.js';
import { percent } from '../decimal/percent.js';
import { toDecimal } from '../decimal/toDecimal.js';
import { projectValue, requiredAnnualRate } from '../growth/index.js';
import type { Comparator, Plan, Target } from '../models/types.js';
import { formatPeriod, periodEnd, yearsBetween } from '../periods/index.js';
import type { AuditContext } from './_context.js';
import { pct, signed } from './_format.js';
import { basePeriodOf } from './_levelRates.js';
import { VERDICT_WORDS, withinRange, zhPeriod } from './_rounding.js';
import type { RateAlignmentFinding, RateAlignmentNumbers } from './rateFindings.js';
import type { AuditMessage, AuditReason, AuditVerdict } from './types.js';

/** An annual rate a plan states, with the span it runs over. */
interface RateStatement {
  readonly target: Target;
  readonly indicator: string;
  readonly basePeriod: string;
  readonly period: string;
  readonly years: Decimal;
  readonly percent: Decimal;
  readonly comparator: Comparator;
}

/** Every annual rate the plans state: growth targets, and rates beside level targets. */
function rateStatements(plans: readonly Plan[]): RateStatement[] {
  const statements: RateStatement[] = [];
  for (const plan of plans) {
    for (const target of plan.targets) {
      let basePeriod: string;
      let stated: string;
      if (target.kind === 'growth') {
        basePeriod = formatPeriod(target.basePeriod);
        stated = target.annualGrowthPercent;
      } else if (target.kind === 'level' && target.annualGrowthPercent !== undefined) {
        basePeriod = basePeriodOf(target, plan);
        stated = target.annualGrowthPercent;
      } else {
        continue;
      }
      const period = formatPeriod(target.period);
      statements.push({
        target,
        indicator: target.indicator,
        basePeriod,
        period,
        years: yearsBetween(basePeriod, period),
        percent: toDecimal(stated, 'annualGrowthPercent'),
        comparator: target.comparator,
      });
    }
  }
  return statements;
}

/**
 * One finding per pair of a multi-year rate and a one-year rate of the same indicator whose
 * year lies within the multi-year span; a multi-year rate without one gets an `unverifiable`
 * finding.
 */
export function checkRateAlignment(context: AuditContext): RateAlignmentFinding[] {
  const statements = rateStatements(context.dataset.plans);
  const annual = statements.filter((statement) => statement.years.eq(1));
  const findings: RateAlignmentFinding[] = [];
  for (const long of statements) {
    if (!long.years.gt(1)) continue;
    const spanStart = periodEnd(long.basePeriod).getTime();
    const spanEnd = periodEnd(long.period).getTime();
    const within = annual.filter((one) => {
      const end = periodEnd(one.period).getTime();
      return one.indicator === long.indicator && end > spanStart && end <= spanEnd;
    });
    if (within.length === 0) {
      findings.push(unmatched(context, long));
      continue;
    }
    for (const one of within) findings.push(compare(context, long, one));
  }
  return findings;
}

function baseNumbers(long: RateStatement): RateAlignmentNumbers {
  return {
    longTermAnnualPercent: long.percent,
    longTermBasePeriod: long.basePeriod,
    longTermPeriod: long.period,
    years: long.years,
  };
}

function nameOf(context: AuditContext, indicator: string): { zh: string; en: string } {
  return context.indicators.get(indicator)?.name ?? { zh: indicator, en: indicator };
}

function unmatched(context: AuditContext, long: RateStatement): RateAlignmentFinding {
  const name = nameOf(context, long.indicator);
  const rate = pct(long.percent);
  return {
    id: `rate-alignment:${long.target.id}`,
    check: 'rate-alignment',
    subject: [long.target.id, long.indicator],
    verdict: 'unverifiable',
    reason: 'no-annual-target',
    numbers: baseNumbers(long),
    message: {
      zh: `${name.zh}:${zhPeriod(long.basePeriod)}至${zhPeriod(long.period)}年均增长${rate},期内无年度增速目标可比,无法核实。`,
      en: `${name.en}: ${rate} a year from ${long.basePeriod} to ${long.period}; no one-year growth target within the span to compare: unverifiable.`,
    },
  };
}

function compare(
  context: AuditContext,
  long: RateStatement,
  one: RateStatement,
): RateAlignmentFinding {
  const name = nameOf(context, long.indicator);
  const numbers: RateAlignmentNumbers = {
    ...baseNumbers(long),
    annualPercent: one.percent,
    annualPeriod: one.period,
    differencePoints: one.percent.minus(long.percent),
  };
  const finish = (
    verdict: AuditVerdict,
    reason: AuditReason | null,
    figures: RateAlignmentNumbers,
    message: AuditMessage,
  ): RateAlignmentFinding => ({
    id: `rate-alignment:${long.target.id}:${one.target.id}`,
    check: 'rate-alignment',
    subject: [long.target.id, one.target.id, long.indicator],
    verdict,
    reason,
    numbers: figures,
    message,
  });
  const longRate = pct(long.percent);
  const oneRate = pct(one.percent);
  if (!long.percent.gt(-100) || !one.percent.gt(-100)) {
    return finish('unverifiable', 'invalid-rate', numbers, {
      zh: `${name.zh}:增速不高于-100%,无法核实。`,
      en: `${name.en}: a rate of −100% or below has no growth factor; unverifiable.`,
    });
  }
  // The other years' average if the one year grows exactly at its rate.
  const remaining = withinRange(() =>
    requiredAnnualRate(
      percent(one.percent).plus(1),
      projectValue(1, percent(long.percent), long.years),
      long.years.minus(1),
    ).times(100),
  );
  const figures: RateAlignmentNumbers =
    remaining === null ? numbers : { ...numbers, remainingAnnualPercent: remaining };
  // An at-least goal is kept on course by a first year at or above its average; an at-most
  // goal by one at or below it.
  const fits =
    long.comparator === 'at-most' ? one.percent.lte(long.percent) : one.percent.gte(long.percent);
  const verdict: AuditVerdict = fits ? 'consistent' : 'inconsistent';
  const words = VERDICT_WORDS[verdict];
  const rest =
    remaining === null
      ? { zh: '', en: '' }
      : {
          zh: `,其余年份需年均${pct(remaining)}`,
          en: `; the other years then need ${pct(remaining)} a year`,
        };
  const difference = signed(one.percent.minus(long.percent));
  return finish(verdict, null, figures, {
    zh: `${name.zh}:${zhPeriod(one.period)}目标增长${oneRate},${zhPeriod(long.basePeriod)}至${zhPeriod(long.period)}年均${longRate}(差${difference}个百分点)${rest.zh}:${words.zh}。`,
    en: `${name.en}: ${oneRate} for ${one.period} against ${longRate} a year from ${long.basePeriod} to ${long.period} (${difference} pp)${rest.en}: ${words.en}.`,
  });
}
