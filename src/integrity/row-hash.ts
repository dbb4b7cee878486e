/**
 * Per-row 64-bit hash: two xxHash32 (XXH32, Yann Collet, BSD-2) of the bytes, with the seed and with the seed
 * ^ SECOND_SEED, as the low and the high half.
 *
 * Why XXH32 twice rather than one 64-bit hash: every step is a 32-bit multiply, add and rotate, which V8
 * runs on plain integers (Math.imul) here and the WebAssembly kernel (wasm/xxh32.ts) runs four lanes at a
 * time with SIMD, both seeds at once. XXH32's 16-byte stripe has four independent lanes with the same
 * constants. MurmurHash3 x86_128, the hash before it, chains its lanes into each other and cannot be
 * vectorised: in the kernel the two hashes of a row (the row's and its key's) took ~37 ns of ~120, these
 * ~22 (Node, the bench's 70-byte rows). In JavaScript the two are about as fast. Each half is the standard
 * XXH32, so hash-wasm's xxhash32 checks both (row-hash.test.ts). With two seeds the halves are independent
 * for any practical purpose: two different rows in a 100M-row export share both with probability ~2^-10 at
 * worst (birthday bound over 64 bits), and the key diff compares per key, not across the file. It is not a
 * cryptographic hash: it detects export differences, not tampering.
 *
 * Why not hash-wasm per row: a row is ~70 bytes, and crossing into WebAssembly per row (copy in, init,
 * update, digest, read back) costs more than hashing the bytes here.
 */

const P1 = 0x9e3779b1 | 0;
const P2 = 0x85ebca77 | 0;
const P3 = 0xc2b2ae3d | 0;
const P4 = 0x27d4eb2f | 0;
const P5 = 0x165667b1 | 0;

/** The high half is XXH32 with the seed ^ this (the kernel uses the same). */
export const SECOND_SEED = 0x7f4a7c15;

/**
 * Output slot reused across calls (returning an object per row would allocate 7M times): [0] is the low and
 * [1] the high half of the row hash.
 */
export const rowHashOut = new Uint32Array(2);

/**
 * Words are read with DataView.getInt32(i, true): one unaligned little-endian load once optimised, and the
 * same on any byte order or alignment (~half the time of assembling each word from four byte loads, Node 20
 * and Chromium 156). Callers hash many rows of one chunk in a row, so the DataView of the last buffer is kept
 * and rebuilt only when another Uint8Array comes: one identity compare per row. A view of a resizable or
 * growable buffer can change length, so for those it is rebuilt every call.
 */
let lastBuf: Uint8Array | null = null;
let view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));

function useBuffer(buf: Uint8Array): void {
  view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const ab = buf.buffer;
  lastBuf = ('resizable' in ab && ab.resizable) || ('growable' in ab && ab.growable) ? null : buf;
}

/** XXH32's round of one lane, with the lane's word already times P2 (both seeds read the same word). */
function round(acc: number, word: number): number {
  const t = (acc + word) | 0;
  return Math.imul((t << 13) | (t >>> 19), P1);
}

/** XXH32's merge of the four lanes after the last whole stripe. */
function converge(v1: number, v2: number, v3: number, v4: number): number {
  return (
    (((v1 << 1) | (v1 >>> 31)) +
      ((v2 << 7) | (v2 >>> 25)) +
      ((v3 << 12) | (v3 >>> 20)) +
      ((v4 << 18) | (v4 >>> 14))) |
    0
  );
}

function avalanche(input: number): number {
  let h = input;
  h = Math.imul(h ^ (h >>> 15), P2);
  h = Math.imul(h ^ (h >>> 13), P3);
  return h ^ (h >>> 16);
}

/**
 * Hashes buf[start, end) into `out` (rowHashOut by default): out[0] = XXH32(bytes, seed), out[1] =
 * XXH32(bytes, seed ^ SECOND_SEED). [start, end) must lie within buf: DataView throws a RangeError past its
 * end. Both hashes run in one loop, as they read the same words.
 */
export function hashRow(
  buf: Uint8Array,
  start: number,
  end: number,
  seed = 0,
  out: Uint32Array = rowHashOut,
): void {
  if (buf !== lastBuf) useBuffer(buf);
  const v = view;
  const len = end - start;
  const sa = seed | 0;
  const sb = (seed ^ SECOND_SEED) | 0;
  let i = start;
  let ha: number;
  let hb: number;
  if (len >= 16) {
    let a1 = (sa + P1 + P2) | 0;
    let a2 = (sa + P2) | 0;
    let a3 = sa;
    let a4 = (sa - P1) | 0;
    let b1 = (sb + P1 + P2) | 0;
    let b2 = (sb + P2) | 0;
    let b3 = sb;
    let b4 = (sb - P1) | 0;
    const limit = end - 16;
    do {
      const m1 = Math.imul(v.getInt32(i, true), P2);
      const m2 = Math.imul(v.getInt32(i + 4, true), P2);
      const m3 = Math.imul(v.getInt32(i + 8, true), P2);
      const m4 = Math.imul(v.getInt32(i + 12, true), P2);
      a1 = round(a1, m1);
      a2 = round(a2, m2);
      a3 = round(a3, m3);
      a4 = round(a4, m4);
      b1 = round(b1, m1);
      b2 = round(b2, m2);
      b3 = round(b3, m3);
      b4 = round(b4, m4);
      i += 16;
    } while (i <= limit);
    ha = converge(a1, a2, a3, a4);
    hb = converge(b1, b2, b3, b4);
  } else {
    ha = (sa + P5) | 0;
    hb = (sb + P5) | 0;
  }
  ha = (ha + len) | 0;
  hb = (hb + len) | 0;
  for (; i + 4 <= end; i += 4) {
    const w = Math.imul(v.getInt32(i, true), P3);
    let t = (ha + w) | 0;
    ha = Math.imul((t << 17) | (t >>> 15), P4);
    t = (hb + w) | 0;
    hb = Math.imul((t << 17) | (t >>> 15), P4);
  }
  for (; i < end; i++) {
    const w = Math.imul(buf[i]!, P5);
    let t = (ha + w) | 0;
    ha = Math.imul((t << 11) | (t >>> 21), P1);
    t = (hb + w) | 0;
    hb = Math.imul((t << 11) | (t >>> 21), P1);
  }
  out[0] = avalanche(ha);
  out[1] = avalanche(hb);
}
