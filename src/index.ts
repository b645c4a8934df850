/**
 * tianmu-indicators: exact numbers, units, periods, compound growth, comparison, attainment
 * and formatting for a township's indicator model.
 *
 * @module tianmu-indicators
 */

export * from './areas/index.js';
export * from './attainment/index.js';
export * from './audit/index.js';
export * from './comparison/index.js';
export * from './decimal/index.js';
export * from './derivation/index.js';
export * from './errors/index.js';
export * from './format/index.js';
export * from './growth/index.js';
export type * from './models/types.js';
export * from './periods/index.js';
export * from './units/index.js';
