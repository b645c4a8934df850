import { describe, expect, it } from 'vitest';
import { miniDataset } from '../../test/fixtures/miniDataset.js';
import { IndicatorError } from '../errors/IndicatorError.js';
import { addObservations } from './addObservations.js';
import type { Dataset } from './Dataset.js';
import type { Observation } from './Observation.js';
import { parseDataset } from './parseDataset.js';

const source = { document: 'report-2021', section: '月报', quote: '1—6月' };

function observation(period: string, value: string, extra: Partial<Observation> = {}): Observation {
  return {
    indicator: 'industrial-output',
    period,
    value,
    status: 'actual',
    qualifier: null,
    source,
    ...extra,
  };
}

function town(): Dataset {
  const dataset = parseDataset(structuredClone(miniDataset));
  return parseDataset({
    ...dataset,
    observations: [...dataset.observations, observation('2022-H1', '4.1')],
  });
}

function caught(run: () => unknown): IndicatorError {
  try {
    run();
  } catch (error) {
    if (error instanceof IndicatorError) return error;
    throw error;
  }
  throw new Error('expected an IndicatorError');
}

describe('addObservations', () => {
  it('appends new observations and validates the result', () => {
    const dataset = town();
    const added = [
      observation('2022-01/2022-09', '6.3', { yearOverYearPercent: '4.5' }),
      observation('2022-H1', '4.2', { status: 'preliminary' }),
    ];
    const result = addObservations(dataset, added);
    expect(result.observations.slice(-3)).toEqual([observation('2022-H1', '4.1'), ...added]);
    expect(result.observations).toHaveLength(dataset.observations.length + 2);
  });

  it('refuses a restated observation without replace, naming both', () => {
    const dataset = town();
    const restated = observation('2022-01/2022-06', '4.18');
    const error = caught(() => addObservations(dataset, [restated]));
    expect(error.code).toBe('invalid-argument');
    expect(error.details).toEqual({
      field: 'observations[0]',
      value: 'industrial-output 2022-01/2022-06 actual 4.18',
      reason:
        'restates observations[3] of the dataset (industrial-output 2022-H1 actual 4.1); pass { replace: true } to replace it',
      observation: restated,
      existing: observation('2022-H1', '4.1'),
      existingIndex: 3,
    });
    expect(
      caught(() => addObservations(dataset, [observation('2022-S1', '4.2', { unit: '亿元' })]))
        .details.value,
    ).toBe('industrial-output 2022-S1 actual 4.2 亿元');
  });

  it('replaces a restated observation in its place with replace', () => {
    const dataset = town();
    const result = addObservations(dataset, [observation('2022-01/2022-06', '4.18')], {
      replace: true,
    });
    expect(result.observations.map((o) => o.period)).toEqual([
      '2016',
      '2021',
      '2021',
      '2022-01/2022-06',
    ]);
    expect(result.observations[3]?.value).toBe('4.18');
    expect(addObservations(dataset, [], { replace: false })).toEqual(dataset);
  });

  it('refuses the same observation twice in one call, even with replace', () => {
    const error = caught(() =>
      addObservations(town(), [observation('2023', '1'), observation('2023-01/2023-12', '2')], {
        replace: true,
      }),
    );
    expect(error.details).toMatchObject({
      field: 'observations[1]',
      value: 'industrial-output 2023-01/2023-12 actual 2',
      reason: 'restates observations[0] (industrial-output 2023 actual 1) of the same call',
      firstIndex: 0,
    });
  });

  it('leaves its inputs alone and shares nothing with them', () => {
    const dataset = town();
    const added = [observation('2023', '1')];
    const before = structuredClone({ dataset, added });
    const result = addObservations(dataset, added);
    expect({ dataset, added }).toEqual(before);
    expect(result).not.toBe(dataset);
    expect(result.observations).not.toBe(dataset.observations);
    expect(result.observations.at(-1)).not.toBe(added[0]);
    expect(result.observations.at(-1)?.source).not.toBe(added[0]?.source);
    expect(result.observations[0]).not.toBe(dataset.observations[0]);
    expect(result.indicators).not.toBe(dataset.indicators);
  });

  it('reports what the dataset cannot hold as invalid-dataset', () => {
    expect(
      caught(() => addObservations(town(), [observation('2023', '1', { indicator: 'gdp' })])).code,
    ).toBe('invalid-dataset');
    expect(
      caught(() =>
        addObservations(town(), [
          observation('2023', '1', { source: { ...source, document: 'nowhere' } }),
        ]),
      ).code,
    ).toBe('invalid-dataset');
  });

  it('refuses malformed arguments, naming them', () => {
    const dataset = town();
    const fields = [
      () => addObservations(null as never, []),
      () => addObservations({} as never, []),
      () => addObservations(dataset, {} as never),
      () => addObservations(dataset, [], null as never),
      () => addObservations(dataset, [], [] as never),
      () => addObservations(dataset, [], { replace: 'yes' as never }),
      () => addObservations(dataset, [null as never]),
      () => addObservations(dataset, [observation('2022-13', '1')]),
      () =>
        addObservations({ ...dataset, observations: [observation('20x', '1')] }, [
          observation('2023', '1'),
        ]),
    ].map((run) => {
      const error = caught(run);
      expect(error.code).toBe('invalid-argument');
      return error.details.field;
    });
    expect(fields).toEqual([
      'dataset',
      'dataset',
      'observations',
      'options',
      'options',
      'options.replace',
      'observations[0]',
      'observations[0].period',
      'dataset.observations[0].period',
    ]);
  });
});
