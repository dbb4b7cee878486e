/**
 * An invertible Bloom lookup table (Eppstein, Goodrich, Uyeda, Varghese: "What's the Difference? Efficient
 * Set Reconciliation without Prior Context", SIGCOMM 2011) over the entries (key hash, row hash) of one side.
 *
 * Why: the key diff's log costs 16 bytes a row of fresh memory on each side, and on the benchmark VM first
 * touching a page costs ~4 ms per MB, more than hashing the rows. A table of fixed size does not grow with
 * the rows: each side adds every entry to its own table, the owner subtracts the target's table from the
 * source's, and what is left are only the entries that differ, which peeling lists exactly as long as there
 * are fewer than about CAPACITY of them. Past that, peeling stops with cells left over and the check falls
 * back to the key log (check-exports.ts): the answer never depends on the table, only the speed does.
 *
 * Each entry goes to one cell of each of three sub-tables. A cell holds the count of entries in it (+1 per
 * source entry, -1 per target entry once subtracted), the XOR of their key and row hashes, and the XOR of a
 * check word derived from both: a cell is "pure" (holds exactly one entry) when its count is +1 or -1, its
 * hashes map back to this very cell, and the check word matches; a mixture passes with probability ~2^-44.
 */
export const SUB_CELLS = 4096;
export const CELLS = 3 * SUB_CELLS;
/**
 * Words per cell: key hash lo, hi, row hash lo, hi, then count, check and two unused words. Eight, not six:
 * the kernel (wasm/sketch.ts) adds to a cell as two SIMD words, which took ~7 ns of a row's ~95 off.
 */
export const CELL_WORDS = 8;
const COUNT = 4;
const CHECK = 5;
/** Entries peeling lists reliably with three sub-tables (the peeling threshold is ~0.81 of the cells). */
export const CAPACITY = Math.floor(CELLS * 0.75);

export function createIblt(): Int32Array {
  return new Int32Array(CELLS * CELL_WORDS);
}

/** MurmurHash3's 32-bit finaliser: spreads an entry's hashes over the cells (wasm/fmix.ts is the same). */
function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** The entry's three cells (one per sub-table) and its check word, for `add` and for the purity test. */
const place = new Int32Array(4);

function locate(kLo: number, kHi: number, rLo: number, rHi: number): void {
  const x = fmix32(kLo ^ Math.imul(rLo ^ kHi, 0xcc9e2d51));
  const y = fmix32(kHi ^ Math.imul(rHi ^ kLo, 0x1b873593));
  place[0] = x & (SUB_CELLS - 1);
  place[1] = SUB_CELLS + ((x >>> 20) & (SUB_CELLS - 1));
  place[2] = 2 * SUB_CELLS + (y & (SUB_CELLS - 1));
  place[3] = fmix32((y >>> 12) ^ Math.imul(x, 0xe6546b64));
}

function cellAdd(
  cells: Int32Array,
  o: number,
  k: number,
  kLo: number,
  kHi: number,
  rLo: number,
  rHi: number,
  check: number,
) {
  cells[o] = cells[o]! ^ kLo;
  cells[o + 1] = cells[o + 1]! ^ kHi;
  cells[o + 2] = cells[o + 2]! ^ rLo;
  cells[o + 3] = cells[o + 3]! ^ rHi;
  cells[o + COUNT] = cells[o + COUNT]! + k;
  cells[o + CHECK] = cells[o + CHECK]! ^ check;
}

/**
 * Adds `count` (+1 or -1) of the entry (key hash, row hash). src/integrity/wasm/row-kernel.ts's sketchAdd
 * does the same for the rows it reads.
 */
export function ibltAdd(
  cells: Int32Array,
  kLo: number,
  kHi: number,
  rLo: number,
  rHi: number,
  count: number,
) {
  const x = fmix32(kLo ^ Math.imul(rLo ^ kHi, 0xcc9e2d51));
  const y = fmix32(kHi ^ Math.imul(rHi ^ kLo, 0x1b873593));
  const check = fmix32((y >>> 12) ^ Math.imul(x, 0xe6546b64));
  cellAdd(cells, (x & (SUB_CELLS - 1)) * CELL_WORDS, count, kLo, kHi, rLo, rHi, check);
  cellAdd(cells, (SUB_CELLS + ((x >>> 20) & (SUB_CELLS - 1))) * CELL_WORDS, count, kLo, kHi, rLo, rHi, check);
  cellAdd(cells, (2 * SUB_CELLS + (y & (SUB_CELLS - 1))) * CELL_WORDS, count, kLo, kHi, rLo, rHi, check);
}

/** `a` minus `b`, in `a`: what is left are the entries in one of the two sides only. */
export function ibltSubtract(a: Int32Array, b: Int32Array): void {
  for (let o = 0; o < a.length; o += CELL_WORDS) {
    for (let w = 0; w < CELL_WORDS; w++)
      a[o + w] = w === COUNT ? a[o + w]! - b[o + w]! : a[o + w]! ^ b[o + w]!;
  }
}

/** An entry of one side only: key and row hash as unsigned 32-bit halves; side +1 source, -1 target. */
export interface IbltEntry {
  kLo: number;
  kHi: number;
  rLo: number;
  rHi: number;
  side: 1 | -1;
}

function pure(cells: Int32Array, cell: number): boolean {
  const o = cell * CELL_WORDS;
  const count = cells[o + COUNT]!;
  if (count !== 1 && count !== -1) return false;
  locate(cells[o]!, cells[o + 1]!, cells[o + 2]!, cells[o + 3]!);
  return place[Math.floor(cell / SUB_CELLS)] === cell && place[3] === cells[o + CHECK];
}

/**
 * Lists the entries left in a subtracted table (emptying it), or null when they cannot all be listed (too
 * many differences, or more than one copy of an entry on a side: both leave cells that never become pure).
 */
export function ibltPeel(cells: Int32Array): IbltEntry[] | null {
  const out: IbltEntry[] = [];
  const stack: number[] = [];
  for (let c = 0; c < CELLS; c++) if (cells[c * CELL_WORDS + COUNT] !== 0 && pure(cells, c)) stack.push(c);
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (!pure(cells, c)) continue;
    const o = c * CELL_WORDS;
    const entry: IbltEntry = {
      kLo: cells[o]! >>> 0,
      kHi: cells[o + 1]! >>> 0,
      rLo: cells[o + 2]! >>> 0,
      rHi: cells[o + 3]! >>> 0,
      side: cells[o + COUNT] === 1 ? 1 : -1,
    };
    out.push(entry);
    ibltAdd(cells, entry.kLo, entry.kHi, entry.rLo, entry.rHi, -entry.side);
    locate(entry.kLo, entry.kHi, entry.rLo, entry.rHi);
    const [a, b, d] = [place[0]!, place[1]!, place[2]!];
    for (const n of [a, b, d])
      if (n !== c && cells[n * CELL_WORDS + COUNT] !== 0 && pure(cells, n)) stack.push(n);
  }
  for (let w = 0; w < cells.length; w++) if (cells[w] !== 0) return null;
  return out;
}
