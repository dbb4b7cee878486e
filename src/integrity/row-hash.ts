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

function fmix32(input: number): number {
  let h = input;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

function word(buf: Uint8Array, i: number): number {
  return buf[i]! | (buf[i + 1]! << 8) | (buf[i + 2]! << 16) | (buf[i + 3]! << 24) | 0;
}

/** Reads the tail bytes [from, to) little-endian into one word, as the reference does. */
function tailWord(buf: Uint8Array, from: number, to: number): number {
  let k = 0;
  for (let i = to - 1; i >= from; i--) k = (k << 8) | buf[i]!;
  return k | 0;
}

/**
 * Hashes buf[start, end) into `out` (rowHashOut by default): out[0] is the low and out[1] the high half of
 * the row hash. Matches the reference MurmurHash3_x86_128 for the same seed.
 */
export function hashRow(buf: Uint8Array, start: number, end: number, seed = 0, out = rowHashOut): void {
  const len = end - start;
  let h1 = seed | 0;
  let h2 = seed | 0;
  let h3 = seed | 0;
  let h4 = seed | 0;
  const blocksEnd = start + (len & ~15);
  let i = start;
  for (; i < blocksEnd; i += 16) {
    let k1 = word(buf, i);
    let k2 = word(buf, i + 4);
    let k3 = word(buf, i + 8);
    let k4 = word(buf, i + 12);
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
  if (rest > 0) {
    let k1 = Math.imul(tailWord(buf, i, Math.min(end, i + 4)), C1);
    k1 = (k1 << 15) | (k1 >>> 17);
    h1 ^= Math.imul(k1, C2);
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
