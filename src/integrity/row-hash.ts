/**
 * Per-row 64-bit hash: MurmurHash3 x86_128 (Austin Appleby, public domain), keeping h1 and h2.
 *
 * Why pure JS and not hash-wasm's xxh64: a row is ~70 bytes, and crossing into WASM per row (copy into WASM
 * memory, init, update, digest, read back) costs more than hashing the bytes. The bench
 * (src/bench/integrity.bench.ts) measures both; this one wins by a wide margin on short rows. A bulk WASM
 * call cannot replace it, because hash-wasm returns one digest per call and the checksum needs one per row.
 * x86_128 uses only 32-bit multiplies (Math.imul), so it stays in V8's fast integer paths; taking two of its
 * four lanes gives 64 bits, enough that two different rows in a 100M-row export collide with
 * probability ~2^-10 at worst (birthday bound), and the key diff compares per key, not across the file.
 */

const C1 = 0x239b961b;
const C2 = 0xab0e9789;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93;

/**
 * Output slot reused across calls (returning an object per row would allocate 7M times): [0] and [1] are the
 * row hash; [2] and [3] complete the 128-bit value, kept only so the SMHasher verification can run.
 */
export const rowHashOut = new Uint32Array(4);

/** MurmurHash3's 32-bit finaliser (the one-pass table, iblt.ts, mixes with it too). */
export function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

/** Reads the tail bytes [from, to) little-endian into one word, as the reference does. */
function tailWord(buf: Uint8Array, from: number, to: number): number {
  let k = 0;
  for (let i = to - 1; i >= from; i--) k = (k << 8) | buf[i]!;
  return k | 0;
}

/**
 * TAIL_MASKS[rest * 4 + j] keeps the bytes of tail word j that belong to a tail of `rest` bytes (0 to 15):
 * -1, 0 or the low 1 to 3 bytes. A tail word masked to 0 mixes to 0 and leaves its lane unchanged, exactly as
 * the reference's skipped switch case, so the tail needs no branch on its length. Measured no slower than
 * the reference's chain of length tests on the bench rows (67 to 75 bytes), in Node 20 and Chromium.
 */
const TAIL_MASKS = new Int32Array(64);
for (let rest = 0; rest < 16; rest++) {
  for (let j = 0; j < 4; j++) {
    const bytes = Math.max(0, Math.min(4, rest - 4 * j));
    TAIL_MASKS[rest * 4 + j] = bytes === 4 ? -1 : (1 << (8 * bytes)) - 1;
  }
}

/**
 * Words are read with DataView.getInt32(i, true): one unaligned little-endian load once optimised, and the
 * same on any byte order or alignment. With the masked tail this hashes a 72-byte row in about half the time
 * of assembling each word from four byte loads (Node 20 and Chromium 156); an Int32Array view of the buffer,
 * joining two aligned words with shifts, was slower than DataView in both. Callers hash many rows of one
 * chunk in a row, so the DataView of the last buffer is kept and rebuilt only when another Uint8Array comes:
 * one identity compare per row (also comparing buf.byteLength per row made the hash ~35% slower in Node 20).
 * A view of a resizable or growable buffer can change length, so for those it is rebuilt every call.
 */
let lastBuf: Uint8Array | null = null;
let view: DataView<ArrayBufferLike> = new DataView(new ArrayBuffer(0));
let viewLength = 0;

function useBuffer(buf: Uint8Array): void {
  view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  viewLength = buf.byteLength;
  const ab = buf.buffer as { resizable?: boolean; growable?: boolean };
  lastBuf = ab.resizable === true || ab.growable === true ? null : buf;
}

/**
 * Hashes buf[start, end) into `out` (rowHashOut by default): out[0] is the low and out[1] the high half of
 * the row hash. Matches the reference MurmurHash3_x86_128 for the same seed. [start, end) must lie within buf:
 * DataView throws a RangeError past its end, where a byte-by-byte read would have hashed zeros.
 */
