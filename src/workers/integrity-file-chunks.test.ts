import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileHandle } from '../integrity/protocol';
import { fileChunks } from './integrity-file-chunks';

/**
 * A File whose stream is a byte stream, as Chromium's is: each pull fills the reader's buffer with at most
 * the next of `sizes` bytes. `failAt` makes the read fail once that many bytes have been given.
 */
function byteFile(bytes: Uint8Array, sizes: number[], failAt = Infinity): FileHandle {
  return {
    name: 'f.csv',
    size: bytes.length,
    stream() {
      let pos = 0;
      let turn = 0;
      return new ReadableStream({
        type: 'bytes',
        pull(controller) {
          if (pos >= failAt) return controller.error(new Error('disk gone'));
          if (pos >= bytes.length) {
            controller.close();
            controller.byobRequest?.respond(0);
            return;
          }
          const request = controller.byobRequest!;
          const view = request.view!;
          const n = Math.min(view.byteLength, sizes[turn++ % sizes.length]!, bytes.length - pos);
          new Uint8Array(view.buffer, view.byteOffset, n).set(bytes.subarray(pos, pos + n));
          pos += n;
          request.respond(n);
        },
      });
    },
    slice: (start, end) => ({ arrayBuffer: () => Promise.resolve(bytes.slice(start, end).buffer) }),
  };
}

describe('fileChunks: a picked File read with several reads in flight', () => {
  it('hands out every byte in order, and a chunk stays intact until the chunk after next is asked for', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ minLength: 0, maxLength: 20_000 }),
        fc.array(fc.integer({ min: 1, max: 3_000 }), { minLength: 1, maxLength: 5 }),
        async (bytes, sizes) => {
          const it = fileChunks(byteFile(bytes, sizes))[Symbol.asyncIterator]();
          const seen: number[] = [];
          let held: { view: Uint8Array; copy: Uint8Array } | null = null;
          // As readPass does: the next chunk is asked for before this one is used.
          let pending = it.next();
          for (;;) {
            const r = await pending;
            // The previous chunk was handed out before this one: the next-but-one has not been asked for.
            if (held !== null) expect(held.view).toEqual(held.copy);
            if (r.done) break;
            pending = it.next();
            seen.push(...r.value);
            held = { view: r.value, copy: r.value.slice() };
          }
          expect(seen).toEqual([...bytes]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('reports a failed read to the reader and leaves no promise rejected unhandled', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const bytes = new Uint8Array(50_000).fill(65);
      const read = async () => {
        let n = 0;
        for await (const chunk of fileChunks(byteFile(bytes, [1_000], 10_000))) n += chunk.length;
        return n;
      };
      await expect(read()).rejects.toThrow('disk gone');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});
