import { addRowHash } from './checksum';
import type { RecordSink } from './csv-bytes';
import type { KeyedSink } from './diff-sinks';
import type { FileStats, Sampler } from './file-stats';
import { resolveColumn } from './header';
import type { KeyTable } from './key-table';
import { hashRow, rowHashOut } from './row-hash';
import { kernelBulk, ROW_WORDS, type RowKernel } from './row-kernel';

function countRow(
  stats: FileStats,
  buf: Uint8Array,
  start: number,
  end: number,
  fields: number,
  bad: boolean,
) {
  hashRow(buf, start, end);
  addRowHash(stats.checksum, rowHashOut[0]!, rowHashOut[1]!);
  if (fields !== stats.columns.length) stats.raggedRows++;
  if (bad) stats.malformedRows++;
}

/** The kernel's rows: what countRow does, from the hashes and the field count it computed. */
function countKernelRow(stats: FileStats, words: Uint32Array, o: number): void {
  addRowHash(stats.checksum, words[o + 2]!, words[o + 3]!);
  if (words[o + 4] !== stats.columns.length) stats.raggedRows++;
}

export function createParentSink(
  stats: FileStats,
  keyColumn: string,
  table: KeyTable,
  kernel: RowKernel | null = null,
): KeyedSink {
  const sink: KeyedSink = {
    overBudget: false,
    onHeader(fields) {
      stats.columns = fields.map((f) => f.trim());
      return resolveColumn(fields, keyColumn, 'parent export');
    },
    onRecord(buf, start, end, key, keyStart, keyEnd, fieldCount, malformed) {
      countRow(stats, buf, start, end, fieldCount, malformed);
      if (table.findOrInsert(key, keyStart, keyEnd) >= 0) return true;
      sink.overBudget = true;
      return false;
    },
  };
  if (kernel !== null)
    sink.bulk = kernelBulk(kernel, (words, base, count, _start, chunk) => {
      for (let r = 0; r < count; r++) {
        const o = base + r * ROW_WORDS;
        countKernelRow(stats, words, o);
        if (table.findOrInsert(chunk, words[o + 6]!, words[o + 7]!) < 0) {
          sink.overBudget = true;
          return false;
        }
      }
      return true;
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
  const foreignKey = (key: Uint8Array, start: number, end: number) => {
    if (isNullMarker(key, start, end)) counts.nullForeignKeys++;
    else if (parentKeys.find(key, start, end) < 0) orphans.add(key, start, end);
  };
  const sink: RecordSink = {
    onHeader(fields) {
      stats.columns = fields.map((f) => f.trim());
      return resolveColumn(fields, fkColumn, 'child export');
    },
    onRecord(buf, start, end, key, keyStart, keyEnd, fieldCount, malformed) {
      countRow(stats, buf, start, end, fieldCount, malformed);
      foreignKey(key, keyStart, keyEnd);
      return true;
    },
  };
  if (kernel !== null)
    sink.bulk = kernelBulk(kernel, (words, base, count, _start, chunk) => {
      for (let r = 0; r < count; r++) {
        const o = base + r * ROW_WORDS;
        countKernelRow(stats, words, o);
        foreignKey(chunk, words[o + 6]!, words[o + 7]!);
      }
      return true;
    });
  return sink;
}
