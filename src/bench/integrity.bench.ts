/**
 * Micro-benchmark of the CSV export integrity core in Node (the end-to-end Chromium figures come from the
 * lead's Playwright benchmark). Run alone: npx tsx src/bench/integrity.bench.ts
 * It prints figures; it asserts nothing (DESIGN.md: measure with a script, never with a timed test).
 */
import { createXXHash64, xxhash64 } from 'hash-wasm';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { addRowHash, emptyChecksum } from '../integrity/checksum';
import { createCsvScanner } from '../integrity/csv-scanner';
import { DEFAULT_MAX_RECORD_BYTES, type HashMode } from '../integrity/csv-bytes';
import { memorySource } from '../integrity/byte-sources';
import { checkExports } from '../integrity/check-exports';
import { hashRow, rowHashOut } from '../integrity/row-hash';
import { benchKeyMemory } from './integrity-memory';
import { generateCsv, mbPerSecond, perSecond, type BenchData } from './integrity-data';

const ROWS = 1_000_000;
const CHUNK = 64 * 1024;

/**
 * Milliseconds of this process's CPU time (user + system): the bench machine is shared, and wall time there
 * measures the neighbours as much as the code. Wall time is printed once at the end for reference.
 */
function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

function time(fn: () => void): number {
  const c0 = process.cpuUsage();
  fn();
  return cpuMs(c0);
}

/** Best of three, after a warm-up run, so JIT tiers do not decide the figure. */
function best(fn: () => void): number {
  fn();
  return Math.min(time(fn), time(fn), time(fn));
}

async function bestAsync(fn: () => Promise<unknown>): Promise<number> {
  await fn();
  let min = Infinity;
  for (let i = 0; i < 3; i++) {
    const c0 = process.cpuUsage();
    await fn();
    min = Math.min(min, cpuMs(c0));
  }
  return min;
}

async function perRowHashes(data: BenchData): Promise<void> {
  const { bytes, rows, rowStarts } = data;
  let sink = 0;
  const js = best(() => {
    for (let r = 0; r < rows; r++) {
      hashRow(bytes, rowStarts[r]!, rowStarts[r + 1]! - 1);
      sink ^= rowHashOut[0]!;
    }
  });
  console.log(`per-row hash, JS XXH32 with two seeds (chosen): ${perSecond(rows, js)} rows/s`);
  const wasm = await createXXHash64();
  const wasmRows = 200_000;
  const perRow = best(() => {
    for (let r = 0; r < wasmRows; r++) {
      const digest = wasm
        .init()
        .update(bytes.subarray(rowStarts[r], rowStarts[r + 1]! - 1))
        .digest('binary');
      sink ^= digest[0]!;
    }
  });
  console.log(
    `per-row hash, hash-wasm xxh64 init/update/digest per row: ${perSecond(wasmRows, perRow)} rows/s`,
  );
  await xxhash64(bytes);
  const c0 = process.cpuUsage();
  await xxhash64(bytes);
  const bulk = cpuMs(c0);
  console.log(
    `bulk, hash-wasm xxh64 over the whole buffer (one digest, not per row): ${mbPerSecond(bytes.length, bulk)} MB/s`,
  );
  if (sink === 0.5) console.log('unreachable');
}

function checksumOnly(data: BenchData, mode: HashMode): number {
  const acc = emptyChecksum();
  const scanner = createCsvScanner(
    { mode, trimWhitespace: false, maxRecordBytes: DEFAULT_MAX_RECORD_BYTES },
    {
      onHeader: () => 0,
      onRecord(buf, start, end) {
        hashRow(buf, start, end);
        addRowHash(acc, rowHashOut[0]!, rowHashOut[1]!);
        return true;
      },
    },
  );
  for (let pos = 0; pos < data.bytes.length; pos += CHUNK)
    scanner.push(data.bytes.subarray(pos, pos + CHUNK));
  scanner.finish();
  return acc.rows;
}

async function streaming(data: BenchData): Promise<void> {
  const { bytes, rows } = data;
  for (const mode of ['normalised', 'raw'] as const) {
    const ms = best(() => checksumOnly(data, mode));
    console.log(
      `order-independent row checksum (scan + per-row hash + sum, ${mode}, 64 KB chunks): ` +
        `${mbPerSecond(bytes.length, ms)} MB/s, ${perSecond(rows, ms)} rows/s`,
    );
  }
  for (const mode of ['normalised', 'raw'] as const) {
    const ms = await bestAsync(() =>
      checkExports({
        source: memorySource('source.csv', bytes, [CHUNK]),
        target: memorySource('target.csv', bytes, [CHUNK]),
        keyColumn: 'id',
        mode,
      }),
    );
    console.log(
      `full check source+target with key diff (${mode}): ${mbPerSecond(2 * bytes.length, ms)} MB/s ` +
        `over both files, ${perSecond(2 * rows, ms)} rows/s`,
    );
  }
}

export async function runIntegrityBench(): Promise<void> {
  const t0 = performance.now();
  const data = generateCsv(ROWS);
  console.log(
    `integrity bench: ${ROWS.toLocaleString('en')} rows, ${(data.bytes.length / ROWS).toFixed(1)} bytes/row, ` +
      `${(data.bytes.length / (1024 * 1024)).toFixed(1)} MB, generated in ${(performance.now() - t0).toFixed(0)} ms`,
  );
  await perRowHashes(data);
  await streaming(data);
  benchKeyMemory(1_000_000);
  console.log(
    `(rates use process CPU time; the whole bench took ${((performance.now() - t0) / 1000).toFixed(1)} s wall)`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await runIntegrityBench();
}
