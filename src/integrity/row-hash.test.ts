import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashRow } from './row-hash';

function hash128(bytes: Uint8Array, seed: number): Uint8Array {
  const out = new Uint32Array(4);
  hashRow(bytes, 0, bytes.length, seed, out);
  return new Uint8Array(out.buffer);
}

/**
 * MurmurHash3_x86_128 written straight from the C reference, one byte at a time, sharing no code with hashRow:
 * the fast path reads words through a DataView and masks the tail, and this is what it must equal.
 */
function reference(bytes: Uint8Array, start: number, end: number, seed: number): number[] {
  const rotl = (x: number, r: number): number => (x << r) | (x >>> (32 - r));
  const fmix = (input: number): number => {
    let h = input;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    return h ^ (h >>> 16);
  };
  const c = [0x239b961b, 0xab0e9789, 0x38b34ae5, 0xa1e38b93];
  const rot = [15, 16, 17, 18];
  const hrot = [19, 17, 15, 13];
  const add = [0x561ccd1b, 0x0bcaa747, 0x96cd1c35, 0x32ac3b17];
  const h = [seed | 0, seed | 0, seed | 0, seed | 0];
  const len = end - start;
  const byteAt = (i: number): number => bytes[start + i]!;
  const nblocks = Math.floor(len / 16);
  for (let b = 0; b < nblocks; b++) {
    for (let lane = 0; lane < 4; lane++) {
      const at = b * 16 + lane * 4;
      let k = byteAt(at) | (byteAt(at + 1) << 8) | (byteAt(at + 2) << 16) | (byteAt(at + 3) << 24);
      k = Math.imul(rotl(Math.imul(k, c[lane]!), rot[lane]!), c[(lane + 1) % 4]!);
      h[lane] = rotl(h[lane]! ^ k, hrot[lane]!);
      h[lane] = (Math.imul(h[lane]! + h[(lane + 1) % 4]!, 5) + add[lane]!) | 0;
    }
  }
  const tail = nblocks * 16;
  for (let lane = 3; lane >= 0; lane--) {
    let k = 0;
    for (let j = 3; j >= 0; j--) {
      const at = tail + lane * 4 + j;
      if (at < len) k = (k << 8) | byteAt(at);
    }
    if (tail + lane * 4 < len) {
      h[lane] = h[lane]! ^ Math.imul(rotl(Math.imul(k, c[lane]!), rot[lane]!), c[(lane + 1) % 4]!);
    }
  }
  for (let lane = 0; lane < 4; lane++) h[lane] = h[lane]! ^ len;
  h[0] = (h[0]! + h[1]! + h[2]! + h[3]!) | 0;
  for (let lane = 1; lane < 4; lane++) h[lane] = (h[lane]! + h[0]) | 0;
  for (let lane = 0; lane < 4; lane++) h[lane] = fmix(h[lane]!);
  h[0] = (h[0] + h[1]! + h[2]! + h[3]!) | 0;
  for (let lane = 1; lane < 4; lane++) h[lane] = (h[lane]! + h[0]) | 0;
  return h.map((x) => x >>> 0);
}

function fast(bytes: Uint8Array, start: number, end: number, seed: number): number[] {
  const out = new Uint32Array(4);
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

  it('the byte-by-byte reference passes the SMHasher verification too', () => {
    const all = new Uint8Array(256 * 16);
    const key = new Uint8Array(256);
    for (let i = 0; i < 256; i++) {
      key[i] = i;
      all.set(new Uint8Array(Uint32Array.from(reference(key, 0, i, 256 - i)).buffer), i * 16);
    }
    expect(reference(all, 0, all.length, 0)[0]!.toString(16)).toBe('b3ece62a');
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
