export { type RenderSvgOptions, renderSvg } from './renderSvg.js';
export { type ScorecardChartOptions, scorecardChart } from './scorecardChart.js';
export { STATUS_COLORS } from './statusColors.js';
export {
  type TrajectoryChartOptions,
  type TrajectoryObservation,
  trajectoryChart,
} from './trajectoryChart.js';
export type { VegaLiteSpec } from './types.js';
