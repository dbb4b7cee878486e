import { PARTS, STRIDE, type KeyLogData } from './key-log';

/** A count and the row numbers (on one side, in file order) of its first findings, for samples. */
export interface SampledRows {
  count: number;
  rows: number[];
}

/**
 * The key diff by row numbers: missing and duplicated-in-source name source rows, the others target rows.
 * key-samples.ts turns the row numbers into the keys shown.
 */
export interface KeyDiffRows {
  distinctSourceKeys: number;
  missingInTarget: SampledRows;
  extraInTarget: SampledRows;
  changed: SampledRows;
  duplicatedInSource: SampledRows;
  duplicatedInTarget: SampledRows;
}

/**
 * Counts findings and keeps the `limit` with the smallest row numbers, so the samples are the first ones in
 * file order although partitions are visited in hash order.
 */
function offer(f: SampledRows, limit: number, row: number): void {
  f.count++;
  const rows = f.rows;
  if (limit <= 0 || (rows.length === limit && row > rows[limit - 1]!)) return;
  let i = rows.length;
  while (i > 0 && rows[i - 1]! > row) i--;
  rows.splice(i, 0, row);
  if (rows.length > limit) rows.pop();
}

const DUP = 1;
const MATCHED = 2;

/**
 * Index of a partition's rows by key hash: open addressing over row numbers + 1. Returns the row number of
 * the first row with this key, or inserts `row` and returns -1.
 */
function firstRow(index: Int32Array, mask: number, part: Uint32Array, row: number): number {
  const lo = part[row * STRIDE]!;
  const hi = part[row * STRIDE + 1]!;
  let slot = lo & mask;
  for (;;) {
    const v = index[slot]!;
    if (v === 0) {
      index[slot] = row + 1;
      return -1;
    }
    const o = (v - 1) * STRIDE;
    if (part[o] === lo && part[o + 1] === hi) return v - 1;
    slot = (slot + 1) & mask;
  }
}

function lookup(index: Int32Array, mask: number, part: Uint32Array, lo: number, hi: number): number {
  let slot = lo & mask;
  for (;;) {
    const v = index[slot]!;
    if (v === 0) return -1;
    const o = (v - 1) * STRIDE;
    if (part[o] === lo && part[o + 1] === hi) return v - 1;
    slot = (slot + 1) & mask;
  }
}

const sampled = (): SampledRows => ({ count: 0, rows: [] });

/**
 * The key diff of two sides' logs, one partition at a time. Within a key, the first row on each side is the
 * one compared for "changed"; a key seen again on a side is a duplicate (counted once per key, sampled at its
 * second row).
 */
export function diffKeyLogs(
  source: KeyLogData,
  target: KeyLogData,
  limit: number,
  from = 0,
  to = PARTS,
): KeyDiffRows {
  let most = 1;
  for (let p = from; p < to; p++) most = Math.max(most, source.used[p]! / STRIDE, target.used[p]! / STRIDE);
  let size = 16;
  while (size < most * 2) size *= 2;
  const sIndex = new Int32Array(size);
  const tIndex = new Int32Array(size);
  const sFlags = new Uint8Array(most);
  const tFlags = new Uint8Array(most);
  const out: KeyDiffRows = {
    distinctSourceKeys: 0,
    missingInTarget: sampled(),
    extraInTarget: sampled(),
    changed: sampled(),
    duplicatedInSource: sampled(),
    duplicatedInTarget: sampled(),
  };
  for (let p = from; p < to; p++) {
    const sp = source.parts[p]!;
    const tp = target.parts[p]!;
    const sRows = source.used[p]! / STRIDE;
    const tRows = target.used[p]! / STRIDE;
    let mask = 15;
    while (mask + 1 < Math.max(sRows, tRows) * 2) mask = mask * 2 + 1;
    sIndex.fill(0, 0, mask + 1);
    tIndex.fill(0, 0, mask + 1);
    sFlags.fill(0, 0, sRows);
    tFlags.fill(0, 0, tRows);
    for (let r = 0; r < sRows; r++) {
      const first = firstRow(sIndex, mask, sp, r);
      if (first < 0) out.distinctSourceKeys++;
      else if ((sFlags[first]! & DUP) === 0) {
        sFlags[first] = sFlags[first]! | DUP;
        offer(out.duplicatedInSource, limit, sp[r * STRIDE + 3]!);
      }
    }
    for (let r = 0; r < tRows; r++) {
      const o = r * STRIDE;
      const first = firstRow(tIndex, mask, tp, r);
      if (first >= 0) {
        if ((tFlags[first]! & DUP) === 0) {
          tFlags[first] = tFlags[first]! | DUP;
          offer(out.duplicatedInTarget, limit, tp[o + 3]!);
        }
        continue;
      }
      const s = lookup(sIndex, mask, sp, tp[o]!, tp[o + 1]!);
      if (s < 0) {
        offer(out.extraInTarget, limit, tp[o + 3]!);
        continue;
      }
      sFlags[s] = sFlags[s]! | MATCHED;
      if (sp[s * STRIDE + 2] !== tp[o + 2]) offer(out.changed, limit, tp[o + 3]!);
    }
    for (let r = 0; r < sRows; r++) {
      // Only first rows can be matched; a later row of a key finds its first in the index.
      if ((sFlags[r]! & MATCHED) !== 0) continue;
      if (lookup(sIndex, mask, sp, sp[r * STRIDE]!, sp[r * STRIDE + 1]!) !== r) continue;
      offer(out.missingInTarget, limit, sp[r * STRIDE + 3]!);
    }
  }
  return out;
}

/** Runs the diff of two finished logs; the worker splits it between its two threads (worker/side-workers.ts). */
export type DiffRunner = (source: KeyLogData, target: KeyLogData, limit: number) => Promise<KeyDiffRows>;

export const diffHere: DiffRunner = (source, target, limit) =>
  Promise.resolve(diffKeyLogs(source, target, limit));

/** The diff of partitions [a, b) and of [b, c), as one: counts add up, samples stay the first in file order. */
export function mergeDiffRows(a: KeyDiffRows, b: KeyDiffRows, limit: number): KeyDiffRows {
  const merge = (x: SampledRows, y: SampledRows): SampledRows => ({
    count: x.count + y.count,
    rows: [...x.rows, ...y.rows].sort((i, j) => i - j).slice(0, Math.max(0, limit)),
  });
  return {
    distinctSourceKeys: a.distinctSourceKeys + b.distinctSourceKeys,
    missingInTarget: merge(a.missingInTarget, b.missingInTarget),
    extraInTarget: merge(a.extraInTarget, b.extraInTarget),
    changed: merge(a.changed, b.changed),
    duplicatedInSource: merge(a.duplicatedInSource, b.duplicatedInSource),
    duplicatedInTarget: merge(a.duplicatedInTarget, b.duplicatedInTarget),
  };
}

/**
 * The partitions [from, to) of a log, the others empty, with the buffers to transfer: what the owner sends
 * the helper for its half of the diff (its own half it keeps; marks stay, for the samples).
 */
export function partitionsOf(
  log: KeyLogData,
  from: number,
  to: number,
): { data: KeyLogData; transfer: ArrayBuffer[] } {
  const empty = new Uint32Array(0);
  const parts = log.parts.map((part, p) => (p >= from && p < to ? part : empty));
  const used = log.used.map((u, p) => (p >= from && p < to ? u : 0));
  return {
    data: { rows: log.rows, parts, used, marks: new Float64Array(0), markCount: 0, keyCol: log.keyCol },
    transfer: log.parts.slice(from, to).map((part) => part.buffer as ArrayBuffer),
  };
}
