/**
 * The zod models of the indicator model, `parseDataset`, the JSON Schema and SDMX-CSV interchange.
 *
 * @module tianmu-indicators/schemas
 */
export * from './interchange/index.js';
export * from './models/index.js';
