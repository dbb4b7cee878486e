/**
 * An invertible Bloom lookup table (Eppstein, Goodrich, Uyeda, Varghese: "What's the Difference? Efficient
 * Set Reconciliation without Prior Context", SIGCOMM 2011) over the entries (key hash, 32 bits of the row
 * hash) of one side.
 *
 * Why: the key diff's log costs 16 bytes a row of fresh memory on each side, and on the benchmark VM first
 * touching a page costs ~4 ms per MB, more than hashing the rows. A table of fixed size does not grow with
 * the rows: each side adds every entry to its own table, the owner subtracts the target's table from the
 * source's, and what is left are only the entries that differ, which peeling lists exactly as long as there
 * are fewer than about CAPACITY of them. Past that, peeling stops with cells left over and the check falls
 * back to the key log (check-exports.ts): the answer never depends on the table, only the speed does.
 *
 * Each entry goes to one cell of each of three sub-tables. A cell is 16 bytes: the XOR of its entries' key
 * hashes and row hashes, then one word with the count of entries in it (low 16 bits, +1 per source entry,
 * -1 per target entry once subtracted, modulo 2^16: only the two sides' difference matters, and a cell that
 * differs by 2^15 entries or more never peels anyway) and the XOR of a 16-bit check derived from both (high
 * 16 bits). A cell is "pure" (holds exactly one entry) when its count is +1 or -1, its hashes map back to
 * this very cell (12 bits) and the check matches (16 bits): a mixture passes with probability ~2^-28, and a
 * wrongly listed entry is not found when its row is read back, which sends the check to the key log.
 *
 * Why 16 bytes and 32 bits of the row hash: the kernel (wasm/sketch.ts) adds an entry to a cell with one
 * SIMD load, XOR, 16-bit add and store, and the table (192 KB) stays in the CPU's cache while the file
 * streams past: a check of the bench pair took ~7% less than with 32-byte cells holding 64 bits of the row
 * hash. "Changed" then compares 32 bits of the rows' hashes, as the key log does (key-log.ts): a changed row
 * goes unlisted with probability 2^-32, and the checksum, which sums the full 64-bit hashes, still differs.
 */
export const SUB_CELLS = 4096;
export const CELLS = 3 * SUB_CELLS;
/** Words per cell: key hash lo, hi, row hash lo, then count (low 16 bits) and check (high 16 bits). */
export const CELL_WORDS = 4;
const TALLY = 3;
/** Entries peeling lists reliably with three sub-tables (the peeling threshold is ~0.81 of the cells). */
export const CAPACITY = Math.floor(CELLS * 0.75);

export function createIblt(): Int32Array<ArrayBuffer> {
  return new Int32Array(CELLS * CELL_WORDS);
}

/** The entry's three cells (one per sub-table) and its check (high 16 bits), for `add` and the purity test. */
const place = new Int32Array(4);

/**
 * Where an entry goes. The three hashes are already uniform (XXH32 outputs), so one multiply each spreads
 * them; the top bits of a product are taken because they depend on every bit of its input. That matters for
 * the purity test: a cell holding several entries holds the XOR of their hashes, and with cell bits that are
 * a plain (XOR-linear) function of the hashes, such a mixture would map back to its own cell every time. A
 * product's top bits are not XOR-linear, so a mixture still passes the cell test with ~2^-12 and the check
 * with ~2^-16. One multiply per cell costs less than a MurmurHash3 finaliser per cell (three multiplies
 * each), about 5 ns a row of the kernel's sketch in Node 20.
 */
function locate(kLo: number, kHi: number, rLo: number): void {
  const v = kLo ^ rLo;
  const x = Math.imul(v, 0xcc9e2d51);
  const y = Math.imul(kHi ^ ((rLo << 16) | (rLo >>> 16)), 0x85ebca6b);
  place[0] = x >>> 20;
  place[1] = SUB_CELLS + (Math.imul(v, 0x1b873593) >>> 20);
  place[2] = 2 * SUB_CELLS + (y >>> 20);
  place[3] = Math.imul(x ^ y, 0xe6546b64) & 0xffff0000;
}

