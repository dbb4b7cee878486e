import { createByteDigest } from './byte-digest';
import type { CsvReadOptions } from './csv-bytes';
import { createSideSink } from './diff-sinks';
import { createFileStats, type FileStats } from './file-stats';
import { createKeyLog, logBuffers, type KeyLogData } from './key-log';
import { createMemoryBudget, formatMiB } from './memory';
import { failure, fileTitle, readPass, type ByteSource, type PassHooks } from './read-pass';
import type { RowKernel } from './row-kernel';
import { createSketchSink, sketchBuffers, type SideSketchData } from './sketch-sink';
import type { IntegrityFailure } from './types';

/**
 * One file of the key diff, read on its own: the source and the target are independent until both tables
 * exist, so the worker reads them at the same time, one in a second worker (the machine's other core), and
 * diffs the two key logs at the end (diffKeyLogs). Everything here is plain data so it can cross postMessage.
 */
export interface SideInput {
  label: 'source' | 'target';
  src: ByteSource;
  keyColumn: string;
  options: CsvReadOptions;
  sampleLimit: number;
  /** This side's share of the key memory budget. */
  budgetBytes: number;
  /**
   * 'sketch': the one-pass key diff's table and filters (sketch-sink.ts); 'log' (the default): the key log
   * (key-log.ts), which every input allows.
   */
  method?: KeyDiffMethod;
}

export type KeyDiffMethod = 'sketch' | 'log';

export interface SideReport {
  ok: true;
  stats: FileStats;
  /** Exactly one of the two, as `method` asked. */
  log: KeyLogData | null;
  sketch: SideSketchData | null;
  peakBytes: number;
  /** The WebAssembly fast path read this side's plain records. */
  kernel: boolean;
}

export type SideOutcome = SideReport | IntegrityFailure;

/** Reads one side in this thread; another worker runs the same function (src/integrity/worker/integrity.worker.ts). */
export type SideRunner = (input: SideInput, hooks: PassHooks) => Promise<SideOutcome>;

/** `kernel`: the WebAssembly fast path (row-kernel.ts), when this thread has one; the same result without. */
export async function scanSide(
  input: SideInput,
  hooks: PassHooks,
  kernel: RowKernel | null = null,
): Promise<SideOutcome> {
  const budget = createMemoryBudget(input.budgetBytes);
  const stats = createFileStats();
  const label = `${input.label} export`;
  const sketching = input.method === 'sketch';
  const log = sketching ? null : createKeyLog(budget);
  const sketchSink = log ? null : createSketchSink(stats, input.keyColumn, label, budget, kernel);
  const sink = sketchSink ?? createSideSink(stats, input.keyColumn, label, log!, input.src.size, kernel);
  // The kernel hashes each chunk where it copies it for the scan; hash-wasm (a copy of its own) otherwise.
  const kernelDigest = kernel?.digest() ?? null;
  const digest = kernelDigest ?? (await createByteDigest());
  let failed: IntegrityFailure | null;
  let sketch: SideSketchData | null = null;
  let bytesDigest = '';
  try {
    failed = await readPass(input.label, input.src, input.options, sink, {
      ...hooks,
      digest,
      mark: (offset) => sink.mark(offset),
    });
    if (!failed && sketchSink) sketch = sketchSink.data();
    // Read before the kernel's digest is let go: another side may start one as soon as it is.
    if (!failed) bytesDigest = digest.hex();
  } finally {
    sketchSink?.release();
    kernelDigest?.release();
  }
  if (failed) return failed;
  if (sink.overBudget) {
    const held = log ? log.data.rows : (sketch?.rows ?? 0);
    return failure(
      'memory-limit',
      input.label,
      `Stopped: the keys of column "${input.keyColumn}" in ${fileTitle(input.label, input.src.name)} need more ` +
        `than the ${formatMiB(budget.limitBytes)} set aside for them (${held.toLocaleString('en')} rows ` +
        `held when the limit was reached). Split the exports (for example by key range) and check the parts ` +
        `separately.`,
    );
  }
  stats.bytesDigest = bytesDigest;
  return {
    ok: true,
    stats,
    log: log ? log.data : null,
    sketch,
    peakBytes: budget.peakBytes,
    kernel: kernel !== null,
  };
}

/** The buffers of a side's key structures, to transfer with its outcome. */
export function sideBuffers(report: SideReport): ArrayBuffer[] {
  return [
    ...(report.log ? logBuffers(report.log) : []),
    ...(report.sketch ? sketchBuffers(report.sketch) : []),
  ];
}

/** The failure to report when a side failed: a real one before 'cancelled' (a side stopped for the other). */
export function firstFailure(outcomes: readonly SideOutcome[]): IntegrityFailure | null {
  const failures = outcomes.filter((o): o is IntegrityFailure => !o.ok);
  return failures.find((f) => f.error.code !== 'cancelled') ?? failures[0] ?? null;
}
