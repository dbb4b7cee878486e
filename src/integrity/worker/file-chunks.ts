import type { FileHandle } from '../protocol';
import type { ByteSource } from '../read-pass';

/**
 * Bytes of a picked File, in order, for the integrity worker (and the benchmark's bare read, so both read
 * the same way).
 *
 * Why a BYOB reader into reused buffers: the default reader of File.stream() hands out a fresh ArrayBuffer for
 * every chunk (~600 KB), and allocating, zeroing and collecting those costs more CPU than the read itself.
 * Measured in Chromium on the 2 x 480 MiB bench pair: default reader ~80-120 MB/s and ~7 s of browser CPU,
 * BYOB reader ~350-500 MB/s and ~2 s (src/bench/browser/integrity.bench.ts prints both every run).
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

/**
 * A read that gives nothing for this long is reported as a failed read, with where it stopped, instead of
 * leaving the check waiting for ever (the page would show a progress bar that never moves).
 */
export const STALL_MS = 30_000;

export interface FileChunksOptions {
  /** Tests shorten it. */
  stallMs?: number;
}

/**
 * Why the read ends once `file.size` bytes have come, not when the stream says it is done: Chromium 150
 * sometimes never settles a BYOB read that was pending when the file's stream closed. Seen in a scratch run
 * of the full check in a loop (bench pair, eight reads in flight): once in 9 and once in 72 checks, every
 * byte of the source had been handed out and the last `read()` stayed pending; both workers sat idle until
 * the bench's watchdog. A File's size is fixed when it is picked (Chromium fails the read if the file changes
 * on disk), so the bytes it is owed are known. Should a stream give more than that, it is read to its end.
 */
export async function* fileChunks(
  file: FileHandle,
  { stallMs = STALL_MS }: FileChunksOptions = {},
): AsyncGenerator<Uint8Array> {
  if (file.size === 0) return;
  const stream = file.stream();
  const byob = byobReader(stream);
  const deadline = stallGuard(file, stallMs);
  let bytes = 0;
  const owed = (chunk: Uint8Array) => {
    bytes += chunk.length;
    return bytes !== file.size;
  };
  if (byob === null) {
    const reader = stream.getReader();
    try {
      for (;;) {
        const { done, value } = await deadline(reader.read(), bytes);
        if (done) return;
        const more = owed(value);
        yield value;
        if (!more) return;
      }
    } finally {
      await reader.cancel().catch(() => undefined);
    }
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
      const { done, value } = await deadline(next, bytes);
      if (done || value === undefined) return;
      const more = owed(value);
      handedOut.push(value.buffer);
      if (more) read(handedOut.length > 2 ? handedOut.shift()! : new ArrayBuffer(READ_BUFFER_BYTES));
      if (value.length > 0) yield value;
      if (!more) return;
    }
  } finally {
    // Ends the underlying file read early on cancel or on a refused input, and settles the reads still
    // pending at the end of the file (cancelling a closed stream is harmless).
    await byob.cancel().catch(() => undefined);
  }
}

/** Rejects a read that has not settled within `stallMs`, naming the file and the byte where it stopped. */
function stallGuard(file: FileHandle, stallMs: number) {
  return <T>(read: Promise<T>, at: number): Promise<T> => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `the browser gave no bytes for ${Math.round(stallMs / 1000)} s at byte ` +
                `${at.toLocaleString('en')} of ${file.size.toLocaleString('en')}, so the check stopped ` +
                `rather than wait for ever. Run it again; if it stops again, pick the file again (it may be ` +
                `on a drive that went away)`,
            ),
          ),
        stallMs,
      );
    });
    return Promise.race([read, stalled]).finally(() => clearTimeout(timer));
  };
}

function byobReader(stream: ReadableStream<Uint8Array>): ReadableStreamBYOBReader | null {
  try {
    return stream.getReader({ mode: 'byob' });
  } catch {
    return null; // not a byte stream in this browser: the default reader instead
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
