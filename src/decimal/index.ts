export type { DecimalInput } from './Decimal.js';
export { Decimal } from './exportedDecimal.js';
export { percent, toPercent } from './percent.js';
export { toDecimal } from './toDecimal.js';
