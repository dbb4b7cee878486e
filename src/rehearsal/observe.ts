import { lockRank, pgLockModeFromView } from '../sql';
import { USER_NS } from './catalog-queries';
import type { Clock, Db, LockObservation } from './types';

type RelRow = { oid: number; name: string; kind: string; filenode: number };

const REL_KIND: Record<string, string> = {
  r: 'table',
  p: 'table',
  i: 'index',
  I: 'index',
  S: 'sequence',
  v: 'view',
  m: 'materialized view',
  t: 'toast table',
  f: 'foreign table',
};

const RELS_SQL = `
SELECT c.oid::int AS oid, CASE WHEN n.nspname = 'public' THEN '' ELSE n.nspname || '.' END || c.relname AS name,
  c.relkind::text AS kind, c.relfilenode::int AS filenode
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_NS}`;

// Our own session only: the lock query itself holds ACCESS SHARE on catalogs, which USER_NS leaves out.
const LOCKS_SQL = `SELECT l.relation::int AS oid, l.mode FROM pg_locks l
WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted`;

export async function relations(db: Db): Promise<Map<number, RelRow>> {
  const rows = (await db.query<RelRow>(RELS_SQL)).rows;
  return new Map(rows.map((r) => [r.oid, r]));
}

export type StatementRun = {
  ok: boolean;
  error: string | null;
  inTransaction: boolean;
  locks: LockObservation[];
  rewritten: string[];
  ms: number;
};

export function errorText(error: unknown, statementLine: number, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = typeof error === 'object' && error !== null && 'position' in error ? error.position : null;
  // PostgreSQL reports a character position inside the statement; turn it into the script's line.
  if (typeof position === 'string' && /^\d+$/.test(position)) {
    const before = text.slice(0, Number(position) - 1);
    const line = statementLine + (before.match(/\n/g)?.length ?? 0);
    return `line ${line}: ${message}`;
  }
  return `line ${statementLine}: ${message}`;
}

const NOT_IN_TX = '25001';

async function observeLocks(db: Db, before: Map<number, RelRow>): Promise<LockObservation[]> {
  const now = await relations(db);
  const held = (await db.query<{ oid: number; mode: string }>(LOCKS_SQL)).rows;
  const byRel = new Map<string, LockObservation>();
  for (const { oid, mode } of held) {
    // Only relations that existed before: a table the statement creates is locked by nobody else.
    // One it drops is gone from pg_class already, so the snapshot before names it.
    const rel = before.has(oid) ? (now.get(oid) ?? before.get(oid)) : undefined;
    const name = pgLockModeFromView(mode);
    if (!rel || name === null) continue;
    const entry = byRel.get(rel.name) ?? {
      relation: rel.name,
      kind: REL_KIND[rel.kind] ?? rel.kind,
      modes: [],
    };
    if (!entry.modes.includes(name)) entry.modes.push(name);
    byRel.set(rel.name, entry);
  }
  for (const e of byRel.values()) e.modes.sort((a, b) => lockRank(b) - lockRank(a));
  // pg_locks comes in the order of a shared hash table that mixes in PGPROC's address, so it moves
  // with the shared memory layout (shared_buffers, for one): strongest lock first, then by name.
  const strongest = (e: LockObservation) => lockRank(e.modes[0] ?? null);
  return [...byRel.values()].sort(
    (a, b) => strongest(b) - strongest(a) || a.relation.localeCompare(b.relation),
  );
}

async function rewrittenSince(db: Db, before: Map<number, RelRow>): Promise<string[]> {
  const now = await relations(db);
  const out: string[] = [];
  for (const [oid, was] of before) {
    const rel = now.get(oid);
    if (!rel || (was.kind !== 'r' && was.kind !== 'm')) continue;
    if (rel.filenode !== was.filenode && was.filenode !== 0) out.push(rel.name);
  }
  return out;
}

/**
 * Runs one statement in its own transaction and reads, before COMMIT, the locks it holds and the
 * relfilenodes it changed (a changed relfilenode is a rewrite). A statement that PostgreSQL refuses
 * inside a transaction block (CREATE INDEX CONCURRENTLY...) is run bare: it works, but its locks
 * are released before anything could read them.
 */
export async function runObserved(db: Db, text: string, line: number, clock: Clock): Promise<StatementRun> {
  const before = await relations(db);
  await db.exec('BEGIN');
  const started = clock();
  try {
    await db.exec(text);
    const ms = clock() - started;
    const locks = await observeLocks(db, before);
    const rewritten = await rewrittenSince(db, before);
    await db.exec('COMMIT');
    return { ok: true, error: null, inTransaction: true, locks, rewritten, ms };
  } catch (error: unknown) {
    const ms = clock() - started;
    await db.exec('ROLLBACK');
    if (!(typeof error === 'object' && error !== null && 'code' in error && error.code === NOT_IN_TX)) {
      return {
        ok: false,
        error: errorText(error, line, text),
        inTransaction: true,
        locks: [],
        rewritten: [],
        ms,
      };
    }
  }
  const started2 = clock();
  try {
    await db.exec(text);
    const ms = clock() - started2;
    return {
      ok: true,
      error: null,
      inTransaction: false,
      locks: [],
      rewritten: await rewrittenSince(db, before),
      ms,
    };
  } catch (error: unknown) {
    const ms = clock() - started2;
    return {
      ok: false,
      error: errorText(error, line, text),
      inTransaction: false,
      locks: [],
      rewritten: [],
      ms,
    };
  }
}
