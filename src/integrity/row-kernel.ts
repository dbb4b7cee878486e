import type { ByteDigest } from './byte-digest';
import type { RecordSink } from './csv-bytes';
import { CELL_WORDS, CELLS } from './iblt';
import { FILTER_WORDS } from './key-blooms';
import { MAX_ORDER_KEY } from './key-order';
import type { RowKernelExports } from './row-kernel-exports';

export type { RowKernelExports } from './row-kernel-exports';

/**
 * The WebAssembly fast path for plain records (src/integrity/wasm/row-kernel.ts, built by `npm run wasm`):
 * it finds the delimiters with SIMD and hashes each row and its key, and this wrapper copies each
 * chunk into its memory and hands the rows out in batches. It takes exactly the records the JavaScript fast
 * path (csv-fast-words.ts) takes and gives the same hashes (row-kernel.test.ts checks both on random CSV),
 * so a check reads the same with or without it; the worker loads it, and where it cannot (no WebAssembly
 * SIMD), the JavaScript path runs.
 */

/**
 * 32-bit words per row in a batch: key hash lo, hi, row hash lo, hi, field count, end offset in the chunk, key
 * value start and end offsets in the chunk.
 */
export const ROW_WORDS = 8;

/**
 * Where the record after row r of a batch starts: word 5 of the row, or in sketch mode (options.sketch) the
 * row's only word, the kernel writing nothing else of a row then.
 */
export function rowEnd(words: Uint32Array, base: number, r: number, sketch: boolean): number {
  return sketch ? words[base + r]! : words[base + r * ROW_WORDS + 5]!;
}
/** Rows per batch: 256 KB of output, which stays in the CPU cache while it is read. */
const BATCH_ROWS = 8192;
const PAGE = 65536;

/**
 * Receives a batch: rows r = 0..count-1 at words[base + r * ROW_WORDS ...] (in sketch mode one word a row:
 * rowEnd), from `chunk` (the one loaded, where the key offsets point), the first starting at `start`. Returns
 * false to stop reading (the sink is over its memory budget); the rows after the one that refused are not
 * taken.
 */
export type TakeRows = (
  words: Uint32Array,
  base: number,
  count: number,
  start: number,
  chunk: Uint8Array,
) => boolean;

export interface RowKernel {
  /**
   * Copies the chunk in; `scan` then reads it. Called once per chunk, before any scan of it. A chunk that lies
   * within the bytes the digest just copied in (the same ArrayBuffer, which a read transfers anew each time, so
   * its bytes are unchanged) is not copied again.
   */
  load(chunk: Uint8Array): void;
  /**
   * Hands the plain records from `start` on to `take`, as fastWords hands them to a sink: returns where the
   * first record not taken starts, or -(next + 1) when `take` stopped, next being where the record after the
   * refused one starts.
   */
  scan(start: number, keyCol: number, options: KernelOptions, take: TakeRows): number;
  /** The kernel's row hash of bytes, for the tests that hold it to row-hash.ts. */
  hash(bytes: Uint8Array, seed: number): [number, number];
  /** The kernel's key hash of bytes, for the tests that hold it to key-hash.ts. */
  keyHash(bytes: Uint8Array): [number, number];
  /** The one-pass sketch kept in the kernel's memory (sketch-sink.ts), fed by `scan` with options.sketch. */
  sketch: KernelSketch;
  /**
   * The whole-file digest (byte-digest.ts's XXH64) computed where the kernel copies each chunk, for one side
   * at a time: null while another side holds it, which then uses hash-wasm. `release` lets another have it.
   */
  digest(): (ByteDigest & { release(): void }) | null;
}

