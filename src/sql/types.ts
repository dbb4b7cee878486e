/**
 * Types of the SQL safety analysis. `SqlStatementFact` and `SqlFacts` are exactly the engine's input;
 * the richer `AnalyzedStatement` / `SqlAnalysis` extend them, so an analysis can be handed to the
 * engine as it is, or trimmed with `toSqlFacts()` for storage and workers.
 */

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

/** PostgreSQL table-level lock modes, weakest first; MySQL findings use the MySQL names. */
export type LockMode =
  | 'ACCESS SHARE'
  | 'ROW SHARE'
  | 'ROW EXCLUSIVE'
  | 'SHARE UPDATE EXCLUSIVE'
  | 'SHARE'
  | 'SHARE ROW EXCLUSIVE'
  | 'EXCLUSIVE'
  | 'ACCESS EXCLUSIVE'
  | 'MYSQL SHARED'
  | 'MYSQL EXCLUSIVE'
  | 'MYSQL METADATA';

export type SqlParseError = { message: string; line: number; column: number };

/** The engine's input, statement by statement. Do not add fields here: extend AnalyzedStatement. */
export type SqlStatementFact = {
  index: number;
  line: number;
  text: string;
  classification: Classification;
  ruleIds: string[];
  table: string | null;
};

/** The engine's input for a whole script. */
export type SqlFacts = {
  dialect: SqlDialectName;
  statements: SqlStatementFact[];
  parseError: SqlParseError | null;
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
  lock: LockMode | null;
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
};
