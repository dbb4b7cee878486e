import { addRowHash } from './checksum';
import type { RecordSink } from './csv-bytes';
import type { KeyedSink } from './diff-sinks';
import { countRecord, readHeader, type FileStats, type Sampler } from './file-stats';
import type { KeyTable } from './key-table';
import { kernelBulk, ROW_WORDS, type RowKernel } from './row-kernel';

/** The kernel's rows: what countRecord does, from the hashes and the field count it computed. */
function countKernelRow(stats: FileStats, words: Uint32Array, o: number): void {
  addRowHash(stats.checksum, words[o + 2]!, words[o + 3]!);
  if (words[o + 4] !== stats.columns.length) stats.raggedRows++;
}

/**
 * What both sides of the referential check do with a row, from the JavaScript path or the kernel's batch:
 * count it, and hand its key (bytes [start, end) of `key`) to `onKey`, which returns false to stop the read.
 */
function countingSink(
  stats: FileStats,
  column: string,
  fileLabel: string,
  kernel: RowKernel | null,
  onKey: (key: Uint8Array, start: number, end: number) => boolean,
): KeyedSink {
  const sink: KeyedSink = {
    overBudget: false,
    onHeader: (fields) => readHeader(stats, fields, column, fileLabel),
    onRecord(buf, start, end, key, keyStart, keyEnd, fieldCount, malformed) {
      countRecord(stats, buf, start, end, fieldCount, malformed);
      return onKey(key, keyStart, keyEnd);
    },
  };
  if (kernel !== null)
    sink.bulk = kernelBulk(kernel, (words, base, count, _start, chunk) => {
      for (let r = 0; r < count; r++) {
        const o = base + r * ROW_WORDS;
        countKernelRow(stats, words, o);
        if (!onKey(chunk, words[o + 6]!, words[o + 7]!)) return false;
      }
      return true;
    });
  return sink;
}

export function createParentSink(
  stats: FileStats,
  keyColumn: string,
  table: KeyTable,
  kernel: RowKernel | null = null,
): KeyedSink {
  const sink = countingSink(stats, keyColumn, 'parent export', kernel, (key, start, end) => {
    if (table.findOrInsert(key, start, end) >= 0) return true;
    sink.overBudget = true;
    return false;
  });
  return sink;
}

/**
 * An empty foreign key, NULL in any letter case, or \N (MySQL and PostgreSQL text exports) means "no parent":
 * a nullable foreign key holding NULL satisfies the constraint, so it must not be reported as an orphan.
 */
export function isNullMarker(key: Uint8Array, start: number, end: number): boolean {
  const len = end - start;
  if (len === 0) return true;
  if (len === 2) return key[start] === 0x5c && key[start + 1] === 0x4e;
  if (len !== 4) return false;
  const word = String.fromCharCode(key[start]!, key[start + 1]!, key[start + 2]!, key[start + 3]!);
  return word.toUpperCase() === 'NULL';
}

export interface ChildCounts {
  nullForeignKeys: number;
}

export function createChildSink(
  stats: FileStats,
  fkColumn: string,
  parentKeys: KeyTable,
  orphans: Sampler,
  counts: ChildCounts,
  kernel: RowKernel | null = null,
): RecordSink {
  return countingSink(stats, fkColumn, 'child export', kernel, (key, start, end) => {
    if (isNullMarker(key, start, end)) counts.nullForeignKeys++;
    else if (parentKeys.find(key, start, end) < 0) orphans.add(key, start, end);
    return true;
  });
}
