import { describe, expect, it } from 'vitest';
import { hashRow } from './row-hash';

function hash128(bytes: Uint8Array, seed: number): Uint8Array {
  const out = new Uint32Array(4);
  hashRow(bytes, 0, bytes.length, seed, out);
  return new Uint8Array(out.buffer);
}

describe('hashRow (MurmurHash3 x86_128)', () => {
  it('passes the SMHasher verification value 0xB3ECE62A', () => {
    // SMHasher's VerificationTest: hash keys {0}, {0,1}, ... of length 0..255 with seed 256 - length,
    // hash the concatenated digests with seed 0 and read the first 4 bytes little-endian.
    const all = new Uint8Array(256 * 16);
    const key = new Uint8Array(256);
    for (let i = 0; i < 256; i++) {
      key[i] = i;
      all.set(hash128(key.subarray(0, i), 256 - i), i * 16);
    }
    const final = hash128(all, 0);
    const verification = (final[0]! | (final[1]! << 8) | (final[2]! << 16) | (final[3]! << 24)) >>> 0;
    expect(verification.toString(16)).toBe('b3ece62a');
  });

  it('hashes a sub-range exactly like a copy of it', () => {
    const text = new TextEncoder().encode('xx1,Alice,alice@example.com,42.10yy');
    const a = new Uint32Array(4);
    const b = new Uint32Array(4);
    hashRow(text, 2, text.length - 2, 0, a);
    const copy = text.slice(2, text.length - 2);
    hashRow(copy, 0, copy.length, 0, b);
    expect(Array.from(a)).toEqual(Array.from(b));
  });
});
