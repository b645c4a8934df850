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

  it('returns a fresh object each time', () => {
    expect(datasetJsonSchema()).not.toBe(datasetJsonSchema());
    expect(datasetJsonSchema()).toEqual(datasetJsonSchema());
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
