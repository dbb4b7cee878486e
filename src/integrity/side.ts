import type { CsvReadOptions } from './csv-bytes';
import { createSideSink } from './diff-sinks';
import { createFileStats, createSampler, toSampledCount, type FileStats } from './file-stats';
import { createKeyTable, type KeyTableSnapshot } from './key-table';
import { createMemoryBudget } from './memory';
import { overBudget } from './pass-context';
import { readPass, type ByteSource, type PassHooks } from './read-pass';
import type { IntegrityFailure, SampledCount } from './types';

/**
 * One file of the key diff, read on its own: the source and the target are independent until both tables
 * exist, so the worker reads them at the same time, one in a second worker (the machine's other core), and
 * diffs the two tables at the end (diffTables). Everything here is plain data so it can cross postMessage.
 */
export interface SideInput {
  label: 'source' | 'target';
  src: ByteSource;
  keyColumn: string;
  options: CsvReadOptions;
  sampleLimit: number;
  /** This side's share of the key memory budget. */
  budgetBytes: number;
}

export interface SideReport {
  ok: true;
  stats: FileStats;
  duplicated: SampledCount;
  table: KeyTableSnapshot;
  peakBytes: number;
}

export type SideOutcome = SideReport | IntegrityFailure;

/** Reads one side in this thread; another worker runs the same function (src/workers/integrity.worker.ts). */
export type SideRunner = (input: SideInput, hooks: PassHooks) => Promise<SideOutcome>;

export async function scanSide(input: SideInput, hooks: PassHooks): Promise<SideOutcome> {
  const budget = createMemoryBudget(input.budgetBytes);
  const table = createKeyTable(budget, true);
  const stats = createFileStats();
  const duplicated = createSampler(input.sampleLimit);
  const label = `${input.label} export`;
  const sink = createSideSink(stats, input.keyColumn, label, table, duplicated, input.src.size);
  const failed = await readPass(input.label, input.src, input.options, sink, hooks);
  if (failed) return failed;
  if (sink.overBudget) return overBudget(input.label, input.src, input.keyColumn, table, budget);
  return {
    ok: true,
    stats,
    duplicated: toSampledCount(duplicated),
    table: table.snapshot(),
    peakBytes: budget.peakBytes,
  };
}

/** The failure to report when a side failed: a real one before 'cancelled' (a side stopped for the other). */
export function firstFailure(outcomes: readonly SideOutcome[]): IntegrityFailure | null {
  const failures = outcomes.filter((o): o is IntegrityFailure => !o.ok);
  return failures.find((f) => f.error.code !== 'cancelled') ?? failures[0] ?? null;
}
