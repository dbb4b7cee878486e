import type { RuleDef } from './rule-catalog';
import { DELETE_ROWS, DROP_COLUMN_ALTERNATIVE } from './rule-catalog-shared';

/** PG-016 onwards; split from rule-catalog.ts only to keep files short. */
export const PG_RULES_LATER = {
  'PG-016': {
    id: 'PG-016',
    classification: 'breaking',
    lock: null,
    title: 'RENAME SCHEMA',
    effect: 'every qualified name and search_path entry in old application versions breaks at once',
    alternative:
      'create the new schema and move objects behind views or synonyms; drop the old schema in the contract phase',
    severity: 'warning',
  },
  'PG-017': {
    id: 'PG-017',
    classification: 'destructive',
    lock: 'ACCESS EXCLUSIVE',
    title: 'DROP COLUMN',
    effect: 'deletes the data for good, and old application versions that select the column fail',
    alternative: DROP_COLUMN_ALTERNATIVE,
    severity: 'blocker',
  },
  'PG-018': {
    id: 'PG-018',
    classification: 'destructive',
    lock: 'ACCESS EXCLUSIVE',
    title: 'DROP TABLE',
    effect: 'deletes the data for good',
    alternative:
      'rename or keep the table until the migration is verified; drop it in the contract phase after the soak',
    severity: 'blocker',
  },
  'PG-019': {
    id: 'PG-019',
    classification: 'destructive',
    lock: 'ACCESS EXCLUSIVE',
    title: 'DROP DATABASE or SCHEMA',
    effect: 'deletes every object and row in it for good',
    alternative:
      'keep it until the migration is verified; drop it in the contract phase after the soak, with a verified backup',
    severity: 'blocker',
  },
  'PG-020': {
    id: 'PG-020',
    classification: 'destructive',
    lock: 'ACCESS EXCLUSIVE',
    title: 'TRUNCATE',
    effect: 'deletes every row at once and blocks reads and writes',
    alternative:
      'never in a forward phase; delete in batches in the contract phase after the soak, with a verified backup',
    severity: 'blocker',
  },
  'PG-021': {
    id: 'PG-021',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'VACUUM FULL',
    effect: 'rewrites the whole table while blocking reads and writes',
    alternative:
      'plain VACUUM, or pg_repack / pg_squeeze to reclaim space online (REPACK (CONCURRENTLY) from PostgreSQL 19)',
    severity: 'size',
  },
  'PG-022': {
    id: 'PG-022',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'CLUSTER',
    effect: 'rewrites the whole table while blocking reads and writes',
    alternative:
      'pg_repack --order-by to reorder online (REPACK (CONCURRENTLY) ... USING INDEX from PostgreSQL 19)',
    severity: 'size',
  },
  'PG-023': {
    id: 'PG-023',
    classification: 'expand',
    lock: null,
    title: 'json instead of jsonb',
    effect: 'json keeps text as written: no indexing, no equality, slower to query',
    alternative: 'use jsonb',
    severity: 'info',
  },
  'PG-024': {
    id: 'PG-024',
    classification: 'expand',
    lock: null,
    title: 'no lock_timeout for the session',
    effect:
      'a statement that waits for its lock queues every later query on the table behind it, so a long transaction turns a short lock into an outage',
    alternative:
      "SET lock_timeout = '5s' (and a statement_timeout) at the top of the script; retry on timeout",
    severity: 'warning',
  },
  'PG-025': {
    id: 'PG-025',
    classification: 'expand',
    lock: null,
    title: 'not idempotent where a retry matters',
    effect:
      'the script runs outside one transaction, so a failure halfway leaves this applied and a retry fails on it',
    alternative:
      'add IF NOT EXISTS / IF EXISTS, or run the script in one transaction block (not for CONCURRENTLY statements, which cannot run in one)',
    severity: 'info',
  },
  'PG-026': {
    id: 'PG-026',
    classification: 'breaking',
    lock: 'ACCESS EXCLUSIVE',
    title: 'DROP of a view, function, type or trigger',
    effect: 'old application versions that use it fail at once',
    alternative: 'stop using it first; drop it in the contract phase after the soak',
    severity: 'warning',
  },
  'PG-027': {
    id: 'PG-027',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'table rewrite (SET TABLESPACE, SET LOGGED/UNLOGGED, SET ACCESS METHOD)',
    effect: 'rewrites the whole table while blocking reads and writes',
    alternative: 'copy into a new table online (logical replication, pg_repack) and switch over',
    severity: 'size',
  },
  'PG-028': {
    id: 'PG-028',
    classification: 'risky',
    lock: 'ROW EXCLUSIVE',
    title: 'UPDATE of the whole table in one statement',
    effect: 'locks every row for one long transaction, bloats the table and lags replicas',
    alternative: 'backfill in batches (WHERE id BETWEEN ...), committing each batch, pausable and resumable',
    severity: 'size',
  },
  'PG-029': { id: 'PG-029', ...DELETE_ROWS },
  'PG-030': {
    id: 'PG-030',
    classification: 'risky',
    lock: 'ACCESS EXCLUSIVE',
    title: 'explicit LOCK TABLE',
    effect: 'holds the lock until the transaction ends, blocking others as the mode says',
    alternative: 'keep the transaction short, set lock_timeout first, or avoid the explicit lock',
    severity: 'warning',
  },
} as const satisfies Record<string, RuleDef>;
