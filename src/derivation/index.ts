export { deriveObservations } from './deriveObservations.js';
export type { DerivedInput, DerivedObservation } from './types.js';
