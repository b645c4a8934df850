import { evaluateFormula, formulaInputs } from '../_internal/formula.js';
import { moreFinal } from '../_internal/observationStatus.js';
import { guarded, readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset, Formula, Indicator, Observation } from '../models/types.js';
import { formatPeriod, periodEnd, periodStart } from '../periods/index.js';
import type { DerivedInput, DerivedObservation } from './types.js';

/**
 * Computes the observations of every derived indicator (one with a `formula`) at every period
 * where each of its inputs has an observation for that same period.
 *
 * For each input and period the most final observation counts (actual, then preliminary,
 * estimated, forecast); an input that is itself derived counts with its stated observation when
 * it has one, else with its derived one. A derived figure's status is the least final of its
 * inputs'; its qualifier is a sum's bound when a sum's inputs are bounds (14.68余 + 17.2 is
 * 31.88余), otherwise `approximately` when any input is qualified; `derivedFrom` lists the
 * observations used. A sum adds its inputs exactly in their base unit, a ratio (numerator /
 * denominator × multiplier) multiplies out the unit factors exactly; each is rounded once to 34
 * significant digits in the indicator's unit; a ratio
 * whose denominator is zero gives no figure. Stated observations of a derived indicator are not
 * replaced: both are returned by their own functions, and the audit compares them.
 *
 * @param dataset - A dataset, as `parseDataset` returns it (formulas checked, no cycles).
 * @returns Fresh derived observations, by indicator in the dataset's order, then by period.
 * @throws {@link IndicatorError} `invalid-argument` when `dataset` lacks an array of indicators
 * or observations; `invalid-dataset` when formulas form a cycle or name an unknown indicator;
 * `invalid-period`, `invalid-number`, `invalid-unit` or `incompatible-units` for a record the
 * schemas would have rejected; `invalid-number` for a figure beyond 1e±1000.
 *
 * @example
 * ```ts
 * import { deriveObservations } from 'tianmu-indicators';
 *
 * const cite = { document: 'r', section: '回顾', quote: '…' };
 * const indicator = (id: string, unit: string, extra = {}) => ({
 *   id, name: { zh: id, en: id }, unit, direction: 'increase' as const,
 *   measure: 'stock' as const, sector: 'economy', attribute: 'anticipatory' as const, ...extra,
 * });
 * const [perCapita] = deriveObservations({
 *   id: 'town',
 *   area: { id: 'town', name: { zh: '某镇', en: 'A town' } },
 *   sources: [],
 *   indicators: [
 *     indicator('income', '亿元'),
 *     indicator('population', '人'),
 *     indicator('income-per-capita', '元', {
 *       formula: { op: 'ratio', numerator: 'income', denominator: 'population', multiplier: '1' },
 *     }),
 *   ],
 *   observations: [
 *     { indicator: 'income', period: '2021', value: '9.4544', status: 'actual', qualifier: null, source: cite },
 *     { indicator: 'population', period: '2021', value: '40000', status: 'actual', qualifier: null, source: cite },
 *   ],
 *   claims: [], plans: [], projects: [],
 * });
 * [perCapita?.value, perCapita?.unit, perCapita?.derivedFrom.map((input) => input.indicator)];
 * // => ['23636', '元', ['income', 'population']]
 * ```
 *
 * @category Derivation
 */
export function deriveObservations(dataset: Dataset): DerivedObservation[] {
  dataset = readPlain(dataset, 'dataset') as Dataset;
  return guarded('dataset', () => deriveObservationsChecked(dataset), 'invalid-dataset');
}

