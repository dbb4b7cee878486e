import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { xxhash32 } from 'hash-wasm';
import { hashRow, SECOND_SEED } from './row-hash';

/**
 * XXH32 written straight from the specification (xxhash_spec.md), one byte at a time, sharing no code with
 * hashRow: the fast path reads words through a DataView and runs both seeds in one loop, and this is what it
 * must equal. The reference itself is held to hash-wasm's XXH32 below.
 */
function xxh32Reference(bytes: Uint8Array, start: number, end: number, seed: number): number {
  const P = [0x9e3779b1, 0x85ebca77, 0xc2b2ae3d, 0x27d4eb2f, 0x165667b1];
  const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));
  const word = (at: number) =>
    bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24);
  const round = (acc: number, input: number) =>
    Math.imul(rotl((acc + Math.imul(input, P[1]!)) | 0, 13), P[0]!);
  const len = end - start;
  let i = start;
  let h: number;
  if (len >= 16) {
    const acc = [seed + P[0]! + P[1]!, seed + P[1]!, seed, seed - P[0]!].map((x) => x | 0);
    for (; i + 16 <= end; i += 16)
      for (let lane = 0; lane < 4; lane++) acc[lane] = round(acc[lane]!, word(i + 4 * lane));
    h = (rotl(acc[0]!, 1) + rotl(acc[1]!, 7) + rotl(acc[2]!, 12) + rotl(acc[3]!, 18)) | 0;
  } else h = (seed + P[4]!) | 0;
  h = (h + len) | 0;
  for (; i + 4 <= end; i += 4) h = Math.imul(rotl((h + Math.imul(word(i), P[2]!)) | 0, 17), P[3]!);
  for (; i < end; i++) h = Math.imul(rotl((h + Math.imul(bytes[i]!, P[4]!)) | 0, 11), P[0]!);
  h = Math.imul(h ^ (h >>> 15), P[1]!);
  h = Math.imul(h ^ (h >>> 13), P[2]!);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The row hash as row-hash.ts defines it: XXH32 with the seed, and with the seed ^ SECOND_SEED. */
function reference(bytes: Uint8Array, start: number, end: number, seed: number): number[] {
  return [xxh32Reference(bytes, start, end, seed), xxh32Reference(bytes, start, end, seed ^ SECOND_SEED)];
}

function fast(bytes: Uint8Array, start: number, end: number, seed: number): number[] {
  const out = new Uint32Array(2);
  hashRow(bytes, start, end, seed, out);
  return Array.from(out);
}

/** Copies `content` into a fresh buffer at byte offset `shift`, with `pad` spare bytes after the view. */
function placed(content: Uint8Array, shift: number, pad: number): Uint8Array {
  const view = new Uint8Array(new ArrayBuffer(shift + content.length + pad), shift, content.length);
  view.set(content);
  return view;
}

/** A buffer, a range [start, end) of 0..300 bytes inside it, where the buffer sits (0..3) and a seed. */
const caseArb = fc
  .record({
    // size 'max': fast-check's default size keeps arrays to about ten bytes, which never reach a block.
    content: fc.uint8Array({ minLength: 0, maxLength: 340, size: 'max' }),
    shift: fc.integer({ min: 0, max: 3 }),
    pad: fc.integer({ min: 0, max: 20 }),
    from: fc.nat(),
    length: fc.integer({ min: 0, max: 300 }),
    seed: fc.oneof(fc.constant(0), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 })),
  })
  .map(({ content, shift, pad, from, length, seed }) => {
    const start = content.length === 0 ? 0 : from % (content.length + 1);
    const end = Math.min(content.length, start + length);
    return { content, shift, pad, start, end, seed };
  });

