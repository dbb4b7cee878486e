/*
 * AssemblyScript (compiled into row-kernel.wasm by `npm run wasm`, never type-checked as TypeScript).
 * The one-pass key diff's sketch (src/integrity/sketch-sink.ts), kept here so a row costs no JavaScript: the
 * invertible Bloom lookup table (iblt.ts), the current blocks' key filters (key-blooms.ts) and the key order
 * watch (key-order.ts), computed exactly as those files do (sketch-kernel.test.ts holds the two to each
 * other). Layout from sketchInit's base: the table's cells (iblt.ts's layout, 16 bytes each, so that a cell
 * is one SIMD word: added to with one load, XOR, 16-bit add and store), a ring of RING block filters (a
 * batch of rows spans at most RING - 1 block ends; the JavaScript side copies finished filters out after each
 * batch), the previous key, and scratch for keys handed in by sketchAdd's JavaScript callers.
 */
const SUB_CELLS: u32 = 4096;
const CELLS_BYTES: usize = 3 * 4096 * 16;
const BLOCK_ROWS: i32 = 3072;
const FILTER_BYTES: usize = 8192;
const RING: i32 = 4;
/** Longer keys end the order watch (key-order.ts says the same). */
const MAX_ORDER_KEY: i32 = 4096;

let skCells: usize = 0;
let skFilters: usize = 0;
let skPrev: usize = 0;
/** Rows added to the sketch. */
export let sketchRows: i32 = 0;
/** Bit 0: keys strictly ascending so far; bit 1: strictly descending. */
export let sketchOrder: i32 = 3;
let sum: u64 = 0;
let taken: i32 = 0;
let ragged: i32 = 0;
let columns: i32 = 0;
let prevLen: i32 = 0;
let prevDigits: bool = false;
let seen: i32 = 0;
/**
 * The previous key when it was 1-8 bytes (`short`): its bytes big-endian in `prevWord` (zero past its
 * length), and the mask of its length's low bytes. skPrev is then not written (observeShort).
 */
let short = false;
let prevWord: u64 = 0;
let prevKeep: u64 = 0;
/** The current block's filter, and the rows it still takes (counted down: no division per row). */
let skFilter: usize = 0;
let skBlock: i32 = 0;
let skBlockLeft: i32 = 0;

export function sketchSize(): usize {
  return CELLS_BYTES + <usize>RING * FILTER_BYTES + 2 * <usize>MAX_ORDER_KEY + 16;
}

export function sketchInit(base: usize): void {
  skCells = base;
  skFilters = base + CELLS_BYTES;
  skPrev = skFilters + <usize>RING * FILTER_BYTES;
  memory.fill(base, 0, sketchSize());
  sketchRows = 0;
  sketchOrder = 3;
  sum = 0;
  taken = 0;
  ragged = 0;
  columns = 0;
  prevLen = 0;
  prevDigits = false;
  seen = 0;
  short = false;
  skBlock = 0;
  skFilter = skFilters;
  skBlockLeft = BLOCK_ROWS;
}

/** Where block `block`'s filter is while it is in the ring. */
export function sketchFilter(block: i32): usize {
  return skFilters + <usize>(block & (RING - 1)) * FILTER_BYTES;
}

/** Where a JavaScript caller puts a key for sketchAdd (MAX_ORDER_KEY bytes). */
export function sketchScratch(): usize {
  return skPrev + <usize>MAX_ORDER_KEY;
}

/** Adds an entry to the cell at `o`: XORs its hashes and check (`entry`) in, counts it (16-bit lane 6). */
// @ts-ignore: decorator
@inline
function cellAdd(o: usize, entry: v128): void {
  v128.store(o, i16x8.add(v128.xor(v128.load(o), entry), i16x8(0, 0, 0, 0, 0, 0, 1, 0)));
}

/**
 * The order watch (key-order.ts's observeKey), eight bytes at a time: the key's bytes are compared with the
 * previous key's, copied over it and tested for digits a word at a time (per byte it cost ~20 ns of the ~120
 * a row took in the kernel). Reads up to 7 bytes past the key and writes whole words into skPrev (its words
 * past the key's length are never read: `common` bounds the comparison).
 */
function observe(key: usize, len: i32): void {
  if (short) {
    // The general way compares with skPrev: the previous key goes there first.
    store<u64>(skPrev, bswap<u64>(prevWord));
    short = false;
  }
  if (len > MAX_ORDER_KEY) {
    sketchOrder = 0;
    return;
  }
  let bytes: i32 = 0;
  // Top bit of a byte that is no ASCII digit: after ^ 0x30 a digit is 0-9, and + 0x76 carries anything above
  // 9 into the top bit (a carry into the next byte only comes from a byte that is marked already).
  let odd: u64 = len > 0 ? 0 : 1;
  const common = min(len, prevLen);
  for (let i: i32 = 0; i < len; i += 8) {
    const keep = lowBytes(len - i);
    const w = load<u64>(key + <usize>i) & keep;
    const t = w ^ 0x3030303030303030;
    odd |= ((t + 0x7676767676767676) | t) & 0x8080808080808080 & keep;
    if (bytes == 0 && i < common) {
      const p = load<u64>(skPrev + <usize>i);
      const x = (w ^ p) & lowBytes(common - i);
      if (x != 0) {
        const s = ctz<u64>(x) & ~7;
        bytes = <i32>((w >> s) & 0xff) - <i32>((p >> s) & 0xff);
      }
    }
    store<u64>(skPrev + <usize>i, w);
  }
  const digits = odd == 0;
  if (seen > 0) {
    let c: i32;
    if (digits != prevDigits) c = digits ? -1 : 1;
    else if (digits && len != prevLen) c = len - prevLen;
    else c = bytes != 0 ? bytes : len - prevLen;
    if (c <= 0) sketchOrder &= ~1;
    if (c >= 0) sketchOrder &= ~2;
  }
  prevLen = len;
  prevDigits = digits;
  seen++;
  if (len > 0 && len <= 8) {
    short = true;
    prevKeep = lowBytes(len);
    prevWord = bswap<u64>(load<u64>(skPrev) & prevKeep);
  }
}

