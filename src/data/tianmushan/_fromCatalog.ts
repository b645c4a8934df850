import { CATALOG } from '../../catalog/CATALOG.js';
import type { Indicator } from '../../models/types.js';

/** What the town's report may say in its own way: its wording, its grouping, its notes. */
type OwnWording = Partial<Pick<Indicator, 'name' | 'sector' | 'description'>>;

/**
 * A catalogue indicator as the report uses it: the catalogue's definition (unit, direction,
 * measure, attribute, formula, aggregation) with the report's own name, sector and note where
 * they differ, so that the town's figures roll up with any other town's.
 */
export function fromCatalog(id: string, own: OwnWording = {}): Indicator {
  const entry = CATALOG.find((candidate) => candidate.indicator.id === id);
  if (entry === undefined) throw new Error(`the catalogue has no indicator "${id}"`);
  const { name, unit, direction, measure, sector, attribute, formula, aggregation } =
    entry.indicator;
  return {
    id,
    name: own.name ?? { ...name },
    unit,
    direction,
    measure,
    sector: own.sector ?? sector,
    attribute,
    ...(own.description === undefined ? {} : { description: own.description }),
    ...(formula === undefined ? {} : { formula: structuredClone(formula) }),
    ...(aggregation === undefined ? {} : { aggregation }),
  };
}
