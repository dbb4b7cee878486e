import type { CsvReadOptions, RecordSink } from './csv-bytes';
import type { FileStats } from './file-stats';
import type { KeyTable } from './key-table';
import { formatMiB, type MemoryBudget } from './memory';
import { failure, fileTitle, type ByteSource } from './read-pass';
import type { RowKernel } from './row-kernel';
import type { FileLabel, IntegrityFailure } from './types';

/** What each pass of one check shares: read options, the key memory budget, and progress over all files. */
export interface PassContext {
  options: CsvReadOptions;
  budget: MemoryBudget;
  sampleLimit: number;
  /** The WebAssembly fast path for plain records, when the thread has one (row-kernel.ts). */
  kernel: RowKernel | null;
  /** Wraps readPass so that progress runs over all files of the check; sets the file's digest in `stats`. */
  read: (
    label: FileLabel,
    src: ByteSource,
    sink: RecordSink,
    stats: FileStats,
  ) => Promise<IntegrityFailure | null>;
}

export function overBudget(
  label: FileLabel,
  src: ByteSource,
  column: string,
  table: KeyTable,
  budget: MemoryBudget,
) {
  return failure(
    'memory-limit',
    label,
    `Stopped: the distinct values of column "${column}" in ${fileTitle(label, src.name)} need more than the ` +
      `${formatMiB(budget.limitBytes)} set aside for keys (${table.size.toLocaleString('en')} keys held when the ` +
      `limit was reached). Split the exports (for example by key range) and check the parts separately.`,
  );
}
