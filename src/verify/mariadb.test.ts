import type { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { VerifySession, VerifySetup } from '../domain';
import { testPglite } from '../rehearsal/testing';
import type { VerifyContext } from './round-build';
import { emptySession } from './session';
import { summarise } from './summary';
import { verifyToEnd, type Runner } from './testing/drive';
import { startMariadb, type Mariadb } from './testing/mariadb';
import { psqlCsv } from './testing/psql-csv';
import { customersInsert, orders, ordersDdl, ordersInsert, seedDifferences } from './testing/seed';

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
  ] as const) {
    const ddl = ordersDdl('mysql', `${db}.orders`, `${db}.customers`, fk);
    await m.batch(
      [
        ...ddl,
        customersInsert('mysql', `${db}.customers`, 50),
        ...ordersInsert('mysql', `${db}.orders`, data),
      ].join(';\n') + ';',
    );
  }
  pg = await testPglite();
  await pg.exec('CREATE SCHEMA src; CREATE SCHEMA dst;');
  for (const [schema, fk, data] of [
    ['src', true, rows],
    ['dst', false, target],
  ] as const) {
    for (const s of ordersDdl('postgresql', `${schema}.orders`, `${schema}.customers`, fk)) await pg.exec(s);
    await pg.exec(customersInsert('postgresql', `${schema}.customers`, 50));
    for (const s of ordersInsert('postgresql', `${schema}.orders`, data)) await pg.exec(s);
  }
}, 180_000);

afterAll(async () => {
  maria?.stop();
  await pg?.close();
});

const NOW = new Date('2026-12-09T03:00:00.000Z');
const context: VerifyContext = { checkName: 'orders', checkForeignKey: null };

function session(
  source: VerifySetup['source'],
  target: VerifySetup['target'],
  keyColumns = ['id'],
): VerifySession {
  return emptySession({
    id: 'verify-m',
    checkId: 'ic-1',
    startedAt: NOW.toISOString(),
    setup: { source, target, keyColumns, columns: [], where: '' },
    fingerprint: 'f',
  });
}

const mysql: Runner = (sql) => (maria ? maria.batch(sql) : Promise.reject(new Error('no MariaDB')));
const postgres: Runner = (sql) => psqlCsv(pg, sql);

function found(s: VerifySession) {
  const diffs = summarise(s).differences;
  return {
    missing: diffs.filter((d) => d.kind === 'missing').map((d) => d.key.join(',')),
    extra: diffs.filter((d) => d.kind === 'extra').map((d) => d.key.join(',')),
    changed: diffs
      .filter((d) => d.kind === 'changed')
      .map((d): [string, string] => [d.key.join(','), d.columns.join(',')]),
  };
}
const sortedChanged = [...expected.changed].sort((a, b) => Number(a[0]) - Number(b[0]));

describe('verification on MySQL (MariaDB)', () => {
  it('finds every seeded difference exactly between two MySQL tables', async (ctx) => {
    if (!maria) return ctx.skip();
    const done = await verifyToEnd(
      session({ dialect: 'mysql', table: 'vsrc.orders' }, { dialect: 'mysql', table: 'vdst.orders' }),
      context,
      { source: mysql, target: mysql },
      NOW,
    );
    const sum = summarise(done);
    expect([sum.sourceRows, sum.targetRows, sum.checksum]).toEqual([ROWS, ROWS, 'mismatch']);
    expect(found(done)).toEqual({ missing: expected.missing, extra: expected.extra, changed: sortedChanged });
    const orphans = sum.orphans.filter((o) => o.side === 'target');
    expect(orphans.map((o) => [o.count, o.samples])).toEqual([[expected.orphans, [expected.orphanSample]]]);
  });

  it('hashes the same rows identically on PostgreSQL and MySQL (every covered type)', async (ctx) => {
    if (!maria) return ctx.skip();
    const done = await verifyToEnd(
      session({ dialect: 'postgresql', table: 'src.orders' }, { dialect: 'mysql', table: 'vsrc.orders' }),
      context,
      { source: postgres, target: mysql },
      NOW,
    );
    const sum = summarise(done);
    expect([sum.checksum, sum.mismatchedChunks, sum.differences.length]).toEqual(['match', 0, 0]);
    expect(done.rounds[0]?.note).toBe('');
  });

  it('narrows PostgreSQL against MySQL down to the seeded keys, both ways', async (ctx) => {
    if (!maria) return ctx.skip();
    const pgToMy = await verifyToEnd(
      session({ dialect: 'postgresql', table: 'src.orders' }, { dialect: 'mysql', table: 'vdst.orders' }),
      context,
      { source: postgres, target: mysql },
      NOW,
    );
    expect(found(pgToMy)).toEqual({
      missing: expected.missing,
      extra: expected.extra,
      changed: sortedChanged,
    });
    const myToPg = await verifyToEnd(
      session({ dialect: 'mysql', table: 'vsrc.orders' }, { dialect: 'postgresql', table: 'dst.orders' }),
      context,
      { source: mysql, target: postgres },
      NOW,
    );
    expect(found(myToPg)).toEqual({
      missing: expected.missing,
      extra: expected.extra,
      changed: sortedChanged,
    });
    expect(summarise(myToPg).orphans.find((o) => o.side === 'target')?.count).toBe(1);
  });

  it('chunks a text key on MySQL between keys sampled on the source', async (ctx) => {
    if (!maria) return ctx.skip();
    const done = await verifyToEnd(
      session({ dialect: 'mysql', table: 'vsrc.orders' }, { dialect: 'mysql', table: 'vdst.orders' }, [
        'email',
      ]),
      context,
      { source: mysql, target: mysql },
      NOW,
    );
    const f = found(done);
    expect(f.missing).toEqual(['user1234@example.com', 'user2000@example.com']);
    expect(f.extra).toEqual(['changed@example.com', 'extra@example.com']);
    expect(f.changed.map(([k]) => k)).toEqual(['user24@example.com', 'user100@example.com']);
  });
});
