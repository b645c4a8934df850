export { IndicatorError, isIndicatorError } from './IndicatorError.js';
export type { ErrorCode, ErrorDetails } from './messages.js';
