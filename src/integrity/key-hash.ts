import { hashRow } from './row-hash';

/** The seed of the longer keys' XXH32 (wasm/key-hash.ts uses the same). */
export const KEY_SEED = 0x9e3779b9;

/**
 * The 64-bit hash of a key value (the key diff's and the sketch's key hash): out[0] the low, out[1] the high
 * half. The WebAssembly kernel computes the same (wasm/key-hash.ts; row-kernel.test.ts holds the two
 * together).
 *
 * Keys of up to 8 bytes (integer ids, short codes: most keys) are one 64-bit word, the bytes little-endian
 * and zero-padded, XORed with len * LEN_MIX and then mixed by SplitMix64's finaliser (Steele, Lea, Flood
 * 2014). Each step is invertible, so two different keys of the same length never share a hash, and the
 * top byte of len * LEN_MIX differs for every two lengths up to 8 (checked in key-hash.test.ts), so keys of
 * up to 7 bytes never share one at all. Longer keys take the row hash's two XXH32 with KEY_SEED
 * (row-hash.ts). Why not XXH32 for all: on a 7-byte key its word and three byte steps, twice, then two
 * avalanches cost the kernel ~5 ns of a row's ~55 more than two multiplies (Node 20, the bench's rows).
 */
export function hashKey(buf: Uint8Array, start: number, end: number, out: Uint32Array): void {
  const len = end - start;
  if (len > 8) {
    hashRow(buf, start, end, KEY_SEED, out);
    return;
  }
  let lo = 0;
  let hi = 0;
  for (let i = Math.min(len, 4) - 1; i >= 0; i--) lo = (lo << 8) | buf[start + i]!;
  for (let i = len - 1; i >= 4; i--) hi = (hi << 8) | buf[start + i]!;
  lo ^= LEN_LO[len]!;
  hi ^= LEN_HI[len]!;
  // z = (z ^ (z >> 30)) * M1; z = (z ^ (z >> 27)) * M2; z ^= z >> 31 on (hi, lo) halves.
  lo ^= (lo >>> 30) | (hi << 2);
  hi ^= hi >>> 30;
  mul64(hi, lo, M1_HI, M1_LO);
  hi = prodHi;
  lo = prodLo;
  lo ^= (lo >>> 27) | (hi << 5);
  hi ^= hi >>> 27;
  mul64(hi, lo, M2_HI, M2_LO);
  hi = prodHi;
  lo = prodLo;
  out[0] = lo ^ ((lo >>> 31) | (hi << 1));
  out[1] = hi ^ (hi >>> 31);
}

/** Must equal LEN_MIX in wasm/key-hash.ts. */
export const LEN_MIX = 0x9e3779b97f4a7c15n;
const M1 = 0xbf58476d1ce4e5b9n;
const M2 = 0x94d049bb133111ebn;
const half = (x: bigint, hiHalf: boolean) => Number((hiHalf ? x >> 32n : x) & 0xffffffffn) | 0;
const LEN_LO = Int32Array.from({ length: 9 }, (_, n) => half(BigInt(n) * LEN_MIX, false));
const LEN_HI = Int32Array.from({ length: 9 }, (_, n) => half(BigInt(n) * LEN_MIX, true));
const [M1_HI, M1_LO, M2_HI, M2_LO] = [half(M1, true), half(M1, false), half(M2, true), half(M2, false)];

let prodHi = 0;
let prodLo = 0;

/** (aHi, aLo) * (bHi, bLo) mod 2^64 into prodHi, prodLo, on 32-bit integers (no BigInt per key). */
function mul64(aHi: number, aLo: number, bHi: number, bLo: number): void {
  const a0 = aLo & 0xffff;
  const a1 = aLo >>> 16;
  const b0 = bLo & 0xffff;
  const b1 = bLo >>> 16;
  // The unsigned 64-bit product aLo * bLo from 16-bit pieces (each partial product is exact in a double).
  const ll = a0 * b0;
  const lh = a0 * b1;
  const hl = a1 * b0;
  const mid = (ll >>> 16) + (lh & 0xffff) + (hl & 0xffff);
  const carry = a1 * b1 + (lh >>> 16) + (hl >>> 16) + Math.floor(mid / 0x10000);
  prodLo = ((mid & 0xffff) << 16) | (ll & 0xffff);
  prodHi = (carry + Math.imul(aLo, bHi) + Math.imul(aHi, bLo)) | 0;
}
