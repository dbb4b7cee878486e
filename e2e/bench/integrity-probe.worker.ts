/**
 * Measurement worker for e2e/bench/integrity.bench.ts (bundled by the bench, never shipped): the baselines
 * and parts of the check, each timed inside the worker so page messaging is not in the figure.
 * - read: File.stream() to the end, nothing else: with the check's own reader (BYOB into reused buffers,
 *   src/workers/integrity-file-chunks.ts), which is the bare read the check is held against, or with the
 *   default reader (a new buffer per chunk), printed for reference;
 * - checksum: the production read loop (readPass: read-ahead overlapping the scan) with a checksum-only sink;
 * - rows: the per-row hash and sum over rows already in memory, and the scanner over a buffer in memory.
 */
import { addRowHash, emptyChecksum } from '../../src/integrity/checksum';
import { DEFAULT_MAX_RECORD_BYTES, type HashMode, type RecordSink } from '../../src/integrity/csv-bytes';
import { createCsvScanner } from '../../src/integrity/csv-scanner';
import { readPass, type ByteSource } from '../../src/integrity/read-pass';
import { hashRow, rowHashOut } from '../../src/integrity/row-hash';
import { generateCsv } from '../../src/bench/integrity-data';
import { fileChunks } from '../../src/workers/integrity-file-chunks';

export type ProbeRequest =
  | { op: 'read'; files: File[]; reader: 'byob' | 'default' }
  | { op: 'checksum'; files: File[]; mode: HashMode }
  | { op: 'rows'; rows: number };

export interface ProbeReply {
  ms: number;
  bytes: number;
  rows: number;
  chunks: number;
  /** For 'rows': the scanner + hash + sum over the same rows in one buffer (64 KB pushes). */
  scanMs?: number;
}

interface WorkerScope {
  postMessage(message: ProbeReply | { error: string }): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ProbeRequest>) => void): void;
}
const scope = self as unknown as WorkerScope;

async function bareRead(files: File[], kind: 'byob' | 'default'): Promise<ProbeReply> {
  const t0 = performance.now();
  let bytes = 0;
  let chunks = 0;
  for (const file of files) {
    if (kind === 'byob') {
      for await (const chunk of fileChunks(file)) {
        bytes += chunk.length;
        chunks++;
      }
      continue;
    }
    const reader = file.stream().getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      bytes += value.length;
      chunks++;
    }
  }
  return { ms: performance.now() - t0, bytes, rows: 0, chunks };
}

function checksumSink(onRow: () => void): RecordSink {
  const acc = emptyChecksum();
  return {
    onHeader: () => 0,
    onRecord(buf, start, end) {
      hashRow(buf, start, end);
      addRowHash(acc, rowHashOut[0]!, rowHashOut[1]!);
      onRow();
      return true;
    },
  };
}

async function checksumOnly(files: File[], mode: HashMode): Promise<ProbeReply> {
  const options = { mode, trimWhitespace: false, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES };
  let rows = 0;
  let chunks = 0;
  let bytes = 0;
  const t0 = performance.now();
  for (const file of files) {
    const src: ByteSource = {
      name: file.name,
      size: file.size,
      chunks: () => fileChunks(file),
    };
    const failed = await readPass(
      'source',
      src,
      options,
      checksumSink(() => rows++),
      {
        onChunk: (n) => {
          bytes += n;
          chunks++;
        },
      },
    );
    if (failed) throw new Error(failed.error.message);
  }
  return { ms: performance.now() - t0, bytes, rows, chunks };
}

function inMemory(count: number): ProbeReply {
  const data = generateCsv(count);
  const acc = emptyChecksum();
  const hashAll = () => {
    for (let r = 0; r < data.rows; r++) {
      hashRow(data.bytes, data.rowStarts[r]!, data.rowStarts[r + 1]! - 1);
      addRowHash(acc, rowHashOut[0]!, rowHashOut[1]!);
    }
  };
  const scanAll = () => {
    const scanner = createCsvScanner(
      { mode: 'normalised', trimWhitespace: false, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES },
      checksumSink(() => undefined),
    );
    for (let pos = 0; pos < data.bytes.length; pos += 65536)
      scanner.push(data.bytes.subarray(pos, pos + 65536));
    scanner.finish();
  };
  // Best of three after a warm-up, so JIT tiers do not decide the figure.
  const best = (fn: () => void) => {
    fn();
    let min = Infinity;
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      fn();
      min = Math.min(min, performance.now() - t0);
    }
    return min;
  };
  const ms = best(hashAll);
  const scanMs = best(scanAll);
  return { ms, bytes: data.bytes.length, rows: data.rows, chunks: 0, scanMs };
}

scope.addEventListener('message', (event) => {
  const req = event.data;
  const run = async (): Promise<ProbeReply> => {
    if (req.op === 'read') return bareRead(req.files, req.reader);
    if (req.op === 'checksum') return checksumOnly(req.files, req.mode);
    return inMemory(req.rows);
  };
  run().then(
    (reply) => scope.postMessage(reply),
    (err: unknown) => scope.postMessage({ error: err instanceof Error ? err.message : String(err) }),
  );
});
