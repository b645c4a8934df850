export { convert } from './convert.js';
export { findUnit } from './findUnit.js';
export { type GetUnitOptions, getUnit } from './getUnit.js';
export { isUnitCompatible } from './isUnitCompatible.js';
export { UNITS } from './UNITS.js';
export { DIMENSIONS, type Dimension, type Unit, type UnitRef } from './Unit.js';
export { unitForMultiplier } from './unitForMultiplier.js';
