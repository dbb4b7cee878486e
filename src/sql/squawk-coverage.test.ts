import { describe, expect, it } from 'vitest';
import { analyzeSql } from './analyze';

/**
 * Squawk's PostgreSQL rules (its rule list as of 2026, docs/sidebars.js) and the newer ones issue 22
 * names, each with an example from its page and the rule here that catches it. require-table-schema
 * is opt-in in Squawk and not adopted: the plan matches tables by name whatever the search_path.
 */
const SQUAWK: Array<[squawk: string, sql: string, ours: string]> = [
  ['adding-field-with-default', 'ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid()', 'PG-001'],
  [
    'adding-foreign-key-constraint',
    'ALTER TABLE e ADD CONSTRAINT f FOREIGN KEY (u) REFERENCES u (id)',
    'PG-010',
  ],
  ['adding-not-nullable-field', 'ALTER TABLE t ALTER COLUMN c SET NOT NULL', 'PG-003'],
  ['adding-required-field', 'ALTER TABLE t ADD COLUMN c bigint NOT NULL', 'PG-002'],
  ['adding-serial-primary-key-field', 'ALTER TABLE a ADD PRIMARY KEY (id)', 'PG-013'],
  ['ban-char-field', 'CREATE TABLE t (a char(10))', 'PG-031'],
  [
    'ban-concurrent-index-creation-in-transaction',
    'BEGIN; CREATE INDEX CONCURRENTLY i ON t (a); COMMIT',
    'PG-009',
  ],
  ['ban-drop-column', 'ALTER TABLE t DROP COLUMN c', 'PG-017'],
  ['ban-drop-database', 'DROP DATABASE d', 'PG-019'],
  ['ban-drop-not-null', 'ALTER TABLE t ALTER COLUMN c DROP NOT NULL', 'PG-045'],
  ['ban-drop-table', 'DROP TABLE t', 'PG-018'],
  ['changing-column-type', 'ALTER TABLE t ALTER COLUMN c TYPE bigint', 'PG-004'],
  ['constraint-missing-not-valid', 'ALTER TABLE t ADD CONSTRAINT k CHECK (a > 0)', 'PG-011'],
  ['disallowed-unique-constraint', 'ALTER TABLE t ADD CONSTRAINT u UNIQUE (a)', 'PG-012'],
  ['prefer-bigint-over-int', 'CREATE TABLE t (id int)', 'PG-032'],
  ['prefer-bigint-over-smallint', 'CREATE TABLE t (id smallint)', 'PG-032'],
  ['prefer-identity', 'CREATE TABLE t (id bigserial)', 'PG-033'],
  ['prefer-robust-stmts', 'ALTER TABLE t ADD COLUMN a text; ALTER TABLE t ADD COLUMN b text', 'PG-025'],
  ['prefer-text-field', 'CREATE TABLE t (a varchar(100))', 'PG-034'],
  ['prefer-timestamptz', 'CREATE TABLE t (a timestamp)', 'PG-035'],
  ['renaming-column', 'ALTER TABLE t RENAME COLUMN a TO b', 'PG-014'],
  ['renaming-table', 'ALTER TABLE t RENAME TO u', 'PG-015'],
  ['require-concurrent-index-creation', 'CREATE INDEX i ON t (a)', 'PG-006'],
  ['require-concurrent-index-deletion', 'DROP INDEX i', 'PG-007'],
  ['transaction-nesting', 'BEGIN; BEGIN; COMMIT', 'PG-036'],
  ['ban-create-domain-with-constraint', 'CREATE DOMAIN d AS bigint CHECK (VALUE > 0)', 'PG-039'],
  ['ban-alter-domain-with-add-constraint', 'ALTER DOMAIN d ADD CONSTRAINT c CHECK (VALUE > 0)', 'PG-038'],
  ['ban-truncate-cascade', 'TRUNCATE a CASCADE', 'PG-020'],
  ['syntax-error', 'ALTER TABLE t ADD COLUMN;', 'parse error'],
  ['require-timeout-settings', 'CREATE INDEX i ON t (a)', 'PG-024'],
  ['require-lock-timeout', 'CREATE INDEX i ON t (a)', 'PG-024'],
  ['require-statement-timeout', 'CREATE INDEX i ON t (a)', 'PG-040'],
  ['ban-uncommitted-transaction', 'BEGIN; CREATE TABLE t (id bigint)', 'PG-037'],
  ['require-enum-value-ordering', "ALTER TYPE s ADD VALUE 'x'", 'PG-041'],
  ['identifier-too-long', `CREATE TABLE ${'t'.repeat(64)} (id bigint)`, 'PG-057'],
  ['require-concurrent-partition-detach', 'ALTER TABLE t DETACH PARTITION p', 'PG-042'],
  ['require-concurrent-reindex', 'REINDEX TABLE t', 'PG-008'],
  ['prefer-repack', 'VACUUM FULL t', 'PG-021'],
  ['ban-duplicate-column-assignments', 'UPDATE t SET a = 1, a = 2 WHERE id = 1', 'PG-044'],
  // Newer rules named in issue 22 (ban-add-enum-value is PG-041's second half).
  ['ban-add-enum-value', "ALTER TYPE s ADD VALUE 'x'", 'PG-041'],
  ['ban-alter-identity', 'ALTER TABLE t ALTER COLUMN id DROP IDENTITY', 'PG-047'],
  ['ban-disable-trigger', 'ALTER TABLE t DISABLE TRIGGER ALL', 'PG-048'],
  ['ban-replica-identity', 'ALTER TABLE t REPLICA IDENTITY FULL', 'PG-049'],
  ['ban-drop-constraint', 'ALTER TABLE t DROP CONSTRAINT c', 'PG-050'],
];

describe("Squawk's rules, each caught", () => {
  it.each(SQUAWK)('%s', async (_name, sql, ours) => {
    const a = await analyzeSql(sql, { dialect: 'postgresql' });
    if (ours === 'parse error') {
      expect(a.parseError).not.toBeNull();
      return;
    }
    expect(a.statements.flatMap((s) => s.ruleIds)).toContain(ours);
  });
});

describe('issue 22 defects', () => {
  it('varchar(n) -> text is catalog-only when the current schema says so, a rewrite from int', async () => {
    const schemaSql = 'CREATE TABLE users (id bigint, email varchar(320), age int);';
    const ids = async (sql: string) =>
      (
        await analyzeSql(`SET lock_timeout = '1s'; SET statement_timeout = '1min'; ${sql}`, {
          dialect: 'postgresql',
          context: { schemaSql },
        })
      ).statements[2]?.ruleIds;
    expect(await ids('ALTER TABLE users ALTER COLUMN email TYPE text')).toEqual([]);
    expect(await ids('ALTER TABLE users ALTER COLUMN email TYPE varchar(400)')).toEqual([]);
    expect(await ids('ALTER TABLE users ALTER COLUMN email TYPE varchar(100)')).toEqual(['PG-005']);
    expect(await ids('ALTER TABLE users ALTER COLUMN age TYPE text')).toEqual(['PG-004']);
  });
  it("PG-025's advice never wraps CONCURRENTLY in a transaction", async () => {
    const a = await analyzeSql(
      "SET lock_timeout = '1s'; CREATE TABLE IF NOT EXISTS a (id bigint); CREATE INDEX CONCURRENTLY i ON a (id)",
      { dialect: 'postgresql' },
    );
    const finding = a.statements[2]?.findings.find((f) => f.ruleId === 'PG-025');
    expect(finding?.alternative).toContain('cannot run inside a transaction block');
    expect(finding?.alternative).not.toContain('run the script in one transaction block');
  });
});
