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
  totalMs: number;
};

export type Clock = () => number;
