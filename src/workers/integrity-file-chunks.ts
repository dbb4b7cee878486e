import type { FileHandle } from '../integrity/protocol';
import type { ByteSource } from '../integrity/read-pass';

/**
 * Bytes of a picked File, in order, for the integrity worker (and the benchmark's bare read, so both read
 * the same way).
 *
 * Why a BYOB reader into two reused buffers: the default reader of File.stream() hands out a fresh
 * ArrayBuffer for every chunk (~600 KB), and allocating, zeroing and collecting those costs more CPU than the
 * read itself. Measured in Chromium on the 2 x 480 MiB bench pair: default reader ~80-120 MB/s and ~7 s of
 * browser CPU, BYOB reader ~350-500 MB/s and ~2 s (e2e/bench/integrity.bench.ts prints both every run).
 * Two buffers, not one, because readPass asks for the next chunk before scanning the current one: a chunk
 * stays valid until the next-but-one request (see ByteSource). Browsers whose File.stream() is not a byte
 * stream get the default reader.
 */
export const READ_BUFFER_BYTES = 1024 * 1024;

export async function* fileChunks(file: FileHandle): AsyncGenerator<Uint8Array> {
  const stream = file.stream();
  const byob = byobReader(stream);
  if (byob === null) {
    yield* defaultChunks(stream.getReader());
    return;
  }
  const buffers = [new ArrayBuffer(READ_BUFFER_BYTES), new ArrayBuffer(READ_BUFFER_BYTES)];
  let turn = 0;
  try {
    for (;;) {
      const { done, value } = await byob.read(new Uint8Array(buffers[turn]!));
      if (done || value === undefined) return;
      // The read transferred the buffer: keep the new one for this turn's next read.
      buffers[turn] = value.buffer;
      turn ^= 1;
      if (value.length > 0) yield value;
    }
  } finally {
    // Ends the underlying file read early on cancel or on a refused input; harmless after the end.
    await byob.cancel().catch(() => undefined);
  }
}

function byobReader(stream: ReadableStream<Uint8Array>): ReadableStreamBYOBReader | null {
  try {
    return stream.getReader({ mode: 'byob' });
  } catch {
    return null; // not a byte stream in this browser: the default reader instead
  }
}

async function* defaultChunks(reader: ReadableStreamDefaultReader<Uint8Array>): AsyncGenerator<Uint8Array> {
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** A picked File as the check reads it: streamed in chunks, and by range for the samples read back. */
export function fileSource(file: FileHandle): ByteSource {
  return {
    name: file.name,
    size: file.size,
    chunks: () => fileChunks(file),
    range: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
  };
}
