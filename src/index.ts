/**
 * tianmu-indicators: exact numbers, units, periods, compound growth, comparison, attainment
 * and formatting for a township's indicator model.
 *
 * @module tianmu-indicators
 */
export * from './decimal/index.js';
export * from './errors/index.js';
