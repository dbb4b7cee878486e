import { addRowHash } from './checksum';
import type { RecordSink } from './csv-bytes';
import type { FileStats, Sampler } from './file-stats';
import { resolveColumn } from './header';
import { FLAG_SOURCE, FLAG_SOURCE_DUP, FLAG_TARGET, FLAG_TARGET_DUP, type KeyTable } from './key-table';
import { hashRow, rowHashOut } from './row-hash';

/** Sinks return false from onRecord when the key table is over budget; `overBudget` tells why they stopped. */
export interface KeyedSink extends RecordSink {
  overBudget: boolean;
}

function headerHandler(stats: FileStats, column: string, fileLabel: string) {
  return (fields: readonly string[]): number | string => {
    stats.columns = fields.map((f) => f.trim());
    return resolveColumn(fields, column, fileLabel);
  };
}

/** Records seen before the key table is sized for the whole file from their average length. */
const RESERVE_AFTER = 4096;

/**
 * Counts, hashes, and records each source key with its first row hash. `fileBytes` (the source's size) lets
 * the table be sized once from the first rows instead of doubling its way up.
 */
export function createSourceSink(
  stats: FileStats,
  keyColumn: string,
  table: KeyTable,
  duplicated: Sampler,
  fileBytes = 0,
): KeyedSink {
  let seen = 0;
  let seenBytes = 0;
  let seenKeyBytes = 0;
  const sink: KeyedSink = {
    overBudget: false,
    onHeader: headerHandler(stats, keyColumn, 'source export'),
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
        table.flags[e] = FLAG_SOURCE;
        table.rowLo[e] = lo;
        table.rowHi[e] = hi;
      } else if ((table.flags[e]! & FLAG_SOURCE_DUP) === 0) {
        table.flags[e] = table.flags[e]! | FLAG_SOURCE_DUP;
        duplicated.add(key, keyStart, keyEnd);
      }
      return true;
    },
  };
  return sink;
}

export interface TargetSamplers {
  extra: Sampler;
  changed: Sampler;
  duplicated: Sampler;
}

/** Matches each target key against the source's; target-only keys are added so their duplicates are seen. */
export function createTargetSink(
  stats: FileStats,
  keyColumn: string,
  table: KeyTable,
  out: TargetSamplers,
): KeyedSink {
  const sink: KeyedSink = {
    overBudget: false,
    onHeader: headerHandler(stats, keyColumn, 'target export'),
    onRecord(buf, start, end, key, keyStart, keyEnd, fieldCount, malformed) {
      hashRow(buf, start, end);
      const lo = rowHashOut[0]!;
      const hi = rowHashOut[1]!;
      addRowHash(stats.checksum, lo, hi);
      if (fieldCount !== stats.columns.length) stats.raggedRows++;
      if (malformed) stats.malformedRows++;
      const e = table.findOrInsert(key, keyStart, keyEnd);
      if (e < 0) {
        sink.overBudget = true;
        return false;
      }
      const f = table.flags[e]!;
      if (table.inserted) {
        table.flags[e] = FLAG_TARGET;
        out.extra.add(key, keyStart, keyEnd);
      } else if ((f & FLAG_TARGET) !== 0) {
        if ((f & FLAG_TARGET_DUP) === 0) {
          table.flags[e] = f | FLAG_TARGET_DUP;
          out.duplicated.add(key, keyStart, keyEnd);
        }
      } else {
        table.flags[e] = f | FLAG_TARGET;
        if (table.rowLo[e] !== lo || table.rowHi[e] !== hi) out.changed.add(key, keyStart, keyEnd);
      }
      return true;
    },
  };
  return sink;
}

/** After both passes: source keys the target never had, in source order. */
export function collectMissing(table: KeyTable, missing: Sampler): void {
  for (let e = 0; e < table.size; e++) {
    const f = table.flags[e]!;
    if ((f & FLAG_SOURCE) !== 0 && (f & FLAG_TARGET) === 0) {
      const key = table.keyBytes(e);
      missing.add(key, 0, key.length);
    }
  }
}
