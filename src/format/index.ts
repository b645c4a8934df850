export {
  type FormatMilestoneStateOptions,
  formatMilestoneState,
} from './formatMilestoneState.js';
export { type FormatPercentOptions, formatPercent } from './formatPercent.js';
export {
  type FormatPercentagePointsOptions,
  formatPercentagePoints,
} from './formatPercentagePoints.js';
export { type FormatPeriodLabelOptions, formatPeriodLabel } from './formatPeriodLabel.js';
export { type FormatQuantityOptions, formatQuantity } from './formatQuantity.js';
export { type FormatReasonOptions, formatReason } from './formatReason.js';
export { type FormatStatusOptions, formatStatus } from './formatStatus.js';
export type { Locale, NumberDisplayOptions, Rounding, SignDisplay } from './types.js';