/** The kernel's copy of iblt.ts, key-blooms.ts and key-order.ts, for one side at a time. */
export interface KernelSketch {
  /**
   * Empties it for a side, or false while another side holds it (two sides read in one thread, when the
   * worker cannot start a helper): that side then keeps its sketch in JavaScript.
   */
  begin(): boolean;
  /** Lets another side have it. */
  release(): void;
  /** Adds a row the JavaScript path read, with its hashes and its key key[start, end). */
  add(kLo: number, kHi: number, rLo: number, key: Uint8Array, start: number, end: number): void;
  rows(): number;
  /** Bit 0: keys strictly ascending so far; bit 1: strictly descending (key-order.ts). */
  order(): number;
  /** Block `block`'s filter, 2048 words, while it is among the last four blocks: a view, valid until the next call. */
  filter(block: number): Uint32Array;
  /** A copy of the table's cells (iblt.ts's layout). */
  cells(): Int32Array<ArrayBuffer>;
  /** The header's field count, for the ragged rows the kernel counts. */
  columns(n: number): void;
  /**
   * What `scan` counted of the rows it took in sketch mode (it writes only their end offsets out): their
   * number, the sum of their row hashes as in checksum.ts (low and high 32 bits), and the ragged ones.
   */
  taken(): { rows: number; sumLo: number; sumHi: number; ragged: number };
}

/** The read options the kernel needs: raw mode takes quoted values it cannot take in normalised mode. */
export interface KernelOptions {
  trim: boolean;
  raw: boolean;
  /** Adds every row taken to the sketch as well. */
  sketch?: boolean;
}

const roundUp = (n: number, to: number) => Math.ceil(n / to) * to;

