import type { IntegrityCheck, VerifyKeyDiff, VerifyOrphans, VerifySegment, VerifySession } from '../domain';
import { LIMITS } from './plan-round';

export type VerifySummary = {
  sourceRows: number | null;
  targetRows: number | null;
  checksum: 'not-run' | 'match' | 'mismatch';
  chunks: number;
  mismatchedChunks: number;
  /** Every differing key found so far, the latest finding per key, in key order (numbers as numbers). */
  differences: VerifyKeyDiff[];
  /** Pieces one side lacks entirely, too large to list: reported as ranges. */
  wholeRanges: VerifySegment[];
  orphans: VerifyOrphans[];
  foreignKeys: number;
  /** Mismatching pieces not narrowed down yet. */
  pending: number;
  rounds: number;
};

export function summarise(s: VerifySession): VerifySummary {
  const checksumRound = s.rounds.find((r) => r.kind === 'checksum');
  const byKey = new Map<string, VerifyKeyDiff>();
  for (const r of s.rounds) for (const d of r.differences) byKey.set(d.key.join('\u0000'), d);
  const wholeRanges = s.rounds
    .filter((r) => r.kind === 'checksum' || r.kind === 'narrow')
    .flatMap((r) => r.mismatched)
    .filter(
      (m) =>
        ((m.sourceRows ?? 0) === 0 || (m.targetRows ?? 0) === 0) &&
        Math.max(m.sourceRows ?? 0, m.targetRows ?? 0) > LIMITS.listMax,
    );
  const orphans = checksumRound?.orphans ?? [];
  return {
    sourceRows: s.source?.rows ?? null,
    targetRows: s.target?.rows ?? null,
    checksum: !checksumRound ? 'not-run' : checksumRound.mismatched.length === 0 ? 'match' : 'mismatch',
    chunks: checksumRound?.checked ?? 0,
    mismatchedChunks: checksumRound?.mismatched.length ?? 0,
    differences: [...byKey.values()].sort((a, b) =>
      a.key.join('\u0000').localeCompare(b.key.join('\u0000'), 'en', { numeric: true }),
    ),
    wholeRanges,
    orphans,
    foreignKeys: new Set(orphans.map((o) => o.foreignKey)).size,
    pending: s.pending?.length ?? 0,
    rounds: s.rounds.length,
  };
}

export const keyText = (key: readonly string[]) =>
  key.length === 1 ? (key[0] ?? '') : `(${key.join(', ')})`;

/** A piece of the key space in words: "id >= 1000 and < 2000", with its hash bucket when cut by hash. */
export function rangeText(
  keyColumns: readonly string[],
  s: Pick<VerifySegment, 'lo' | 'hi' | 'mod' | 'rem'>,
): string {
  const k = keyText(keyColumns);
  const parts = [s.lo ? `${k} >= ${keyText(s.lo)}` : null, s.hi ? `${k} < ${keyText(s.hi)}` : null].filter(
    Boolean,
  );
  const range = parts.length === 0 ? 'every key' : parts.join(' and ');
  return s.mod > 1 ? `${range}, key-hash bucket ${s.rem} of ${s.mod}` : range;
}

/** Why this verification cannot yet stand as the check's result, or null when it can. */
export function recordProblem(s: VerifySession, check: IntegrityCheck): string | null {
  const sum = summarise(s);
  if (sum.sourceRows === null || sum.targetRows === null)
    return 'Run the first round (describe) on both sides first.';
  if (check.kind === 'row-count') return null;
  if (sum.checksum === 'not-run') return 'Run the checksum round first.';
  if (check.kind === 'referential' && sum.foreignKeys === 0)
    return 'No foreign key was found to check: the tables declare none and the check does not name one (child.column -> parent.column).';
  return null;
}

export type VerifyRecord = {
  actualRows: number | null;
  rowsExpected: number | null;
  checksumMatch: boolean | null;
  referentialOk: boolean | null;
  notes: string;
};

const NOTES_LIMIT = 5_000;
const n = (v: number) => v.toLocaleString('en-US');

/** The check's integrity record from a verification: target rows against source rows, checksum, orphans. */
export function verifyRecord(s: VerifySession): VerifyRecord {
  const sum = summarise(s);
  const { setup } = s;
  const targetOrphans = sum.orphans.filter((o) => o.side === 'target');
  const lines = [
    `Verified in the databases (${setup.source.dialect} ${setup.source.table} -> ${setup.target.dialect} ${setup.target.table}) ` +
      `on key ${keyText(setup.keyColumns)}${setup.where.trim() ? ` where ${setup.where.trim()}` : ''}: ` +
      `source ${n(sum.sourceRows ?? 0)} rows, target ${n(sum.targetRows ?? 0)} rows.`,
    sum.checksum === 'not-run'
      ? 'Checksum not run.'
      : `Checksum ${sum.checksum}: ${n(sum.mismatchedChunks)} of ${n(sum.chunks)} chunks differ.`,
    ...diffLines(sum.differences),
    ...sum.wholeRanges.map(
      (r) =>
        `${(r.sourceRows ?? 0) === 0 ? `${n(r.targetRows ?? 0)} rows only in the target` : `${n(r.sourceRows ?? 0)} rows missing in the target`}: ${rangeText(setup.keyColumns, r)}.`,
    ),
    sum.pending > 0 ? `${n(sum.pending)} mismatching pieces not narrowed down further.` : null,
    ...sum.orphans.map(
      (o) =>
        `Orphans ${o.foreignKey} (${o.side}): ${n(o.count)}${o.samples.length ? ` (${o.samples.slice(0, 5).join('; ')})` : ''}.`,
    ),
    `${sum.rounds} rounds.`,
  ];
  return {
    actualRows: sum.targetRows,
    rowsExpected: sum.sourceRows,
    checksumMatch: sum.checksum === 'not-run' ? null : sum.checksum === 'match',
    referentialOk: sum.foreignKeys === 0 ? null : targetOrphans.every((o) => o.count === 0),
    notes: lines
      .filter((l): l is string => l !== null)
      .join('\n')
      .slice(0, NOTES_LIMIT),
  };
}

function diffLines(diffs: VerifyKeyDiff[]): string[] {
  const of = (kind: VerifyKeyDiff['kind']) => diffs.filter((d) => d.kind === kind);
  const line = (label: string, list: VerifyKeyDiff[], withColumns = false) => {
    if (list.length === 0) return null;
    const shown = list
      .slice(0, 20)
      .map((d) => `${keyText(d.key)}${withColumns && d.columns.length ? ` [${d.columns.join(', ')}]` : ''}`);
    return `${label}: ${n(list.length)} (${shown.join(', ')}${list.length > 20 ? ', ...' : ''}).`;
  };
  return [
    line('Missing in the target', of('missing')),
    line('Extra in the target', of('extra')),
    line('Changed', of('changed'), true),
  ].filter((l): l is string => l !== null);
}