/**
 * The usual row of an ordered export, with a key as long as the previous one, 1-8 bytes, and digits only
 * if that one was: the two keys compare as big-endian words (digits of the same length compare as their
 * bytes, and so do other keys of the same length), with no loop and no copy to memory. The general way
 * cost ~4 ns a row of ~60 in Node 20, this ~1. Returns false, having changed nothing, for any other key.
 */
// @ts-ignore: decorator
@inline
function observeShort(key: usize): bool {
  const w = load<u64>(key) & prevKeep;
  const t = w ^ 0x3030303030303030;
  const digits = (((t + 0x7676767676767676) | t) & 0x8080808080808080 & prevKeep) == 0;
  if (digits != prevDigits) return false;
  const a = bswap<u64>(w);
  if (a <= prevWord) sketchOrder &= ~1;
  if (a >= prevWord) sketchOrder &= ~2;
  prevWord = a;
  return true;
}

/** A mask of the low `n` bytes of a word (all eight from 8 on). */
// @ts-ignore: decorator
@inline
function lowBytes(n: i32): u64 {
  return n >= 8 ? <u64>-1 : ((<u64>1) << (<u64>n * 8)) - 1;
}

/**
 * 1 << n in each lane (n = 0..31): 2^n as a float's exponent, converted to an integer. The signed
 * conversion saturates 2^31 to 0x7fffffff, which XOR with the all-ones lane of n == 31 turns into 0x80000000
 * (the unsigned conversion costs more instructions on x86).
 */
// @ts-ignore: decorator
@inline
function bits(n: v128): v128 {
  const f = i32x4.shl(i32x4.add(n, i32x4.splat(127)), 23);
  return v128.xor(i32x4.trunc_sat_f32x4_s(f), i32x4.eq(n, i32x4.splat(31)));
}

/**
 * Adds the next row: its entry to the table, its key hash to its block's filter, its key to the order watch.
 */
export function sketchAdd(kLo: u32, kHi: u32, rLo: u32, key: usize, keyLen: i32): void {
  sketchAddRow(kLo, kHi, rLo, key, keyLen);
}

/** sketchAdd, inlined into the scan (scan-state.ts's emit). */
// @ts-ignore: decorator
@inline
export function sketchAddRow(kLo: u32, kHi: u32, rLo: u32, key: usize, keyLen: i32): void {
  // iblt.ts's locate: the cells are the top 12 bits of three products, the check the top 16 of a fourth.
  const v = kLo ^ rLo;
  const x = v * 0xcc9e2d51;
  const y = (kHi ^ rotl<u32>(rLo, 16)) * 0x85ebca6b;
  const check = ((x ^ y) * 0xe6546b64) & 0xffff0000;
  const entry = i32x4(<i32>kLo, <i32>kHi, <i32>rLo, <i32>check);
  cellAdd(skCells + <usize>(x >> 20) * 16, entry);
  cellAdd(skCells + <usize>(SUB_CELLS + ((v * 0x1b873593) >> 20)) * 16, entry);
  cellAdd(skCells + <usize>(2 * SUB_CELLS + (y >> 20)) * 16, entry);
  if (skBlockLeft == 0) {
    skFilter = sketchFilter(++skBlock);
    skBlockLeft = BLOCK_ROWS;
  }
  skBlockLeft--;
  // key-blooms.ts's split block filter: one bit in each word of one 32-byte block, four words at a time.
  const at = skFilter + (<usize>(kHi >> 24) << 5);
  const h = i32x4.splat(<i32>kLo);
  const lo = i32x4.shr_u(i32x4.mul(h, i32x4(0x47b6137b, 0x44974d91, <i32>0x8824ad5b, <i32>0xa2b7289d)), 27);
  const hi = i32x4.shr_u(i32x4.mul(h, i32x4(0x705495c7, 0x2df1424b, <i32>0x9efc4947, 0x5c6bfb31)), 27);
  v128.store(at, v128.or(v128.load(at), bits(lo)));
  v128.store(at, v128.or(v128.load(at, 16), bits(hi)), 16);
  sketchRows++;
  if (sketchOrder != 0 && !(short && keyLen == prevLen && observeShort(key))) observe(key, keyLen);
}

/** The header's field count, for counting ragged rows among those the kernel takes. */
export function sketchColumns(n: i32): void {
  columns = n;
}

/**
 * Counts a row the kernel took in sketch mode, which writes no row out: the checksum's sum of row hashes
 * (checksum.ts), the rows, and the ragged ones. The JavaScript side adds these to its own once the side ends.
 */
export function sketchTake(lo: u32, hi: u32, fields: i32): void {
  sum += ((<u64>hi) << 32) | <u64>lo;
  taken++;
  if (fields != columns) ragged++;
}

export function sketchSumLo(): u32 {
  return <u32>sum;
}

export function sketchSumHi(): u32 {
  return <u32>(sum >> 32);
}

export function sketchTaken(): i32 {
  return taken;
}

export function sketchRagged(): i32 {
  return ragged;
}
