import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset, Indicator } from '../models/types.js';
import { CATALOG } from './CATALOG.js';

/**
 * A dataset whose `indicators` may leave out those it takes from the catalogue.
 * @category Catalog
 */
export type DatasetWithCatalogRefs = Omit<Dataset, 'indicators'> & {
  /** The dataset's own indicators; catalogue ones may be left out. */
  readonly indicators?: Dataset['indicators'];
};

function referencedIds(dataset: DatasetWithCatalogRefs): string[] {
  const ids: string[] = [];
  for (const observation of dataset.observations) ids.push(observation.indicator);
  for (const claim of dataset.claims) ids.push(claim.indicator);
  for (const plan of dataset.plans) {
    for (const target of plan.targets) {
      if (target.kind === 'level' || target.kind === 'growth' || target.kind === 'cumulative')
        ids.push(target.indicator);
    }
  }
  return ids;
}

function formulaIds(indicator: Indicator): string[] {
  const formula = indicator.formula;
  if (formula === undefined) return [];
  return formula.op === 'sum' ? [...formula.of] : [formula.numerator, formula.denominator];
}

/**
 * Fills a dataset's indicators from the catalogue: every indicator id the dataset refers to
 * (observations, claims, targets, and the inputs of formulas, in turn) that it does not define
 * itself is added as a copy of the catalogue's definition, after its own. A dataset's own
 * definition of an id always wins. The result is a new dataset for `parseDataset`.
 * @param dataset - A dataset whose `indicators` may be absent or incomplete.
 * @param options - `include`: ids of catalogue indicators to add even when nothing refers to them.
 * @returns A new dataset with every catalogue indicator it refers to.
 * @throws `IndicatorError` `not-found` naming an id in `include` the catalogue lacks.
 * @example
 * ```ts
 * import { withCatalogIndicators } from 'tianmu-indicators/catalog';
 * const source = { document: 'report', section: '2022', quote: '农民人均纯收入4万元' };
 * const dataset = withCatalogIndicators({
 *   id: 'town', area: { id: 'town', name: { zh: '样镇', en: 'Town' } },
 *   sources: [{ id: 'report', title: { zh: '报告', en: 'Report' }, issuer: { zh: '镇', en: 'Town' } }],
 *   claims: [], plans: [], projects: [],
 *   observations: [{ indicator: 'rural-income-per-capita', period: '2021', value: '40000',
 *     status: 'actual', qualifier: null, source }],
 * });
 * dataset.indicators.map((indicator) => indicator.id);
 * // => ['rural-income-per-capita', 'rural-income-total', 'rural-population']
 * ```
 * @category Catalog
 */
export function withCatalogIndicators(
  dataset: DatasetWithCatalogRefs,
  options: WithCatalogIndicatorsOptions = {},
): Dataset {
  const own = dataset.indicators ?? [];
  const defined = new Set(own.map((indicator) => indicator.id));
  const catalog = new Map(CATALOG.map((entry) => [entry.indicator.id, entry.indicator]));
  for (const id of options.include ?? []) {
    if (!catalog.has(id)) {
      throw new IndicatorError('not-found', {
        field: 'include',
        value: id,
        reason: 'the catalogue has no indicator with this id',
      });
    }
  }
  const added: Indicator[] = [];
  const queue = [...(options.include ?? []), ...referencedIds(dataset), ...own.flatMap(formulaIds)];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    if (defined.has(id)) continue;
    const indicator = catalog.get(id);
    if (indicator === undefined) continue;
    defined.add(id);
    added.push(structuredClone(indicator));
    queue.push(...formulaIds(indicator));
  }
  return {
    ...structuredClone(dataset),
    indicators: [...structuredClone(own), ...added],
  } as Dataset;
}

/**
 * Options of {@link withCatalogIndicators}.
 * @category Catalog
 */
export interface WithCatalogIndicatorsOptions {
  /** Ids of catalogue indicators to add even when the dataset does not refer to them. */
  readonly include?: readonly string[];
}
