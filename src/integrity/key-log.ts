import { recharge, type MemoryBudget } from './memory';
import { hashRow } from './row-hash';

/**
 * One side's keys for the key diff: an append-only log of (64-bit key hash, 64-bit row hash, where the key's
 * bytes are), split into PARTS partitions by the key hash's top byte, plus an arena of the key bytes (read
 * back only for the samples reported).
 *
 * Why a partitioned log and not a hash table filled row by row: the table for 7M keys is hundreds of MB, so
 * every row's insert or lookup misses the CPU caches and the TLB (~0.5-1 us each, measured on the bench
 * machine: it dominated the whole check). Appending to one of 256 logs writes 256 sequential streams, which
 * stay in cache; the diff then takes one partition at a time from both sides (~30K keys each, which fit in
 * the cache) and matches them with a small hash table (key-diff.ts).
 *
 * Keys are matched by their 64-bit hashes (MurmurHash3 x86_128, 64 of its bits, with a seed distinct from the
 * row hash's): the chance that any two of n distinct keys share one is about n^2 / 2^65, 1.3e-6 for 7M keys
 * and 2.7e-4 for 100M. Such a pair would be reported as one key (a duplicate or a changed row); row counts
 * and checksums do not depend on it.
 *
 * Memory grows with rows, not distinct keys: 20 bytes a row in the log and 1 + key length in the arena
 * (28 bytes a row for 7-byte ids; keys of 255 bytes or more take 5 + length). Every byte counts twice over:
 * this memory is fresh, and first touching fresh pages in a browser worker costs more than writing them
 * (measured on the bench VM: ~1-3 s per 224 MB in a Chromium worker), so the length takes one byte, not four.
 */
export const PARTS = 256;
/** 32-bit words per row in a partition: key hash lo, hi, row hash lo, hi, key position in the arena. */
export const STRIDE = 5;
const KEY_SEED = 0x9e3779b9;

/** Plain data, so a finished log crosses postMessage with its buffers transferred. */
export interface KeyLogData {
  rows: number;
  /** Per partition, its rows (STRIDE words each) in file order, in `parts[p].subarray(0, used[p])`. */
  parts: Uint32Array[];
  used: Uint32Array;
  /** Each key as its length (one byte; or 255 then 4 bytes little-endian) and its bytes, in file order. */
  arena: Uint8Array;
  arenaUsed: number;
}

export interface KeyLog {
  readonly data: KeyLogData;
  /** Adds a row; false (and nothing added) when that would exceed the memory budget. */
  add(key: Uint8Array, start: number, end: number, rowLo: number, rowHi: number): boolean;
  /** Sizes the log at once for about `rows` rows of `keyBytes`-byte keys, when the budget allows. */
  reserve(rows: number, keyBytes: number): void;
  footprintBytes(): number;
  release(): void;
}

export function logBuffers(data: KeyLogData): ArrayBuffer[] {
  return [
    ...data.parts.map((p) => p.buffer as ArrayBuffer),
    data.used.buffer as ArrayBuffer,
    data.arena.buffer as ArrayBuffer,
  ];
}

/** The key's bytes at `at` in the arena (as written by add). */
export function keyAt(data: KeyLogData, at: number): Uint8Array {
  const a = data.arena;
  const short = a[at]!;
  if (short < LONG_KEY) return a.subarray(at + 1, at + 1 + short);
  const len = (a[at + 1]! | (a[at + 2]! << 8) | (a[at + 3]! << 16) | (a[at + 4]! << 24)) >>> 0;
  return a.subarray(at + 5, at + 5 + len);
}

/** A first length byte of this value means the length follows in 4 bytes. */
const LONG_KEY = 255;

const keyOut = new Uint32Array(4);

export function createKeyLog(budget: MemoryBudget, initialRowsPerPart = 16): KeyLog {
  const data: KeyLogData = {
    rows: 0,
    parts: Array.from({ length: PARTS }, () => new Uint32Array(initialRowsPerPart * STRIDE)),
    used: new Uint32Array(PARTS),
    arena: new Uint8Array(initialRowsPerPart * PARTS * 8),
    arenaUsed: 0,
  };
  let partBytes = PARTS * initialRowsPerPart * STRIDE * 4;
  let charged = 0;

  const footprintBytes = () => partBytes + data.arena.byteLength + data.used.byteLength;
  const charge = (extra: number): boolean => {
    const now = footprintBytes() + extra;
    if (!recharge(budget, charged, now)) return false;
    charged = now;
    return true;
  };

  /** Checks the budget before copying, so a refusal leaves the log as it was. */
  function growPart(p: number, words: number): boolean {
    const old = data.parts[p]!;
    if (!charge(words * 4 - old.byteLength)) return false;
    const next = new Uint32Array(words);
    next.set(old.subarray(0, data.used[p]));
    data.parts[p] = next;
    partBytes += next.byteLength - old.byteLength;
    return true;
  }

  function growArena(bytes: number): boolean {
    if (!charge(bytes - data.arena.byteLength)) return false;
    const next = new Uint8Array(bytes);
    next.set(data.arena.subarray(0, data.arenaUsed));
    data.arena = next;
    return true;
  }

  return {
    data,
    footprintBytes,
    release() {
      recharge(budget, charged, 0);
      charged = 0;
    },
    reserve(rows, keyBytes) {
      const perPart = Math.ceil((rows / PARTS) * 1.1) * STRIDE;
      const arena = Math.ceil(rows * (keyBytes + 1) * 1.1);
      const extra =
        data.parts.reduce((n, part) => n + Math.max(0, perPart - part.length) * 4, 0) +
        Math.max(0, arena - data.arena.length);
      if (budget.usedBytes - charged + footprintBytes() + extra > budget.limitBytes) return;
      for (let p = 0; p < PARTS; p++) if (data.parts[p]!.length < perPart) growPart(p, perPart);
      if (data.arena.length < arena) growArena(arena);
    },
    add(key, start, end, rowLo, rowHi) {
      if (charged === 0 && !charge(0)) return false;
      hashRow(key, start, end, KEY_SEED, keyOut);
      const kLo = keyOut[0]!;
      const kHi = keyOut[1]!;
      const p = kHi >>> 24;
      let part = data.parts[p]!;
      const u = data.used[p]!;
      if (u + STRIDE > part.length) {
        if (!growPart(p, Math.max(part.length * 2, 16 * STRIDE))) return false;
        part = data.parts[p]!;
      }
      const len = end - start;
      if (data.arenaUsed + len + 5 > data.arena.length) {
        let size = data.arena.length * 2;
        while (data.arenaUsed + len + 5 > size) size *= 2;
        if (!growArena(size)) return false;
      }
      const at = data.arenaUsed;
      const arena = data.arena;
      let j = at + 1;
      if (len < LONG_KEY) arena[at] = len;
      else {
        arena[at] = LONG_KEY;
        arena[at + 1] = len & 0xff;
        arena[at + 2] = (len >>> 8) & 0xff;
        arena[at + 3] = (len >>> 16) & 0xff;
        arena[at + 4] = len >>> 24;
        j = at + 5;
      }
      // A byte loop, not arena.set(key.subarray(...)): keys are short, and a view per row costs more.
      for (let i = start; i < end; i++) arena[j++] = key[i]!;
      data.arenaUsed = j;
      part[u] = kLo;
      part[u + 1] = kHi;
      part[u + 2] = rowLo;
      part[u + 3] = rowHi;
      part[u + 4] = at;
      data.used[p] = u + STRIDE;
      data.rows++;
      return true;
    },
  };
}
