import type { VerifySession } from '../../domain';
import { applyRound } from '../apply-round';
import { buildRound, nextRoundKind, type VerifyContext } from '../round-build';
import type { Side } from '../types';

export type Runner = (sql: string) => Promise<string>;

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
