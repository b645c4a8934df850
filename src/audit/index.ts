export {
  type AuditDatasetOptions,
  type AuditDatasetResult,
  auditDataset,
} from './auditDataset.js';
export type {
  AuditCheck,
  AuditFinding,
  AuditFindingBase,
  AuditMessage,
  AuditNumbers,
  AuditReason,
  AuditVerdict,
  ClaimFinding,
  ClaimNumbers,
  CumulativePaceFinding,
  CumulativePaceNumbers,
  CumulativeShareFinding,
  CumulativeShareNumbers,
  LevelRateFinding,
  LevelRateNumbers,
  RateAlignmentFinding,
  RateAlignmentNumbers,
} from './types.js';
