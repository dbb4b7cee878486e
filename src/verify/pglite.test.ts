import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifySetup } from '../domain';
import { testPglite } from '../rehearsal/testing';
import { applyRound } from './apply-round';
import { buildRound } from './round-build';
import { summarise, verifyRecord } from './summary';
import { keysFound, ORDERS_CONTEXT, verifyTables, type TableOn } from './testing/drive';
import { sessionOn } from './testing/session';
import { psqlCsv } from './testing/psql-csv';
import { orders, seedDifferences, seedPostgres } from './testing/seed';

// One PGlite for the file: the source in schema src, the target in schema dst (loaded without its FK).
let db: PGlite;
const ROWS = 3_000;
const rows = orders(ROWS);
const { target, expected } = seedDifferences(rows);

beforeAll(async () => {
  db = await testPglite();
  await seedPostgres(db, rows, target);
}, 120_000);
afterAll(async () => {
  await db.close();
});

const NOW = new Date('2026-12-09T03:00:00.000Z');
// The generated SQL runs read-only: PostgreSQL itself refuses any write inside it.
const run = (sql: string) => psqlCsv(db, sql);
const SOURCE: TableOn = { side: { dialect: 'postgresql', table: 'src.orders' }, run };
const TARGET: TableOn = { side: { dialect: 'postgresql', table: 'dst.orders' }, run };
const session = (setup: Partial<VerifySetup> = {}) => sessionOn(SOURCE.side, TARGET.side, NOW, setup);
/** The source against the target, or against another table `setup.target` names. */
const verify = (setup: Partial<VerifySetup> = {}) => verifyTables(SOURCE, TARGET, NOW, setup);

describe('verification on PostgreSQL (PGlite)', () => {
  it('finds every seeded difference exactly, from chunk checksums down to the keys', async () => {
    const done = await verify();
    const sum = summarise(done);
    expect(sum.sourceRows).toBe(ROWS);
    expect(sum.targetRows).toBe(ROWS);
    expect(sum.checksum).toBe('mismatch');
    expect(sum.chunks).toBe(3);
    expect(keysFound(done)).toEqual({
      missing: expected.missing,
      extra: expected.extra,
      changed: expected.changed,
    });
    const orphans = sum.orphans.filter((o) => o.side === 'target');
    expect(orphans.map((o) => [o.count, o.samples])).toEqual([[expected.orphans, [expected.orphanSample]]]);
    expect(sum.orphans.find((o) => o.side === 'source')?.count).toBe(0);
    expect(done.rounds.map((r) => r.kind)).toEqual(['describe', 'checksum', 'narrow', 'narrow']);
    const record = verifyRecord(done);
    expect(record).toMatchObject({
      actualRows: ROWS,
      rowsExpected: ROWS,
      checksumMatch: false,
      referentialOk: false,
    });
    expect(record.notes).toContain('Missing in the target: 1 (1234)');
    expect(record.notes).toContain('Changed: 3 (24 [note], 100 [customer_id], 2000 [email])');
  });

  it('reports a match when both sides hold the same rows', async () => {
    const done = await verify({ target: { dialect: 'postgresql', table: 'src.orders' } });
    const sum = summarise(done);
    expect([sum.checksum, sum.mismatchedChunks, sum.differences.length]).toEqual(['match', 0, 0]);
    expect(done.rounds.map((r) => r.kind)).toEqual(['describe', 'checksum']);
  });

  it('applies the column list and the filter on both sides', async () => {
    const done = await verify({ columns: ['id', 'email'], where: 'id < 1500' });
    // Below 1500: 1234 missing, 777 extra; 100 (customer_id) and 24 (note) differ in columns not compared.
    expect(keysFound(done)).toEqual({ missing: ['1234'], extra: ['777'], changed: [] });
    expect(summarise(done).sourceRows).toBe(749);
  });

  it('chunks a text key between keys sampled on the source', async () => {
    const done = await verify({ keyColumns: ['email'] });
    expect(done.rounds.map((r) => r.kind).slice(0, 3)).toEqual(['describe', 'boundaries', 'checksum']);
    expect(done.boundaries?.length).toBe(2);
    const k = keysFound(done);
    // Keyed by email, the changed email is a missing and an extra row.
    expect(k.missing).toEqual(['user1234@example.com', 'user2000@example.com']);
    expect(k.extra).toEqual(['changed@example.com', 'extra@example.com']);
    expect(k.changed.map(([key]) => key)).toEqual(['user100@example.com', 'user24@example.com']);
  });

  it('chunks a composite key with row comparisons', async () => {
    const done = await verify({ keyColumns: ['customer_id', 'id'] });
    const k = keysFound(done);
    // The orphan's customer_id is part of this key: its row is missing under one key and extra under another.
    expect(k.missing).toEqual(['17,1234', '50,100']);
    expect(k.extra).toEqual(['1,777', '99999,100']);
    expect(k.changed.map(([key, cols]) => `${key}:${cols}`)).toEqual(['12,24:note', '50,2000:email']);
  });

  it('reports a block the target lacks as a range instead of listing it', async () => {
    await db.exec('CREATE TABLE dst.gap AS SELECT * FROM src.orders WHERE id < 2002 OR id >= 4002');
    await db.exec('ALTER TABLE dst.gap ADD PRIMARY KEY (id)');
    const done = await verify({ target: { dialect: 'postgresql', table: 'dst.gap' } });
    const sum = summarise(done);
    expect(sum.targetRows).toBe(ROWS - 1_000);
    expect(sum.differences.length).toBe(0);
    const record = verifyRecord(done);
    // The chunk [2002, 4002) holds 1,000 source rows and none on the target: too many to list.
    expect(record.notes).toContain('1,000 rows missing in the target: id >= 2002 and id < 4002.');
    expect(done.rounds.map((r) => r.kind)).toEqual(['describe', 'checksum']);
  });

  it('says what is wrong with a paste instead of reading it', async () => {
    const s = session();
    const build = buildRound(s, ORDERS_CONTEXT);
    if ('error' in build) throw new Error(build.error);
    const source = await run(build.sql.source ?? '');
    const target = await run(build.sql.target ?? '');
    expect(applyRound(s, ORDERS_CONTEXT, { source: target, target: source }, NOW)).toEqual({
      error: "Source: this is the target's output: paste it on the other side.",
    });
    const cut = source.split('\n').slice(0, 5).join('\n');
    const errorOf = (r: ReturnType<typeof applyRound>) => ('error' in r ? r.error : '');
    expect(errorOf(applyRound(s, ORDERS_CONTEXT, { source: cut, target }, NOW))).toMatch(
      /^Source: the output of statement 1 of 4 is not complete \(4 statements/,
    );
    expect(applyRound(s, ORDERS_CONTEXT, { source, target: '' }, NOW)).toEqual({
      error: 'Paste what the target printed for round 1.',
    });
    const missing = session({ target: { dialect: 'postgresql', table: 'dst.nope' } });
    const b2 = buildRound(missing, ORDERS_CONTEXT);
    if ('error' in b2) throw new Error(b2.error);
    // psql -v ON_ERROR_STOP=1 stops at the count of a table that does not exist: the catalog's rows came first.
    const t2 = await psqlCsv(db, (b2.sql.target ?? '').replace(/SELECT 'count'[\s\S]*?;\n/, ''));
    expect(errorOf(applyRound(missing, ORDERS_CONTEXT, { source, target: t2 }, NOW))).toBe(
      'Target: there is no table dst.nope (the catalog lists no columns for it): check its name and schema.',
    );
  });
});
