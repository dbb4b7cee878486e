import type { FileHandle } from '../integrity/protocol';
import type { ByteSource } from '../integrity/read-pass';

/**
 * Bytes of a picked File, in order, for the integrity worker (and the benchmark's bare read, so both read
 * the same way).
 *
 * Why a BYOB reader into reused buffers: the default reader of File.stream() hands out a fresh ArrayBuffer for
 * every chunk (~600 KB), and allocating, zeroing and collecting those costs more CPU than the read itself.
 * Measured in Chromium on the 2 x 480 MiB bench pair: default reader ~80-120 MB/s and ~7 s of browser CPU,
 * BYOB reader ~350-500 MB/s and ~2 s (e2e/bench/integrity.bench.ts prints both every run).
 *
 * Why READS_IN_FLIGHT reads at once: the browser fills a read only while one is pending, so with a single
 * read ahead the file reader idled whenever the worker was busy scanning, and the worker idled whenever a
 * read was late. With four in flight the full check of the bench pair went from 3.2-3.4 s to 2.8-3.0 s
 * (the last four of five runs each, same session; the first, cold: 4.0 and 3.5 s); the bare read did not
 * change. A chunk stays valid until the next-but-one request (ByteSource's contract: readPass asks for the
 * next chunk before scanning this one), so a buffer is read into again only once two newer chunks have been
 * handed out. Browsers whose File.stream() is not a byte stream get the default reader.
 */
export const READ_BUFFER_BYTES = 1024 * 1024;
const READS_IN_FLIGHT = 4;

export async function* fileChunks(file: FileHandle): AsyncGenerator<Uint8Array> {
  const stream = file.stream();
  const byob = byobReader(stream);
  if (byob === null) {
    yield* defaultChunks(stream.getReader());
    return;
  }
  const pending: Promise<ReadableStreamReadResult<Uint8Array<ArrayBuffer>>>[] = [];
  const read = (buffer: ArrayBuffer) => {
    const result = byob.read(new Uint8Array(buffer));
    // Awaited in turn below; those still pending when one fails must not be reported as unhandled.
    result.catch(() => undefined);
    pending.push(result);
  };
  for (let i = 0; i < READS_IN_FLIGHT; i++) read(new ArrayBuffer(READ_BUFFER_BYTES));
  const handedOut: ArrayBuffer[] = [];
  try {
    for (;;) {
      const next = pending.shift();
      if (next === undefined) return;
      const { done, value } = await next;
      if (done || value === undefined) return;
      handedOut.push(value.buffer);
      read(handedOut.length > 2 ? handedOut.shift()! : new ArrayBuffer(READ_BUFFER_BYTES));
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