export function hashRow(buf: Uint8Array, start: number, end: number, seed = 0, out = rowHashOut): void {
  if (buf !== lastBuf) useBuffer(buf);
  const words = view;
  const len = end - start;
  let h1 = seed | 0;
  let h2 = seed | 0;
  let h3 = seed | 0;
  let h4 = seed | 0;
  const blocksEnd = start + (len & ~15);
  let i = start;
  for (; i < blocksEnd; i += 16) {
    let k1 = words.getInt32(i, true);
    let k2 = words.getInt32(i + 4, true);
    let k3 = words.getInt32(i + 8, true);
    let k4 = words.getInt32(i + 12, true);
    k1 = Math.imul(k1, C1);
    k1 = (k1 << 15) | (k1 >>> 17);
    h1 ^= Math.imul(k1, C2);
    h1 = (h1 << 19) | (h1 >>> 13);
    h1 = (Math.imul(h1 + h2, 5) + 0x561ccd1b) | 0;
    k2 = Math.imul(k2, C2);
    k2 = (k2 << 16) | (k2 >>> 16);
    h2 ^= Math.imul(k2, C3);
    h2 = (h2 << 17) | (h2 >>> 15);
    h2 = (Math.imul(h2 + h3, 5) + 0x0bcaa747) | 0;
    k3 = Math.imul(k3, C3);
    k3 = (k3 << 17) | (k3 >>> 15);
    h3 ^= Math.imul(k3, C4);
    h3 = (h3 << 15) | (h3 >>> 17);
    h3 = (Math.imul(h3 + h4, 5) + 0x96cd1c35) | 0;
    k4 = Math.imul(k4, C4);
    k4 = (k4 << 18) | (k4 >>> 14);
    h4 ^= Math.imul(k4, C1);
    h4 = (h4 << 13) | (h4 >>> 19);
    h4 = (Math.imul(h4 + h1, 5) + 0x32ac3b17) | 0;
  }
  const rest = end - i;
  if (rest > 0) {
    if (i + 16 <= viewLength) {
      // Four whole words fit in the buffer: read them and mask off the bytes past the row.
      const m = rest << 2;
      let k4 = words.getInt32(i + 12, true) & TAIL_MASKS[m + 3]!;
      k4 = Math.imul(k4, C4);
      k4 = (k4 << 18) | (k4 >>> 14);
      h4 ^= Math.imul(k4, C1);
      let k3 = words.getInt32(i + 8, true) & TAIL_MASKS[m + 2]!;
      k3 = Math.imul(k3, C3);
      k3 = (k3 << 17) | (k3 >>> 15);
      h3 ^= Math.imul(k3, C4);
      let k2 = words.getInt32(i + 4, true) & TAIL_MASKS[m + 1]!;
      k2 = Math.imul(k2, C2);
      k2 = (k2 << 16) | (k2 >>> 16);
      h2 ^= Math.imul(k2, C3);
      let k1 = words.getInt32(i, true) & TAIL_MASKS[m]!;
      k1 = Math.imul(k1, C1);
      k1 = (k1 << 15) | (k1 >>> 17);
      h1 ^= Math.imul(k1, C2);
    } else {
      // The row ends within 16 bytes of the buffer's end: read only its own bytes.
      if (rest > 12) {
        let k4 = Math.imul(tailWord(buf, i + 12, end), C4);
        k4 = (k4 << 18) | (k4 >>> 14);
        h4 ^= Math.imul(k4, C1);
      }
      if (rest > 8) {
        let k3 = Math.imul(tailWord(buf, i + 8, Math.min(end, i + 12)), C3);
        k3 = (k3 << 17) | (k3 >>> 15);
        h3 ^= Math.imul(k3, C4);
      }
      if (rest > 4) {
        let k2 = Math.imul(tailWord(buf, i + 4, Math.min(end, i + 8)), C2);
        k2 = (k2 << 16) | (k2 >>> 16);
        h2 ^= Math.imul(k2, C3);
      }
      let k1 = Math.imul(tailWord(buf, i, Math.min(end, i + 4)), C1);
      k1 = (k1 << 15) | (k1 >>> 17);
      h1 ^= Math.imul(k1, C2);
    }
  }
  h1 ^= len;
  h2 ^= len;
  h3 ^= len;
  h4 ^= len;
  h1 = (h1 + h2 + h3 + h4) | 0;
  h2 = (h2 + h1) | 0;
  h3 = (h3 + h1) | 0;
  h4 = (h4 + h1) | 0;
  h1 = fmix32(h1);
  h2 = fmix32(h2);
  h3 = fmix32(h3);
  h4 = fmix32(h4);
  h1 = (h1 + h2 + h3 + h4) | 0;
  out[0] = h1;
  out[1] = h2 + h1;
  out[2] = h3 + h1;
  out[3] = h4 + h1;
}
