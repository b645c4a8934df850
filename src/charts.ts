/**
 * Charts of the indicator model: Vega-Lite v6 specs as plain JSON for a target's trajectory
 * and a plan's scorecard, with Chinese or English labels, and SVG rendering through the
 * optional `vega` and `vega-lite` peers.
 *
 * @module tianmu-indicators/charts
 */
export * from './charts/index.js';
