/**
 * Measurement worker for src/bench/browser/integrity.bench.ts (bundled by the bench, never shipped): the baselines
 * and parts of the check, each timed inside the worker so page messaging is not in the figure.
 * - read: File.stream() to the end, nothing else: with the check's own reader (BYOB into reused buffers,
 *   src/integrity/worker/file-chunks.ts), which is the bare read the check is held against, or with the
 *   default reader (a new buffer per chunk), printed for reference;
 * - digest: the check's whole-file checksum (xxh64 of the bytes, in the WebAssembly kernel as a side computes
 *   it), updated with each chunk as the check's reader hands it over, the next read already requested;
 * - checksum: the production read loop (readPass: read-ahead overlapping the scan) with a checksum-only sink;
 * - keydiff: the check's parts on one core, timed apart: each side (scan, hash, digest, key log, with the
 *   WebAssembly kernel as the check reads), then the diff;
 * - rows: the per-row hash and sum over rows already in memory, and the scanner over a buffer in memory, by the
 *   JavaScript path and by the WebAssembly kernel.
 */
import { createByteDigest } from '../../integrity/byte-digest';
import { addRowHash, emptyChecksum } from '../../integrity/checksum';
import { DEFAULT_MAX_RECORD_BYTES, type HashMode, type RecordSink } from '../../integrity/csv-bytes';
import { createCsvScanner } from '../../integrity/csv-scanner';
import { diffKeyLogs } from '../../integrity/key-diff';
import { nameSamples } from '../../integrity/key-samples';
import { readPass, type ByteSource } from '../../integrity/read-pass';
import { scanSide, type SideOutcome } from '../../integrity/side';
import { hashRow, rowHashOut } from '../../integrity/row-hash';
import { generateCsv } from '../integrity-data';
import { instantiateRowKernel, type RowKernel } from '../../integrity/row-kernel';
import rowKernelUrl from '../../integrity/wasm/build/row-kernel.wasm?url';
import { fileChunks, fileSource } from '../../integrity/worker/file-chunks';
import type { ProbeReply, ProbeRequest } from './integrity-probe-protocol';

/**
 * The check's WebAssembly fast path, which the probes that stand for it use: loading starts as the worker
 * starts, as src/integrity/worker/integrity.worker.ts starts its own (kernelReady).
 */
const kernelLoading = fetch(rowKernelUrl)
  .then((response) => response.arrayBuffer())
  .then((bytes) => instantiateRowKernel(bytes));

async function loadKernel(): Promise<RowKernel> {
  const kernel = await kernelLoading;
  if (kernel === null) throw new Error('the WebAssembly row kernel did not load');
  return kernel;
}

const post = (message: ProbeReply | { error: string }) => postMessage(message);

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

/** As readPass reads: the next chunk is requested before this one is hashed, so the read runs meanwhile. */
async function digestOnly(files: File[]): Promise<ProbeReply> {
  const t0 = performance.now();
  let bytes = 0;
  let chunks = 0;
  let hashMs = 0;
  const kernel = await loadKernel();
  for (const file of files) {
    // As the check computes it: in the kernel, where each chunk is copied in (hash-wasm where there is none).
    const fused = kernel.digest();
    const digest = fused ?? (await createByteDigest());
    const it = fileChunks(file)[Symbol.asyncIterator]();
    let pending = it.next();
    for (;;) {
      const r = await pending;
      if (r.done) break;
      pending = it.next();
      const h0 = performance.now();
      digest.update(r.value);
      hashMs += performance.now() - h0;
      bytes += r.value.length;
      chunks++;
    }
    if (digest.hex().length !== 16) throw new Error('no digest');
    fused?.release();
  }
  return { ms: performance.now() - t0, bytes, rows: 0, chunks, hashMs };
}

async function keyDiffParts(files: File[]): Promise<ProbeReply> {
  const options = {
    mode: 'normalised' as const,
    trimWhitespace: false,
    maxRecordBytes: DEFAULT_MAX_RECORD_BYTES,
  };
  const parts: number[] = [];
  const outcomes: SideOutcome[] = [];
  const srcs: ByteSource[] = [];
  const t0 = performance.now();
  for (const [i, file] of files.entries()) {
    const t = performance.now();
    const src = fileSource(file);
    srcs.push(src);
    const label = i === 0 ? 'source' : 'target';
    const side = {
      label,
      src,
      keyColumn: 'id',
      options,
      sampleLimit: 20,
      budgetBytes: 384 * 1024 * 1024,
    } as const;
    outcomes.push(await scanSide(side, {}, await loadKernel()));
    parts.push(performance.now() - t);
  }
  const [s, t] = outcomes;
  if (!s?.ok || !t?.ok) throw new Error('a side failed');
  const td = performance.now();
  const sides = { source: { src: srcs[0]!, log: s.log! }, target: { src: srcs[1]!, log: t.log! } };
  const d = await nameSamples(diffKeyLogs(s.log!, t.log!, 20), sides, options);
  parts.push(performance.now() - td);
  if (d.distinctSourceKeys === 0) throw new Error('no keys');
  const rows = s.log!.rows + t.log!.rows;
  return { ms: performance.now() - t0, bytes: s.stats.checksum.rows, rows, chunks: 0, parts };
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
    const src = fileSource(file);
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

async function inMemory(count: number): Promise<ProbeReply> {
  const kernel = await loadKernel();
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
  const kernelSum = emptyChecksum();
  const kernelAll = () => {
    const sink: RecordSink = {
      ...checksumSink(() => undefined),
      bulk: {
        load: (chunk) => kernel.load(chunk),
        take: (start, keyCol) =>
          kernel.scan(start, keyCol, { trim: false, raw: false }, (words, base, n) => {
            for (let r = 0; r < n; r++)
              addRowHash(kernelSum, words[base + r * 6 + 2]!, words[base + r * 6 + 3]!);
            return true;
          }),
      },
    };
    const scanner = createCsvScanner(
      { mode: 'normalised', trimWhitespace: false, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES },
      sink,
    );
    for (let pos = 0; pos < data.bytes.length; pos += 65536)
      scanner.push(data.bytes.subarray(pos, pos + 65536));
    scanner.finish();
    if (kernelSum.rows === 0) throw new Error('the kernel took no rows');
  };
  const ms = best(hashAll);
  const scanMs = best(scanAll);
  const kernelMs = best(kernelAll);
  return { ms, bytes: data.bytes.length, rows: data.rows, chunks: 0, scanMs, kernelMs };
}

addEventListener('message', (event: MessageEvent<ProbeRequest>) => {
  const req = event.data;
  const run = async (): Promise<ProbeReply> => {
    if (req.op === 'read') return bareRead(req.files, req.reader);
    if (req.op === 'checksum') return checksumOnly(req.files, req.mode);
    if (req.op === 'digest') return digestOnly(req.files);
    if (req.op === 'keydiff') return keyDiffParts(req.files);
    return inMemory(req.rows);
  };
  run().then(
    (reply) => post(reply),
    (err: unknown) => post({ error: err instanceof Error ? err.message : String(err) }),
  );
});
