import { guarded, readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset } from '../models/types.js';
import { checkAnnualClaims } from './_annualClaims.js';
import { checkClaims } from './_claims.js';
import { checkComponentsGrowth } from './_componentsGrowth.js';
import { checkComponentsSums } from './_componentsSum.js';
import { buildContext } from './_context.js';
import { checkCumulativePace } from './_cumulativePace.js';
import { checkCumulativeShares } from './_cumulativeShare.js';
import { checkLevelRates } from './_levelRates.js';
import { checkPriceBases } from './_priceBasis.js';
import { checkRateAlignment } from './_rateAlignment.js';
import { checkStatedGrowth } from './_statedGrowth.js';
import type { AuditCheck, AuditFinding, AuditVerdict } from './types.js';

/**
 * Options of {@link auditDataset}.
 *
 * @category Audit
 */
export interface AuditDatasetOptions {
  /** The checks to run, in any order; all of them by default. */
  readonly checks?: readonly AuditCheck[];
  /**
   * Indicators whose observations also count for a cumulative target on another, keyed by the
   * target's indicator (`{ 'precious-tree-afforestation': ['colourful-precious-trees-planted'] }`).
   * For a period both hold, the target's own indicator wins. None by default: the audit never
   * equates two indicators by itself.
   */
  readonly indicatorMatches?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The result of {@link auditDataset}: every finding, and how many there are of each verdict.
 *
 * @category Audit
 */
export interface AuditDatasetResult {
  /**
   * The findings, check by check (`claim`, `level-rate`, `rate-alignment`, `cumulative-pace`,
   * `cumulative-share`, `stated-growth`, `components-sum`, `components-growth`, `annual-claim`,
   * `price-basis`), each in the dataset's order.
   */
  readonly findings: AuditFinding[];
  /** The number of findings of each verdict; every verdict is present. */
  readonly counts: Record<AuditVerdict, number>;
}

const ALL_CHECKS: readonly AuditCheck[] = [
  'claim',
  'level-rate',
  'rate-alignment',
  'cumulative-pace',
  'cumulative-share',
  'stated-growth',
  'components-sum',
  'components-growth',
  'annual-claim',
  'price-basis',
];

/**
 * Audits a dataset: checks every relation its figures state or imply, and reports each as
 * `consistent`, `inconsistent` or `unverifiable`, with the figures.
 *
 * - `claim`: each stated change (增长44.3%) against the observations of its indicator at its
 *   two periods (actual preferred to preliminary, estimated, forecast; values in the
 *   indicator's unit), by {@link checkStatedChange} as precisely as the statement is written,
 *   the observations' qualifiers (约4万) widening the levels. A missing level makes it
 *   `unverifiable`, with the level the claim implies from the other.
 * - `level-rate`: each level target with a stated annual rate (10.5亿元, 年均增长6%): the base
 *   they imply at the base period (the target's baseline, else the period before its plan),
 *   `T / (1 + g)^n`, with the band of bases whose rate rounds to the stated one. With an
 *   observed base it is `consistent` when the rate from that base rounds, half-up at the
 *   stated rate's decimals, to the stated rate. A level target without a stated rate but with
 *   an observed base reports the rate it needs (`unverifiable`, `no-stated-rate`).
 * - `rate-alignment`: each multi-year annual rate against each one-year growth target of the
 *   indicator within its span: `consistent` when the year's rate is at least the average
 *   (at most, for an `at-most` goal), with the rate the other years then need.
 * - `cumulative-pace`: each cumulative target with observations: inside the range, the share
 *   of the total done against the share of time elapsed (`consistent` when on or ahead of the
 *   straight line, `unverifiable` when a gap hides the rest); before the range, the latest
 *   pace beside the pace needed (`unverifiable`, `before-range`).
 * - `cumulative-share`: each observed total of a flow over a period against the observations
 *   inside it: the parts must fit within it, or add up to it when they cover it all.
 * - `stated-growth`: each observation that states its growth on the same period a year earlier
 *   (`yearOverYearPercent`) and whose base level is observed (the same days a year earlier,
 *   best status): the stated figure against the levels, by {@link checkStatedChange} as
 *   precisely as it is written. A growth stated at comparable prices is `unverifiable`
 *   (`price-basis`), with the growth at current prices for reference. Without the base
 *   level there is no finding: the stated figure is then the only word on the growth.
 * - `components-sum`: each observed total of a `sum` indicator against the sum of its parts at
 *   the same period, as precisely as the figures are written (31.88 = 17.2 + 14.68).
 * - `components-growth`: each stated growth of a `sum` indicator (a claim or an observation's
 *   同比) against `Σ level / Σ (level / (1 + g))` from its parts' levels and stated growths over
 *   the same span, widened by the parts' stated decimals.
 * - `annual-claim`: each stated 年均增长 against `(to / from)^(1/years) − 1`, rounded half-up to
 *   the stated decimals; between two multi-year totals there is no annual rate (`period-totals`).
 * - `price-basis`: each claim at comparable prices beside the current-price levels:
 *   `unverifiable` (`price-basis`), with the nominal rate and the implied price change
 *   `(1 + nominal) / (1 + real) − 1`. A level target whose `annualGrowthPercent` is at
 *   comparable prices gets the same treatment in `level-rate`.
 *
 * A claim between two multi-year totals (十一五 → 十二五) is checked as a change between two
 * period totals, without an annual rate.
 *
 * Not-computable cases are `unverifiable` findings with a `reason`, never errors or NaN; a
 * target with no figure to compare with gives no finding. The dataset is not changed.
 *
 * @param dataset - A dataset, as `parseDataset` returns it (it is not validated again).
 * @param options - The checks to run, and indicators that count for one another.
 * @returns A fresh {@link AuditDatasetResult}.
 * @throws {@link IndicatorError} `invalid-argument` when `dataset` lacks an array of
 * indicators, observations, claims or plans, an option is malformed, or
 * `indicatorMatches` pairs indicators of different dimensions; `invalid-period`,
 * `invalid-number` or `invalid-unit` for a record the schemas would have rejected.
 *
 * @example
 * ```ts
 * import { auditDataset, type ClaimFinding, type LevelRateFinding } from 'tianmu-indicators';
 * import { tianmushan } from 'tianmu-indicators/tianmushan';
 *
 * const audit = auditDataset(tianmushan);
 * audit.counts;
 * // => { consistent: 9, inconsistent: 0, unverifiable: 10 }
 *
 * // 农民人均收入从27720元增至约4万元,增长44.3%.
 * const claimId = 'claim:farmer-income-per-capita-growth-2016-2021';
 * const claim = audit.findings.find((f): f is ClaimFinding => f.id === claimId);
 * [claim?.verdict, claim?.numbers.exactPercent?.toFixed(4)];
 * // => ['consistent', '44.3001']
 *
 * // 到2026年规上工业总产值10.5亿元,年均增长6%: the 2021 base this implies.
 * const levelId = 'level-rate:term-2022-2026.industrial-output-above-size';
 * const level = audit.findings.find((f): f is LevelRateFinding => f.id === levelId);
 * [level?.verdict, level?.reason, level?.numbers.impliedBase?.toFixed(4)];
 * // => ['unverifiable', 'missing-base', '7.8462']
 *
 * auditDataset(tianmushan, { checks: ['rate-alignment'] }).counts;
 * // => { consistent: 5, inconsistent: 0, unverifiable: 0 }
 * ```
 *
 * @category Audit
 */
export function auditDataset(dataset: Dataset, options?: AuditDatasetOptions): AuditDatasetResult {
  // Read once into plain data: a getter or Proxy of the caller's cannot throw later.
  dataset = readPlain(dataset, 'dataset') as Dataset;
  options = readPlain(options, 'options') as AuditDatasetOptions;
  // An unvalidated dataset of another shape (a null where a record belongs) fails inside: that
  // is an invalid-dataset, never a raw TypeError.
  return guarded('dataset', () => auditDatasetChecked(dataset, options), 'invalid-dataset');
}

function auditDatasetChecked(dataset: Dataset, options?: AuditDatasetOptions): AuditDatasetResult {
  readDataset(dataset);
  const { checks, matches } = readOptions(options);
  const context = buildContext(dataset, matches);
  const findings: AuditFinding[] = [];
  if (checks.has('claim')) findings.push(...checkClaims(context));
  if (checks.has('level-rate')) findings.push(...checkLevelRates(context));
  if (checks.has('rate-alignment')) findings.push(...checkRateAlignment(context));
  if (checks.has('cumulative-pace')) findings.push(...checkCumulativePace(context));
  if (checks.has('cumulative-share')) findings.push(...checkCumulativeShares(context));
  if (checks.has('stated-growth')) findings.push(...checkStatedGrowth(context));
  if (checks.has('components-sum')) findings.push(...checkComponentsSums(context));
  if (checks.has('components-growth')) findings.push(...checkComponentsGrowth(context));
  if (checks.has('annual-claim')) findings.push(...checkAnnualClaims(context));
  if (checks.has('price-basis')) findings.push(...checkPriceBases(context));
  const counts: Record<AuditVerdict, number> = { consistent: 0, inconsistent: 0, unverifiable: 0 };
  for (const finding of findings) counts[finding.verdict] += 1;
  return { findings, counts };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readDataset(dataset: unknown): void {
  if (!isObject(dataset)) {
    throw new IndicatorError('invalid-argument', {
      field: 'dataset',
      value: dataset,
      reason: 'expected a dataset object',
    });
  }
  for (const key of ['indicators', 'observations', 'claims', 'plans'] as const) {
    if (!Array.isArray(dataset[key])) {
      throw new IndicatorError('invalid-argument', {
        field: `dataset.${key}`,
        value: dataset[key],
        reason: 'expected an array',
      });
    }
  }
}

function readOptions(options: unknown): {
  checks: ReadonlySet<AuditCheck>;
  matches: Readonly<Record<string, readonly string[]>>;
} {
  if (options === undefined) return { checks: new Set(ALL_CHECKS), matches: noMatches() };
  if (!isObject(options)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options',
      value: options,
      reason: 'expected an object',
    });
  }
  const { checks, indicatorMatches } = options;
  if (
    checks !== undefined &&
    !(Array.isArray(checks) && checks.every((check) => ALL_CHECKS.includes(check)))
  ) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.checks',
      value: checks,
      reason: `expected an array of ${ALL_CHECKS.map((check) => `'${check}'`).join(', ')}`,
    });
  }
  if (
    indicatorMatches !== undefined &&
    !(
      isObject(indicatorMatches) &&
      Object.values(indicatorMatches).every(
        (ids) => Array.isArray(ids) && ids.every((id) => typeof id === 'string'),
      )
    )
  ) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.indicatorMatches',
      value: indicatorMatches,
      reason: 'expected an object of indicator id arrays',
    });
  }
  return {
    checks: new Set((checks as readonly AuditCheck[] | undefined) ?? ALL_CHECKS),
    matches: Object.assign(
      noMatches(),
      (indicatorMatches as Record<string, readonly string[]> | undefined) ?? {},
    ),
  };
}

/** An empty map of matches without a prototype: an indicator named `constructor` finds none. */
function noMatches(): Record<string, readonly string[]> {
  return Object.create(null) as Record<string, readonly string[]>;
}
