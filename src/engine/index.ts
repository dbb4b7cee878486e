export type * from './types';
export { evaluate } from './evaluate';
export {
  evaluateTriggers,
  pendingFirings,
  triggerProgress,
  activeHalt,
  type TriggerProgress,
} from './triggers';
export {
  conditionText,
  firingRuleText,
  judgeSample,
  metricLabel,
  readingOf,
  effectiveFloor,
  floorUnit,
  DEFAULT_FLOOR,
} from './trigger-condition';
export { preflightTrigger, PREFLIGHT_ALPHA, PREFLIGHT_POWER, type Detectability } from './preflight';
export { aaCheck, parseSeries, AA_MIN_VALUES, type AaResult } from './baseline-aa';
export {
  rollbackForPhase,
  rollbackReach,
  type PhaseRollback,
  type RollbackReach,
  type Reach,
} from './rollback-availability';
export { earlyStart, openChecklist } from './run-gates';
export { RULES, RULE_IDS, isKnownRuleId, ruleOrder } from './rules';
export { analyseDependencies, consumersToNotify, type DependencyAnalysis } from './dependencies';
export { QUESTION_TEMPLATES, PONR_EXISTS_QUESTION } from './questions';
export { scanStatements, destructiveStatements, type ScannedStatement } from './sql-scan';
export { APPROACH_LABEL, STRATEGY_LABEL } from './choice-labels';
export { SOAK_MIN_HOURS, NOTICE_MIN_HOURS } from './facts';
export { MECHANISM_TEXT } from './ponr';
export {
  VERIFY_STALE_HOURS,
  tablesFingerprint,
  verificationStaleness,
  verifiedAt,
  staleChecks,
  type Staleness,
} from './verification-age';
export { sqlRiskFindings, isSqlRuleId } from './sql-findings';
