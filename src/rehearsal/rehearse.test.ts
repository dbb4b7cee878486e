import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { rehearsalNotes } from './notes';
import { rehearse } from './rehearse';
import { globalsFingerprint, resetForReuse } from './reuse';
import { resetPglite, testPglite } from './testing';
import type { RehearsalInput } from './types';

// One PGlite for the file (booting one costs 4 to 25 s in Node); each test empties it first.
let db: PGlite;
beforeAll(async () => {
  db = await testPglite();
}, 90_000);
afterAll(async () => {
  await db.close();
});
beforeEach(async () => {
  await resetPglite(db);
});

// pg_dump style: an owner that does not exist here and an empty search_path, both handled.
const SCHEMA = `
SELECT pg_catalog.set_config('search_path', '', false);
CREATE TABLE public.customers (id integer PRIMARY KEY, email varchar(200) NOT NULL UNIQUE);
ALTER TABLE public.customers OWNER TO app_owner;
CREATE TABLE public.orders (
  id serial PRIMARY KEY,
  customer_id integer NOT NULL REFERENCES public.customers (id),
  note text,
  status text NOT NULL DEFAULT 'new',
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX orders_customer_idx ON public.orders (customer_id);
`;

const run = (forwardSql: string, rollbackSql: string, rowsPerTable = 200) => {
  const input: RehearsalInput = { schemaSql: SCHEMA, forwardSql, rollbackSql, rowsPerTable };
  return rehearse(db, input, { clock: () => performance.now(), pgliteVersion: 'test' });
};

/** A rehearsal that must fail: the verdict is checked here, what it says is up to the test. */
const rehearseFailing = async (forwardSql: string, rollbackSql: string) => {
  const result = await run(forwardSql, rollbackSql);
  expect(result.verdict).toBe('fail');
  return result;
};

