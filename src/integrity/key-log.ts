import { recharge, type MemoryBudget } from './memory';
import { hashKey } from './key-hash';
import { addMark, type RowMarks } from './row-marks';

/**
 * One side's keys for the key diff: an append-only log of (64-bit key hash, 32 bits of the row hash, row
 * number), split into PARTS partitions by the key hash's top byte, plus sparse marks (byte offset, row number)
 * from which a sample's key is read back from the file (key-samples.ts).
 *
 * Why a partitioned log and not a hash table filled row by row: the table for 7M keys is hundreds of MB, so
 * every row's insert or lookup misses the CPU caches and the TLB (~0.5-1 us each, measured on the bench
 * machine: it dominated the whole check). Appending to one of 256 logs writes 256 sequential streams, which
 * stay in cache; the diff then takes one partition at a time from both sides (~30K keys each, which fit in
 * the cache) and matches them with a small hash table (key-diff.ts).
 *
 * Why 16 bytes a row and no copy of the key: the memory is fresh, and first touching fresh pages is what the
 * log costs most (measured on the bench VM: ~0.75 s per 224 MB in Node, 1-3 s in a Chromium worker, against
 * ~2 ms to write the same pages again). The key's bytes are needed only for the few samples reported, so the
 * log keeps the row number and the samples are read back from the file. The memory is therefore the same for
 * every key length: 16 bytes a row.
 *
 * Keys are matched by their 64-bit hashes (key-hash.ts): keys of up to 7 bytes never share one, and for longer
 * keys the chance that any two of n distinct keys share one is about n^2 / 2^65, 1.3e-6 for 7M keys and
 * 2.7e-4 for 100M. Such a pair would be reported as one key (a duplicate or a changed row). "Changed"
 * compares 32 bits of the two rows' hashes: a changed row goes unreported with probability 2^-32 (2.3e-10),
 * and the order-independent checksum, which sums the full 64-bit hashes, still tells that the files differ.
 */
export const PARTS = 256;
/** 32-bit words per row in a partition: key hash lo, hi, row hash lo, row number. */
export const STRIDE = 4;

/** Plain data, so a finished log crosses postMessage with its buffers transferred. */
export interface KeyLogData extends RowMarks {
  rows: number;
  /** Per partition, its rows (STRIDE words each) in file order, in `parts[p].subarray(0, used[p])`. */
  parts: Uint32Array<ArrayBuffer>[];
  used: Uint32Array<ArrayBuffer>;
  /** The key column's index in the header, for reading samples back. */
  keyCol: number;
}

export interface KeyLog {
  readonly data: KeyLogData;
  /** Adds the next row (its number is `data.rows`); false (and nothing added) when over the memory budget. */
  add(key: Uint8Array, start: number, end: number, rowLo: number): boolean;
  /** As `add`, with the key already hashed (key-hash.ts: the WebAssembly path, row-kernel.ts). */
  addHashed(keyLo: number, keyHi: number, rowLo: number): boolean;
  /** Notes that the next row added starts at byte `offset` of the file. */
  mark(offset: number): void;
  /** Sizes the log at once for about `rows` rows, when the budget allows. */
  reserve(rows: number): void;
  footprintBytes(): number;
  release(): void;
}

export function logBuffers(data: KeyLogData): ArrayBuffer[] {
  return [...data.parts.map((p) => p.buffer), data.used.buffer, data.marks.buffer];
}

const keyOut = new Uint32Array(4);

/** 32-bit words per 4 KB page. */
const PAGE_WORDS = 1024;

/**
 * Writes one word in every page of the room left in each partition, so the pages exist before the scan
 * appends to them. Why: the first write to a fresh page costs a page fault, and on the bench VM faults taken
 * one at a time inside the scan loop, while the other side's worker does the same, cost far more than taking
 * them all in one tight loop first: full check 5.4-6.4 s against 4.1-4.5 s with the log's pages touched up
 * front (same run, same files). The pages would be written anyway: the room is sized from the file.
 */
function prefault(data: KeyLogData, words: number): void {
  for (let p = 0; p < PARTS; p++) {
    const part = data.parts[p]!;
    const end = Math.min(part.length, words);
    for (let i = data.used[p]!; i < end; i += PAGE_WORDS) part[i] = 0;
  }
}

export function createKeyLog(budget: MemoryBudget, initialRowsPerPart = 16): KeyLog {
  const data: KeyLogData = {
    rows: 0,
    parts: Array.from({ length: PARTS }, () => new Uint32Array(initialRowsPerPart * STRIDE)),
    used: new Uint32Array(PARTS),
    marks: new Float64Array(256),
    markCount: 0,
    keyCol: -1,
  };
  let partBytes = PARTS * initialRowsPerPart * STRIDE * 4;
  let charged = 0;

  const footprintBytes = () => partBytes + data.used.byteLength + data.marks.byteLength;
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

  function addHashed(kLo: number, kHi: number, rowLo: number): boolean {
    if (charged === 0 && !charge(0)) return false;
    const p = kHi >>> 24;
    let part = data.parts[p]!;
    const u = data.used[p]!;
    if (u + STRIDE > part.length) {
      if (!growPart(p, Math.max(part.length * 2, 16 * STRIDE))) return false;
      part = data.parts[p]!;
    }
    part[u] = kLo;
    part[u + 1] = kHi;
    part[u + 2] = rowLo;
    part[u + 3] = data.rows;
    data.used[p] = u + STRIDE;
    data.rows++;
    return true;
  }

  return {
    data,
    footprintBytes,
    release() {
      recharge(budget, charged, 0);
      charged = 0;
    },
    mark(offset) {
      // Marks are tiny (one per chunk read, ~16 bytes per 100 KB of file), but they are charged.
      addMark(data, offset, data.rows, charge);
    },
    reserve(rows) {
      const perPart = Math.ceil((rows / PARTS) * 1.1) * STRIDE;
      const extra = data.parts.reduce((n, part) => n + Math.max(0, perPart - part.length) * 4, 0);
      if (budget.usedBytes - charged + footprintBytes() + extra > budget.limitBytes) return;
      for (let p = 0; p < PARTS; p++) if (data.parts[p]!.length < perPart) growPart(p, perPart);
      // Up to the expected rows only: the 10% of room for partitions that get more is touched when used.
      prefault(data, Math.ceil(rows / PARTS) * STRIDE);
    },
    add(key, start, end, rowLo) {
      hashKey(key, start, end, keyOut);
      return addHashed(keyOut[0]!, keyOut[1]!, rowLo);
    },
    addHashed,
  };
}
