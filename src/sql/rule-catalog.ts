import { PG_RULES_LATER } from './rule-catalog-postgres-later';
import { PG_RULES_MORE } from './rule-catalog-postgres-more';
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

/** Stable ids: never renumber, only append. The UI and exports show these next to each finding. */
export const PG_RULES = {
  'PG-000': {
    id: 'PG-000',
    classification: 'unclassified',
    lock: null,
    title: 'unclassified: review by hand',
    effect: 'no rule here understands this statement, so it is not assumed safe',
    alternative: '',
    severity: 'warning',
  },
  'PG-001': {
    id: 'PG-001',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'ADD COLUMN with a volatile default (or serial, identity, stored generated)',
    effect: 'rewrites the whole table while blocking reads and writes',
    alternative:
      'add the column without a default (or with a constant one); set the default for new rows; backfill existing rows in batches',
    severity: 'size',
  },
  'PG-002': {
    id: 'PG-002',
    classification: 'breaking',
    lock: 'ACCESS EXCLUSIVE',
    title: 'ADD COLUMN NOT NULL without a default',
    effect:
      'fails on a table that has rows, and old application versions that insert without the column fail',
    alternative:
      'add the column nullable (or NOT NULL with a constant DEFAULT); backfill in batches; ADD CONSTRAINT ... CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT; SET NOT NULL; drop the check',
    severity: 'blocker',
  },
  'PG-003': {
    id: 'PG-003',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'SET NOT NULL on an existing column',
    effect: 'scans the whole table to check for NULLs while blocking reads and writes',
    alternative:
      'ADD CONSTRAINT c CHECK (col IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT c (SHARE UPDATE EXCLUSIVE, does not block writes); SET NOT NULL (uses the valid check, no scan); DROP CONSTRAINT c',
    severity: 'size',
  },
  'PG-004': {
    id: 'PG-004',
    classification: 'breaking',
    lock: 'ACCESS EXCLUSIVE',
    title: 'column type change',
    effect:
      'rewrites the table and its indexes while blocking reads and writes, and the application sees the new type',
    alternative:
      'add a new column of the new type; dual-write and backfill in batches; switch reads; drop the old column in the contract phase',
    severity: 'size',
  },
  'PG-005': {
    id: 'PG-005',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'varchar resize',
    effect:
      'a longer limit or text is metadata-only, but a shorter limit (or a limit on text) rewrites or scans the table while blocking reads and writes',
    alternative:
      'only ever raise a varchar limit or drop it for text; to enforce a shorter length, add a CHECK (char_length(col) <= n) NOT VALID and VALIDATE it',
    severity: 'size',
  },
  'PG-006': {
    id: 'PG-006',
    classification: 'risky',
    lock: 'SHARE',
    title: 'CREATE INDEX without CONCURRENTLY',
    effect: 'blocks every write to the table for the whole index build',
    alternative:
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS ..., outside a transaction block; check for an INVALID index if it fails',
    severity: 'size',
  },
  'PG-007': {
    id: 'PG-007',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'DROP INDEX without CONCURRENTLY',
    effect: 'waits behind running queries and then blocks reads and writes of the table',
    alternative: 'DROP INDEX CONCURRENTLY IF EXISTS ..., outside a transaction block',
    severity: 'warning',
  },
  'PG-008': {
    id: 'PG-008',
    classification: 'risky',
    lock: 'SHARE',
    title: 'REINDEX without CONCURRENTLY',
    effect: 'blocks writes to the table (and reads that use the index) for the whole rebuild',
    alternative: 'REINDEX ... CONCURRENTLY (PostgreSQL 12+), outside a transaction block',
    severity: 'size',
  },
  'PG-009': {
    id: 'PG-009',
    classification: 'risky',
    lock: null,
    title: 'CONCURRENTLY inside a transaction block',
    effect: 'fails at once: CONCURRENTLY cannot run inside BEGIN ... COMMIT, so the migration stops halfway',
    alternative: 'move the CONCURRENTLY statement out of the transaction block, into its own step',
    severity: 'blocker',
  },
  'PG-010': {
    id: 'PG-010',
    classification: 'risky',
    lock: 'SHARE ROW EXCLUSIVE',
    title: 'FOREIGN KEY without NOT VALID',
    effect: 'scans the whole table to validate while blocking writes to both tables',
    alternative:
      'ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID; then VALIDATE CONSTRAINT in a later step (SHARE UPDATE EXCLUSIVE)',
    severity: 'size',
  },
  'PG-011': {
    id: 'PG-011',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'CHECK constraint without NOT VALID',
    effect: 'scans the whole table to validate while blocking reads and writes',
    alternative:
      'ADD CONSTRAINT ... CHECK (...) NOT VALID; then VALIDATE CONSTRAINT in a later step (SHARE UPDATE EXCLUSIVE)',
    severity: 'size',
  },
  'PG-012': {
    id: 'PG-012',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'UNIQUE constraint added directly',
    effect: 'builds a unique index while blocking reads and writes',
    alternative: 'CREATE UNIQUE INDEX CONCURRENTLY i ...; then ADD CONSTRAINT u UNIQUE USING INDEX i',
    severity: 'size',
  },
  'PG-013': {
    id: 'PG-013',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'PRIMARY KEY without USING INDEX',
    effect: 'builds a unique index (and checks NOT NULL) while blocking reads and writes',
    alternative:
      'make the columns NOT NULL safely (see PG-003); CREATE UNIQUE INDEX CONCURRENTLY i ...; ADD CONSTRAINT pk PRIMARY KEY USING INDEX i',
    severity: 'size',
  },
  'PG-014': {
    id: 'PG-014',
    classification: 'breaking',
    lock: 'ACCESS EXCLUSIVE',
    title: 'RENAME COLUMN',
    effect: 'old application versions still use the old name and fail at once',
    alternative:
      'add the new column; dual-write and backfill; switch reads; drop the old column in the contract phase',
    severity: 'warning',
  },
  'PG-015': {
    id: 'PG-015',
    classification: 'breaking',
    lock: 'ACCESS EXCLUSIVE',
    title: 'RENAME TABLE or VIEW',
    effect: 'old application versions still use the old name and fail at once',
    alternative:
      'rename and create a view with the old name in the same transaction (simple views are updatable); drop the view in the contract phase',
    severity: 'warning',
  },
  ...PG_RULES_LATER,
  ...PG_RULES_MORE,
} as const satisfies Record<string, RuleDef>;

export type PgRuleId = keyof typeof PG_RULES;
