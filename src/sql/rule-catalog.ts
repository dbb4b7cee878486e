import type { SeverityPolicy } from './severity';
import type { Classification, LockMode } from './types';

export type RuleDef = {
  id: string;
  /** What the rule makes of the statement; advisory rules leave it 'expand'. */
  classification: Classification;
  lock: LockMode | null;
  /** Short name, first words of the message. */
  title: string;
  /** What the lock or operation does to the running application. */
  effect: string;
  alternative: string;
  severity: SeverityPolicy;
};

const rule = (def: RuleDef): RuleDef => def;

/** Stable ids: never renumber, only append. The UI and exports show these next to each finding. */
export const PG_RULES = {
  'PG-000': rule({
    id: 'PG-000',
    classification: 'unclassified',
    lock: null,
    title: 'unclassified: review by hand',
    effect: 'no rule here understands this statement, so it is not assumed safe',
    alternative: '',
    severity: 'warning',
  }),
  'PG-001': rule({
    id: 'PG-001',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'ADD COLUMN with a volatile default (or serial, identity, stored generated)',
    effect: 'rewrites the whole table while blocking reads and writes',
    alternative:
      'add the column without a default (or with a constant one); set the default for new rows; backfill existing rows in batches',
    severity: 'size',
  }),
  'PG-002': rule({
    id: 'PG-002',
    classification: 'breaking',
    lock: 'ACCESS EXCLUSIVE',
    title: 'ADD COLUMN NOT NULL without a default',
    effect:
      'fails on a table that has rows, and old application versions that insert without the column fail',
    alternative:
      'add the column nullable (or NOT NULL with a constant DEFAULT); backfill in batches; ADD CONSTRAINT ... CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; SET NOT NULL; drop the check',
    severity: 'blocker',
  }),
  'PG-003': rule({
    id: 'PG-003',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'SET NOT NULL on an existing column',
    effect: 'scans the whole table to check for NULLs while blocking reads and writes',
    alternative:
      'ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c (SHARE UPDATE EXCLUSIVE, does not block writes); SET NOT NULL (uses the valid check, no scan); DROP CONSTRAINT c',
    severity: 'size',
  }),
  'PG-004': rule({
    id: 'PG-004',
    classification: 'breaking',
    lock: 'ACCESS EXCLUSIVE',
    title: 'column type change',
    effect:
      'rewrites the table and its indexes while blocking reads and writes, and the application sees the new type',
    alternative:
      'add a new column of the new type; dual-write and backfill in batches; switch reads; drop the old column in the contract phase',
    severity: 'size',
  }),
  'PG-005': rule({
    id: 'PG-005',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'varchar resize',
    effect:
      'a longer limit or text is metadata-only, but a shorter limit (or a limit on text) rewrites or scans the table while blocking reads and writes',
    alternative:
      'only ever raise a varchar limit or drop it for text; to enforce a shorter length, add a CHECK (char_length(col) <= n) NOT VALID and VALIDATE it',
    severity: 'size',
  }),
  'PG-006': rule({
    id: 'PG-006',
    classification: 'risky',
    lock: 'SHARE',
    title: 'CREATE INDEX without CONCURRENTLY',
    effect: 'blocks every write to the table for the whole index build',
    alternative:
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS ..., outside a transaction block; check for an INVALID index if it fails',
    severity: 'size',
  }),
  'PG-007': rule({
    id: 'PG-007',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'DROP INDEX without CONCURRENTLY',
    effect: 'waits behind running queries and then blocks reads and writes of the table',
    alternative: 'DROP INDEX CONCURRENTLY IF EXISTS ..., outside a transaction block',
    severity: 'warning',
  }),
  'PG-008': rule({
    id: 'PG-008',
    classification: 'risky',
    lock: 'SHARE',
    title: 'REINDEX without CONCURRENTLY',
    effect: 'blocks writes to the table (and reads that use the index) for the whole rebuild',
    alternative: 'REINDEX ... CONCURRENTLY (PostgreSQL 12+), outside a transaction block',
    severity: 'size',
  }),
  'PG-009': rule({
    id: 'PG-009',
    classification: 'risky',
    lock: null,
    title: 'CONCURRENTLY inside a transaction block',
    effect: 'fails at once: CONCURRENTLY cannot run inside BEGIN ... COMMIT, so the migration stops halfway',
    alternative: 'move the CONCURRENTLY statement out of the transaction block, into its own step',
    severity: 'blocker',
  }),
  'PG-010': rule({
    id: 'PG-010',
    classification: 'risky',
    lock: 'SHARE ROW EXCLUSIVE',
    title: 'FOREIGN KEY without NOT VALID',
    effect: 'scans the whole table to validate while blocking writes to both tables',
    alternative:
      'ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID; then VALIDATE CONSTRAINT in a later step (SHARE UPDATE EXCLUSIVE)',
    severity: 'size',
  }),
  'PG-011': rule({
    id: 'PG-011',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'CHECK constraint without NOT VALID',
    effect: 'scans the whole table to validate while blocking reads and writes',
    alternative:
      'ADD CONSTRAINT ... CHECK (...) NOT VALID; then VALIDATE CONSTRAINT in a later step (SHARE UPDATE EXCLUSIVE)',
    severity: 'size',
  }),
  'PG-012': rule({
    id: 'PG-012',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'UNIQUE constraint added directly',
    effect: 'builds a unique index while blocking reads and writes',
    alternative: 'CREATE UNIQUE INDEX CONCURRENTLY i ...; then ADD CONSTRAINT u UNIQUE USING INDEX i',
    severity: 'size',
  }),
  'PG-013': rule({
    id: 'PG-013',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'PRIMARY KEY without USING INDEX',
    effect: 'builds a unique index (and checks NOT NULL) while blocking reads and writes',
    alternative:
      'make the columns NOT NULL safely (see PG-003); CREATE UNIQUE INDEX CONCURRENTLY i ...; ADD CONSTRAINT pk PRIMARY KEY USING INDEX i',
    severity: 'size',
  }),
  'PG-014': rule({
    id: 'PG-014',
    classification: 'breaking',
    lock: 'ACCESS EXCLUSIVE',
    title: 'RENAME COLUMN',
    effect: 'old application versions still use the old name and fail at once',
    alternative:
      'add the new column; dual-write and backfill; switch reads; drop the old column in the contract phase',
    severity: 'warning',
  }),
  'PG-015': rule({
    id: 'PG-015',
    classification: 'breaking',
    lock: 'ACCESS EXCLUSIVE',
    title: 'RENAME TABLE or VIEW',
    effect: 'old application versions still use the old name and fail at once',
    alternative:
      'rename and create a view with the old name in the same transaction (simple views are updatable); drop the view in the contract phase',
    severity: 'warning',
  }),
  'PG-016': rule({
    id: 'PG-016',
    classification: 'breaking',
    lock: null,
    title: 'RENAME SCHEMA',
    effect: 'every qualified name and search_path entry in old application versions breaks at once',
    alternative:
      'create the new schema and move objects behind views or synonyms; drop the old schema in the contract phase',
    severity: 'warning',
  }),
  'PG-017': rule({
    id: 'PG-017',
    classification: 'destructive',
    lock: 'ACCESS EXCLUSIVE',
    title: 'DROP COLUMN',
    effect: 'deletes the data for good, and old application versions that select the column fail',
    alternative: 'stop reading and writing the column first; drop it in the contract phase after the soak',
    severity: 'blocker',
  }),
  'PG-018': rule({
    id: 'PG-018',
    classification: 'destructive',
    lock: 'ACCESS EXCLUSIVE',
    title: 'DROP TABLE',
    effect: 'deletes the data for good',
    alternative:
      'rename or keep the table until the migration is verified; drop it in the contract phase after the soak',
    severity: 'blocker',
  }),
  'PG-019': rule({
    id: 'PG-019',
    classification: 'destructive',
    lock: 'ACCESS EXCLUSIVE',
    title: 'DROP DATABASE or SCHEMA',
    effect: 'deletes every object and row in it for good',
    alternative:
      'keep it until the migration is verified; drop it in the contract phase after the soak, with a verified backup',
    severity: 'blocker',
  }),
  'PG-020': rule({
    id: 'PG-020',
    classification: 'destructive',
    lock: 'ACCESS EXCLUSIVE',
    title: 'TRUNCATE',
    effect: 'deletes every row at once and blocks reads and writes',
    alternative:
      'never in a forward phase; delete in batches in the contract phase after the soak, with a verified backup',
    severity: 'blocker',
  }),
  'PG-021': rule({
    id: 'PG-021',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'VACUUM FULL',
    effect: 'rewrites the whole table while blocking reads and writes',
    alternative: 'plain VACUUM, or pg_repack / pg_squeeze to reclaim space online',
    severity: 'size',
  }),
  'PG-022': rule({
    id: 'PG-022',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'CLUSTER',
    effect: 'rewrites the whole table while blocking reads and writes',
    alternative: 'pg_repack --order-by to reorder online',
    severity: 'size',
  }),
  'PG-023': rule({
    id: 'PG-023',
    classification: 'expand',
    lock: null,
    title: 'json instead of jsonb',
    effect: 'json keeps text as written: no indexing, no equality, slower to query',
    alternative: 'use jsonb',
    severity: 'info',
  }),
  'PG-024': rule({
    id: 'PG-024',
    classification: 'expand',
    lock: null,
    title: 'no lock_timeout for the session',
    effect:
      'a statement that waits for its lock queues every later query on the table behind it, so a long transaction turns a short lock into an outage',
    alternative:
      "SET lock_timeout = '5s' (and a statement_timeout) at the top of the script; retry on timeout",
    severity: 'warning',
  }),
  'PG-025': rule({
    id: 'PG-025',
    classification: 'expand',
    lock: null,
    title: 'not idempotent where a retry matters',
    effect:
      'the script runs outside one transaction, so a failure halfway leaves this applied and a retry fails on it',
    alternative: 'add IF NOT EXISTS / IF EXISTS, or run the script in one transaction block',
    severity: 'info',
  }),
  'PG-026': rule({
    id: 'PG-026',
    classification: 'breaking',
    lock: 'ACCESS EXCLUSIVE',
    title: 'DROP of a view, function, type or trigger',
    effect: 'old application versions that use it fail at once',
    alternative: 'stop using it first; drop it in the contract phase after the soak',
    severity: 'warning',
  }),
  'PG-027': rule({
    id: 'PG-027',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'table rewrite (SET TABLESPACE, SET LOGGED/UNLOGGED, SET ACCESS METHOD)',
    effect: 'rewrites the whole table while blocking reads and writes',
    alternative: 'copy into a new table online (logical replication, pg_repack) and switch over',
    severity: 'size',
  }),
  'PG-028': rule({
    id: 'PG-028',
    classification: 'risky',
    lock: 'ROW EXCLUSIVE',
    title: 'UPDATE of the whole table in one statement',
    effect: 'locks every row for one long transaction, bloats the table and lags replicas',
    alternative: 'backfill in batches (WHERE id BETWEEN ...), committing each batch, pausable and resumable',
    severity: 'size',
  }),
  'PG-029': rule({
    id: 'PG-029',
    classification: 'destructive',
    lock: null,
    title: 'DELETE',
    effect: 'deletes rows for good; source data must be kept until the migration is verified',
    alternative: 'delete in batches in the contract phase after the soak, with a verified backup',
    severity: 'blocker',
  }),
  'PG-030': rule({
    id: 'PG-030',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'explicit LOCK TABLE',
    effect: 'holds the lock until the transaction ends, blocking others as the mode says',
    alternative: 'keep the transaction short, set lock_timeout first, or avoid the explicit lock',
    severity: 'warning',
  }),
} as const satisfies Record<string, RuleDef>;

export type PgRuleId = keyof typeof PG_RULES;
