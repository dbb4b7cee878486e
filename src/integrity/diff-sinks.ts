import { addRowHash } from './checksum';
import type { RecordSink } from './csv-bytes';
import { countRecord, readHeader, type FileStats } from './file-stats';
import type { KeyLog } from './key-log';
import { rowHashOut } from './row-hash';
import { kernelBulk, ROW_WORDS, type RowKernel, type TakeRows } from './row-kernel';

/** Sinks return false from onRecord when the key table is over budget; `overBudget` tells why they stopped. */
export interface KeyedSink extends RecordSink {
  overBudget: boolean;
}

export interface SideSink extends KeyedSink {
  /** For readPass's `mark` hook: notes where the next row starts, once the header is read. */
  mark(recordStart: number): void;
}

/** Records seen before the key table is sized for the whole file from their average length. */
const RESERVE_AFTER = 4096;

/**
 * One side of the key diff (source or target, each in its own worker): counts and hashes every row, and logs
 * each row's key with the row's hash; matching keys is left to the diff (key-diff.ts). `fileBytes` (the
 * file's size) lets the log be sized once from the first rows instead of doubling its way up.
 */
export function createSideSink(
  stats: FileStats,
  keyColumn: string,
  fileLabel: string,
  log: KeyLog,
  fileBytes = 0,
  kernel: RowKernel | null = null,
): SideSink {
  let seen = 0;
  let seenBytes = 0;
  /** Sizes the log once from the first rows' average length (bytes with the line ending). */
  const sizing = (rowBytes: number) => {
    seen++;
    seenBytes += rowBytes;
    if (seen === RESERVE_AFTER && fileBytes > 0)
      log.reserve(Math.ceil((1.05 * fileBytes * seen) / seenBytes));
  };
  /** The WebAssembly path's rows: the same bookkeeping as onRecord, with the hashes already computed. */
  const takeRows: TakeRows = (words, base, count, start) => {
    const columns = stats.columns.length;
    let from = start;
    for (let r = 0; r < count; r++) {
      const o = base + r * ROW_WORDS;
      const lo = words[o + 2]!;
      addRowHash(stats.checksum, lo, words[o + 3]!);
      if (words[o + 4] !== columns) stats.raggedRows++;
      if (seen < RESERVE_AFTER) sizing(words[o + 5]! - from);
      from = words[o + 5]!;
      if (!log.addHashed(words[o]!, words[o + 1]!, lo)) {
        sink.overBudget = true;
        return false;
      }
    }
    return true;
  };
  const sink: SideSink = {
    overBudget: false,
    mark(recordStart) {
      if (log.data.keyCol >= 0) log.mark(recordStart);
    },
    onHeader(fields) {
      const col = readHeader(stats, fields, keyColumn, fileLabel);
      if (typeof col === 'number') log.data.keyCol = col;
      return col;
    },
    onRecord(buf, start, end, key, keyStart, keyEnd, fieldCount, malformed) {
      countRecord(stats, buf, start, end, fieldCount, malformed);
      if (seen < RESERVE_AFTER) sizing(end - start + 1);
      if (log.add(key, keyStart, keyEnd, rowHashOut[0]!)) return true;
      sink.overBudget = true;
      return false;
    },
  };
  if (kernel !== null) sink.bulk = kernelBulk(kernel, takeRows);
  return sink;
}
