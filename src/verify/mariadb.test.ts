import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testPglite } from '../rehearsal/testing';
import { summarise } from './summary';
import { keysFound, verifyTables, type Runner, type TableOn } from './testing/drive';
import { startMariadb, type Mariadb } from './testing/mariadb';
import { psqlCsv } from './testing/psql-csv';
import { orders, ordersTables, seedDifferences, seedPostgres } from './testing/seed';

// The MySQL SQL runs on a real MariaDB through its own client in --batch mode, exactly what a person
// pastes. CI starts the server (.ci/run); elsewhere the file starts one, or skips saying why.
let maria: Mariadb | null = null;
let skipReason = '';
let pg: PGlite;
const ROWS = 3_000;
const rows = orders(ROWS);
const { target, expected } = seedDifferences(rows);

beforeAll(async () => {
  const started = startMariadb();
  if ('skip' in started) {
    skipReason = started.skip;
    console.warn(`MariaDB tests skipped: ${skipReason}`);
    return;
  }
  maria = started;
  const m = started;
  await m.batch(
    'DROP DATABASE IF EXISTS vsrc; DROP DATABASE IF EXISTS vdst; CREATE DATABASE vsrc; CREATE DATABASE vdst;',
  );
  for (const [db, fk, data] of [
    ['vsrc', true, rows],
    ['vdst', false, target],
  ] as const)
    await m.batch(ordersTables('mysql', db, fk, data).join(';\n') + ';');
  pg = await testPglite();
  await seedPostgres(pg, rows, target);
}, 180_000);

afterAll(async () => {
  maria?.stop();
  await pg?.close();
});

const NOW = new Date('2026-12-09T03:00:00.000Z');
const mysql: Runner = (sql) => (maria ? maria.batch(sql) : Promise.reject(new Error('no MariaDB')));
const postgres: Runner = (sql) => psqlCsv(pg, sql);
const MY_SOURCE: TableOn = { side: { dialect: 'mysql', table: 'vsrc.orders' }, run: mysql };
const MY_TARGET: TableOn = { side: { dialect: 'mysql', table: 'vdst.orders' }, run: mysql };
const PG_SOURCE: TableOn = { side: { dialect: 'postgresql', table: 'src.orders' }, run: postgres };
const PG_TARGET: TableOn = { side: { dialect: 'postgresql', table: 'dst.orders' }, run: postgres };
const seeded = { missing: expected.missing, extra: expected.extra, changed: expected.changed };

describe('verification on MySQL (MariaDB)', () => {
  it('finds every seeded difference exactly between two MySQL tables', async (ctx) => {
    if (!maria) return ctx.skip();
    const done = await verifyTables(MY_SOURCE, MY_TARGET, NOW);
    const sum = summarise(done);
    expect([sum.sourceRows, sum.targetRows, sum.checksum]).toEqual([ROWS, ROWS, 'mismatch']);
    expect(keysFound(done)).toEqual(seeded);
    const orphans = sum.orphans.filter((o) => o.side === 'target');
    expect(orphans.map((o) => [o.count, o.samples])).toEqual([[expected.orphans, [expected.orphanSample]]]);
  });

  it('hashes the same rows identically on PostgreSQL and MySQL (every covered type)', async (ctx) => {
    if (!maria) return ctx.skip();
    const done = await verifyTables(PG_SOURCE, MY_SOURCE, NOW);
    const sum = summarise(done);
    expect([sum.checksum, sum.mismatchedChunks, sum.differences.length]).toEqual(['match', 0, 0]);
    expect(done.rounds[0]?.note).toBe('');
  });

  it('narrows PostgreSQL against MySQL down to the seeded keys, both ways', async (ctx) => {
    if (!maria) return ctx.skip();
    const pgToMy = await verifyTables(PG_SOURCE, MY_TARGET, NOW);
    expect(keysFound(pgToMy)).toEqual(seeded);
    const myToPg = await verifyTables(MY_SOURCE, PG_TARGET, NOW);
    expect(keysFound(myToPg)).toEqual(seeded);
    expect(summarise(myToPg).orphans.find((o) => o.side === 'target')?.count).toBe(1);
  });

  it('chunks a text key on MySQL between keys sampled on the source', async (ctx) => {
    if (!maria) return ctx.skip();
    const done = await verifyTables(MY_SOURCE, MY_TARGET, NOW, { keyColumns: ['email'] });
    const f = keysFound(done);
    expect(f.missing).toEqual(['user1234@example.com', 'user2000@example.com']);
    expect(f.extra).toEqual(['changed@example.com', 'extra@example.com']);
    expect(f.changed.map(([k]) => k)).toEqual(['user100@example.com', 'user24@example.com']);
  });
});