export function createRowKernel(exports: RowKernelExports): RowKernel {
  const { memory } = exports;
  const sketchBase = roundUp(exports.heapBase(), 64);
  const sketchEnd = sketchBase + exports.sketchSize();
  // 32 bytes for the digest's unfinished stripe, then the input.
  const heldBase = roundUp(sketchEnd, 64);
  const inBase = heldBase + 64;
  let inCap = 0;
  let outBase = 0;
  /** Where the loaded chunk starts in memory and its length. */
  let chunkAt = inBase;
  let len = 0;
  let loaded: Uint8Array = new Uint8Array(0);
  /** What the digest copied in last: `load` takes a chunk within it without copying. */
  let copied: { buffer: ArrayBufferLike; from: number; to: number } | null = null;
  let words = new Uint32Array(memory.buffer);
  let sketchBusy = false;
  let digestBusy = false;

  function copyIn(chunk: Uint8Array): void {
    ensure(chunk.length);
    new Uint8Array(memory.buffer, inBase, chunk.length).set(chunk);
    chunkAt = inBase;
    len = chunk.length;
    loaded = chunk;
  }

  /** Room for `bytes` of input plus 64 (the kernel reads up to 32 bytes past the input), then the batch. */
  function ensure(bytes: number): void {
    if (bytes + 64 <= inCap) return;
    inCap = roundUp(bytes + 64, PAGE);
    outBase = inBase + inCap;
    const need = outBase + BATCH_ROWS * ROW_WORDS * 4 + 64;
    if (need > memory.buffer.byteLength) memory.grow(Math.ceil((need - memory.buffer.byteLength) / PAGE));
    words = new Uint32Array(memory.buffer);
  }

  return {
    load(chunk) {
      const c = copied;
      copied = null;
      if (c !== null && chunk.buffer === c.buffer && chunk.byteOffset >= c.from) {
        const end = chunk.byteOffset + chunk.length;
        if (end <= c.to) {
          chunkAt = inBase + (chunk.byteOffset - c.from);
          len = chunk.length;
          loaded = chunk;
          return;
        }
      }
      copyIn(chunk);
    },
    scan(start, keyCol, options, take) {
      const flags = (options.trim ? 1 : 0) | (options.raw ? 2 : 0) | (options.sketch ? 4 : 0);
      let pos = start;
      for (;;) {
        const next = exports.scan(chunkAt, len, pos, keyCol, flags, outBase, BATCH_ROWS);
        const count = exports.rows.value;
        if (count === 0) return next;
        const base = outBase >>> 2;
        if (!take(words, base, count, pos, loaded))
          return -rowEnd(words, base, count - 1, options.sketch === true) - 1;
        // A full batch may have stopped only for room: scan on. A short one stopped where the JS must take over.
        if (count < BATCH_ROWS) return next;
        pos = next;
      }
    },
    sketch: {
      begin() {
        if (sketchBusy) return false;
        sketchBusy = true;
        ensure(1);
        exports.sketchInit(sketchBase);
        return true;
      },
      release() {
        sketchBusy = false;
      },
      add(kLo, kHi, rLo, key, start, end) {
        const len = end - start;
        const at = exports.sketchScratch();
        // A key too long for the order watch is not copied: the kernel only needs its length then.
        if (len <= MAX_ORDER_KEY) new Uint8Array(memory.buffer, at, len).set(key.subarray(start, end));
        exports.sketchAdd(kLo, kHi, rLo, at, len);
      },
      rows: () => exports.sketchRows.value,
      order: () => exports.sketchOrder.value,
      filter: (block) => new Uint32Array(memory.buffer, exports.sketchFilter(block), FILTER_WORDS),
      cells: () => new Int32Array(memory.buffer, sketchBase, CELLS * CELL_WORDS).slice(),
      columns: (n) => exports.sketchColumns(n),
      taken: () => ({
        rows: exports.sketchTaken(),
        sumLo: exports.sketchSumLo() >>> 0,
        sumHi: exports.sketchSumHi() >>> 0,
        ragged: exports.sketchRagged(),
      }),
    },
    digest() {
      if (digestBusy) return null;
      digestBusy = true;
      exports.digestInit(heldBase);
      return {
        update(chunk) {
          copyIn(chunk);
          exports.digestUpdate(inBase, chunk.length);
          copied = { buffer: chunk.buffer, from: chunk.byteOffset, to: chunk.byteOffset + chunk.length };
        },
        hex() {
          exports.digestFinal();
          const hex = (g: WebAssembly.Global<'i32'>) => (g.value >>> 0).toString(16).padStart(8, '0');
          return hex(exports.digestHi) + hex(exports.digestLo);
        },
        release() {
          digestBusy = false;
        },
      };
    },
    hash: (bytes, seed) => hashIn(bytes, (out) => exports.hashBytes(inBase, bytes.length, seed, out)),
    keyHash: (bytes) => hashIn(bytes, (out) => exports.hashKeyBytes(inBase, bytes.length, out)),
  };

  /** Copies bytes in, and returns the two words `hash` writes after them. */
  function hashIn(bytes: Uint8Array, hash: (out: number) => void): [number, number] {
    ensure(bytes.length + 8);
    copied = null;
    new Uint8Array(memory.buffer, inBase, bytes.length).set(bytes);
    const out = inBase + roundUp(bytes.length, 8);
    hash(out);
    return [words[out >>> 2]!, words[(out >>> 2) + 1]!];
  }
}

/** Instantiates the compiled kernel; null where WebAssembly or its SIMD is missing, or the bytes are bad. */
export async function instantiateRowKernel(bytes: BufferSource): Promise<RowKernel | null> {
  try {
    const { instance } = await WebAssembly.instantiate(bytes);
    return createRowKernel(instance.exports as unknown as RowKernelExports);
  } catch {
    return null;
  }
}

/** A sink's bulk path (RecordSink.bulk) through the kernel, with the read options it needs. */
export function kernelBulk(
  kernel: RowKernel,
  take: TakeRows,
  sketch = false,
): NonNullable<RecordSink['bulk']> {
  return {
    load: (chunk) => kernel.load(chunk),
    take: (start, keyCol, options) =>
      kernel.scan(start, keyCol, { trim: options.trimWhitespace, raw: options.mode === 'raw', sketch }, take),
  };
}