describe('rollback rehearsal on PGlite', () => {
  it('passes when the rollback restores the schema and the data', async () => {
    const result = await run(
      'ALTER TABLE orders ADD COLUMN shipped_at timestamptz;\nCREATE INDEX orders_shipped_idx ON orders (shipped_at);',
      'DROP INDEX orders_shipped_idx;\nALTER TABLE orders DROP COLUMN shipped_at;',
    );
    expect(result.reasons).toEqual([]);
    expect(result.verdict).toBe('pass');
    expect(result.serverVersion).toMatch(/^\d+\.\d+/);
    expect(result.catalogDiff).toEqual([]);
    expect(result.dataChecks.map((d) => [d.table, d.before?.rows, d.ok])).toEqual([
      ['customers', 200, true],
      ['orders', 200, true],
    ]);
    const [add, index] = result.forward;
    expect(add?.locks.find((l) => l.relation === 'orders')?.modes[0]).toBe('ACCESS EXCLUSIVE');
    expect(add?.rewritten).toEqual([]);
    expect(index?.locks.find((l) => l.relation === 'orders')?.modes).toContain('SHARE');
    // The analysis flags CREATE INDEX (SHARE) and agrees with what PostgreSQL took.
    expect(index?.static?.lock).toBe('SHARE');
    expect(index?.disagreements).toEqual([]);
    expect(rehearsalNotes(result)).toMatch(/^Verdict: pass/);
    expect(rehearsalNotes(result)).toContain('Catalog diff: Identical.');
  });

  it('fails when the rollback misses an index the forward script dropped', async () => {
    const result = await rehearseFailing(
      'DROP INDEX orders_customer_idx;\nALTER TABLE orders ADD COLUMN flag boolean;',
      'ALTER TABLE orders DROP COLUMN flag;',
    );
    expect(result.catalogDiff).toEqual(['index orders_customer_idx missing']);
    expect(result.dataChecks.every((d) => d.ok)).toBe(true);
    expect(rehearsalNotes(result)).toContain('- index orders_customer_idx missing');
  });

  it('names a column the rollback left behind', async () => {
    const result = await rehearseFailing('ALTER TABLE orders ADD COLUMN memo text;', 'SELECT 1;');
    expect(result.catalogDiff).toEqual(['column orders.memo still exists']);
    expect(result.dataChecks.find((d) => d.table === 'orders')?.ok).toBe(false);
  });

  it('fails with the error and its line when a rollback statement errors', async () => {
    const result = await rehearseFailing(
      'ALTER TABLE orders ADD COLUMN memo text;',
      '-- undo\nALTER TABLE orders DROP COLUMN memo;\nALTER TABLE orders DROP COLUMN nope;\nSELECT 1;',
    );
    expect(result.rollback).toHaveLength(2);
    const failed = result.rollback[1];
    expect(failed?.ok).toBe(false);
    expect(failed?.error).toBe('line 3: column "nope" of relation "orders" does not exist');
    expect(result.reasons[0]).toContain('The rollback failed at line 3');
    // The schema came back all the same: the failure is the error, not a diff.
    expect(result.catalogDiff).toEqual([]);
  });

  it('observes ACCESS EXCLUSIVE and the rewrite of a column type change', async () => {
    const result = await run(
      'ALTER TABLE orders ALTER COLUMN customer_id TYPE bigint;',
      'ALTER TABLE orders ALTER COLUMN customer_id TYPE integer;',
    );
    expect(result.verdict).toBe('pass');
    const [change] = result.forward;
    expect(change?.locks.find((l) => l.relation === 'orders')?.modes[0]).toBe('ACCESS EXCLUSIVE');
    expect(change?.rewritten).toEqual(['orders']);
    expect(change?.static).toMatchObject({
      classification: 'breaking',
      lock: 'ACCESS EXCLUSIVE',
      rewrite: true,
    });
    expect(change?.disagreements).toEqual([]);
    expect(rehearsalNotes(result)).toContain(
      'customers ACCESS EXCLUSIVE, orders ACCESS EXCLUSIVE; rewrite of orders',
    );
  });

  it('runs CREATE INDEX CONCURRENTLY outside a transaction and says its locks are unseen', async () => {
    const result = await run(
      "SET lock_timeout = '3s';\nALTER TABLE orders ADD COLUMN IF NOT EXISTS id_new bigint;\nCREATE INDEX CONCURRENTLY IF NOT EXISTS orders_id_new_idx ON orders (id_new);\n",
      'DROP INDEX CONCURRENTLY IF EXISTS orders_id_new_idx;\nALTER TABLE orders DROP COLUMN IF EXISTS id_new;\n',
    );
    expect(result.reasons).toEqual([]);
    const concurrent = result.forward[2];
    expect(concurrent?.inTransaction).toBe(false);
    expect(concurrent?.ok).toBe(true);
    expect(rehearsalNotes(result)).toContain('locks not observable');
  });

  it('reports a forward error at its line and still runs the rollback', async () => {
    const result = await rehearseFailing(
      'ALTER TABLE orders ADD COLUMN memo text;\nALTER TABLE orders ADD COLUMN customer_id int;',
      'ALTER TABLE orders DROP COLUMN memo;',
    );
    expect(result.forward[1]?.error).toBe('line 2: column "customer_id" of relation "orders" already exists');
    expect(result.rollback[0]?.ok).toBe(true);
    expect(result.catalogDiff).toEqual([]);
  });

  it('reconciles each statement with the static analysis, and sees locks held across a block', async () => {
    const result = await run(
      [
        "SET lock_timeout = '3s';",
        'BEGIN;',
        'ALTER TABLE orders ADD COLUMN memo text;',
        "UPDATE orders SET memo = 'x' WHERE id < 10;",
        'ALTER TABLE orders ADD CONSTRAINT memo_short CHECK (char_length(memo) < 100) NOT VALID;',
        'COMMIT;',
        'ALTER TABLE orders VALIDATE CONSTRAINT memo_short;',
        'VACUUM FULL customers;',
      ].join('\n'),
      'ALTER TABLE orders DROP CONSTRAINT memo_short;\nALTER TABLE orders DROP COLUMN memo;',
    );
    expect(result.reasons).toEqual([]);
    expect(result.forward.map((s) => s.reconciliation)).toEqual([
      'confirmed',
      'skipped',
      'confirmed',
      'confirmed',
      'confirmed',
      'skipped',
      // VALIDATE's SHARE UPDATE EXCLUSIVE: no rule warns, but the statement's own lock is known.
      'confirmed',
      // VACUUM cannot run in a transaction block, so the ACCESS EXCLUSIVE it takes is not seen.
      'static-only',
    ]);
    // The rollback is analysed too: DROP COLUMN's ACCESS EXCLUSIVE, as PostgreSQL took it.
    expect(result.rollback.map((s) => [s.static?.lock, s.reconciliation])).toEqual([
      ['ACCESS EXCLUSIVE', 'confirmed'],
      ['ACCESS EXCLUSIVE', 'confirmed'],
    ]);
    expect(result.heldLocks).toEqual([
      {
        script: 'forward',
        relation: 'orders',
        mode: 'ACCESS EXCLUSIVE',
        fromLine: 3,
        heldThrough: [4, 5],
        releasedAt: 6,
      },
    ]);
    const notes = rehearsalNotes(result);
    expect(notes).toContain(
      'Observed locks (forward), against the static analysis: 6 analysed, 5 confirmed, 1 static-only; 2 transaction control skipped.',
    );
    expect(notes).toContain(
      '- forward: ACCESS EXCLUSIVE on orders, taken at line 3 and held through 2 later statements (lines 4, 5) until the COMMIT at line 6',
    );
  });

  it('says when the rollback leaves a sequence where the migration moved it', async () => {
    const result = await rehearseFailing("SELECT setval('orders_id_seq', 5000);", 'SELECT 1;');
    expect(result.catalogDiff).toEqual([
      'sequence value of orders_id_seq changed: was "last value 200", now "last value 5000"',
    ]);
  });

  it('a warm database is emptied for the next rehearsal, unless something outside its schemas changed', async () => {
    const baseline = await globalsFingerprint(db);
    expect((await run("SELECT setval('orders_id_seq', 5000);", 'SELECT 1;')).forward).toHaveLength(1);
    expect(await resetForReuse(db, baseline)).toBe(true);
    const left = await db.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public'",
    );
    expect(left.rows[0]?.n).toBe(0);
    // The same rehearsal again on the emptied database: the same result as on a fresh one.
    expect((await run("SELECT setval('orders_id_seq', 5000);", 'SELECT 1;')).catalogDiff).toEqual([
      'sequence value of orders_id_seq changed: was "last value 200", now "last value 5000"',
    ]);
    await db.exec('CREATE ROLE rehearsal_leftover');
    try {
      expect(await resetForReuse(db, baseline)).toBe(false);
    } finally {
      await db.exec('DROP ROLE rehearsal_leftover');
    }
  });
});
