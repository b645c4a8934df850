export {
  type AuditDatasetOptions,
  type AuditDatasetResult,
  auditDataset,
} from './auditDataset.js';
export type {
  AnnualClaimFinding,
  AnnualClaimNumbers,
  ClaimFinding,
  ClaimNumbers,
  StatedChangeFigures,
  StatedGrowthFinding,
  StatedGrowthNumbers,
} from './claimFindings.js';
export type {
  ComponentsGrowthFinding,
  ComponentsGrowthNumbers,
  ComponentsSumFinding,
  ComponentsSumNumbers,
} from './componentFindings.js';
export type {
  CumulativePaceFinding,
  CumulativePaceNumbers,
  CumulativeShareFinding,
  CumulativeShareNumbers,
} from './cumulativeFindings.js';
export type { PriceBasisFinding, PriceBasisNumbers } from './priceBasisFinding.js';
export type {
  LevelRateFinding,
  LevelRateNumbers,
  RateAlignmentFinding,
  RateAlignmentNumbers,
} from './rateFindings.js';
export type {
  AuditCheck,
  AuditFinding,
  AuditFindingBase,
  AuditMessage,
  AuditNumbers,
  AuditReason,
  AuditVerdict,
} from './types.js';
