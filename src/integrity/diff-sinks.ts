import { addRowHash } from './checksum';
import type { RecordSink } from './csv-bytes';
import type { FileStats, Sampler } from './file-stats';
import { resolveColumn } from './header';
import { FLAG_DUP, FLAG_MATCHED, type KeyTable } from './key-table';
import { hashRow, rowHashOut } from './row-hash';

/** Sinks return false from onRecord when the key table is over budget; `overBudget` tells why they stopped. */
export interface KeyedSink extends RecordSink {
  overBudget: boolean;
}

/** Records seen before the key table is sized for the whole file from their average length. */
const RESERVE_AFTER = 4096;

/**
 * One side of the key diff (source or target, each in its own worker): counts and hashes every row, and
 * records each key with its first row's hash; a key seen again is a duplicate. `fileBytes` (the file's size)
 * lets the table be sized once from the first rows instead of doubling its way up.
 */
export function createSideSink(
  stats: FileStats,
  keyColumn: string,
  fileLabel: string,
  table: KeyTable,
  duplicated: Sampler,
  fileBytes = 0,
): KeyedSink {
  let seen = 0;
  let seenBytes = 0;
  let seenKeyBytes = 0;
  const sink: KeyedSink = {
    overBudget: false,
    onHeader(fields) {
      stats.columns = fields.map((f) => f.trim());
      return resolveColumn(fields, keyColumn, fileLabel);
    },
    onRecord(buf, start, end, key, keyStart, keyEnd, fieldCount, malformed) {
      hashRow(buf, start, end);
      const lo = rowHashOut[0]!;
      const hi = rowHashOut[1]!;
      addRowHash(stats.checksum, lo, hi);
      if (fieldCount !== stats.columns.length) stats.raggedRows++;
      if (malformed) stats.malformedRows++;
      if (seen < RESERVE_AFTER) {
        seen++;
        seenBytes += end - start + 1;
        seenKeyBytes += keyEnd - keyStart;
        if (seen === RESERVE_AFTER && fileBytes > 0) {
          table.reserve(Math.ceil((1.05 * fileBytes * seen) / seenBytes), Math.ceil(seenKeyBytes / seen));
        }
      }
      const e = table.findOrInsert(key, keyStart, keyEnd);
      if (e < 0) {
        sink.overBudget = true;
        return false;
      }
      if (table.inserted) {
        table.rowLo[e] = lo;
        table.rowHi[e] = hi;
      } else if ((table.flags[e]! & FLAG_DUP) === 0) {
        table.flags[e] = table.flags[e]! | FLAG_DUP;
        duplicated.add(key, keyStart, keyEnd);
      }
      return true;
    },
  };
  return sink;
}

export interface DiffSamplers {
  missing: Sampler;
  extra: Sampler;
  changed: Sampler;
}

/**
 * Compares the two sides' tables once both files are read. Each source key is looked up in the target's
 * table (missing, or changed when the first rows' hashes differ) and marks what it finds; the target keys
 * left unmarked are the extra ones. Both walks run in insertion order, so the samples are the first ones in
 * file order: missing and changed in source order, extra in target order.
 */
export function diffTables(source: KeyTable, target: KeyTable, out: DiffSamplers): void {
  const keys = source.arena();
  const tFlags = target.flags;
  for (let e = 0; e < source.size; e++) {
    const from = source.keyStart(e);
    const to = source.keyEnd(e);
    const t = target.find(keys, from, to);
    if (t < 0) out.missing.add(keys, from, to);
    else {
      tFlags[t] = tFlags[t]! | FLAG_MATCHED;
      if (source.rowLo[e] !== target.rowLo[t] || source.rowHi[e] !== target.rowHi[t])
        out.changed.add(keys, from, to);
    }
  }
  const targetKeys = target.arena();
  for (let t = 0; t < target.size; t++)
    if ((tFlags[t]! & FLAG_MATCHED) === 0) out.extra.add(targetKeys, target.keyStart(t), target.keyEnd(t));
}
