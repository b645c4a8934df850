import { describe, expect, it } from 'vitest';
import { datasetJsonSchema, observationJsonSchema } from './datasetJsonSchema.js';

describe('datasetJsonSchema', () => {
  it('describes every collection and forbids unknown keys', () => {
    const schema = datasetJsonSchema() as {
      $schema: string;
      properties: Record<string, unknown>;
      additionalProperties: boolean;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toEqual([
      '$schema',
      'id',
      'area',
      'sources',
      'indicators',
      'observations',
      'claims',
      'plans',
      'projects',
    ]);
    expect(schema.additionalProperties).toBe(false);
  });

  it('lets a dataset file name its JSON Schema with a top-level "$schema"', () => {
    const schema = datasetJsonSchema() as { properties: Record<string, unknown> };
    expect(schema.properties.$schema).toEqual({ type: 'string', maxLength: 2000 });
  });

  it('returns a fresh object each time: changing one leaves the next as it was', () => {
    const first = datasetJsonSchema() as { properties: Record<string, unknown>; title?: string };
    const before = structuredClone(first);
    first.title = 'changed';
    first.properties.id = { type: 'number' };
    delete first.properties.observations;
    const second = datasetJsonSchema();
    expect(second).not.toBe(first);
    expect(second).toEqual(before);
    expect((second as typeof first).properties.observations).toBeDefined();
  });

  it('gives observations the decimal pattern and the status codes', () => {
    const schema = observationJsonSchema() as {
      properties: { value: { pattern: string }; status: { enum: string[] } };
    };
    expect(schema.properties.value.pattern).toBe('^-?(?:0|[1-9]\\d*)(?:\\.\\d+)?$');
    expect(schema.properties.status.enum).toEqual([
      'actual',
      'preliminary',
      'estimated',
      'forecast',
    ]);
  });
});

describe('the claim in the dataset JSON Schema', () => {
  it('requires exactly one of statedPercent and statedAnnualPercent, and knows the price basis', () => {
    const schema = datasetJsonSchema() as {
      properties: { claims: { items: Record<string, unknown> } };
    };
    const claim = schema.properties.claims.items as {
      oneOf: unknown;
      required: string[];
      properties: Record<string, { enum?: string[] }>;
    };
    expect(claim.oneOf).toEqual([
      { properties: { statedPercent: true }, required: ['statedPercent'] },
      { properties: { statedAnnualPercent: true }, required: ['statedAnnualPercent'] },
    ]);
    expect(claim.required).not.toContain('statedPercent');
    expect(claim.properties.priceBasis?.enum).toEqual(['current', 'comparable']);
  });

  it('leaves other records without a oneOf', () => {
    const schema = datasetJsonSchema() as {
      properties: { observations: { items: Record<string, unknown> } };
    };
    expect(schema.properties.observations.items.oneOf).toBeUndefined();
  });
});