describe('hashRow (XXH32 with two seeds)', () => {
  it('the byte-by-byte reference is XXH32: it equals hash-wasm for any bytes and seed', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 100, size: 'max' }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        async (bytes, seed) => {
          const expected = await xxhash32(bytes, seed);
          expect(xxh32Reference(bytes, 0, bytes.length, seed).toString(16).padStart(8, '0')).toBe(expected);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives XXH32 with the seed as its low half and with seed ^ SECOND_SEED as its high half', async () => {
    const row = new TextEncoder().encode('1000042,79190,Name 42,user42@example.com,0.42,paid,2026-01-15');
    const out = new Uint32Array(2);
    for (const seed of [0, 0x9e3779b9]) {
      hashRow(row, 0, row.length, seed, out);
      const hex = (x: number) => x.toString(16).padStart(8, '0');
      expect(hex(out[0]!)).toBe(await xxhash32(row, seed));
      expect(hex(out[1]!)).toBe(await xxhash32(row, (seed ^ SECOND_SEED) >>> 0));
    }
  });

  it('hashes a sub-range exactly like a copy of it', () => {
    const text = new TextEncoder().encode('xx1,Alice,alice@example.com,42.10yy');
    const a = new Uint32Array(2);
    const b = new Uint32Array(2);
    hashRow(text, 2, text.length - 2, 0, a);
    const copy = text.slice(2, text.length - 2);
    hashRow(copy, 0, copy.length, 0, b);
    expect(Array.from(a)).toEqual(Array.from(b));
  });

  it('equals the reference for any range, seed and byte offset of the buffer', () => {
    fc.assert(
      fc.property(caseArb, ({ content, shift, pad, start, end, seed }) => {
        const buf = placed(content, shift, pad);
        expect(fast(buf, start, end, seed)).toEqual(reference(content, start, end, seed));
      }),
      { numRuns: 2000 },
    );
  });

  it('does not depend on where the row sits: every offset 0..3 and chunk of the same row hashes the same', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300, size: 'max' }), fc.integer(), (row, seed) => {
        const expected = reference(row, 0, row.length, seed);
        for (let shift = 0; shift < 4; shift++) {
          for (let before = 0; before < 4; before++) {
            // The row at `before` bytes into a view that itself starts `shift` bytes into its buffer, with
            // and without bytes after it (the tail is read differently near the buffer's end).
            for (const after of [0, 3, 16]) {
              const content = new Uint8Array(before + row.length + after).fill(0xa5);
              content.set(row, before);
              const buf = placed(content, shift, 0);
              expect(fast(buf, before, before + row.length, seed)).toEqual(expected);
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('sees the bytes of the buffer it is given when calls alternate between buffers and views', () => {
    fc.assert(
      fc.property(fc.array(caseArb, { minLength: 2, maxLength: 12, size: 'max' }), (cases) => {
        // Views made once and hashed in turns, some twice in a row and some over one shared buffer, as a
        // chunk's rows alternate with rows from the scanner's own buffer.
        const shared = new Uint8Array(400);
        const bufs = cases.map((c, i) =>
          i % 3 === 2 && c.content.length <= 390
            ? new Uint8Array(shared.buffer, i % 4, c.content.length)
            : placed(c.content, c.shift, c.pad),
        );
        for (let round = 0; round < 2; round++) {
          cases.forEach((c, i) => {
            const buf = bufs[i]!;
            buf.set(c.content);
            const expected = reference(c.content, c.start, c.end, c.seed);
            expect(fast(buf, c.start, c.end, c.seed)).toEqual(expected);
            expect(fast(buf, c.start, c.end, c.seed)).toEqual(expected);
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('follows a view of a resizable buffer that grows between calls', () => {
    const ab = new ArrayBuffer(8, { maxByteLength: 256 });
    const view = new Uint8Array(ab);
    view.set([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(fast(view, 0, 8, 7)).toEqual(reference(view, 0, 8, 7));
    ab.resize(200);
    for (let i = 8; i < 200; i++) view[i] = (i * 31) & 0xff;
    expect(view.length).toBe(200);
    expect(fast(view, 3, 197, 7)).toEqual(reference(view, 3, 197, 7));
  });
});
