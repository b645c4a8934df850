export { Decimal, type DecimalInput } from './Decimal.js';
export { percent, toPercent } from './percent.js';
export { toDecimal } from './toDecimal.js';
