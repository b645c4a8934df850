import {
  evaluateFormula,
  type FormulaInput,
  type FormulaValue,
  formulaInputs,
  sumFigures,
} from '../_internal/formula.js';
import { moreFinal } from '../_internal/observationStatus.js';
import { guarded, readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Area, Dataset, Indicator, Observation, Source } from '../models/types.js';
import { comparePeriods } from '../periods/comparePeriods.js';
import { getUnit } from '../units/getUnit.js';
import { checkDatasets } from './_checkDatasets.js';
import { aggregationOf } from './aggregationOf.js';

/**
 * Options of {@link rollUp}: the id and the area of the combined dataset.
 * @category Areas
 */
export interface RollUpOptions {
  /** The id of the new dataset (`lin-an-2022`). */
  readonly id: string;
  /** The larger area: its id and its name in Chinese and English. */
  readonly area: Area;
}

/**
 * A period of an indicator that is not rolled up because some areas have no figure for it.
 * @category Areas
 */
export interface IncompletePeriod {
  /** The indicator's id. */
  readonly indicator: string;
  /** The period. */
  readonly period: string;
  /** The ids of the areas without a figure (for a formula, without a figure of an input). */
  readonly missing: readonly string[];
}

/**
 * What {@link rollUp} returns.
 * @category Areas
 */
export interface RollUpResult {
  /** The combined area as a plain dataset (no plans, claims or projects). */
  readonly dataset: Dataset;
  /** Periods left out because some areas lack them, by indicator then period. */
  readonly incomplete: readonly IncompletePeriod[];
  /** Indicators not rolled up: aggregation `none`, or a formula whose inputs are not rolled up. */
  readonly skipped: readonly string[];
}

const ID = /^[a-z0-9]+(?:[-._][a-z0-9]+)*$/;

interface Entry {
  readonly indicator: Indicator;
  readonly area: string;
}

interface Figure extends FormulaValue {
  readonly quote: string;
}

/** Lists names up to a length, then the count of the rest. */
function nameList(names: readonly string[], separator: string, limit: number): string {
  let text = '';
  for (let index = 0; index < names.length; index++) {
    const next = `${text}${index === 0 ? '' : separator}${names[index]}`;
    if (next.length > limit) return `${text}${separator}… (+${names.length - index})`;
    text = next;
  }
  return text;
}

/**
 * Combines the datasets of several areas (towns) into one dataset of the larger area (a
 * district), as a statistics office would:
 * - indicators are matched by id (the first dataset's definition is kept); one whose units
 *   measure different things in two areas is an error naming both;
 * - `sum` indicators (see {@link aggregationOf}) are added exactly, each figure converted to
 *   the first definition's unit; a period is rolled up only where every area has a figure of
 *   it, else it is listed in `incomplete` with the areas missing, and no partial total is given;
 * - `formula` indicators are recomputed from the rolled-up inputs (per-capita income = Σ
 *   income / Σ population, never a mean of per-capita figures); `none` indicators are skipped;
 * - where an area has several figures for one period, its most final is used; a total's status
 *   is the least final of its parts, and it is approximate if any part is (see docs/methods.md);
 * - every figure cites one derived source, `<id>.roll-up`, that names the areas combined.
 * @param datasets - One dataset per area, areas distinct.
 * @param options - The new dataset's `id` and `area`.
 * @returns The combined dataset, the incomplete periods and the indicators skipped.
 * @throws {@link IndicatorError} `invalid-argument` for an empty list, two datasets of one
 * area or a bad `id`; `incompatible-units` naming both areas when an indicator's units differ
 * in kind; `non-positive-base` for a ratio over a zero total.
 * @example
 * ```ts
 * import { rollUp } from 'tianmu-indicators';
 * const source = { document: 'report', section: '2022', quote: '规上工业总产值' };
 * const town = (id: string, value: string, unit: string) => ({
 *   id, area: { id, name: { zh: id, en: id } }, claims: [], plans: [], projects: [],
 *   sources: [{ id: 'report', title: { zh: '报告', en: 'Report' }, issuer: { zh: id, en: id } }],
 *   indicators: [{ id: 'output', name: { zh: '规上工业总产值', en: 'Industrial output' },
 *     unit: 'yi-yuan', direction: 'increase', measure: 'flow', sector: 'industry',
 *     attribute: 'anticipatory' }],
 *   observations: [{ indicator: 'output', period: '2022', value, unit, status: 'actual',
 *     qualifier: null, source }],
 * }) as const;
 * const { dataset } = rollUp(
 *   [town('a', '8.2', 'yi-yuan'), town('b', '5000', 'wan-yuan'), town('c', '12.5', 'yi-yuan')],
 *   { id: 'district', area: { id: 'district', name: { zh: '区', en: 'District' } } },
 * );
 * dataset.observations[0]?.value;
 * // => '21.2'
 * ```
 * @category Areas
 */
