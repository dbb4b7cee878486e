/*
 * AssemblyScript (see row-kernel.ts): MurmurHash3 x86_128, 64 bits of it, exactly as src/integrity/row-hash.ts
 * computes it (row-kernel.test.ts holds the two to each other).
 */
import { fmix } from './fmix';

const C1: u32 = 0x239b961b;
const C2: u32 = 0xab0e9789;
const C3: u32 = 0x38b34ae5;
const C4: u32 = 0xa1e38b93;

/** The last hash: h1, and h2 + h1. */
export let hashLo: u32 = 0;
export let hashHi: u32 = 0;

/** Keeps the bytes of tail word j (0-3) that belong to a tail of `rest` bytes (1-15). */
function tailMask(rest: i32, j: i32): u32 {
  const b = min(max(rest - 4 * j, 0), 4);
  return b == 4 ? 0xffffffff : ((<u32>1) << (<u32>b * 8)) - 1;
}

/**
 * MurmurHash3 x86_128 of [p, p + len) into hashLo, hashHi (h1, and h2 + h1), as row-hash.ts computes it.
 * The tail reads four whole words and masks off the bytes past the end: the caller leaves 16 readable bytes
 * after every input.
 */
export function murmur(p: usize, len: i32, seed: u32): void {
  let h1 = seed;
  let h2 = seed;
  let h3 = seed;
  let h4 = seed;
  const blocksEnd = p + <usize>(len & ~15);
  let i = p;
  for (; i < blocksEnd; i += 16) {
    let k1 = load<u32>(i);
    let k2 = load<u32>(i, 4);
    let k3 = load<u32>(i, 8);
    let k4 = load<u32>(i, 12);
    k1 *= C1;
    k1 = rotl<u32>(k1, 15);
    k1 *= C2;
    h1 ^= k1;
    h1 = rotl<u32>(h1, 19);
    h1 += h2;
    h1 = h1 * 5 + 0x561ccd1b;
    k2 *= C2;
    k2 = rotl<u32>(k2, 16);
    k2 *= C3;
    h2 ^= k2;
    h2 = rotl<u32>(h2, 17);
    h2 += h3;
    h2 = h2 * 5 + 0x0bcaa747;
    k3 *= C3;
    k3 = rotl<u32>(k3, 17);
    k3 *= C4;
    h3 ^= k3;
    h3 = rotl<u32>(h3, 15);
    h3 += h4;
    h3 = h3 * 5 + 0x96cd1c35;
    k4 *= C4;
    k4 = rotl<u32>(k4, 18);
    k4 *= C1;
    h4 ^= k4;
    h4 = rotl<u32>(h4, 13);
    h4 += h1;
    h4 = h4 * 5 + 0x32ac3b17;
  }
  const rest = len & 15;
  if (rest > 0) {
    // A tail word masked to 0 leaves its lane unchanged, as the reference's skipped switch case does.
    let k4 = load<u32>(i, 12) & tailMask(rest, 3);
    k4 *= C4;
    k4 = rotl<u32>(k4, 18);
    k4 *= C1;
    h4 ^= k4;
    let k3 = load<u32>(i, 8) & tailMask(rest, 2);
    k3 *= C3;
    k3 = rotl<u32>(k3, 17);
    k3 *= C4;
    h3 ^= k3;
    let k2 = load<u32>(i, 4) & tailMask(rest, 1);
    k2 *= C2;
    k2 = rotl<u32>(k2, 16);
    k2 *= C3;
    h2 ^= k2;
    let k1 = load<u32>(i) & tailMask(rest, 0);
    k1 *= C1;
    k1 = rotl<u32>(k1, 15);
    k1 *= C2;
    h1 ^= k1;
  }
  const l = <u32>len;
  h1 ^= l;
  h2 ^= l;
  h3 ^= l;
  h4 ^= l;
  h1 += h2 + h3 + h4;
  h2 += h1;
  h3 += h1;
  h4 += h1;
  h1 = fmix(h1);
  h2 = fmix(h2);
  h3 = fmix(h3);
  h4 = fmix(h4);
  h1 += h2 + h3 + h4;
  hashLo = h1;
  hashHi = h2 + h1;
}

/** The row hash of [p, p + len) with `seed`, written as two words at `out` (for tests against row-hash.ts). */
export function hashBytes(p: usize, len: i32, seed: u32, out: usize): void {
  murmur(p, len, seed);
  store<u32>(out, hashLo);
  store<u32>(out, hashHi, 4);
}

