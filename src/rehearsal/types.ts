import type { PGliteInterface } from '@electric-sql/pglite';
import type { Classification, LockMode } from '../sql';

/** The slice of PGlite the rehearsal drives; tests and the worker pass a real instance. */
export type Db = Pick<PGliteInterface, 'query' | 'exec'>;

export type RehearsalInput = {
  /** The current schema, e.g. `pg_dump --schema-only` output. */
  schemaSql: string;
  forwardSql: string;
  rollbackSql: string;
  /** Synthetic rows loaded into every table of the current schema; 0 loads none. */
  rowsPerTable: number;
};

export type RehearsalPhase = 'start' | 'schema' | 'rows' | 'forward' | 'rollback' | 'compare';

export type RehearsalProgress = {
  phase: RehearsalPhase;
  /** Statement counters for 'forward' and 'rollback'; 0/0 elsewhere. */
  done: number;
  total: number;
  message: string;
};

export type LockObservation = {
  relation: string;
  /** 'table', 'index', 'sequence', 'view' ... from pg_class.relkind. */
  kind: string;
  modes: LockMode[];
};

/** What the static analysis said about the same statement, when it was available. */
export type StaticView = {
  classification: Classification;
  lock: LockMode | null;
  rewrite: boolean;
  ruleIds: string[];
};

/**
 * How the rehearsal's observation and the static analysis compare for one statement (pgfence's trace
 * categories): both agree; both speak and disagree; PostgreSQL did something notable the analysis did
 * not predict; the analysis predicted a lock the rehearsal could not see; the statement failed.
 * 'skipped' is transaction control, which the rehearsal does not run on its own.
 */
export type Reconciliation = 'confirmed' | 'mismatch' | 'trace-only' | 'static-only' | 'error' | 'skipped';

/** A lock a statement took inside the script's own BEGIN ... COMMIT, held while later statements run. */
export type HeldLock = {
  script: 'forward' | 'rollback';
  relation: string;
  mode: LockMode;
  /** The statement that took it. */
  fromLine: number;
  /** The lines of the later statements that run while it is held. */
  heldThrough: number[];
  /** Line of the COMMIT (or ROLLBACK) that releases it; null when the script never ends the block. */
  releasedAt: number | null;
};

export type StatementObservation = {
  script: 'forward' | 'rollback';
  index: number;
  line: number;
  text: string;
  ok: boolean;
  error: string | null;
  /** false when the statement cannot run in a transaction block (CONCURRENTLY...): locks unseen. */
  inTransaction: boolean;
  /** Skipped transaction control (BEGIN/COMMIT): the rehearsal gives each statement its own. */
  skipped: boolean;
  locks: LockObservation[];
  /** Tables (and materialised views) whose relfilenode changed: rewritten. */
  rewritten: string[];
  ms: number;
  static: StaticView | null;
  /** Where observation and static analysis disagree, in words; empty when they agree. */
  disagreements: string[];
  reconciliation: Reconciliation;
};

export type TableData = { table: string; rows: number; checksum: string };

export type DataCheck = {
  table: string;
  before: TableData | null;
  after: TableData | null;
  ok: boolean;
  message: string;
};

export type RehearsalVerdict = 'pass' | 'fail';

export type RehearsalResult = {
  verdict: RehearsalVerdict;
  /** One line each, why the verdict is 'fail'; empty on a pass. */
  reasons: string[];
  serverVersion: string;
  pgliteVersion: string;
  rowsPerTable: number;
  /** Tables whose synthetic rows could not be generated, with the error. */
  rowWarnings: string[];
  schemaError: string | null;
  forward: StatementObservation[];
  rollback: StatementObservation[];
  catalogDiff: string[];
  dataChecks: DataCheck[];
  /** Locks the script's own transaction blocks keep across later statements. */
  heldLocks: HeldLock[];
  totalMs: number;
};

export type Clock = () => number;
