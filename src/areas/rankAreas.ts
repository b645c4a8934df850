import { toBase } from '../_internal/formula.js';
import { moreFinal } from '../_internal/observationStatus.js';
import { guarded, readOptions, readPlain } from '../_internal/plain.js';
import { assessTarget } from '../attainment/assessTarget.js';
import { Decimal } from '../decimal/Decimal.js';
import { roundResult } from '../decimal/guardPrecision.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { requiredAnnualRate } from '../growth/requiredAnnualRate.js';
import type { Area, Dataset, Indicator, Observation } from '../models/types.js';
import { formatPeriod } from '../periods/formatPeriod.js';
import { periodEnd } from '../periods/periodEnd.js';
import { samePeriodLastYear } from '../periods/samePeriodLastYear.js';
import { toDateString } from '../periods/toDateString.js';
import { yearsBetween } from '../periods/yearsBetween.js';
import { getUnit } from '../units/getUnit.js';
import { checkDatasets } from './_checkDatasets.js';

/**
 * What areas are ranked by: `value` (the figure of the period), `growth` (同比 against the same
 * period a year before, or the average annual growth from `from`), or `completion` (完成率 of
 * the target named by `target`).
 * @category Areas
 */
export type RankBy = 'value' | 'growth' | 'completion';

/**
 * Options of {@link rankAreas}.
 * @category Areas
 */
export interface RankAreasOptions {
  /** The indicator's id (for `completion`, the target's indicator, used for its direction). */
  readonly indicator: string;
  /** The period of the figure (for `completion`, the as-of period: its last day). */
  readonly period: string;
  /** `value` (the default), `growth` or `completion`. */
  readonly by?: RankBy;
  /** For `growth`: the base period of an average annual rate; the same period a year before by default. */
  readonly from?: string;
  /** For `completion`: the id of the target in each area's plans. */
  readonly target?: string;
  /**
   * `descending` (higher first) or `ascending`; by default from the indicator's direction
   * (`decrease` ascending for `value` and `growth`), always `descending` for `completion`.
   */
  readonly order?: 'descending' | 'ascending';
}

/**
 * Why an area has no place in a ranking: no figure for the period (`no-figure`), no usable
 * base for growth (`no-base`: missing, zero or of the other sign), or its target cannot be
 * assessed or is not in its plans (`no-completion`).
 * @category Areas
 */
export type UnrankedReason = 'no-figure' | 'no-base' | 'no-completion';

/**
 * One area's place in a ranking.
 * @category Areas
 */
export interface RankedArea {
  /** The area. */
  readonly area: Area;
  /** Standard competition rank (1, 2, 2, 4); `null` when the area has no figure. */
  readonly rank: number | null;
  /**
   * The figure ranked: the value in `unit`, a growth rate as a fraction, or a completion ratio;
   * `null` when unranked.
   */
  readonly value: Decimal | null;
  /** Why the area is unranked; `null` when ranked. */
  readonly reason: UnrankedReason | null;
}

/**
 * What {@link rankAreas} returns.
 * @category Areas
 */
export interface RankAreasResult {
  /** What the areas are ranked by. */
  readonly by: RankBy;
  /** The indicator's id. */
  readonly indicator: string;
  /** The period. */
  readonly period: string;
  /** The base period of a growth ranking; `null` otherwise. */
  readonly from: string | null;
  /** The unit of the values of a `value` ranking; `null` for rates and completion ratios. */
  readonly unit: string | null;
  /** The order applied: `descending` puts the highest first. */
  readonly order: 'descending' | 'ascending';
  /** Ranked areas best first (ties in input order), then the unranked in input order. */
  readonly areas: readonly RankedArea[];
}

function bestFigure(dataset: Dataset, indicator: string, period: string): Observation | undefined {
  let best: Observation | undefined;
  for (const observation of dataset.observations) {
    if (observation.indicator !== indicator || observation.period !== period) continue;
    if (best === undefined || moreFinal(observation.status, best.status)) best = observation;
  }
  return best;
}

type Figure = { value: Decimal; exact: Decimal } | UnrankedReason;

/**
 * Ranks areas (towns) by an indicator (排名, 比学赶超): by the value of a period, its growth, or
 * the completion of a target. Standard competition ranking (1, 2, 2, 4) on exact decimals:
 * two areas tie only when their figures are equal to the last digit. Direction-aware: a
 * `decrease` indicator ranks its lowest value (or growth) first. Values are compared exactly in
 * the base unit, so 5000万元 and 0.5亿元 tie. Areas without the figure are listed last, unranked.
 * @param datasets - One dataset per area.
 * @param options - The indicator, the period, and what to rank by.
 * @returns The ranking, best first.
 * @throws {@link IndicatorError} `invalid-argument` for options that are not an object, an
 * unknown `by`, a `completion` ranking without `target`, or a `neutral` indicator without
 * `order`; `not-found` when no area defines the indicator; `invalid-period` for a bad period;
 * `invalid-number` for a growth beyond the accepted range (1e±1000), as `requiredAnnualRate`.
 * @example
 * ```ts
 * import { rankAreas } from 'tianmu-indicators';
 * const source = { document: 'report', section: '2022', quote: '产值' };
 * const town = (id: string, value: string) => ({
 *   id, area: { id, name: { zh: id, en: id } }, sources: [], claims: [], plans: [], projects: [],
 *   indicators: [{ id: 'output', name: { zh: '产值', en: 'Output' }, unit: 'yi-yuan',
 *     direction: 'increase', measure: 'flow', sector: 'industry', attribute: 'anticipatory' }],
 *   observations: [{ indicator: 'output', period: '2022', value, status: 'actual',
 *     qualifier: null, source }],
 * }) as const;
 * const ranking = rankAreas([town('a', '5'), town('b', '7'), town('c', '7'), town('d', '3')],
 *   { indicator: 'output', period: '2022' });
 * ranking.areas.map((row) => `${row.area.id}:${row.rank}`);
 * // => ['b:1', 'c:1', 'a:3', 'd:4']
 * ```
 * @category Areas
 */
