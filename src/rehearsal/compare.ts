import { lockRank } from '../sql';
import type { StatementRun } from './observe';
import type { StaticView } from './types';

/**
 * Where the observation corrects the static analysis, in words. Only tables count: index and
 * sequence locks follow from the table's and the analysis does not speak about them.
 */
export function disagreements(run: StatementRun, view: StaticView | null): string[] {
  if (!view || !run.ok) return [];
  const out: string[] = [];
  if (run.inTransaction) {
    const tables = run.locks.filter((l) => l.kind === 'table' || l.kind === 'materialized view');
    let strongest: { relation: string; mode: (typeof tables)[number]['modes'][number] } | null = null;
    for (const t of tables) {
      const mode = t.modes[0];
      if (mode && (strongest === null || lockRank(mode) > lockRank(strongest.mode))) {
        strongest = { relation: t.relation, mode };
      }
    }
    const observed = strongest?.mode ?? null;
    // ACCESS SHARE and ROW-level locks are what every query takes; not worth a static rule.
    const notable = lockRank(observed) >= lockRank('SHARE UPDATE EXCLUSIVE');
    if (view.lock !== null && observed !== view.lock) {
      out.push(
        `static analysis expects ${view.lock}; observed ${observed ?? 'no table lock'}${strongest ? ` on ${strongest.relation}` : ''}`,
      );
    } else if (view.lock === null && notable && strongest) {
      out.push(`static analysis flags no lock; observed ${strongest.mode} on ${strongest.relation}`);
    }
  }
  const rewrote = run.rewritten.length > 0;
  if (view.rewrite && !rewrote) out.push('static analysis expects a table rewrite; none observed');
  if (!view.rewrite && rewrote)
    out.push(`static analysis expects no rewrite; observed a rewrite of ${run.rewritten.join(', ')}`);
  return out;
}
