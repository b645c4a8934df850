/**
 * The zod models of the indicator model, `parseDataset` and the JSON Schema.
 *
 * @module tianmu-indicators/schemas
 */
export * from './models/index.js';
