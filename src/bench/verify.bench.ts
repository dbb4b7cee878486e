/**
 * Database verification benchmark (issue 26): the chunked checksum SQL the app writes, run on PGlite in
 * Node over a 1M-row table. Prints the query's rows per second (against a bare count(*) and a scan that
 * only hashes), the bytes a person pastes back for each round, and the narrowing rounds down to one
 * changed row. Run with `npm run bench:verify` (VERIFY_BENCH_ROWS changes the size).
 */
import { performance } from 'node:perf_hooks';
import type { PGlite } from '@electric-sql/pglite';
import type { VerifySession } from '../domain';
import { testPglite } from '../rehearsal/testing';
import { applyRound, buildRound, summarise, type VerifyContext } from '../verify';
import { sessionOn } from '../verify/testing/session';
import { psqlCsv } from '../verify/testing/psql-csv';

const ROWS = Number(process.env.VERIFY_BENCH_ROWS ?? 1_000_000);
const context: VerifyContext = { checkName: 'bench', checkForeignKey: null };
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const rate = (rows: number, ms: number) => `${Math.round((rows / ms) * 1000).toLocaleString('en-US')} rows/s`;

async function seed(db: PGlite): Promise<void> {
  await db.exec(`
    CREATE TABLE src (id bigint PRIMARY KEY, customer_id integer NOT NULL, email text NOT NULL,
      amount numeric(12,2) NOT NULL, created_at timestamptz NOT NULL, note text, flag boolean NOT NULL);
    INSERT INTO src SELECT g, g % 5000, 'user' || g || '@example.com', (g % 100000) / 100.0,
      timestamptz '2026-01-01 00:00:00+00' + g * interval '1 second',
      CASE WHEN g % 7 = 0 THEN NULL ELSE 'note ' || (g % 97) END, g % 3 = 0
    FROM generate_series(1, ${ROWS}) g;
    CREATE TABLE dst (LIKE src INCLUDING ALL);
    INSERT INTO dst SELECT * FROM src;
    UPDATE dst SET email = 'changed@example.com' WHERE id = ${Math.floor(ROWS * 0.6180339)};
    ANALYZE src; ANALYZE dst;`);
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await run();
  return { value, ms: performance.now() - t0 };
}

export async function runVerifyBench(): Promise<void> {
  const boot = await timed(() => testPglite());
  const db = boot.value;
  console.log(
    `PGlite boot ${boot.ms.toFixed(0)} ms; seeding ${ROWS.toLocaleString('en-US')} rows on each side…`,
  );
  const seeded = await timed(() => seed(db));
  console.log(`seeded in ${(seeded.ms / 1000).toFixed(1)} s`);
  let session: VerifySession = sessionOn(
    { dialect: 'postgresql', table: 'src' },
    { dialect: 'postgresql', table: 'dst' },
    new Date(0),
  );
  const count = await timed(() => db.exec('SELECT count(*) FROM src'));
  const hashOnly = await timed(() =>
    db.exec("SELECT sum(('x' || substr(md5(email), 1, 15))::bit(60)::bigint) FROM src"),
  );
  console.log(
    `reference: count(*) ${count.ms.toFixed(0)} ms (${rate(ROWS, count.ms)}); md5 of one column ${hashOnly.ms.toFixed(0)} ms (${rate(ROWS, hashOnly.ms)})`,
  );
  for (let round = 1; round <= 10; round += 1) {
    const build = buildRound(session, context);
    if ('error' in build) break;
    const source = await timed(() => psqlCsv(db, build.sql.source ?? ''));
    const target = await timed(() => psqlCsv(db, build.sql.target ?? ''));
    const applied = applyRound(session, context, { source: source.value, target: target.value }, new Date(0));
    if ('error' in applied) throw new Error(applied.error);
    session = applied.session;
    const r = applied.round;
    const sqlBytes = Buffer.byteLength(build.sql.source ?? '');
    const detail =
      r.kind === 'checksum'
        ? `${r.checked} chunks; source query ${(source.ms / 1000).toFixed(2)} s = ${rate(ROWS, source.ms)}, target ${(target.ms / 1000).toFixed(2)} s`
        : `${r.checked} pieces, ${r.differences.length} differing rows; ${source.ms.toFixed(0)} + ${target.ms.toFixed(0)} ms`;
    console.log(
      `round ${r.number} ${r.kind.padEnd(8)} paste back ${kb(r.sourceBytes)} + ${kb(r.targetBytes)}, SQL ${kb(sqlBytes)} a side; ${detail}`,
    );
  }
  const sum = summarise(session);
  console.log(
    `result: checksum ${sum.checksum}, ${sum.mismatchedChunks} of ${sum.chunks} chunks differ; differing keys: ${sum.differences.map((d) => `${d.key.join(',')} (${d.kind} ${d.columns.join(',')})`).join('; ')}`,
  );
  const pasted = session.rounds.reduce((n, r) => n + r.sourceBytes + r.targetBytes, 0);
  console.log(
    `total pasted over ${session.rounds.length} rounds: ${kb(pasted)} (goal for the checksum round: under 100 KB a side)`,
  );
  await db.close();
}

if (import.meta.url === `file://${process.argv[1]}`) await runVerifyBench();
