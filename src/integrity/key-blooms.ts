import { recharge, type MemoryBudget } from './memory';
import { addMark, lastMarkAtOrBefore, type RowMarks } from './row-marks';

/**
 * Where a key is in a file, roughly: the rows are cut into blocks of BLOCK_ROWS, and each block has a Bloom
 * filter of its keys' hashes. A key's block is one whose filter has it; reading that block back
 * (sketch-locate.ts), from the read's mark before it (where a chunk's first record starts, with its row
 * number), finds the row, its number and its key. A filter never misses a key it holds; it wrongly claims one
 * with probability ~3.0e-4 a block (21 bits a key; measured on random hashes), so a lookup in a 7M-row file
 * (2,300 blocks) reads back the true block and about two times in three one more.
 *
 * The filter is a split block Bloom filter (as Apache Parquet's): the high byte of the key hash picks one of
 * its 256 blocks of eight 32-bit words, and the low half, multiplied by a fixed odd salt per word, sets one bit
 * in each word. The kernel (wasm/sketch.ts) sets the eight bits as two SIMD words: ~8 ns a row less than six
 * probes spread over the whole filter (~2.3e-4 wrongly claimed), for a little more reading back.
 *
 * Why not the row numbers themselves: a row number per row is the key log's memory again (key-log.ts). The
 * filters take 2^16 bits per block, ~2.7 bytes a row, and a bit set per probe in an 8 KB filter that stays
 * in the CPU cache while its block is read. Blocks are counted in rows, not cut at the marks, because a read
 * may hand over a megabyte (15K rows) at once, which would crowd a filter.
 */
export const BLOCK_ROWS = 3072;
export const FILTER_WORDS = 2048; // 2^16 bits
/** The salts of Parquet's split block Bloom filter, one per word of a block. */
const SALT = [
  0x47b6137b, 0x44974d91, 0x8824ad5b, 0xa2b7289d, 0x705495c7, 0x2df1424b, 0x9efc4947, 0x5c6bfb31,
] as const;
const BLOCK_WORDS = SALT.length;
/** Filters are allocated 8 at a time (64 KB): few allocations, few buffers to transfer. */
const SLAB_BLOCKS = 8;
const SLAB_BYTES = SLAB_BLOCKS * FILTER_WORDS * 4;

/** Plain data, so a side's filters cross postMessage with their buffers transferred. */
export interface KeyBloomsData extends RowMarks {
  rows: number;
  slabs: Uint32Array<ArrayBuffer>[];
}

export interface KeyBlooms {
  readonly data: KeyBloomsData;
  /** The next row added starts at byte `offset` (called once per chunk, after the header). */
  mark(offset: number): void;
  /**
   * Row `row` starts at byte `offset`: where a block starts, when the kernel's batch tells it, so that reading
   * the block back reads its rows only, not the whole chunk (up to 1 MB) around it.
   */
  markAt(offset: number, row: number): void;
  /** Adds the next row's key hash; false when the memory budget refuses a new slab of filters. */
  add(kLo: number, kHi: number): boolean;
  /**
   * The WebAssembly kernel's way (row-kernel.ts): it fills the filters itself; this takes block `block`'s
   * filter once it is complete (or the last one, at the end), with `rows` the rows added so far.
   */
  adopt(block: number, filter: Uint32Array, rows: number): boolean;
  /** The rows added so far, when the kernel adds them (for the marks). */
  setRows(rows: number): void;
}

export function createKeyBlooms(budget: MemoryBudget): KeyBlooms {
  const data: KeyBloomsData = { rows: 0, marks: new Float64Array(256), markCount: 0, slabs: [] };
  let filter: Uint32Array = new Uint32Array(0);
  let charged = 0;
  const footprint = () => data.slabs.length * SLAB_BYTES + data.marks.byteLength;

  function openFilter(b: number): boolean {
    const slab = Math.floor(b / SLAB_BLOCKS);
    if (slab >= data.slabs.length) {
      const now = footprint() + SLAB_BYTES;
      if (!recharge(budget, charged, now)) return false;
      charged = now;
      data.slabs.push(new Uint32Array(SLAB_BLOCKS * FILTER_WORDS));
    }
    const from = (b % SLAB_BLOCKS) * FILTER_WORDS;
    filter = data.slabs[slab]!.subarray(from, from + FILTER_WORDS);
    return true;
  }

  // Marks are tiny (16 bytes a chunk or block); they are not charged, as the key log's are not refused.
  const markAt = (offset: number, row: number): void => addMark(data, offset, row);

  return {
    data,
    mark(offset) {
      markAt(offset, data.rows);
    },
    markAt,
    adopt(block, words, rows) {
      if (!openFilter(block)) return false;
      filter.set(words);
      data.rows = rows;
      return true;
    },
    setRows(rows) {
      data.rows = rows;
    },
    add(kLo, kHi) {
      if (data.rows % BLOCK_ROWS === 0 && !openFilter(data.rows / BLOCK_ROWS)) return false;
      data.rows++;
      const f = filter;
      const at = (kHi >>> 24) * BLOCK_WORDS;
      for (let j = 0; j < BLOCK_WORDS; j++) f[at + j] = f[at + j]! | (1 << (Math.imul(kLo, SALT[j]!) >>> 27));
      return true;
    },
  };
}

/** The blocks whose filter may hold the key hash, in file order. */
export function blocksWith(data: KeyBloomsData, kLo: number, kHi: number): number[] {
  const out: number[] = [];
  const at = (kHi >>> 24) * BLOCK_WORDS;
  const masks = SALT.map((salt) => 1 << (Math.imul(kLo, salt) >>> 27));
  const blocks = Math.ceil(data.rows / BLOCK_ROWS);
  for (let b = 0; b < blocks; b++) {
    const slab = data.slabs[Math.floor(b / SLAB_BLOCKS)]!;
    const base = (b % SLAB_BLOCKS) * FILTER_WORDS;
    let all = true;
    for (let j = 0; j < BLOCK_WORDS && all; j++) all = (slab[base + at + j]! & masks[j]!) !== 0;
    if (all) out.push(b);
  }
  return out;
}

/**
 * What to read back for block `b`: bytes [start, end) from the last mark at or before its first row (or the
 * file's start, `withHeader`) to the first mark past its last row (or the file's end); the stretch starts
 * with row `firstRow`, and the block's rows are [fromRow, toRow).
 */
export function blockRange(data: KeyBloomsData, b: number, size: number) {
  const fromRow = b * BLOCK_ROWS;
  const toRow = Math.min(data.rows, fromRow + BLOCK_ROWS);
  const marks = data.marks;
  const before = lastMarkAtOrBefore(data, fromRow);
  let after = data.markCount;
  for (let m = Math.max(0, before + 1); m < data.markCount; m++)
    if (marks[2 * m + 1]! >= toRow) {
      after = m;
      break;
    }
  return {
    start: before < 0 ? 0 : marks[2 * before]!,
    end: after < data.markCount ? marks[2 * after]! : size,
    firstRow: before < 0 ? 0 : marks[2 * before + 1]!,
    withHeader: before < 0,
    fromRow,
    toRow,
  };
}

export function bloomBuffers(data: KeyBloomsData): ArrayBuffer[] {
  return [data.marks.buffer, ...data.slabs.map((s) => s.buffer)];
}
