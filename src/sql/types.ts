/**
 * Types of the SQL safety analysis. `SqlStatementFact` and `SqlFacts` are exactly the engine's input;
 * the richer `AnalyzedStatement` / `SqlAnalysis` extend them, so an analysis can be handed to the
 * engine as it is, or trimmed with `toSqlFacts()` for storage and workers.
 */

import type { SqlRiskFact as EngineRiskFact, SqlStatementFact as EngineStatementFact } from '../engine/types';

export type SqlDialectName = 'postgresql' | 'mysql';

export const CLASSIFICATIONS = ['expand', 'risky', 'breaking', 'destructive', 'unclassified'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/**
 * How loudly a finding should be shown:
 * - none: nothing to say (plain expand statement);
 * - info: worth knowing, safe to run as written (small table, advisory lint);
 * - warning: plan for it (lock or rewrite on a 1M to 100M row table, unknown size, breaking change);
 * - blocker: do not run as written (100M+ rows under a blocking lock, destructive in a forward phase,
 *   a statement that fails outright).
 */
export const SEVERITIES = ['none', 'info', 'warning', 'blocker'] as const;
export type Severity = (typeof SEVERITIES)[number];

/**
 * PostgreSQL's table-level lock modes, weakest first: the order of its lockdefs.h (LOCK TABLE's mode
 * number, 1 = ACCESS SHARE ... 8 = ACCESS EXCLUSIVE) and of the docs' "Explicit Locking" table. The
 * static analysis and the rehearsal both rank locks by it (lock-modes.ts).
 */
export const PG_LOCK_MODES = [
  'ACCESS SHARE',
  'ROW SHARE',
  'ROW EXCLUSIVE',
  'SHARE UPDATE EXCLUSIVE',
  'SHARE',
  'SHARE ROW EXCLUSIVE',
  'EXCLUSIVE',
  'ACCESS EXCLUSIVE',
] as const;
export type PgLockMode = (typeof PG_LOCK_MODES)[number];

/** A table lock: PostgreSQL's modes, and the MySQL names for MySQL findings. */
export type LockMode = PgLockMode | 'MYSQL SHARED' | 'MYSQL EXCLUSIVE' | 'MYSQL METADATA';

export type SqlParseError = { message: string; line: number; column: number };

/**
 * pgfence's scale of operational risk: what running the statement does to live traffic, apart from
 * whether it breaks old code (classification). Size-scaled rules move up the scale with the table.
 */
export const RISK_LEVELS = ['none', 'low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/** Table size bands (pgfence): under 10K rows, 10K to 1M, 1M to 10M, over 10M; unknown when nobody said. */
export type SizeBand = 'unknown' | 'under-10k' | '10k-1m' | '1m-10m' | 'over-10m';

/** Where a table's row count came from. */
export type RowsSource = 'plan' | 'stats';

/** What a lock stops other sessions from doing while it is held. */
export type Blocks = { reads: boolean; writes: boolean };

/** Reads and writes per second on a table, from pasted stats, --rates or the plan. */
export type TableRates = { readsPerSec: number; writesPerSec: number };

/**
 * One rule's verdict as the engine needs it (issue 22): lock, what it blocks, rewrite or scan, the
 * size it was judged at and the safe rewrite. Carried on SqlStatementFact so that the app's worker and
 * the CLI hand the engine the same facts. The engine declares the fields (its input); the analysis names
 * its own values for the classification, the risk, the lock, the size band and where the rows came from.
 */
export type SqlRiskFact = Omit<EngineRiskFact, 'classification' | 'risk' | 'lock' | 'rowsSource' | 'band'> & {
  classification: Classification;
  risk: RiskLevel;
  lock: LockMode | null;
  rowsSource: RowsSource | null;
  band: SizeBand;
};

/** The engine's input, statement by statement. Fields are only ever added (issue 22 added risks). */
export type SqlStatementFact = Omit<EngineStatementFact, 'classification' | 'risks'> & {
  classification: Classification;
  /** Every rule's risk on this statement; absent from producers older than issue 22. */
  risks?: SqlRiskFact[];
};

/** The engine's input for a whole script. */
export type SqlFacts = {
  dialect: SqlDialectName;
  statements: SqlStatementFact[];
  parseError: SqlParseError | null;
  /** Script-level findings (timeouts, transactions); absent from producers older than issue 22. */
  scriptRisks?: ScriptFinding[];
};

export type PhaseKindName = 'expand' | 'migrate' | 'contract';

/** One step of a safe replacement: what to do, in which phase, and the SQL when it can be written. */
export type FixStep = { phase: PhaseKindName; text: string; sql: string };

/** What a finding is about, for building its safe replacement. */
export type FindingSubject = {
  column?: string | undefined;
  newName?: string | undefined;
  constraint?: string | undefined;
  /** Key columns of a UNIQUE / PRIMARY KEY constraint. */
  keys?: string[] | undefined;
};

export type Finding = {
  ruleId: string;
  /** What this finding alone makes of the statement; advisory rules say 'expand'. */
  classification: Classification;
  severity: Severity;
  /** Operational risk, scaled by the table's size band for size rules (pgfence's scale). */
  risk: RiskLevel;
  lock: LockMode | null;
  blocks: Blocks;
  rewrite: boolean;
  scan: boolean;
  band: SizeBand;
  rowsSource: RowsSource | null;
  /** Lock x time x traffic in words, when the table's rates are known. */
  traffic: string | null;
  /** Names the lock and the effect (rewrite, full scan, blocks writes/reads). */
  message: string;
  /** The multi-step safe alternative; empty when there is none to offer. */
  alternative: string;
  table: string | null;
  /** Rows of `table` as matched from the plan's components; null when unknown. */
  rows: number | null;
  subject: FindingSubject;
  /** The safe multi-step replacement as steps, when one can be built from the statement. */
  fix: FixStep[] | null;
};

export type AnalyzedStatement = SqlStatementFact & {
  /** Parser's statement kind, e.g. 'AlterTableStmt' (PostgreSQL) or 'alter' (MySQL). */
  kind: string;
  /** The table lock the statement takes even when no rule warns (PostgreSQL); null when none or unknown. */
  lock?: LockMode | null;
  severity: Severity;
  findings: Finding[];
};

export type ScriptFinding = {
  ruleId: string;
  severity: Severity;
  message: string;
  /** Statement indexes the finding is about. */
  statements: number[];
};

export type SqlAnalysis = Omit<SqlFacts, 'statements'> & {
  statements: AnalyzedStatement[];
  /** Findings about the script as a whole (session timeouts, transaction blocks). */
  scriptFindings: ScriptFinding[];
};

export type AnalyzeOptions = {
  dialect: SqlDialectName;
  /** Row counts by table name (lower case; "schema.table" or "table"). See tableRowsFromComponents. */
  tableRows?: Record<string, number>;
  context?: AnalyzeContext;
};

/** What else the analysis may know about the database besides row counts. */
export type AnalyzeContext = {
  /** Tables whose counts came from a pasted pg_class / pg_stat_user_tables snapshot. */
  statsTables?: readonly string[];
  /** Read and write rates by table name, for the lock x traffic estimate. */
  rates?: Record<string, TableRates>;
  /** The schema before the migration (pg_dump --schema-only): column types, so type changes are judged. */
  schemaSql?: string;
};
