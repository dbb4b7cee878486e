import type { VerifyForeignKey, VerifyRoundKind, VerifySession } from '../domain';
import { layoutOf, sideSql, type Layout, type SideSql } from './layout';
import { checksumPlan, narrowPlan, rowsPerChunk, type RoundPlan } from './plan-round';
import { parseTableName } from './quote';
import { script, whereProblem } from './script';
import { boundaryStatement } from './sql-boundaries';
import { describeStatements } from './sql-describe';
import { foreignKeysOf, orphanStatements } from './sql-orphans';
import { segmentStatements } from './sql-segments';
import type { RoundSql, Side } from './types';

/** Everything a round needs to write its SQL and to read its results back. */
export type RoundBuild = {
  sql: RoundSql;
  /** How many `end` rows each side's output must hold; 0: that side runs nothing. */
  ends: Record<Side, number>;
  plan: RoundPlan | null;
  layout: Layout | null;
  foreignKeys: VerifyForeignKey[];
};

export type VerifyContext = {
  /** The integrity check's name, for the SQL's title. */
  checkName: string;
  /** A foreign key the plan's referential check names, when the databases may not declare it. */
  checkForeignKey: VerifyForeignKey | null;
};

const TITLES: Record<VerifyRoundKind, string> = {
  describe: 'describe the tables (columns, keys, row count)',
  boundaries: 'sample chunk boundaries (source only)',
  checksum: 'checksum every chunk and count orphans',
  narrow: 'narrow the mismatching chunks down',
};

/** The kind of the next round, or null when nothing is left to narrow down. */
export function nextRoundKind(session: VerifySession): VerifyRoundKind | null {
  if (!session.source || !session.target) return 'describe';
  const layout = layoutOf(session);
  if ('error' in layout) return null;
  if (!layout.integerKey && session.boundaries === null) return 'boundaries';
  if (!session.rounds.some((r) => r.kind === 'checksum')) return 'checksum';
  return (session.pending ?? []).length > 0 ? 'narrow' : null;
}

/** A problem with the setup that stops every round, said in the words of the form. */
export function setupProblem(session: VerifySession): string | null {
  for (const side of ['source', 'target'] as const) {
    const t = parseTableName(session.setup[side].table);
    if ('error' in t) return `${side === 'source' ? 'Source' : 'Target'} table: ${t.error}`;
  }
  return whereProblem(session.setup.where);
}

export function buildRound(session: VerifySession, context: VerifyContext): RoundBuild | { error: string } {
  const problem = setupProblem(session);
  if (problem) return { error: problem };
  const kind = nextRoundKind(session);
  if (kind === null) {
    const layout = session.source && session.target ? layoutOf(session) : null;
    return { error: layout && 'error' in layout ? layout.error : 'Every mismatch has been narrowed down.' };
  }
  const number = session.rounds.length + 1;
  const ctxs = { source: sideSql(session, 'source', number), target: sideSql(session, 'target', number) };
  if ('error' in ctxs.source) return ctxs.source;
  if ('error' in ctxs.target) return ctxs.target;
  const sides = { source: ctxs.source, target: ctxs.target };
  const layout = kind === 'describe' ? null : layoutOf(session);
  if (layout && 'error' in layout) return layout;
  const out: Record<Side, { statements: string[]; ends: number } | null> = { source: null, target: null };
  let plan: RoundPlan | null = null;
  const fks = foreignKeysOf(session.source, session.target, context.checkForeignKey);
  for (const side of ['source', 'target'] as const) {
    const ctx: SideSql = sides[side];
    if (kind === 'describe') {
      out[side] = { statements: describeStatements(ctx, session.setup), ends: 4 };
    } else if (kind === 'boundaries' && layout) {
      const rows = Math.max(session.source?.rows ?? 0, session.target?.rows ?? 0);
      if (side === 'source')
        out.source = { statements: [boundaryStatement(ctx, layout, rowsPerChunk(rows))], ends: 1 };
    } else if (layout) {
      plan = kind === 'checksum' ? checksumPlan(session, layout) : narrowPlan(session, layout);
      const segs = segmentStatements(ctx, layout, plan, 1);
      const facts = session[side];
      const orphans =
        kind === 'checksum' && facts
          ? orphanStatements(ctx, layout, facts, fks, segs.next)
          : { statements: [], next: segs.next };
      out[side] = { statements: [...segs.statements, ...orphans.statements], ends: orphans.next - 1 };
    }
  }
  const title = `check ${context.checkName}, round ${number}: ${TITLES[kind]}`;
  const text = (side: Side) => {
    const o = out[side];
    if (!o) return null;
    const s = session.setup[side];
    return script(
      {
        dialect: s.dialect,
        title: `${title}, ${side} ${s.table}`,
        file: `verify-${number}-${side}`,
        lines:
          layout && 'columns' in layout
            ? [`Columns compared: ${layout.columns.map((c) => c.name).join(', ')}`]
            : [],
      },
      o.statements,
    );
  };
  return {
    sql: { number, kind, title, heading: TITLES[kind], source: text('source'), target: text('target') },
    ends: { source: out.source?.ends ?? 0, target: out.target?.ends ?? 0 },
    plan,
    layout: layout && 'columns' in layout ? layout : null,
    foreignKeys: kind === 'checksum' ? fks : [],
  };
}