function deriveObservationsChecked(dataset: Dataset): DerivedObservation[] {
  readDataset(dataset);
  const indicators = new Map(dataset.indicators.map((indicator) => [indicator.id, indicator]));
  const figures = new Map<string, Map<string, DerivedInput>>();
  for (const observation of dataset.observations) {
    const period = formatPeriod(observation.period);
    // No formula reads an indicator the dataset does not define (evaluationOrder refuses it).
    const indicator = indicators.get(observation.indicator);
    if (indicator === undefined) continue;
    let byPeriod = figures.get(observation.indicator);
    if (byPeriod === undefined) {
      byPeriod = new Map();
      figures.set(observation.indicator, byPeriod);
    }
    const current = byPeriod.get(period);
    if (current === undefined || moreFinal(observation.status, current.status)) {
      byPeriod.set(period, stated(observation, period, indicator));
    }
  }
  const derived = new Map<string, DerivedObservation[]>();
  for (const indicator of evaluationOrder(dataset.indicators, indicators)) {
    const formula = indicator.formula as Formula;
    const inputs = formulaInputs(formula);
    // Every formula has an input.
    const [first, ...rest] = inputs.map(
      (id) => figures.get(id) ?? new Map<string, DerivedInput>(),
    ) as [Map<string, DerivedInput>, ...Map<string, DerivedInput>[]];
    const results: DerivedObservation[] = [];
    for (const period of first.keys()) {
      const found = [first.get(period), ...rest.map((byPeriod) => byPeriod.get(period))];
      if (found.some((input) => input === undefined)) continue;
      const used = found as DerivedInput[];
      const evaluated = evaluateFormula(indicator, formula, used);
      if (evaluated === null) continue;
      results.push({
        indicator: indicator.id,
        period,
        value: evaluated.value.toFixed(),
        unit: indicator.unit,
        status: evaluated.status,
        qualifier: evaluated.qualifier,
        derivedFrom: used.map((input) => ({ ...input })),
      });
    }
    results.sort(
      (a, b) =>
        periodEnd(a.period).getTime() - periodEnd(b.period).getTime() ||
        periodStart(a.period).getTime() - periodStart(b.period).getTime(),
    );
    derived.set(indicator.id, results);
    // A derived figure is an input of the formulas above it where no stated figure exists.
    let own = figures.get(indicator.id);
    if (own === undefined) {
      own = new Map();
      figures.set(indicator.id, own);
    }
    for (const result of results) {
      if (!own.has(result.period)) {
        const { indicator: id, period, status, value, unit, qualifier } = result;
        own.set(period, { indicator: id, period, status, value, unit, qualifier, derived: true });
      }
    }
  }
  return dataset.indicators.flatMap((indicator) => derived.get(indicator.id) ?? []);
}

/** An observation as an input: its value and unit as stated. */
function stated(observation: Observation, period: string, indicator: Indicator): DerivedInput {
  return {
    indicator: observation.indicator,
    period,
    status: observation.status,
    value: observation.value,
    unit: observation.unit ?? indicator.unit,
    qualifier: observation.qualifier,
    derived: false,
  };
}

/** The derived indicators, each after the derived indicators it uses. */
function evaluationOrder(
  list: readonly Indicator[],
  indicators: ReadonlyMap<string, Indicator>,
): Indicator[] {
  const order: Indicator[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (indicator: Indicator) => {
    const formula = indicator.formula;
    // Stryker disable next-line ConditionalExpression,StringLiteral: a memo; an indicator visited again is evaluated again to the same figures
    if (formula === undefined || state.get(indicator.id) === 'done') return;
    if (state.get(indicator.id) === 'visiting') {
      throw new IndicatorError('invalid-dataset', {
        field: `indicators.${indicator.id}.formula`,
        value: indicator.id,
        reason: 'formulas form a cycle',
      });
    }
    state.set(indicator.id, 'visiting');
    for (const id of formulaInputs(formula)) {
      const input = indicators.get(id);
      if (input === undefined) {
        throw new IndicatorError('invalid-dataset', {
          field: `indicators.${indicator.id}.formula`,
          value: id,
          reason: `unknown indicator "${id}"`,
        });
      }
      visit(input);
    }
    // Stryker disable next-line StringLiteral: a memo; an indicator visited again is evaluated again to the same figures
    state.set(indicator.id, 'done');
    order.push(indicator);
  };
  for (const indicator of list) visit(indicator);
  return order;
}

function readDataset(dataset: unknown): void {
  const record = dataset as Record<string, unknown> | null;
  if (typeof dataset !== 'object' || record === null) {
    throw new IndicatorError('invalid-argument', {
      field: 'dataset',
      value: dataset,
      reason: 'expected a dataset object',
    });
  }
  for (const key of ['indicators', 'observations'] as const) {
    if (!Array.isArray(record[key])) {
      throw new IndicatorError('invalid-argument', {
        field: `dataset.${key}`,
        value: record[key],
        reason: 'expected an array',
      });
    }
  }
}
