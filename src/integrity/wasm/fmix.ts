/*
 * AssemblyScript (see row-kernel.ts): MurmurHash3's 32-bit finaliser, with which the sketch spreads entries
 * over its table (iblt.ts).
 */
export function fmix(x: u32): u32 {
  let h = x;
  h ^= h >> 16;
  h *= 0x85ebca6b;
  h ^= h >> 13;
  h *= 0xc2b2ae35;
  h ^= h >> 16;
  return h;
}
