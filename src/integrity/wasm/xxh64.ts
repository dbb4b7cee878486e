/*
 * AssemblyScript (see row-kernel.ts): the whole-file digest of byte-digest.ts, XXH64 with seed 0, streamed
 * over the chunks the kernel loads, so each chunk's bytes are hashed where the kernel already copied them
 * instead of being copied into hash-wasm's memory too. Standard XXH64 (xxhash_spec.md): byte-digest.test.ts
 * holds it to hash-wasm's for any chunking.
 */

const P1: u64 = 0x9e3779b185ebca87;
const P2: u64 = 0xc2b2ae3d27d4eb4f;
const P3: u64 = 0x165667b19e3779f9;
const P4: u64 = 0x85ebca77c2b2ae63;
const P5: u64 = 0x27d4eb2f165667c5;

let v1: u64 = 0;
let v2: u64 = 0;
let v3: u64 = 0;
let v4: u64 = 0;
let total: u64 = 0;
/** Bytes of an unfinished 32-byte stripe, held at `held` (32 bytes the JavaScript side reserves). */
let held: usize = 0;
let heldLen: i32 = 0;

// @ts-ignore: decorator
@inline
function round(acc: u64, input: u64): u64 {
  return rotl<u64>(acc + input * P2, 31) * P1;
}

// @ts-ignore: decorator
@inline
function merge(acc: u64, val: u64): u64 {
  return (acc ^ round(0, val)) * P1 + P4;
}

/** Starts a digest; `room` is 32 bytes for a stripe split between two chunks. */
export function digestInit(room: usize): void {
  v1 = P1 + P2;
  v2 = P2;
  v3 = 0;
  v4 = -P1;
  total = 0;
  held = room;
  heldLen = 0;
}

/** Four lanes over the whole stripes of [p, end); returns where the bytes left over start. */
function stripes(p: usize, end: usize): usize {
  let i = p;
  let a = v1;
  let b = v2;
  let c = v3;
  let d = v4;
  while (i + 32 <= end) {
    a = round(a, load<u64>(i));
    b = round(b, load<u64>(i, 8));
    c = round(c, load<u64>(i, 16));
    d = round(d, load<u64>(i, 24));
    i += 32;
  }
  v1 = a;
  v2 = b;
  v3 = c;
  v4 = d;
  return i;
}

/** Adds the bytes [p, p + len). */
export function digestUpdate(p: usize, len: i32): void {
  total += <u64>len;
  let i = p;
  const end = p + <usize>len;
  if (heldLen > 0) {
    const fill = min(32 - heldLen, len);
    memory.copy(held + <usize>heldLen, i, <usize>fill);
    heldLen += fill;
    i += <usize>fill;
    if (heldLen < 32) return;
    stripes(held, held + 32);
    heldLen = 0;
  }
  i = stripes(i, end);
  if (i < end) {
    memory.copy(held, i, end - i);
    heldLen = <i32>(end - i);
  }
}

/** The digest's low and high words (digestLo, digestHi), after the last update. */
export let digestLo: u32 = 0;
export let digestHi: u32 = 0;

export function digestFinal(): void {
  let h: u64;
  if (total >= 32) {
    h = rotl<u64>(v1, 1) + rotl<u64>(v2, 7) + rotl<u64>(v3, 12) + rotl<u64>(v4, 18);
    h = merge(h, v1);
    h = merge(h, v2);
    h = merge(h, v3);
    h = merge(h, v4);
  } else h = v3 + P5;
  h += total;
  let i = held;
  const end = held + <usize>heldLen;
  for (; i + 8 <= end; i += 8) h = rotl<u64>(h ^ round(0, load<u64>(i)), 27) * P1 + P4;
  if (i + 4 <= end) {
    h = rotl<u64>(h ^ (<u64>load<u32>(i) * P1), 23) * P2 + P3;
    i += 4;
  }
  for (; i < end; i++) h = rotl<u64>(h ^ (<u64>load<u8>(i) * P5), 11) * P1;
  h ^= h >> 33;
  h *= P2;
  h ^= h >> 29;
  h *= P3;
  h ^= h >> 32;
  digestLo = <u32>h;
  digestHi = <u32>(h >> 32);
}
