import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashKey, KEY_SEED, LEN_MIX } from './key-hash';
import { hashRow } from './row-hash';

const MASK = (1n << 64n) - 1n;

/** SplitMix64's finaliser over the key's word, in BigInt: the reference the 32-bit code must match. */
function reference(bytes: Uint8Array): bigint {
  let w = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) w = (w << 8n) | BigInt(bytes[i]!);
  let z = w ^ ((BigInt(bytes.length) * LEN_MIX) & MASK);
  z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
  z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
  return z ^ (z >> 31n);
}

const out = new Uint32Array(2);
const hash64 = (bytes: Uint8Array, start = 0, end = bytes.length) => {
  hashKey(bytes, start, end, out);
  return (BigInt(out[1]!) << 32n) | BigInt(out[0]!);
};

describe('key hash', () => {
  it('is SplitMix64 of the zero-padded little-endian word for keys of up to 8 bytes, anywhere in a buffer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 8 }), fc.nat({ max: 5 }), (key, at) => {
        const buf = new Uint8Array(at + key.length + 3).fill(0xa5);
        buf.set(key, at);
        expect(hash64(buf, at, at + key.length)).toBe(reference(key));
      }),
      { numRuns: 2000 },
    );
  });

  it('is the two XXH32 with KEY_SEED for longer keys', () => {
    const row = new Uint32Array(2);
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 9, maxLength: 80 }), (key) => {
        hashRow(key, 0, key.length, KEY_SEED, row);
        hashKey(key, 0, key.length, out);
        expect([...out]).toEqual([...row]);
      }),
    );
  });

  it('keeps keys of different lengths apart: len * LEN_MIX differs in its top byte for every two lengths', () => {
    for (let a = 0; a <= 8; a++)
      for (let b = a + 1; b <= 8; b++) {
        const x = ((BigInt(a) * LEN_MIX) & MASK) ^ ((BigInt(b) * LEN_MIX) & MASK);
        expect(x >> 56n).not.toBe(0n);
      }
  });

  it('gives every short key its own hash: all ids 0-199999, zero-padded ones and ones with NUL bytes', () => {
    const enc = new TextEncoder();
    const seen = new Set<bigint>();
    const keys = [
      ...Array.from({ length: 200_000 }, (_, i) => String(i)),
      ...Array.from({ length: 1000 }, (_, i) => String(i).padStart(8, '0')),
      '',
      '\u0000',
      '1\u0000',
      '\u00001',
    ];
    for (const k of keys) seen.add(hash64(enc.encode(k)));
    expect(seen.size).toBe(new Set(keys).size);
  });
});
