import { describe, expect, it } from 'vitest';
import type { SqlFacts as EngineSqlFacts } from '../engine/types';
import { analyzeSql, toSqlFacts } from './analyze';
import { tableRowsFromComponents, firstIdentifier } from './table-rows';

const severityOf = async (sql: string, rows: Record<string, number> | undefined) =>
  (
    await analyzeSql(`SET lock_timeout = '5s'; SET statement_timeout = '1min'; ${sql}`, {
      dialect: 'postgresql',
      tableRows: rows,
    })
  ).statements[2]?.severity;

describe('risk scaled by table size', () => {
  const index = 'CREATE INDEX users_email_idx ON users (email)';
  it('rises with the row count in pgfence bands: <10K as is, 10K-1M +1, 1M-10M +2, >10M critical', async () => {
    // CREATE INDEX is medium at heart: warning under 10K, high (warning) to 1M, critical above.
    expect(await severityOf(index, { users: 9_999 })).toBe('warning');
    expect(await severityOf(index, { users: 10_000 })).toBe('warning');
    expect(await severityOf(index, { users: 5_000_000 })).toBe('blocker');
    expect(await severityOf(index, { users: 400_000_000 })).toBe('blocker');
    expect(await severityOf(index, undefined)).toBe('warning');
    // A whole-table UPDATE is low at heart: info under 10K, warning to 10M, critical over 10M.
    const update = 'UPDATE users SET plan = 1';
    expect(await severityOf(update, { users: 500 })).toBe('info');
    expect(await severityOf(update, { users: 50_000 })).toBe('warning');
    expect(await severityOf(update, { users: 5_000_000 })).toBe('warning');
    expect(await severityOf(update, { users: 10_000_001 })).toBe('blocker');
  });
  it('sizes a foreign key by the larger of its two tables', async () => {
    const fk = 'ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id)';
    expect(await severityOf(fk, { orders: 100, users: 50_000_000 })).toBe('blocker');
    expect(await severityOf(fk, { orders: 100, users: 200 })).toBe('warning');
    const a = await analyzeSql(fk, { dialect: 'postgresql', tableRows: { orders: 100, users: 50_000_000 } });
    expect(a.statements[0]?.findings[0]?.message).toContain('sized by users');
    expect(a.statements[0]?.findings[0]?.rows).toBe(50_000_000);
  });
  it('keeps destructive statements blockers even on small tables', async () => {
    expect(await severityOf('DROP TABLE users', { users: 10 })).toBe('blocker');
  });
  it('keeps breaking changes at least a warning', async () => {
    expect(await severityOf('ALTER TABLE users RENAME COLUMN a TO b', { users: 10 })).toBe('warning');
  });
  it('matches schema-qualified names and says the size in the message', async () => {
    const a = await analyzeSql('SET lock_timeout = 1000; ALTER TABLE app.users ALTER COLUMN e SET NOT NULL', {
      dialect: 'postgresql',
      tableRows: { 'app.users': 400_000_000 },
    });
    expect(a.statements[1]?.severity).toBe('blocker');
    expect(a.statements[1]?.findings[0]?.message).toContain('400M rows');
    expect(a.statements[1]?.findings[0]?.message).toContain('ACCESS EXCLUSIVE');
  });
  it('matches components by the first identifier of their name, case-insensitively', () => {
    expect(firstIdentifier('Orders (primary DB)')).toBe('orders');
    expect(firstIdentifier('public.Users table')).toBe('public.users');
    const rows = tableRowsFromComponents([
      { name: 'Orders (primary)', kind: 'table', rows: 120_000_000 },
      { name: 'orders-service', kind: 'service', rows: 0 },
      { name: 'public.Users', kind: 'table', rows: 5 },
    ]);
    expect(rows).toEqual({ orders: 120_000_000, 'public.users': 5, users: 5 });
  });
});

describe('session timeouts (PG-024)', () => {
  const ids = async (sql: string) =>
    (await analyzeSql(sql, { dialect: 'postgresql' })).statements.map((s) => s.ruleIds);
  it('fires once, on the first risky statement before any SET lock_timeout', async () => {
    const analysis = await analyzeSql('CREATE INDEX i ON users (e); ALTER TABLE users DROP COLUMN x', {
      dialect: 'postgresql',
    });
    expect(analysis.statements.map((s) => s.ruleIds)).toEqual([
      ['PG-006', 'PG-024', 'PG-040'],
      ['PG-017', 'PG-025'],
    ]);
    expect(analysis.scriptFindings).toMatchObject([
      { ruleId: 'PG-024', statements: [0, 1] },
      { ruleId: 'PG-040', statements: [0, 1] },
    ]);
  });
  it('is quiet once lock_timeout is set, and back when it is set to 0 or a SET LOCAL ends', async () => {
    expect(await ids("SET lock_timeout = '3s'; CREATE INDEX i ON users (e)")).toEqual([
      [],
      ['PG-006', 'PG-040'],
    ]);
    expect(
      await ids("SET lock_timeout = '3s'; SET statement_timeout = 60000; CREATE INDEX i ON users (e)"),
    ).toEqual([[], [], ['PG-006']]);
    expect((await ids('SET lock_timeout = 0; CREATE INDEX i ON users (e)'))[1]).toContain('PG-024');
    const local = await ids("BEGIN; SET LOCAL lock_timeout = '1s'; COMMIT; DROP INDEX i");
    expect(local[3]).toEqual(['PG-007', 'PG-024', 'PG-040']);
  });
  it('does not fire for expand-only scripts', async () => {
    const analysis = await analyzeSql('ALTER TABLE users ADD COLUMN IF NOT EXISTS x int', {
      dialect: 'postgresql',
    });
    expect(analysis.scriptFindings).toEqual([]);
  });
});

describe('results for the engine', () => {
  it('are structurally the engine input, and toSqlFacts trims to exactly it', async () => {
    const analysis = await analyzeSql('DO $$ BEGIN END $$', { dialect: 'postgresql' });
    const asEngine: EngineSqlFacts = analysis;
    expect(asEngine.statements[0]).toMatchObject({ classification: 'unclassified', ruleIds: ['PG-000'] });
    expect(analysis.statements[0]?.findings[0]?.message).toMatch(/^unclassified: review by hand/);
    const facts = toSqlFacts(analysis);
    expect(Object.keys(facts.statements[0] ?? {}).sort()).toEqual([
      'classification',
      'index',
      'line',
      'risks',
      'ruleIds',
      'table',
      'text',
    ]);
    expect(facts.statements[0]?.risks?.[0]).toMatchObject({ ruleId: 'PG-000', risk: 'medium' });
    expect(Object.keys(facts).sort()).toEqual(['dialect', 'parseError', 'scriptRisks', 'statements']);
  });
  it('reports MySQL statement lines and a parse error with its script position', async () => {
    const analysis = await analyzeSql(
      'ALTER TABLE users DROP COLUMN a;\n# note; with a semicolon\nALTER TABLE t\n  ALTER COLUMN c SET DEFAULT 1;',
      {
        dialect: 'mysql',
      },
    );
    expect(analysis.statements.map((s) => [s.line, s.classification])).toEqual([
      [1, 'destructive'],
      [3, 'unclassified'],
    ]);
    expect(analysis.parseError).toMatchObject({ line: 4, column: 3 });
  });
});
