import type { Plan, RecordedCheck } from '../domain';
import { verificationStaleness, verifiedAt } from '../engine/verification-age';
import { keyText, summarise } from '../verify/summary';
import { formatMoment } from '../domain/time-format';

/** A check's latest record when a verification inside the databases made it: what was compared, and how. */
export type DatabaseVerification = {
  verifiedAt: string;
  stale: boolean;
  staleReason: string | null;
  source: { dialect: string; table: string; rows: number | null };
  target: { dialect: string; table: string; rows: number | null };
  key: string[];
  columns: string[];
  where: string;
  checksum: 'not-run' | 'match' | 'mismatch';
  chunks: number;
  mismatchedChunks: number;
  differences: { missing: number; extra: number; changed: number; keys: string[] };
  orphans: { foreignKey: string; side: 'source' | 'target'; count: number }[];
  rounds: number;
};

export function databaseVerification(
  plan: Plan,
  phaseId: string,
  latest: RecordedCheck | undefined,
  now: Date,
): DatabaseVerification | null {
  if (!latest || latest.source !== 'database') return null;
  const run = plan.run.phases.find((p) => p.phaseId === phaseId);
  const s = run?.verifications?.find((v) => v.checkId === latest.checkId && v.recordedAt === latest.at);
  if (!s) return null;
  const sum = summarise(s);
  const age = verificationStaleness(plan, phaseId, s, now.getTime());
  const count = (kind: string) => sum.differences.filter((d) => d.kind === kind).length;
  return {
    verifiedAt: verifiedAt(s),
    stale: age.stale,
    staleReason: age.reason,
    source: { dialect: s.setup.source.dialect, table: s.setup.source.table, rows: sum.sourceRows },
    target: { dialect: s.setup.target.dialect, table: s.setup.target.table, rows: sum.targetRows },
    key: s.setup.keyColumns,
    columns: s.setup.columns,
    where: s.setup.where,
    checksum: sum.checksum,
    chunks: sum.chunks,
    mismatchedChunks: sum.mismatchedChunks,
    differences: {
      missing: count('missing'),
      extra: count('extra'),
      changed: count('changed'),
      keys: sum.differences.slice(0, 20).map((d) => `${keyText(d.key)} (${d.kind})`),
    },
    orphans: sum.orphans.map((o) => ({ foreignKey: o.foreignKey, side: o.side, count: o.count })),
    rounds: sum.rounds,
  };
}

/** One sentence per database-verified check, for the runbook and the review document, times in `zone`. */
export function databaseSentences(
  phases: { number: number; checks: { target: string; database: DatabaseVerification | null }[] }[],
  zone: string,
): string[] {
  return phases.flatMap((p) =>
    p.checks.flatMap((c) => {
      const d = c.database;
      if (!d) return [];
      const diffs = d.differences.missing + d.differences.extra + d.differences.changed;
      const orphans = d.orphans.filter((o) => o.side === 'target').reduce((n, o) => n + o.count, 0);
      return [
        `Phase ${p.number}, ${c.target}: verified in the databases at ${formatMoment(d.verifiedAt, zone)} (${d.source.dialect} ${d.source.table}, ` +
          `${d.source.rows ?? '?'} rows, against ${d.target.dialect} ${d.target.table}, ${d.target.rows ?? '?'} rows; key ` +
          `${keyText(d.key)}${d.where ? `; where ${d.where}` : ''}): checksum ${d.checksum}` +
          `${d.chunks > 0 ? `, ${d.mismatchedChunks} of ${d.chunks} chunks differ` : ''}` +
          `${diffs > 0 ? `; ${diffs} differing keys (${d.differences.keys.join(', ')})` : ''}` +
          `${d.orphans.length > 0 ? `; ${orphans} orphans in the target` : ''}; ${d.rounds} rounds` +
          `${d.stale ? `. STALE: ${d.staleReason ?? ''}` : ''}.`,
      ];
    }),
  );
}
