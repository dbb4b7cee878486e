import type { VerifyKey, VerifySegment, VerifySession } from '../domain';
import type { Layout } from './layout';

/**
 * How big a round's pieces are. A chunk holds at least 1,000 rows (fewer, larger pieces for a small
 * table) and at most 1,000,000, the few seconds of hashing that keep one query short on a replica (the
 * 0.5 s per chunk that pt-table-checksum aims at is for its own connection; here a person runs the whole
 * round at once). Up to 1,000 chunks a table, so the paste stays near 40 KB; more only once a chunk would
 * pass the row cap. A mismatching piece of up to 256 rows is listed row by row; a larger one is cut into
 * 16 (data-diff's bisection, with a threshold sized for pasting instead of downloading).
 */
export const LIMITS = {
  maxChunks: 1_000,
  minChunkRows: 1_000,
  maxChunkRows: 1_000_000,
  statementRows: 1_000_000,
  listMax: 256,
  factor: 16,
  maxMod: 2 ** 40,
} as const;

export function rowsPerChunk(rows: number): number {
  return Math.min(LIMITS.maxChunkRows, Math.max(LIMITS.minChunkRows, Math.ceil(rows / LIMITS.maxChunks)));
}

/**
 * How the SQL reaches a round's segments:
 * - run: consecutive integer-key ranges of equal width, one GROUP BY statement for `from`..`to`;
 * - buckets: a segment cut by key hash into `factor` buckets, one GROUP BY statement;
 * - each: one prepared statement executed per segment (chunks between sampled boundaries);
 * - list: every row of a small segment, with its key and hashes.
 * `base` is the index of the group's first segment in the round's list.
 */
export type Group =
  | {
      kind: 'run';
      base: number;
      L: bigint;
      w: bigint;
      n: number;
      from: number;
      to: number;
      lo: VerifyKey | null;
      hi: VerifyKey | null;
    }
  | { kind: 'buckets'; base: number; parent: VerifySegment; factor: number }
  | { kind: 'each'; base: number; count: number }
  | { kind: 'list'; parent: VerifySegment };

export type RoundPlan = { segments: VerifySegment[]; groups: Group[] };

const segment = (lo: VerifyKey | null, hi: VerifyKey | null, mod = 1, rem = 0): VerifySegment => ({
  lo,
  hi,
  mod,
  rem,
  sourceRows: null,
  targetRows: null,
});

const ceilDiv = (a: bigint, b: bigint) => (a + b - 1n) / b;

/** The smallest and largest key over both sides, for a single integer key. */
export function keyBounds(session: VerifySession): { min: bigint; max: bigint } | null {
  const values = [
    session.source?.keyMin,
    session.source?.keyMax,
    session.target?.keyMin,
    session.target?.keyMax,
  ]
    .filter((v): v is string => typeof v === 'string' && /^-?\d+$/.test(v))
    .map((v) => BigInt(v));
  if (values.length === 0) return null;
  return {
    min: values.reduce((a, b) => (b < a ? b : a)),
    max: values.reduce((a, b) => (b > a ? b : a)),
  };
}

function runChildren(L: bigint, w: bigint, n: number, lo: VerifyKey | null, hi: VerifyKey | null) {
  return Array.from({ length: n }, (_, j) =>
    segment(j === 0 ? lo : [String(L + BigInt(j) * w)], j === n - 1 ? hi : [String(L + BigInt(j + 1) * w)]),
  );
}

/** The checksum round: the whole table in chunks. */
export function checksumPlan(session: VerifySession, layout: Layout): RoundPlan {
  const rows = Math.max(session.source?.rows ?? 0, session.target?.rows ?? 0);
  if (layout.integerKey) {
    const bounds = keyBounds(session);
    const L = bounds?.min ?? 0n;
    const span = bounds ? bounds.max - bounds.min + 1n : 1n;
    const wanted = BigInt(Math.max(1, Math.ceil(rows / rowsPerChunk(rows))));
    const w = ceilDiv(span, wanted < span ? wanted : span);
    const n = Number(ceilDiv(span, w));
    const perStatement = Math.max(1, Math.floor(LIMITS.statementRows / Math.max(1, rows / n)));
    const groups: Group[] = [];
    for (let from = 0; from < n; from += perStatement)
      groups.push({
        kind: 'run',
        base: 0,
        L,
        w,
        n,
        from,
        to: Math.min(n, from + perStatement),
        lo: null,
        hi: null,
      });
    return { segments: runChildren(L, w, n, null, null), groups };
  }
  const bounds = session.boundaries ?? [];
  const segments = Array.from({ length: bounds.length + 1 }, (_, i) =>
    segment(i === 0 ? null : (bounds[i - 1] ?? null), i === bounds.length ? null : (bounds[i] ?? null)),
  );
  return { segments, groups: [{ kind: 'each', base: 0, count: segments.length }] };
}

const rowsOf = (s: VerifySegment) => Math.max(s.sourceRows ?? 0, s.targetRows ?? 0);

/** A narrowing round: each pending segment is listed when small, else cut into 16. */
export function narrowPlan(session: VerifySession, layout: Layout): RoundPlan {
  const segments: VerifySegment[] = [];
  const groups: Group[] = [];
  const bounds = keyBounds(session);
  for (const p of session.pending ?? []) {
    if (rowsOf(p) <= LIMITS.listMax) {
      groups.push({ kind: 'list', parent: p });
      continue;
    }
    if (layout.integerKey && p.mod === 1 && bounds) {
      const L = p.lo ? BigInt(p.lo[0] ?? '0') : bounds.min;
      const H = p.hi ? BigInt(p.hi[0] ?? '0') : bounds.max + 1n;
      const span = H - L;
      if (span > 1n) {
        const factor = BigInt(LIMITS.factor);
        const w = ceilDiv(span, span < factor ? span : factor);
        const n = Number(ceilDiv(span, w));
        groups.push({ kind: 'run', base: segments.length, L, w, n, from: 0, to: n, lo: p.lo, hi: p.hi });
        segments.push(...runChildren(L, w, n, p.lo, p.hi));
        continue;
      }
    }
    if (p.mod * LIMITS.factor > LIMITS.maxMod) {
      groups.push({ kind: 'list', parent: p });
      continue;
    }
    groups.push({ kind: 'buckets', base: segments.length, parent: p, factor: LIMITS.factor });
    for (let j = 0; j < LIMITS.factor; j += 1)
      segments.push(segment(p.lo, p.hi, p.mod * LIMITS.factor, p.rem + p.mod * j));
  }
  return { segments, groups };
}
