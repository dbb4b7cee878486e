import { addRowHash, emptyChecksum, formatChecksum, type RowChecksum } from './checksum';
import { resolveColumn } from './header';
import { hashRow, rowHashOut } from './row-hash';
import type { FileLabel, FileReport, SampledCount } from './types';

/** What every pass counts for its file, whatever else it does with the rows. */
export interface FileStats {
  columns: string[];
  checksum: RowChecksum;
  raggedRows: number;
  malformedRows: number;
  /** The whole-file digest (byte-digest.ts), set when the pass has read the file to the end. */
  bytesDigest: string;
}

export function createFileStats(): FileStats {
  return { columns: [], checksum: emptyChecksum(), raggedRows: 0, malformedRows: 0, bytesDigest: '' };
}

/** The header row: keeps the file's column names, and finds `column` in it (or says why it cannot). */
export function readHeader(
  stats: FileStats,
  fields: readonly string[],
  column: string,
  fileLabel: string,
): number | string {
  stats.columns = fields.map((f) => f.trim());
  return resolveColumn(fields, column, fileLabel);
}

/**
 * What every pass counts for a row the JavaScript path read: its hash into the file's checksum, and whether
 * it is ragged or malformed. The row's hash stays in rowHashOut for the caller.
 */
export function countRecord(
  stats: FileStats,
  buf: Uint8Array,
  start: number,
  end: number,
  fieldCount: number,
  malformed: boolean,
): void {
  hashRow(buf, start, end);
  addRowHash(stats.checksum, rowHashOut[0]!, rowHashOut[1]!);
  if (fieldCount !== stats.columns.length) stats.raggedRows++;
  if (malformed) stats.malformedRows++;
}

export function toFileReport(label: FileLabel, name: string, bytes: number, stats: FileStats): FileReport {
  return {
    label,
    name,
    bytes,
    columns: stats.columns,
    rows: stats.checksum.rows,
    checksum: formatChecksum(stats.checksum),
    raggedRows: stats.raggedRows,
    malformedRows: stats.malformedRows,
    bytesDigest: stats.bytesDigest,
  };
}

const decoder = new TextDecoder();
const MAX_SAMPLE_CHARS = 200;

/** Keeps a count and the first `limit` values; decoding happens only for the values kept. */
export interface Sampler extends SampledCount {
  add(bytes: Uint8Array, start: number, end: number): void;
}

export function createSampler(limit: number, distinct = false): Sampler {
  const seen = new Set<string>();
  const sampler: Sampler = {
    count: 0,
    samples: [],
    add(bytes, start, end) {
      sampler.count++;
      if (sampler.samples.length >= limit) return;
      const text = decoder.decode(bytes.subarray(start, end)).slice(0, MAX_SAMPLE_CHARS);
      if (distinct) {
        if (seen.has(text)) return;
        seen.add(text);
      }
      sampler.samples.push(text);
    },
  };
  return sampler;
}

export function toSampledCount(s: Sampler): SampledCount {
  return { count: s.count, samples: s.samples };
}