export function rollUp(datasets: readonly Dataset[], options: RollUpOptions): RollUpResult {
  datasets = readPlain(datasets, 'datasets') as readonly Dataset[];
  options = readPlain(options, 'options') as RollUpOptions;
  return guarded('datasets', () => rollUpChecked(datasets, options), 'invalid-dataset');
}

function rollUpChecked(datasets: readonly Dataset[], options: RollUpOptions): RollUpResult {
  checkDatasets(datasets);
  if (typeof options?.id !== 'string' || !ID.test(options.id)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.id',
      value: (options as { id?: unknown } | null)?.id,
      reason: 'expected a lower-case id such as "lin-an"',
    });
  }
  const area = options.area;
  if (
    typeof area?.id !== 'string' ||
    !ID.test(area.id) ||
    typeof area.name?.zh !== 'string' ||
    typeof area.name.en !== 'string'
  ) {
    throw new IndicatorError('invalid-argument', {
      field: 'options.area',
      value: area,
      reason: 'expected { id, name: { zh, en } }',
    });
  }
  const areaIds = datasets.map((dataset) => dataset.area.id);

  // Indicators by id, checked for one dimension across areas.
  const entries = new Map<string, Entry>();
  for (const dataset of datasets) {
    for (const indicator of dataset.indicators) {
      const first = entries.get(indicator.id);
      if (first === undefined) {
        entries.set(indicator.id, { indicator, area: dataset.area.id });
      } else if (getUnit(first.indicator.unit).dimension !== getUnit(indicator.unit).dimension) {
        throw new IndicatorError('incompatible-units', {
          field: `indicators.${indicator.id}`,
          value: indicator.unit,
          from: first.indicator.unit,
          to: indicator.unit,
          areas: [first.area, dataset.area.id],
          reason: `${first.area} measures it in ${first.indicator.unit}, ${dataset.area.id} in ${indicator.unit}`,
        });
      }
    }
  }

  // Each area's most final figure per indicator and period, and the sums of complete periods.
  const perArea: Map<string, Map<string, Observation>>[] = [];
  const ownUnits: Map<string, string>[] = [];
  const periods = new Map<string, Set<string>>();
  for (const dataset of datasets) {
    const best = new Map<string, Map<string, Observation>>();
    for (const observation of dataset.observations) {
      let byPeriod = best.get(observation.indicator);
      if (byPeriod === undefined) {
        byPeriod = new Map();
        best.set(observation.indicator, byPeriod);
      }
      const held = byPeriod.get(observation.period);
      if (held === undefined || moreFinal(observation.status, held.status))
        byPeriod.set(observation.period, observation);
      const set = periods.get(observation.indicator);
      if (set === undefined) periods.set(observation.indicator, new Set([observation.period]));
      else set.add(observation.period);
    }
    perArea.push(best);
    ownUnits.push(new Map(dataset.indicators.map((indicator) => [indicator.id, indicator.unit])));
  }

  const figures = new Map<string, Map<string, Figure>>();
  const incomplete = new Map<string, Map<string, readonly string[]>>();
  const sumQuote = `Σ ${datasets.length} areas / ${datasets.length}个地区合计`;
  for (const [id, entry] of entries) {
    if (aggregationOf(entry.indicator) !== 'sum') continue;
    const byPeriod = new Map<string, Figure>();
    const gaps = new Map<string, readonly string[]>();
    const sorted = [...(periods.get(id) ?? [])].sort(comparePeriods);
    const ofAreas = perArea.map((best) => best.get(id));
    for (const period of sorted) {
      const missing: string[] = [];
      const parts: FormulaInput[] = [];
      for (let index = 0; index < datasets.length; index++) {
        const observation = ofAreas[index]?.get(period);
        if (observation === undefined) {
          missing.push((datasets[index] as Dataset).area.id);
          continue;
        }
        parts.push({
          value: observation.value,
          unit: observation.unit ?? ((ownUnits[index] as Map<string, string>).get(id) as string),
          status: observation.status,
          qualifier: observation.qualifier,
        });
      }
      if (missing.length > 0) {
        gaps.set(period, missing);
        continue;
      }
      byPeriod.set(period, { ...sumFigures(entry.indicator, parts), quote: sumQuote });
    }
    figures.set(id, byPeriod);
    incomplete.set(id, gaps);
  }

  // Formula indicators, each after its inputs.
  const skipped: string[] = [];
  const visiting = new Set<string>();
  const resolve = (id: string): boolean => {
    if (figures.has(id)) return true;
    const entry = entries.get(id);
    if (entry === undefined || aggregationOf(entry.indicator) !== 'formula') return false;
    const formula = entry.indicator.formula;
    if (formula === undefined) {
      throw new IndicatorError('invalid-argument', {
        field: `indicators.${id}.aggregation`,
        value: 'formula',
        reason: 'the indicator has no formula to recompute it by',
      });
    }
    if (visiting.has(id)) {
      throw new IndicatorError('invalid-argument', {
        field: `indicators.${id}.formula`,
        value: id,
        reason: 'the formula refers back to itself',
      });
    }
    visiting.add(id);
    const inputs = formulaInputs(formula);
    const ready = inputs.map(resolve).every(Boolean);
    visiting.delete(id);
    if (!ready) return false;
    const candidates = new Set<string>();
    for (const input of inputs) {
      for (const period of (figures.get(input) as Map<string, Figure>).keys())
        candidates.add(period);
      for (const period of (incomplete.get(input) as Map<string, readonly string[]>).keys())
        candidates.add(period);
    }
    const byPeriod = new Map<string, Figure>();
    const gaps = new Map<string, readonly string[]>();
    const quote =
      formula.op === 'sum'
        ? `${formula.of.join(' + ')}`
        : `${formula.numerator} / ${formula.denominator} × ${formula.multiplier}`;
    for (const period of [...candidates].sort(comparePeriods)) {
      const values: FormulaInput[] = [];
      const missing = new Set<string>();
      for (const input of inputs) {
        const figure = (figures.get(input) as Map<string, Figure>).get(period);
        if (figure !== undefined) values.push(figure);
        else
          for (const areaId of (incomplete.get(input) as Map<string, readonly string[]>).get(
            period,
          ) ?? areaIds)
            missing.add(areaId);
      }
      if (missing.size > 0) {
        gaps.set(
          period,
          areaIds.filter((areaId) => missing.has(areaId)),
        );
        continue;
      }
      const value = evaluateFormula(entry.indicator, formula, values);
      if (value === null) {
        const denominator = values[1] as FormulaInput;
        throw new IndicatorError('non-positive-base', {
          field: `${entry.indicator.id}: ${inputs[1]}`,
          value: denominator.value.toString(),
          reason: 'a ratio has no value over a denominator of zero',
        });
      }
      byPeriod.set(period, { ...value, quote: `${entry.indicator.id} = ${quote}` });
    }
    figures.set(id, byPeriod);
    incomplete.set(id, gaps);
    return true;
  };

  const indicators: Indicator[] = [];
  const observations: Observation[] = [];
  const gapsOut: IncompletePeriod[] = [];
  const sourceId = `${options.id}.roll-up`;
  for (const [id, entry] of entries) {
    if (!resolve(id)) {
      skipped.push(id);
      continue;
    }
    indicators.push(structuredClone(entry.indicator));
    for (const [period, figure] of figures.get(id) as Map<string, Figure>) {
      observations.push({
        indicator: id,
        period,
        value: figure.value.toString(),
        status: figure.status,
        qualifier: figure.qualifier,
        source: { document: sourceId, section: period, quote: figure.quote },
      });
    }
    for (const [period, missing] of incomplete.get(id) as Map<string, readonly string[]>) {
      gapsOut.push({ indicator: id, period, missing: [...missing] });
    }
  }

  const zhNames = nameList(
    datasets.map((dataset) => dataset.area.name.zh),
    '、',
    1800,
  );
  const enNames = nameList(
    datasets.map((dataset) => dataset.area.name.en),
    ', ',
    1800,
  );
  const source: Source = {
    id: sourceId,
    title: {
      zh: `${area.name.zh}汇总(${datasets.length}个地区:${zhNames})`,
      en: `${area.name.en} roll-up of ${datasets.length} areas: ${enNames}`,
    },
    issuer: { zh: area.name.zh, en: area.name.en },
  };
  return {
    dataset: {
      id: options.id,
      area: { id: area.id, name: { zh: area.name.zh, en: area.name.en } },
      sources: [source],
      indicators,
      observations,
      claims: [],
      plans: [],
      projects: [],
    },
    incomplete: gapsOut,
    skipped,
  };
}
