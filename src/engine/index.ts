export type * from './types';
export { evaluate } from './evaluate';
export { evaluateTriggers } from './triggers';
export { RULES, RULE_IDS, isKnownRuleId, ruleIdsOf, ruleOrder } from './rules';
export { analyseDependencies, consumersToNotify, type DependencyAnalysis } from './dependencies';
export { QUESTION_TEMPLATES, PONR_EXISTS_QUESTION } from './questions';
export { scanStatements, destructiveStatements, type ScannedStatement } from './sql-scan';
export { STRATEGY_LABEL } from './strategy';
export { APPROACH_LABEL } from './data-approach';
export { SMALL_ROWS, LARGE_ROWS, SOAK_MIN_HOURS, NOTICE_MIN_HOURS } from './facts';
export {
  VERIFY_STALE_HOURS,
  tablesFingerprint,
  verificationStaleness,
  verifiedAt,
  staleChecks,
  type Staleness,
} from './verification-age';
