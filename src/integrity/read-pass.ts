import type { ByteDigest } from './byte-digest';
import type { CsvReadOptions, RecordSink } from './csv-bytes';
import { createCsvScanner } from './csv-scanner';
import type { FileLabel, IntegrityFailure } from './types';

/** Anything that yields a file's bytes in order: File.stream() in the worker, fs streams in tests. */
export interface ByteSource {
  readonly name: string;
  readonly size: number;
  /**
   * A chunk may be a view into a reused buffer: it stays valid until the iterator has been asked for the
   * chunk after next (readPass asks for one chunk ahead and never keeps a chunk past its scan).
   */
  chunks(): AsyncIterable<Uint8Array>;
  /** Bytes [start, end) of the file, for reading a few sampled rows back after the pass. */
  range(start: number, end: number): Promise<Uint8Array>;
}

export interface PassHooks {
  /** Called after each chunk with the bytes consumed so far in this pass. */
  onChunk?: (bytes: number) => void;
  signal?: AbortSignal;
  /** Fed every chunk as it arrives, before it is scanned (the whole-file digest). */
  digest?: ByteDigest;
  /** Told, before each chunk is scanned, the byte offset where the next record starts (CsvScanner.recordStart). */
  mark?: (recordStart: number) => void;
}

export function failure(code: IntegrityFailure['error']['code'], file: FileLabel | null, message: string) {
  return { ok: false, error: { code, file, message } } satisfies IntegrityFailure;
}

const LABELS: Record<FileLabel, string> = {
  source: 'source export',
  target: 'target export',
  parent: 'parent export',
  child: 'child export',
};

export function fileTitle(label: FileLabel, name: string): string {
  return name === '' ? `the ${LABELS[label]}` : `the ${LABELS[label]} "${name}"`;
}

/**
 * Streams one file through the scanner into `sink`. Returns null when the file was read to the end (or the
 * sink stopped it: the caller knows why), or the failure. The next chunk is requested before the current one
 * is scanned, so reading (I/O in the browser) overlaps with hashing.
 */
export async function readPass(
  label: FileLabel,
  src: ByteSource,
  options: CsvReadOptions,
  sink: RecordSink,
  hooks: PassHooks,
): Promise<IntegrityFailure | null> {
  const scanner = createCsvScanner(options, sink);
  const it = src.chunks()[Symbol.asyncIterator]();
  let pending: Promise<IteratorResult<Uint8Array>> | null = null;
  let finished = false;
  try {
    pending = it.next();
    for (;;) {
      const r: IteratorResult<Uint8Array> = await pending;
      if (r.done) {
        finished = true;
        break;
      }
      if (hooks.signal?.aborted) return failure('cancelled', label, 'The check was cancelled.');
      pending = it.next();
      hooks.digest?.update(r.value);
      hooks.mark?.(scanner.recordStart());
      scanner.push(r.value);
      hooks.onChunk?.(r.value.length);
      if (scanner.status().kind !== 'reading') break;
    }
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return failure('read-failed', label, `Reading ${fileTitle(label, src.name)} failed: ${why}`);
  } finally {
    if (!finished) {
      // Stop the read-ahead quietly: its outcome no longer matters, and a rejection must not go unhandled.
      pending?.catch(() => undefined);
      await it.return?.().catch(() => undefined);
    }
  }
  scanner.finish();
  const status = scanner.status();
  if (status.kind === 'error' && status.code === 'header') {
    return failure(
      'header',
      label,
      src.name === '' ? status.message : `${status.message} (file "${src.name}")`,
    );
  }
  if (status.kind === 'error') {
    return failure(status.code, label, `${capitalise(fileTitle(label, src.name))}: ${status.message}`);
  }
  if (status.kind === 'done' && !status.headerSeen) {
    return failure(
      'empty-file',
      label,
      `${capitalise(fileTitle(label, src.name))} is empty: a header row naming the columns is required.`,
    );
  }
  return null;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
