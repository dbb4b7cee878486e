import { keyAt, PARTS, STRIDE, type KeyLogData } from './key-log';
import type { KeyDiff, SampledCount } from './types';

const decoder = new TextDecoder();
const MAX_SAMPLE_CHARS = 200;

/**
 * Counts findings and keeps the `limit` with the smallest order (a key's arena position, which grows through
 * the file), so the samples are the first ones in file order although partitions are visited in hash order.
 */
interface FirstN {
  count: number;
  orders: number[];
  logs: KeyLogData[];
}

function firstN(): FirstN {
  return { count: 0, orders: [], logs: [] };
}

function offer(f: FirstN, limit: number, log: KeyLogData, order: number): void {
  f.count++;
  if (limit <= 0 || (f.orders.length === limit && order > f.orders[limit - 1]!)) return;
  let i = f.orders.length;
  while (i > 0 && f.orders[i - 1]! > order) i--;
  f.orders.splice(i, 0, order);
  f.logs.splice(i, 0, log);
  if (f.orders.length > limit) {
    f.orders.pop();
    f.logs.pop();
  }
}

function sampled(f: FirstN): SampledCount {
  return {
    count: f.count,
    samples: f.orders.map((o, i) => decoder.decode(keyAt(f.logs[i]!, o)).slice(0, MAX_SAMPLE_CHARS)),
  };
}

/** The key diff without the column name, which the caller knows and adds. */
export type KeyDiffCounts = Omit<KeyDiff, 'keyColumn'>;

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

/**
 * The key diff of two sides' logs, one partition at a time. Within a key, the first row on each side is the
 * one compared for "changed"; a key seen again on a side is a duplicate (counted once per key).
 * Samples: missing and duplicated-in-source in source order, the others in target order.
 */
export function diffKeyLogs(source: KeyLogData, target: KeyLogData, limit: number): KeyDiffCounts {
  let most = 1;
  for (let p = 0; p < PARTS; p++) most = Math.max(most, source.used[p]! / STRIDE, target.used[p]! / STRIDE);
  let size = 16;
  while (size < most * 2) size *= 2;
  const sIndex = new Int32Array(size);
  const tIndex = new Int32Array(size);
  const sFlags = new Uint8Array(most);
  const tFlags = new Uint8Array(most);
  const out = {
    missing: firstN(),
    extra: firstN(),
    changed: firstN(),
    dupSource: firstN(),
    dupTarget: firstN(),
  };
  let distinctSourceKeys = 0;
  for (let p = 0; p < PARTS; p++) {
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
      if (first < 0) distinctSourceKeys++;
      else if ((sFlags[first]! & DUP) === 0) {
        sFlags[first] = sFlags[first]! | DUP;
        offer(out.dupSource, limit, source, sp[r * STRIDE + 4]!);
      }
    }
    for (let r = 0; r < tRows; r++) {
      const o = r * STRIDE;
      const first = firstRow(tIndex, mask, tp, r);
      if (first >= 0) {
        if ((tFlags[first]! & DUP) === 0) {
          tFlags[first] = tFlags[first]! | DUP;
          offer(out.dupTarget, limit, target, tp[o + 4]!);
        }
        continue;
      }
      const s = lookup(sIndex, mask, sp, tp[o]!, tp[o + 1]!);
      if (s < 0) {
        offer(out.extra, limit, target, tp[o + 4]!);
        continue;
      }
      sFlags[s] = sFlags[s]! | MATCHED;
      if (sp[s * STRIDE + 2] !== tp[o + 2] || sp[s * STRIDE + 3] !== tp[o + 3])
        offer(out.changed, limit, target, tp[o + 4]!);
    }
    for (let r = 0; r < sRows; r++) {
      // Only first rows can be matched; a later row of a key finds its first in the index.
      if ((sFlags[r]! & MATCHED) !== 0) continue;
      if (lookup(sIndex, mask, sp, sp[r * STRIDE]!, sp[r * STRIDE + 1]!) !== r) continue;
      offer(out.missing, limit, source, sp[r * STRIDE + 4]!);
    }
  }
  return {
    distinctSourceKeys,
    missingInTarget: sampled(out.missing),
    extraInTarget: sampled(out.extra),
    changed: sampled(out.changed),
    duplicatedInSource: sampled(out.dupSource),
    duplicatedInTarget: sampled(out.dupTarget),
  };
}
