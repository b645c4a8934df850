import { readPlain } from '../_internal/plain.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { periodEnd, periodStart } from '../periods/index.js';
import type { Dataset } from './Dataset.js';
import type { Observation } from './Observation.js';
import { parseDataset } from './parseDataset.js';

/**
 * Options of {@link addObservations}.
 *
 * @category Models
 */
export interface AddObservationsOptions {
  /**
   * Whether an observation may replace one the dataset already holds for the same indicator,
   * status and days; `false` by default, when that is an error.
   */
  readonly replace?: boolean;
}

/** The key an observation is stated once under: indicator, days, status. */
function keyOf(observation: Observation, field: string): string {
  if (typeof observation !== 'object' || observation === null) {
    throw new IndicatorError('invalid-argument', {
      field,
      value: observation,
      reason: 'expected an observation object',
    });
  }
  let start: number;
  let end: number;
  try {
    start = periodStart(observation.period).getTime();
    end = periodEnd(observation.period).getTime();
  } catch {
    throw new IndicatorError('invalid-argument', {
      field: `${field}.period`,
      value: observation.period,
      reason: 'expected a valid period such as "2022" or "2022-01/2022-06"',
    });
  }
  return `${observation.indicator}|${start}|${end}|${observation.status}`;
}

/** Describes an observation for a message: `gdp 2022-H1 actual 4.18`. */
function describe(observation: Observation): string {
  const unit = observation.unit === undefined ? '' : ` ${observation.unit}`;
  return `${observation.indicator} ${observation.period} ${observation.status} ${observation.value}${unit}`;
}

function readArgs(dataset: unknown, observations: unknown, options: unknown): boolean {
  if (
    typeof dataset !== 'object' ||
    dataset === null ||
    !Array.isArray((dataset as { observations?: unknown }).observations)
  ) {
    throw new IndicatorError('invalid-argument', {
      field: 'dataset',
      value: dataset,
      reason: 'expected a dataset with an observations array',
    });
  }
  if (!Array.isArray(observations)) {
    throw new IndicatorError('invalid-argument', {
      field: 'observations',
      value: observations,
      reason: 'expected an array of observations',
    });
  }
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    throw new IndicatorError('invalid-argument', {
      field: 'options',
      value: options,
      reason: 'expected an object such as { replace: true }',
    });
  }
  const { replace } = options as { replace?: unknown };
  if (replace !== undefined && typeof replace !== 'boolean') {
    throw new IndicatorError('invalid-argument', {
      field: 'options.replace',
      value: replace,
      reason: 'expected true or false',
    });
  }
  return replace === true;
}

/**
 * Adds observations to a dataset and returns the new dataset, validated.
 *
 * An observation restates one the dataset holds when both give the same indicator, status and
 * days (`2022-H1` and `2022-01/2022-06` are the same days): with `{ replace: true }` the new one
 * takes the old one's place in the list, else it is an error naming both. Other observations
 * are appended in their order. The result is checked whole by `parseDataset` (its indicators,
 * units and sources must resolve: add a source first for observations that cite a new one), so
 * it is a fresh object that shares nothing with the inputs, which are not changed.
 *
 * @param dataset - The dataset.
 * @param observations - The observations to add.
 * @param options - `replace`, whether a restated observation replaces the dataset's.
 * @returns A new, validated {@link Dataset}.
 * @throws `IndicatorError` `invalid-argument` naming `observations[i]` when an
 * observation restates one of the dataset's without `replace` (`details.existing` and
 * `details.observation` hold both, `details.existingIndex` the old one's index) or another of
 * the added ones (`details.firstIndex`), or when an argument is malformed;
 * `invalid-dataset` when the result is not a valid dataset (an unknown indicator, a unit that
 * does not fit, an unknown source).
 *
 * @example
 * ```ts
 * import { addObservations, parseDataset } from 'tianmu-indicators/schemas';
 *
 * const source = { document: 'stats', section: '月报', quote: '1—6月4.18亿元' };
 * const town = parseDataset({
 *   id: 'town', area: { id: 'town', name: { zh: '某镇', en: 'A town' } },
 *   sources: [{ id: 'stats', title: { zh: '统计月报', en: 'Monthly statistics' }, issuer: { zh: '统计站', en: 'Statistics office' } }],
 *   indicators: [{ id: 'revenue', name: { zh: '财政总收入', en: 'Fiscal revenue' }, unit: 'yi-yuan', direction: 'increase', measure: 'flow', sector: 'finance', attribute: 'anticipatory' }],
 *   observations: [{ indicator: 'revenue', period: '2022-H1', value: '4.1', status: 'actual', qualifier: null, source }],
 *   claims: [], plans: [], projects: [],
 * });
 * const revised = { indicator: 'revenue', period: '2022-01/2022-06', value: '4.18', status: 'actual' as const, qualifier: null, source };
 * let message = '';
 * try { addObservations(town, [revised]); } catch (error) { message = (error as Error).message; }
 * message;
 * // => 'observations[0] ("revenue 2022-01/2022-06 actual 4.18") is not an accepted value: restates observations[0] of the dataset (revenue 2022-H1 actual 4.1); pass { replace: true } to replace it'
 * addObservations(town, [revised], { replace: true }).observations.map((o) => o.value);
 * // => ['4.18']
 * town.observations[0]?.value;
 * // => '4.1'
 * ```
 *
 * @category Models
 */
export function addObservations(
  dataset: Dataset,
  observations: readonly Observation[],
  options: AddObservationsOptions = {},
): Dataset {
  dataset = readPlain(dataset, 'dataset') as Dataset;
  observations = readPlain(observations, 'observations') as readonly Observation[];
  options = readPlain(options, 'options') as AddObservationsOptions;
  const replace = readArgs(dataset, observations, options);
  const existing = new Map<string, number>();
  dataset.observations.forEach((observation, index) => {
    existing.set(keyOf(observation, `dataset.observations[${index}]`), index);
  });
  const list: Observation[] = [...dataset.observations];
  const added = new Map<string, number>();
  observations.forEach((observation, index) => {
    const field = `observations[${index}]`;
    const key = keyOf(observation, field);
    const firstIndex = added.get(key);
    if (firstIndex !== undefined) {
      throw new IndicatorError('invalid-argument', {
        field,
        value: describe(observation),
        reason: `restates observations[${firstIndex}] (${describe(observations[firstIndex] as Observation)}) of the same call`,
        observation,
        firstIndex,
      });
    }
    added.set(key, index);
    const existingIndex = existing.get(key);
    if (existingIndex === undefined) {
      list.push(observation);
      return;
    }
    const old = dataset.observations[existingIndex] as Observation;
    if (!replace) {
      throw new IndicatorError('invalid-argument', {
        field,
        value: describe(observation),
        reason: `restates observations[${existingIndex}] of the dataset (${describe(old)}); pass { replace: true } to replace it`,
        observation,
        existing: old,
        existingIndex,
      });
    }
    list[existingIndex] = observation;
  });
  return parseDataset({ ...dataset, observations: list });
}