function cellAdd(
  cells: Int32Array,
  o: number,
  k: number,
  kLo: number,
  kHi: number,
  rLo: number,
  check: number,
) {
  cells[o] = cells[o]! ^ kLo;
  cells[o + 1] = cells[o + 1]! ^ kHi;
  cells[o + 2] = cells[o + 2]! ^ rLo;
  const t = cells[o + TALLY]!;
  cells[o + TALLY] = ((t ^ check) & 0xffff0000) | ((t + k) & 0xffff);
}

/**
 * Adds `count` (+1 or -1) of the entry (key hash, row hash's low word). src/integrity/wasm/sketch.ts's
 * sketchAdd does the same for the rows the kernel reads.
 */
export function ibltAdd(cells: Int32Array, kLo: number, kHi: number, rLo: number, count: number) {
  locate(kLo, kHi, rLo);
  const check = place[3]!;
  for (let s = 0; s < 3; s++) cellAdd(cells, place[s]! * CELL_WORDS, count, kLo, kHi, rLo, check);
}

/** `a` minus `b`, in `a`: what is left are the entries in one of the two sides only. */
export function ibltSubtract(a: Int32Array, b: Int32Array): void {
  for (let o = 0; o < a.length; o += CELL_WORDS) {
    a[o] = a[o]! ^ b[o]!;
    a[o + 1] = a[o + 1]! ^ b[o + 1]!;
    a[o + 2] = a[o + 2]! ^ b[o + 2]!;
    const x = a[o + TALLY]!;
    const y = b[o + TALLY]!;
    a[o + TALLY] = ((x ^ y) & 0xffff0000) | ((x - y) & 0xffff);
  }
}

/** An entry of one side only: key hash and the row hash's low word, unsigned; side +1 source, -1 target. */
export interface IbltEntry {
  kLo: number;
  kHi: number;
  rLo: number;
  side: 1 | -1;
}

/** The cell's count as a signed 16-bit number. */
const countOf = (cells: Int32Array, cell: number) => (cells[cell * CELL_WORDS + TALLY]! << 16) >> 16;

function pure(cells: Int32Array, cell: number): boolean {
  const count = countOf(cells, cell);
  if (count !== 1 && count !== -1) return false;
  const o = cell * CELL_WORDS;
  locate(cells[o]!, cells[o + 1]!, cells[o + 2]!);
  return place[Math.floor(cell / SUB_CELLS)] === cell && place[3] === (cells[o + TALLY]! & 0xffff0000);
}

/**
 * Lists the entries left in a subtracted table (emptying it), or null when they cannot all be listed (too
 * many differences, or more than one copy of an entry on a side: both leave cells that never become pure).
 */
export function ibltPeel(cells: Int32Array): IbltEntry[] | null {
  const out: IbltEntry[] = [];
  const stack: number[] = [];
  for (let c = 0; c < CELLS; c++) if (countOf(cells, c) !== 0 && pure(cells, c)) stack.push(c);
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (!pure(cells, c)) continue;
    const o = c * CELL_WORDS;
    const entry: IbltEntry = {
      kLo: cells[o]! >>> 0,
      kHi: cells[o + 1]! >>> 0,
      rLo: cells[o + 2]! >>> 0,
      side: countOf(cells, c) === 1 ? 1 : -1,
    };
    out.push(entry);
    ibltAdd(cells, entry.kLo, entry.kHi, entry.rLo, -entry.side);
    locate(entry.kLo, entry.kHi, entry.rLo);
    const [a, b, d] = [place[0]!, place[1]!, place[2]!];
    for (const n of [a, b, d]) if (n !== c && countOf(cells, n) !== 0 && pure(cells, n)) stack.push(n);
  }
  for (let w = 0; w < cells.length; w++) if (cells[w] !== 0) return null;
  return out;
}
