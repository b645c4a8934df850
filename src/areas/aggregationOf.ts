import { guarded, readPlain } from '../_internal/plain.js';
import type { Aggregation, Indicator } from '../models/types.js';
import { findUnit } from '../units/findUnit.js';

/**
 * How an indicator combines across areas: its `aggregation` when stated; otherwise `formula`
 * for a ratio formula (a per-capita figure or a share is never summed), `none` for a `rate`
 * measure or a unit of the ratio dimension (percents are never summed or averaged), and `sum`
 * for the stocks and flows of additive units.
 * @param indicator - The indicator.
 * @returns `sum`, `formula` or `none`.
 * @throws Never.
 * @example
 * ```ts
 * import { aggregationOf } from 'tianmu-indicators';
 * const name = { zh: '指标', en: 'Indicator' };
 * const base = { name, direction: 'increase', sector: 'economy', attribute: 'anticipatory' } as const;
 * aggregationOf({ ...base, id: 'output', unit: 'yi-yuan', measure: 'flow' });
 * // => 'sum'
 * aggregationOf({ ...base, id: 'forest-cover', unit: 'percent', measure: 'rate' });
 * // => 'none'
 * aggregationOf({ ...base, id: 'income-per-capita', unit: 'yuan', measure: 'stock',
 *   formula: { op: 'ratio', numerator: 'income', denominator: 'population', multiplier: '1' } });
 * // => 'formula'
 * ```
 * @category Areas
 */
export function aggregationOf(indicator: Indicator): Aggregation {
  indicator = readPlain(indicator, 'indicator') as Indicator;
  return guarded('indicator', () => aggregationOfChecked(indicator), 'invalid-argument');
}

function aggregationOfChecked(indicator: Indicator): Aggregation {
  if (indicator.aggregation !== undefined) return indicator.aggregation;
  if (indicator.formula?.op === 'ratio') return 'formula';
  if (indicator.measure === 'rate' || findUnit(indicator.unit)?.dimension === 'ratio')
    return 'none';
  return 'sum';
}
