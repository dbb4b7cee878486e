import type { Classification } from './types';

/**
 * One corpus case: a script and what the analysis must say about one of its statements
 * (the last one unless `at` says otherwise). Unsafe forms and their safe counterparts sit
 * side by side; a safe form must come out 'expand' with no rule ids at all.
 */
export type CorpusCase = { sql: string; expect: Classification; rules: string[]; at?: number; note?: string };

/** A safe form: it must come out 'expand' with no rule ids. */
export const safe = (sql: string, note?: string, at?: number): CorpusCase => ({
  sql,
  expect: 'expand',
  rules: [],
  note,
  at,
});

export const PG_CORPUS: CorpusCase[] = [
  // PG-001 volatile default / rewrite on ADD COLUMN
  {
    sql: 'ALTER TABLE users ADD COLUMN token uuid DEFAULT gen_random_uuid()',
    expect: 'risky',
    rules: ['PG-001'],
  },
  {
    sql: 'ALTER TABLE users ADD COLUMN seen_at timestamptz DEFAULT clock_timestamp()',
    expect: 'risky',
    rules: ['PG-001'],
  },
  { sql: 'ALTER TABLE users ADD COLUMN n bigserial', expect: 'risky', rules: ['PG-001', 'PG-033'] },
  {
    sql: 'ALTER TABLE users ADD COLUMN n2 bigint GENERATED ALWAYS AS IDENTITY',
    expect: 'risky',
    rules: ['PG-001'],
  },
  safe('ALTER TABLE users ADD COLUMN created_at timestamptz DEFAULT now()', 'now() is stable: stored once'),
  safe("ALTER TABLE users ADD COLUMN status text DEFAULT 'new'"),
  safe('ALTER TABLE users ADD COLUMN note text'),
  // PG-002 NOT NULL without default
  { sql: 'ALTER TABLE users ADD COLUMN tier bigint NOT NULL', expect: 'breaking', rules: ['PG-002'] },
  safe('ALTER TABLE users ADD COLUMN tier bigint NOT NULL DEFAULT 0'),
  // PG-003 SET NOT NULL
  { sql: 'ALTER TABLE users ALTER COLUMN email SET NOT NULL', expect: 'risky', rules: ['PG-003'] },
  safe('ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID'),
  safe('ALTER TABLE users VALIDATE CONSTRAINT users_email_nn'),
  safe(
    'BEGIN; ALTER TABLE users ADD CONSTRAINT users_email_nn CHECK (email IS NOT NULL) NOT VALID; COMMIT; ' +
      'ALTER TABLE users VALIDATE CONSTRAINT users_email_nn; ALTER TABLE users ALTER COLUMN email SET NOT NULL',
    'SET NOT NULL after a validated check does not scan',
  ),
  { sql: 'ALTER TABLE users ALTER COLUMN email DROP NOT NULL', expect: 'expand', rules: ['PG-045'] },
  // PG-004 type change
  { sql: 'ALTER TABLE users ALTER COLUMN age TYPE bigint', expect: 'breaking', rules: ['PG-004'] },
  {
    sql: 'ALTER TABLE users ALTER COLUMN age TYPE text USING age::text',
    expect: 'breaking',
    rules: ['PG-004'],
  },
  {
    sql: 'ALTER TABLE users ADD COLUMN IF NOT EXISTS code bigint; ALTER TABLE users ALTER COLUMN code TYPE varchar(10)',
    expect: 'breaking',
    rules: ['PG-004'],
  },
  // PG-005 varchar resize
  {
    sql: 'ALTER TABLE users ADD COLUMN IF NOT EXISTS nick varchar(50); ALTER TABLE users ALTER COLUMN nick TYPE varchar(10)',
    expect: 'risky',
    rules: ['PG-005'],
  },
  {
    sql: 'ALTER TABLE users ALTER COLUMN name TYPE varchar(100)',
    expect: 'risky',
    rules: ['PG-005'],
    note: 'current type unknown',
  },
  safe(
    'ALTER TABLE users ADD COLUMN IF NOT EXISTS nick varchar(20); ALTER TABLE users ALTER COLUMN nick TYPE varchar(50)',
    'widening',
  ),
  safe(
    'ALTER TABLE users ADD COLUMN IF NOT EXISTS nick varchar(20); ALTER TABLE users ALTER COLUMN nick TYPE text',
    'to text',
  ),
  // PG-006 CREATE INDEX
  { sql: 'CREATE INDEX users_email_idx ON users (email)', expect: 'risky', rules: ['PG-006'] },
  { sql: 'CREATE UNIQUE INDEX users_email_key ON users (lower(email))', expect: 'risky', rules: ['PG-006'] },
  safe('CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email_idx ON users (email)'),
  safe(
    'CREATE TABLE IF NOT EXISTS audit (id bigint, at timestamptz); CREATE INDEX audit_at_idx ON audit (at)',
    'new table is empty',
  ),
  // PG-007 DROP INDEX
  { sql: 'DROP INDEX users_email_idx', expect: 'risky', rules: ['PG-007'] },
  safe('DROP INDEX CONCURRENTLY IF EXISTS users_email_idx'),
  // PG-008 REINDEX
  { sql: 'REINDEX TABLE users', expect: 'risky', rules: ['PG-008'] },
  { sql: 'REINDEX INDEX users_email_idx', expect: 'risky', rules: ['PG-008'] },
  safe('REINDEX TABLE CONCURRENTLY users'),
  safe('REINDEX INDEX CONCURRENTLY users_email_idx'),
  // PG-009 CONCURRENTLY in a transaction block
  {
    sql: 'BEGIN; CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON users (email); COMMIT',
    expect: 'risky',
    rules: ['PG-009'],
    at: 1,
  },
  { sql: 'BEGIN; DROP INDEX CONCURRENTLY IF EXISTS i; COMMIT', expect: 'risky', rules: ['PG-009'], at: 1 },
  safe(
    'BEGIN; ALTER TABLE users ADD COLUMN x bigint; COMMIT; CREATE INDEX CONCURRENTLY IF NOT EXISTS i ON users (x)',
  ),
  // PG-010 foreign key
  {
    sql: 'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id)',
    expect: 'risky',
    rules: ['PG-010'],
  },
  {
    sql: 'ALTER TABLE orders ADD COLUMN user_id bigint REFERENCES users (id)',
    expect: 'risky',
    rules: ['PG-010'],
  },
  safe(
    'ALTER TABLE orders ADD CONSTRAINT orders_user_fk FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID',
  ),
  safe('ALTER TABLE orders VALIDATE CONSTRAINT orders_user_fk'),
  safe('CREATE TABLE IF NOT EXISTS items (id bigint PRIMARY KEY, order_id bigint REFERENCES orders (id))'),
  // PG-011 check
  {
    sql: 'ALTER TABLE orders ADD CONSTRAINT amount_pos CHECK (amount > 0)',
    expect: 'risky',
    rules: ['PG-011'],
  },
  safe('ALTER TABLE orders ADD CONSTRAINT amount_pos CHECK (amount > 0) NOT VALID'),
  safe('ALTER TABLE orders VALIDATE CONSTRAINT amount_pos'),
  // PG-012 unique
  {
    sql: 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email)',
    expect: 'risky',
    rules: ['PG-012'],
  },
  safe('ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx'),
  // PG-013 primary key
  { sql: 'ALTER TABLE users ADD PRIMARY KEY (id)', expect: 'risky', rules: ['PG-013'] },
  safe('ALTER TABLE users ADD CONSTRAINT users_pkey PRIMARY KEY USING INDEX users_id_idx'),
  // PG-014..016 renames
  { sql: 'ALTER TABLE users RENAME COLUMN email TO email_address', expect: 'breaking', rules: ['PG-014'] },
  { sql: 'ALTER TABLE users RENAME TO customers', expect: 'breaking', rules: ['PG-015'] },
  { sql: 'ALTER VIEW active_users RENAME TO current_users', expect: 'breaking', rules: ['PG-015'] },
  { sql: 'ALTER SCHEMA billing RENAME TO invoicing', expect: 'breaking', rules: ['PG-016'] },
  safe('ALTER INDEX users_email_idx RENAME TO users_email_lookup_idx'),
  safe('ALTER TABLE users RENAME CONSTRAINT users_email_nn TO users_email_not_null'),
  safe(
    'CREATE TABLE IF NOT EXISTS drafts (a int); ALTER TABLE drafts RENAME COLUMN a TO b',
    'nobody uses a new table yet',
  ),
  // PG-017..019, PG-026 drops
  { sql: 'ALTER TABLE users DROP COLUMN legacy_flag', expect: 'destructive', rules: ['PG-017'] },
  { sql: 'DROP TABLE legacy_users', expect: 'destructive', rules: ['PG-018'] },
  { sql: 'DROP TABLE IF EXISTS old_a, old_b CASCADE', expect: 'destructive', rules: ['PG-018'] },
  { sql: 'DROP MATERIALIZED VIEW monthly_totals', expect: 'destructive', rules: ['PG-018'] },
  { sql: 'DROP DATABASE legacy', expect: 'destructive', rules: ['PG-019'] },
  { sql: 'DROP SCHEMA old CASCADE', expect: 'destructive', rules: ['PG-019'] },
  { sql: 'DROP VIEW active_users', expect: 'breaking', rules: ['PG-026'] },
  { sql: 'DROP FUNCTION touch_updated_at()', expect: 'breaking', rules: ['PG-026'] },
  safe(
    'CREATE TABLE IF NOT EXISTS scratch (id bigint); DROP TABLE IF EXISTS scratch',
    'dropping what the script made',
  ),
  // PG-020 truncate
  { sql: 'TRUNCATE audit_log', expect: 'destructive', rules: ['PG-020'] },
  { sql: 'TRUNCATE orders, items CASCADE', expect: 'destructive', rules: ['PG-020'] },
  // PG-021 / PG-022 rewrites for space and order
  { sql: 'VACUUM FULL users', expect: 'risky', rules: ['PG-021'] },
  { sql: 'VACUUM (FULL, ANALYZE) users', expect: 'risky', rules: ['PG-021'] },
  safe('VACUUM (ANALYZE) users'),
  safe('VACUUM (FULL false) users'),
  safe('ANALYZE users'),
  { sql: 'CLUSTER users USING users_pkey', expect: 'risky', rules: ['PG-022'] },
  safe('ALTER TABLE users CLUSTER ON users_pkey', 'only marks the index'),
  // PG-023 json
  { sql: 'CREATE TABLE IF NOT EXISTS events (id bigint, payload json)', expect: 'expand', rules: ['PG-023'] },
  { sql: 'ALTER TABLE events ADD COLUMN meta json', expect: 'expand', rules: ['PG-023'] },
  safe('CREATE TABLE IF NOT EXISTS events (id bigint, payload jsonb)'),
  safe('ALTER TABLE events ADD COLUMN meta jsonb'),
  // PG-025 retry safety
  {
    sql: 'ALTER TABLE users ADD COLUMN a bigint; ALTER TABLE users ADD COLUMN b bigint',
    expect: 'expand',
    rules: ['PG-025'],
  },
  { sql: 'CREATE TABLE t1 (id bigint); CREATE TABLE t2 (id bigint)', expect: 'expand', rules: ['PG-025'] },
  safe(
    'ALTER TABLE users ADD COLUMN IF NOT EXISTS a bigint; ALTER TABLE users ADD COLUMN IF NOT EXISTS b bigint',
  ),
  safe(
    'BEGIN; ALTER TABLE users ADD COLUMN a bigint; ALTER TABLE users ADD COLUMN b bigint; COMMIT',
    'one transaction',
    2,
  ),
  safe('CREATE TABLE IF NOT EXISTS t1 (id bigint); CREATE TABLE IF NOT EXISTS t2 (id bigint)'),
  // PG-027..030
  { sql: 'ALTER TABLE users SET TABLESPACE fast_ssd', expect: 'risky', rules: ['PG-027'] },
  { sql: 'ALTER TABLE users SET UNLOGGED', expect: 'risky', rules: ['PG-027'] },
  { sql: 'UPDATE users SET plan = 1', expect: 'risky', rules: ['PG-028'] },
  safe('UPDATE users SET plan = 1 WHERE id BETWEEN 1 AND 10000', 'one batch'),
  { sql: 'DELETE FROM users WHERE deleted', expect: 'destructive', rules: ['PG-029'] },
  { sql: 'LOCK TABLE users IN ACCESS EXCLUSIVE MODE', expect: 'risky', rules: ['PG-030'] },
  // PG-000: nothing understands it, so it is not safe
  { sql: 'DO $$ BEGIN PERFORM 1; END $$', expect: 'unclassified', rules: ['PG-000'] },
  {
    sql: 'CREATE OR REPLACE VIEW active_users AS SELECT id FROM users',
    expect: 'unclassified',
    rules: ['PG-000'],
  },
  { sql: 'REVOKE SELECT ON users FROM reporting', expect: 'unclassified', rules: ['PG-000'] },
  {
    sql: 'ALTER TABLE measurements ATTACH PARTITION m2026 FOR VALUES FROM (1) TO (10)',
    expect: 'risky',
    rules: ['PG-043'],
  },
  // plain expand statements
  safe('CREATE TABLE IF NOT EXISTS accounts (id bigint PRIMARY KEY, name text NOT NULL)'),
  safe('CREATE SCHEMA IF NOT EXISTS billing'),
  safe('CREATE SEQUENCE IF NOT EXISTS invoice_no'),
  safe("COMMENT ON TABLE users IS 'people who log in'"),
  safe('INSERT INTO users (id) VALUES (1)'),
  safe('SELECT count(*) FROM users'),
  safe("SET statement_timeout = '15min'"),
  safe("ALTER TABLE users ALTER COLUMN status SET DEFAULT 'new'"),
  { sql: 'ALTER TABLE users DROP CONSTRAINT IF EXISTS old_check', expect: 'expand', rules: ['PG-050'] },
  safe('CREATE VIEW active_users AS SELECT * FROM users WHERE active'),
  safe('GRANT SELECT ON users TO reporting'),
  safe("ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh' AFTER 'ok'"),
  safe('CREATE EXTENSION IF NOT EXISTS pg_trgm'),
];
