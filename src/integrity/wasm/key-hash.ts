/*
 * AssemblyScript (see row-kernel.ts): the key hash of src/integrity/key-hash.ts (which says why), into
 * hashLo, hashHi: keys of up to 8 bytes as one word through SplitMix64's finaliser, longer ones by XXH32.
 */
import { hashHi, hashLo, setHash, xxh32 } from './xxh32';

/** Must equal KEY_SEED in src/integrity/key-hash.ts. */
export const KEY_SEED: u32 = 0x9e3779b9;
/** Must equal LEN_MIX in src/integrity/key-hash.ts. */
const LEN_MIX: u64 = 0x9e3779b97f4a7c15;

/** The key hash of [p, p + len). Reads up to 8 bytes from p whatever `len` (the input has room after it). */
// @ts-ignore: decorator
@inline
export function keyHash(p: usize, len: i32): void {
  if (len > 8) {
    xxh32(p, len, KEY_SEED);
    return;
  }
  const keep: u64 = len == 8 ? <u64>-1 : ((<u64>1) << (<u64>len * 8)) - 1;
  let z = (load<u64>(p) & keep) ^ (<u64>len * LEN_MIX);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9;
  z = (z ^ (z >> 27)) * 0x94d049bb133111eb;
  z ^= z >> 31;
  setHash(<u32>z, <u32>(z >> 32));
}

/** The key hash of [p, p + len), as two words at `out` (for tests against key-hash.ts). */
export function hashKeyBytes(p: usize, len: i32, out: usize): void {
  keyHash(p, len);
  store<u32>(out, hashLo);
  store<u32>(out, hashHi, 4);
}