export function rankAreas(
  datasets: readonly Dataset[],
  options: RankAreasOptions,
): RankAreasResult {
  datasets = readPlain(datasets, 'datasets') as readonly Dataset[];
  options = readOptions<RankAreasOptions>(options);
  return guarded('datasets', () => rankAreasChecked(datasets, options), 'invalid-dataset');
}

function rankAreasChecked(
  datasets: readonly Dataset[],
  options: RankAreasOptions,
): RankAreasResult {
  checkDatasets(datasets);
  const by = options.by ?? 'value';
  if (by !== 'value' && by !== 'growth' && by !== 'completion') {
    throw new IndicatorError('invalid-argument', {
      field: 'by',
      value: by,
      reason: 'expected value, growth or completion',
    });
  }
  const { indicator: indicatorId, period } = options;
  formatPeriod(period);
  let definition: Indicator | undefined;
  for (const dataset of datasets) {
    definition = dataset.indicators.find((candidate) => candidate.id === indicatorId);
    if (definition !== undefined) break;
  }
  if (definition === undefined) {
    throw new IndicatorError('not-found', {
      field: 'indicator',
      value: indicatorId,
      reason: 'no dataset defines this indicator',
    });
  }
  if (by === 'completion' && typeof options.target !== 'string') {
    throw new IndicatorError('invalid-argument', {
      field: 'target',
      value: options.target,
      reason: 'a completion ranking needs the id of a target',
    });
  }
  let order = options.order;
  if (order === undefined) {
    if (by === 'completion' || definition.direction === 'increase') order = 'descending';
    else if (definition.direction === 'decrease') order = 'ascending';
    else {
      throw new IndicatorError('invalid-argument', {
        field: 'order',
        value: definition.direction,
        reason: `indicator ${indicatorId} is neutral: say which order ranks it (descending or ascending)`,
      });
    }
  }
  const from = by === 'growth' ? formatPeriod(options.from ?? samePeriodLastYear(period)) : null;
  const unit = by === 'value' ? definition.unit : null;

  const figureOf = (dataset: Dataset): Figure => {
    const own = dataset.indicators.find((candidate) => candidate.id === indicatorId);
    const ownUnit = own?.unit ?? definition.unit;
    const latest = bestFigure(dataset, indicatorId, period);
    switch (by) {
      case 'value': {
        if (latest === undefined) return 'no-figure';
        const exact = toBase(latest.value, latest.unit ?? ownUnit);
        return {
          exact,
          value: roundResult(new Decimal(exact).div(getUnit(definition.unit).factor)),
        };
      }
      case 'growth': {
        if (latest === undefined) return 'no-figure';
        const base = bestFigure(dataset, indicatorId, from as string);
        if (base === undefined) {
          if (options.from === undefined && latest.yearOverYearPercent !== undefined) {
            const rate = new Decimal(latest.yearOverYearPercent).div(100);
            return { exact: rate, value: rate };
          }
          return 'no-base';
        }
        const a = toBase(latest.value, latest.unit ?? ownUnit);
        const b = toBase(base.value, base.unit ?? ownUnit);
        if (b.lte(0) || a.lt(0)) return 'no-base';
        const years = yearsBetween(from as string, period);
        const rate = requiredAnnualRate(new Decimal(b), new Decimal(a), years);
        return { exact: rate, value: rate };
      }
      case 'completion': {
        for (const plan of dataset.plans) {
          const target = plan.targets.find((candidate) => candidate.id === options.target);
          if (target === undefined) continue;
          const assessment = assessTarget(
            target,
            {
              ...(own === undefined ? {} : { indicator: own }),
              observations: dataset.observations,
              plan,
            },
            { asOf: toDateString(periodEnd(period)) },
          );
          const completion =
            assessment.completion.level ??
            assessment.completion.growth ??
            assessment.completion.increment;
          if (completion === null) return 'no-completion';
          return { exact: completion, value: completion };
        }
        return 'no-completion';
      }
      default: {
        const unknown: never = by;
        return unknown;
      }
    }
  };

  const rows = datasets.map((dataset) => ({ dataset, figure: figureOf(dataset) }));
  const ranked = rows.filter(
    (row): row is typeof row & { figure: { value: Decimal; exact: Decimal } } =>
      typeof row.figure !== 'string',
  );
  const sign = order === 'descending' ? -1 : 1;
  // A stable sort: ties keep the order given.
  ranked.sort((a, b) => sign * a.figure.exact.cmp(b.figure.exact));
  const areas: RankedArea[] = [];
  ranked.forEach((row, position) => {
    const previous = ranked[position - 1];
    const rank = previous?.figure.exact.eq(row.figure.exact)
      ? (areas[position - 1] as RankedArea).rank
      : position + 1;
    areas.push({ area: copyArea(row.dataset.area), rank, value: row.figure.value, reason: null });
  });
  for (const row of rows) {
    if (typeof row.figure === 'string')
      areas.push({ area: copyArea(row.dataset.area), rank: null, value: null, reason: row.figure });
  }
  return { by, indicator: indicatorId, period, from, unit, order, areas };
}

function copyArea(area: Area): Area {
  return { id: area.id, name: { zh: area.name.zh, en: area.name.en } };
}
