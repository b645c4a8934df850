import { IndicatorError } from '../errors/IndicatorError.js';
import type { Dataset } from '../models/types.js';

/** Checks that `datasets` is a non-empty list of datasets of distinct areas. */
export function checkDatasets(datasets: readonly Dataset[]): void {
  if (!Array.isArray(datasets) || datasets.length === 0) {
    throw new IndicatorError('invalid-argument', {
      field: 'datasets',
      value: Array.isArray(datasets) ? [] : typeof datasets,
      reason: 'expected a non-empty list of datasets, one per area',
    });
  }
  const seen = new Map<string, number>();
  datasets.forEach((dataset, index) => {
    const value = dataset as Partial<Record<keyof Dataset, unknown>> | null;
    if (
      typeof value !== 'object' ||
      value === null ||
      typeof (value.area as { id?: unknown } | undefined)?.id !== 'string' ||
      !Array.isArray(value.indicators) ||
      !Array.isArray(value.observations) ||
      !Array.isArray(value.plans)
    ) {
      throw new IndicatorError('invalid-argument', {
        field: `datasets[${index}]`,
        value: typeof dataset,
        reason: 'expected a dataset with an area, indicators, observations and plans',
      });
    }
    const first = seen.get(dataset.area.id);
    if (first !== undefined) {
      throw new IndicatorError('invalid-argument', {
        field: `datasets[${index}].area.id`,
        value: dataset.area.id,
        reason: `the area of datasets[${first}] too: one dataset per area`,
      });
    }
    seen.set(dataset.area.id, index);
  });
}
