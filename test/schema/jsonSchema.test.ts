import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { tianmushan } from '../../src/data/tianmushan/index.js';
import { datasetJsonSchema, observationJsonSchema } from '../../src/schemas.js';
import { miniDataset } from '../fixtures/miniDataset.js';

/**
 * A JSON Schema validator as a user of the published `dist/schema/*.schema.json` would run it:
 * strict mode (an unknown keyword in the schema is an error), all errors reported. The schemas
 * carry `format: "date"`; the `pattern` beside it already checks the calendar, so the format
 * only needs a name here (ajv-formats would do the same).
 */
const ajv = new Ajv2020({
  strict: true,
  allErrors: true,
  formats: { date: /^\d{4}-\d{2}-\d{2}$/ },
});
const validateDataset = ajv.compile(datasetJsonSchema());
const validateObservation = ajv.compile(observationJsonSchema());

const errorsOf = (data: unknown) => {
  validateDataset(data);
  return (validateDataset.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
};

describe('the dataset JSON Schema', () => {
  it('is draft 2020-12 and accepts the mini dataset', () => {
    expect(datasetJsonSchema().$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(errorsOf(structuredClone(miniDataset))).toEqual([]);
    expect(validateDataset(JSON.parse(JSON.stringify(miniDataset)))).toBe(true);
  });

  it('accepts the shipped Tianmushan dataset, as JSON', () => {
    expect(errorsOf(JSON.parse(JSON.stringify(tianmushan)))).toEqual([]);
    expect(tianmushan.observations.length).toBeGreaterThan(10);
  });

  it('rejects broken datasets, pointing at the field', () => {
    const { area: _area, ...noArea } = structuredClone(miniDataset);
    expect(errorsOf(noArea)).toEqual([" must have required property 'area'"]);

    const badValue = structuredClone(miniDataset) as unknown as {
      observations: { value: string; status: string }[];
    };
    (badValue.observations[0] as { value: string }).value = '1e3';
    (badValue.observations[1] as { status: string }).status = 'done';
    expect(errorsOf(badValue)).toEqual([
      '/observations/0/value must match pattern "^-?(?:0|[1-9]\\d*)(?:\\.\\d+)?$"',
      '/observations/1/status must be equal to one of the allowed values',
    ]);

    const extraKey = { ...structuredClone(miniDataset), extra: true };
    expect(errorsOf(extraKey)).toEqual([' must NOT have additional properties']);

    const badDate = structuredClone(miniDataset) as unknown as {
      sources: { deliveredOn: string }[];
    };
    (badDate.sources[0] as { deliveredOn: string }).deliveredOn = '2021-02-30';
    expect(errorsOf(badDate)).toEqual([
      expect.stringMatching(/^\/sources\/0\/deliveredOn must match pattern/),
    ]);
  });

  it('takes a claim with exactly one of statedPercent and statedAnnualPercent', () => {
    const withClaim = (change: Record<string, string>) => {
      const data = structuredClone(miniDataset) as unknown as { claims: Record<string, unknown>[] };
      const { statedPercent: _stated, ...rest } = data.claims[0] as Record<string, unknown>;
      data.claims[0] = { ...rest, ...change };
      return data;
    };
    expect(errorsOf(withClaim({ statedAnnualPercent: '9.4', priceBasis: 'comparable' }))).toEqual(
      [],
    );
    expect(errorsOf(withClaim({}))).toContain('/claims/0 must match exactly one schema in oneOf');
    expect(errorsOf(withClaim({ statedPercent: '1', statedAnnualPercent: '2' }))).toContain(
      '/claims/0 must match exactly one schema in oneOf',
    );
    expect(errorsOf(withClaim({ statedPercent: '1', priceBasis: 'real' }))).toEqual([
      '/claims/0/priceBasis must be equal to one of the allowed values',
    ]);
  });

  it('checks shape only: a dangling reference passes it (parseDataset catches that)', () => {
    const dangling = structuredClone(miniDataset) as unknown as {
      observations: { indicator: string }[];
    };
    (dangling.observations[0] as { indicator: string }).indicator = 'no-such-indicator';
    expect(errorsOf(dangling)).toEqual([]);
  });
});

describe('the observation JSON Schema', () => {
  it('accepts every observation of the mini dataset and rejects a broken one', () => {
    for (const observation of miniDataset.observations) {
      expect(validateObservation(observation)).toBe(true);
    }
    expect(validateObservation({ ...miniDataset.observations[0], qualifier: '约' })).toBe(false);
    const { source: _source, ...unsourced } = miniDataset.observations[0];
    expect(validateObservation(unsourced)).toBe(false);
  });
});
