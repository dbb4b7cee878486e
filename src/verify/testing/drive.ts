import type { VerifySession, VerifySetup, VerifySide } from '../../domain';
import { applyRound } from '../apply-round';
import { buildRound, nextRoundKind, type VerifyContext } from '../round-build';
import { summarise } from '../summary';
import type { Side } from '../types';
import { sessionOn } from './session';

export type Runner = (sql: string) => Promise<string>;

/** The check the seeded tables stand for: the orders table, with no foreign key named in its text. */
export const ORDERS_CONTEXT: VerifyContext = { checkName: 'orders', checkForeignKey: null };

/** A table in a database the test reaches: where it is, and how to run SQL there. */
export type TableOn = { side: VerifySide; run: Runner };

/** Runs every round to the end as a person would: each side's SQL on its database, the output pasted back. */
export async function verifyToEnd(
  session: VerifySession,
  context: VerifyContext,
  run: Record<Side, Runner>,
  now: Date,
  maxRounds = 20,
): Promise<VerifySession> {
  let s = session;
  for (let i = 0; i < maxRounds && nextRoundKind(s) !== null; i += 1) {
    const build = buildRound(s, context);
    if ('error' in build) throw new Error(build.error);
    const source = build.sql.source === null ? '' : await run.source(build.sql.source);
    const target = build.sql.target === null ? '' : await run.target(build.sql.target);
    const applied = applyRound(s, context, { source, target }, now);
    if ('error' in applied)
      throw new Error(`round ${build.sql.number} (${build.sql.kind}): ${applied.error}`);
    s = applied.session;
  }
  return s;
}

/** Verifies one seeded orders table against another to the end (by id, every column, unless `setup` says). */
export const verifyTables = (source: TableOn, target: TableOn, now: Date, setup: Partial<VerifySetup> = {}) =>
  verifyToEnd(
    sessionOn(source.side, target.side, now, setup),
    ORDERS_CONTEXT,
    { source: source.run, target: target.run },
    now,
  );

/** The differing keys a verification found, by kind, each list sorted: what a seeded difference is checked against. */
export function keysFound(s: VerifySession) {
  const diffs = summarise(s).differences;
  const of = (k: string) =>
    diffs
      .filter((d) => d.kind === k)
      .map((d) => d.key.join(','))
      .sort();
  return {
    missing: of('missing'),
    extra: of('extra'),
    changed: diffs
      .filter((d) => d.kind === 'changed')
      .map((d): [string, string] => [d.key.join(','), d.columns.join(',')])
      .sort(),
  };
}
