import type { VerifyKeyDiff, VerifyOrphans } from '../domain';
import type { Layout } from './layout';
import type { OutputRow } from './parse-output';
import { countField } from './read-rows';
import type { Side } from './types';

export type ChunkResult = { rows: bigint; sum: bigint };

/** Per segment index, the row count and checksum a side printed; a chunk with no rows prints nothing. */
export function readChunks(
  rows: OutputRow[],
  segments: number,
): Map<number, ChunkResult> | { error: string } {
  const out = new Map<number, ChunkResult>();
  for (const r of rows) {
    if (r.kind !== 'chunk') continue;
    const [seg = '', count, sum] = r.fields;
    const i = Number(seg);
    const c = countField(count);
    const s = countField(sum);
    if (!Number.isInteger(i) || i < 0 || i >= segments || c === null || s === null)
      return { error: `A chunk row does not fit this round (${r.fields.slice(0, 3).join(', ')}).` };
    const prev = out.get(i);
    out.set(i, { rows: (prev?.rows ?? 0n) + c, sum: (prev?.sum ?? 0n) + s });
  }
  return out;
}

type Listed = { key: string[]; hash: string; columns: string[] };

function readListed(rows: OutputRow[], layout: Layout): Map<string, Listed> | { error: string } {
  const nk = layout.key.length;
  const nc = layout.columns.length;
  const out = new Map<string, Listed>();
  for (const r of rows) {
    if (r.kind !== 'row') continue;
    if (r.fields.length !== nk + 1 + nc)
      return { error: `A listed row has ${r.fields.length} fields where ${nk + 1 + nc} were expected.` };
    const key = r.fields.slice(0, nk);
    out.set(key.join('\u0000'), { key, hash: r.fields[nk] ?? '', columns: r.fields.slice(nk + 1) });
  }
  return out;
}

/**
 * The rows both sides listed, matched by key across every listed piece at once, so a row that one side
 * sorts into another piece (a collation that orders keys differently) is not reported twice.
 */
export function diffListed(
  source: OutputRow[],
  target: OutputRow[],
  layout: Layout,
): VerifyKeyDiff[] | { error: string } {
  const s = readListed(source, layout);
  if ('error' in s) return { error: `Source: ${s.error}` };
  const t = readListed(target, layout);
  if ('error' in t) return { error: `Target: ${t.error}` };
  const out: VerifyKeyDiff[] = [];
  for (const [k, row] of s) {
    const other = t.get(k);
    if (!other) out.push({ key: row.key, kind: 'missing', columns: [] });
    else if (other.hash !== row.hash) {
      const columns = layout.columns.filter((_, i) => row.columns[i] !== other.columns[i]).map((c) => c.name);
      out.push({ key: row.key, kind: 'changed', columns });
    }
  }
  for (const [k, row] of t) if (!s.has(k)) out.push({ key: row.key, kind: 'extra', columns: [] });
  return out;
}

/** Orphan counts and samples per foreign key, for one side. */
export function readOrphans(rows: OutputRow[], side: Side): VerifyOrphans[] {
  const out = new Map<string, VerifyOrphans>();
  for (const r of rows) {
    if (r.kind !== 'orphans' && r.kind !== 'orphan') continue;
    const fk = (r.fields[0] ?? '').slice(0, 500);
    const entry = out.get(fk) ?? { foreignKey: fk, side, count: 0, samples: [] };
    if (r.kind === 'orphans') entry.count = Number(countField(r.fields[1]) ?? 0n);
    else if (entry.samples.length < 50)
      entry.samples.push(`${r.fields[1] ?? ''} -> ${r.fields[2] ?? ''}`.slice(0, 2_000));
    out.set(fk, entry);
  }
  return [...out.values()];
}
