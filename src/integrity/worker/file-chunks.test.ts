import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FileHandle } from '../protocol';
import { fileChunks } from './file-chunks';

interface Quirks {
  /** The read fails once this many bytes have been given. */
  failAt?: number;
  /** The stream gives nothing more, and never closes, once this many bytes have been given. */
  stallAt?: number;
  /**
   * At the end the stream closes without answering the pending read, which then never settles, as Chromium
   * 150's File stream sometimes leaves the last of several BYOB reads in flight.
   */
  endWithoutAnswer?: boolean;
}

/**
 * A File whose stream is a byte stream, as Chromium's is: each pull fills the reader's buffer with at most
 * the next of `sizes` bytes.
 */
function byteFile(bytes: Uint8Array, sizes: number[], quirks: Quirks = {}): FileHandle {
  const { failAt = Infinity, stallAt = Infinity, endWithoutAnswer = false } = quirks;
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
          if (pos >= stallAt) return new Promise<void>(() => undefined);
          if (pos >= bytes.length) {
            controller.close();
            if (!endWithoutAnswer) controller.byobRequest?.respond(0);
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

/** A file's bytes (up to 20,000), and how many bytes each read of its stream gives in turn. */
const fileBytes = (minLength: number) => fc.uint8Array({ minLength, maxLength: 20_000 });
const readSizes = fc.array(fc.integer({ min: 1, max: 3_000 }), { minLength: 1, maxLength: 5 });

describe('fileChunks: a picked File read with several reads in flight', () => {
  it('hands out every byte in order, and a chunk stays intact until the chunk after next is asked for', async () => {
    await fc.assert(
      fc.asyncProperty(fileBytes(0), readSizes, async (bytes, sizes) => {
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
      }),
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
        for await (const chunk of fileChunks(byteFile(bytes, [1_000], { failAt: 10_000 }))) n += chunk.length;
        return n;
      };
      await expect(read()).rejects.toThrow('disk gone');
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('ends once the size of the file has come, though the read pending at the end never settles', async () => {
    await fc.assert(
      fc.asyncProperty(fileBytes(1), readSizes, async (bytes, sizes) => {
        const seen: number[] = [];
        for await (const chunk of fileChunks(byteFile(bytes, sizes, { endWithoutAnswer: true }), {
          stallMs: 1_000,
        }))
          seen.push(...chunk);
        expect(seen).toEqual([...bytes]);
      }),
      { numRuns: 40 },
    );
  });

  it('reads nothing from an empty file', async () => {
    const file = byteFile(new Uint8Array(0), [1], { endWithoutAnswer: true });
    let streams = 0;
    const counted = { ...file, stream: () => (streams++, file.stream()) };
    const chunks: Uint8Array[] = [];
    for await (const chunk of fileChunks(counted)) chunks.push(chunk);
    expect(chunks).toEqual([]);
    expect(streams).toBe(0);
  });

  it('fails a read that gives nothing for the stall time, naming the byte where it stopped', async () => {
    const bytes = new Uint8Array(50_000).fill(65);
    let n = 0;
    const read = async () => {
      for await (const chunk of fileChunks(byteFile(bytes, [1_000], { stallAt: 12_000 }), { stallMs: 50 }))
        n += chunk.length;
    };
    await expect(read()).rejects.toThrow(
      'the browser gave no bytes for 0 s at byte 12,000 of 50,000, so the check stopped rather than wait for ever',
    );
    expect(n).toBe(12_000);
  });

  it('reads a stream that is not a byte stream with the default reader, to the size of the file', async () => {
    const bytes = new Uint8Array(10_000).map((_, i) => i % 251);
    const file: FileHandle = {
      ...byteFile(bytes, [1]),
      // Never closes: the read must end on the size alone.
      stream: () =>
        new ReadableStream<Uint8Array>({
          start(controller) {
            for (let i = 0; i < bytes.length; i += 3_000) controller.enqueue(bytes.slice(i, i + 3_000));
          },
        }),
    };
    const seen: number[] = [];
    for await (const chunk of fileChunks(file, { stallMs: 1_000 })) seen.push(...chunk);
    expect(seen).toEqual([...bytes]);
  });
});
