/**
 * Static safety analysis of migration SQL (issue 7). Pure: the parsers are loaded lazily with
 * dynamic imports, nothing here touches the DOM, storage or the clock.
 */
export { analyzeSql, loadSqlAnalyzer, toSqlFacts, type SqlAnalyzer } from './analyze';
export { parsePostgres, loadPostgresParser, type PgParseResult, type PgStatement } from './parse-postgres';
export {
  proposePhases,
  type PhaseProposal,
  type ProposedReplacement,
  type IdGenerator,
  type ProposeOptions,
} from './propose-phases';
export {
  proposeApproachPhases,
  type ApproachInput,
  type ApproachProposal,
  type ProposedApproach,
} from './propose-approach';
export { tableRowsFromComponents, firstIdentifier } from './table-rows';
export { PG_RULES, type RuleDef, type PgRuleId } from './rule-catalog';
export { MYSQL_RULES, type MysqlRuleId } from './rule-catalog-mysql';
export { SMALL_TABLE_ROWS, LARGE_TABLE_ROWS, sizeSeverity } from './severity';
export { sizeBand, scaledRisk, riskSeverity, blocksOf, BAND_LABELS } from './risk';
export { estimateLockQueue, trafficText, type LockQueueInput, type LockQueueEstimate } from './traffic';
export { parseTableStats, parseRate, type TableStats } from './table-stats';
export { planAnalysisInputs, type ExtraInputs, type PlanAnalysisInputs } from './plan-inputs';
export { tableRatesFromComponents } from './table-rows';
export { lockRank, pgLockModeFromView } from './lock-modes';
export { PG_LOCK_MODES, type PgLockMode } from './types';
export type {
  AnalyzeContext,
  Blocks,
  RiskLevel,
  SizeBand,
  SqlRiskFact,
  TableRates,
  AnalyzeOptions,
  AnalyzedStatement,
  Classification,
  Finding,
  FindingSubject,
  FixStep,
  LockMode,
  ScriptFinding,
  Severity,
  SqlAnalysis,
  SqlDialectName,
  SqlFacts,
  SqlParseError,
  SqlStatementFact,
} from './types';
