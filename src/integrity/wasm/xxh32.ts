/*
 * AssemblyScript (see row-kernel.ts): the row hash of src/integrity/row-hash.ts, XXH32 of the bytes with the
 * seed and with the seed ^ SECOND_SEED, computed together: the 16-byte stripes run as one SIMD lane per
 * XXH32 lane, both seeds side by side (row-kernel.test.ts holds it to row-hash.ts, and row-hash.test.ts holds
 * that to hash-wasm's XXH32).
 */

const P1: u32 = 0x9e3779b1;
const P2: u32 = 0x85ebca77;
const P3: u32 = 0xc2b2ae3d;
const P4: u32 = 0x27d4eb2f;
const P5: u32 = 0x165667b1;
/** Must equal SECOND_SEED in src/integrity/row-hash.ts. */
const SECOND_SEED: u32 = 0x7f4a7c15;

/** The last hash: XXH32 with the seed, and with the seed ^ SECOND_SEED. */
export let hashLo: u32 = 0;
export let hashHi: u32 = 0;

/** Sets the last hash (key-hash.ts's short keys: another module cannot assign these). */
// @ts-ignore: decorator
@inline
export function setHash(lo: u32, hi: u32): void {
  hashLo = lo;
  hashHi = hi;
}

// @ts-ignore: decorator
@inline
function avalanche(x: u32): u32 {
  let h = x;
  h ^= h >> 15;
  h *= P2;
  h ^= h >> 13;
  h *= P3;
  h ^= h >> 16;
  return h;
}

// @ts-ignore: decorator
@inline
export function stripe(acc: v128, m: v128): v128 {
  const t = i32x4.add(acc, m);
  return i32x4.mul(v128.or(i32x4.shl(t, 13), i32x4.shr_u(t, 19)), i32x4.splat(<i32>P1));
}

// @ts-ignore: decorator
@inline
export function converge(v: v128): u32 {
  return (
    rotl<u32>(<u32>i32x4.extract_lane(v, 0), 1) +
    rotl<u32>(<u32>i32x4.extract_lane(v, 1), 7) +
    rotl<u32>(<u32>i32x4.extract_lane(v, 2), 12) +
    rotl<u32>(<u32>i32x4.extract_lane(v, 3), 18)
  );
}

/**
 * The row hash of [p, p + len) into hashLo, hashHi. Reads only the bytes in the range. Inlined into the scan:
 * as a call it cost ~5 ns of a row's ~75 (Chromium 156 and Node 20 alike).
 */
// @ts-ignore: decorator
@inline
export function xxh32(p: usize, len: i32, seed: u32): void {
  const sa = seed;
  const sb = seed ^ SECOND_SEED;
  const end = p + <usize>len;
  let i = p;
  let ha: u32;
  let hb: u32;
  if (len >= 16) {
    let va = i32x4(<i32>(sa + P1 + P2), <i32>(sa + P2), <i32>sa, <i32>(sa - P1));
    let vb = i32x4(<i32>(sb + P1 + P2), <i32>(sb + P2), <i32>sb, <i32>(sb - P1));
    const limit = end - 16;
    do {
      const m = i32x4.mul(v128.load(i), i32x4.splat(<i32>P2));
      va = stripe(va, m);
      vb = stripe(vb, m);
      i += 16;
    } while (i <= limit);
    ha = converge(va);
    hb = converge(vb);
  } else {
    ha = sa + P5;
    hb = sb + P5;
  }
  finish(ha + <u32>len, hb + <u32>len, i, end);
}

/**
 * The row hash's lanes (seed 0 and SECOND_SEED) before any stripe. row-kernel.ts's `plain` feeds a row's
 * stripes as it scans them (stripeMul, stripe), so each 16 bytes is loaded once for both the delimiters and
 * the hash, then finishes with rowHashFrom: ~8 ns a row less than hashing the row after it was scanned
 * (Node 20, the bench's 71-byte rows), the same hash (row-kernel.test.ts).
 */
export const ROW_VA: v128 = i32x4(<i32>(P1 + P2), <i32>P2, 0, <i32>(0 - P1));
export const ROW_VB: v128 = i32x4(
  <i32>(SECOND_SEED + P1 + P2),
  <i32>(SECOND_SEED + P2),
  <i32>SECOND_SEED,
  <i32>(SECOND_SEED - P1),
);

/** The 16 bytes `v` as a stripe takes them (times P2, once for both seeds). */
// @ts-ignore: decorator
@inline
export function stripeMul(v: v128): v128 {
  return i32x4.mul(v, i32x4.splat(<i32>P2));
}

/**
 * The row hash (seed 0) of [p, end) whose whole 16-byte stripes, if any (`striped`), left the lanes `va`
 * and `vb`: the rest of XXH32 from there, into hashLo, hashHi.
 */
// @ts-ignore: decorator
@inline
export function rowHashFrom(va: v128, vb: v128, striped: bool, i: usize, p: usize, end: usize): void {
  const len = <u32>(end - p);
  const ha = striped ? converge(va) : P5;
  const hb = striped ? converge(vb) : SECOND_SEED + P5;
  finish(ha + len, hb + len, i, end);
}

/** XXH32's last bytes [i, end) and avalanche, both seeds, into hashLo, hashHi. */
// @ts-ignore: decorator
@inline
function finish(a: u32, b: u32, i: usize, end: usize): void {
  let ha = a;
  let hb = b;
  for (; i + 4 <= end; i += 4) {
    const w = load<u32>(i) * P3;
    ha = rotl<u32>(ha + w, 17) * P4;
    hb = rotl<u32>(hb + w, 17) * P4;
  }
  for (; i < end; i++) {
    const w = <u32>load<u8>(i) * P5;
    ha = rotl<u32>(ha + w, 11) * P1;
    hb = rotl<u32>(hb + w, 11) * P1;
  }
  hashLo = avalanche(ha);
  hashHi = avalanche(hb);
}

/** The row hash of [p, p + len) with `seed`, as two words at `out` (for tests against row-hash.ts). */
export function hashBytes(p: usize, len: i32, seed: u32, out: usize): void {
  xxh32(p, len, seed);
  store<u32>(out, hashLo);
  store<u32>(out, hashHi, 4);
}
