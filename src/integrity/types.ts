import type { HashMode } from './csv-bytes';

export type FileLabel = 'source' | 'target' | 'parent' | 'child';

/** A count with the first few keys (or values) that make it up, in file order. */
export interface SampledCount {
  count: number;
  samples: string[];
}

export interface FileReport {
  label: FileLabel;
  name: string;
  bytes: number;
  columns: string[];
  rows: number;
  /** Order-independent checksum: 16 hex digits of the sum of row hashes mod 2^64, ":" and the row count. */
  checksum: string;
  /** Rows whose field count differs from the header's (still hashed and counted). */
  raggedRows: number;
  /** Rows with a stray byte after a closing quote or an unterminated quote (kept as read, and counted). */
  malformedRows: number;
  /** xxh64 of the file's bytes as exported (16 hex digits): equal digests mean byte-identical files. */
  bytesDigest: string;
}

/**
 * Key-level difference. Keys are compared as normalised values. A key seen more than once on a side is
 * reported under duplicated*; its first row is the one compared for "changed".
 */
export interface KeyDiff {
  keyColumn: string;
  distinctSourceKeys: number;
  missingInTarget: SampledCount;
  extraInTarget: SampledCount;
  changed: SampledCount;
  duplicatedInSource: SampledCount;
  duplicatedInTarget: SampledCount;
}

/** Orphans are counted per child row; samples are distinct values. Empty or NULL foreign keys are no orphans. */
export interface ReferentialReport {
  parentKeyColumn: string;
  childForeignKeyColumn: string;
  parent: FileReport;
  child: FileReport;
  nullForeignKeys: number;
  orphans: SampledCount;
}

export interface IntegrityReport {
  ok: true;
  mode: HashMode;
  trimWhitespace: boolean;
  /** The normalisation text to show next to the result. */
  normalisation: string;
  source: FileReport;
  target: FileReport;
  rowCountMatch: boolean;
  checksumMatch: boolean;
  headerMatch: boolean;
  /** Source and target are byte for byte the same (same size and whole-file digest). */
  identicalBytes: boolean;
  keyDiff: KeyDiff;
  referential: ReferentialReport | null;
  /**
   * What read the plain records of the source and the target: the WebAssembly fast path (row-kernel.ts) or the
   * JavaScript one, where WebAssembly SIMD is missing ('both': one side each). The result is the same either
   * way; it tells why a check ran slower.
   */
  rowsReadBy: 'webassembly' | 'javascript' | 'both';
  /**
   * How the key diff ran: 'one-pass' (an export in key order let the check do without the per-row key log,
   * sketch-diff.ts), 'key-log' (neither export starts in key order), or 'key-log-second-pass' (the one pass
   * could not tell, so both files were read again with the key log). The findings are the same either way;
   * `keyDiffNote` says how and why, as the end of a sentence starting "Key diff" (the result view shows it).
   */
  keyDiffBy: 'one-pass' | 'key-log' | 'key-log-second-pass';
  keyDiffNote: string;
  /** Peak bytes held for keys, against the budget. */
  keyMemoryPeakBytes: number;
  keyMemoryBudgetBytes: number;
}

export type IntegrityErrorCode =
  | 'bad-input'
  | 'empty-file'
  | 'header'
  | 'record-too-long'
  | 'memory-limit'
  | 'cancelled'
  | 'read-failed'
  | 'internal';

export interface IntegrityFailure {
  ok: false;
  error: { code: IntegrityErrorCode; file: FileLabel | null; message: string };
}

export type IntegrityResult = IntegrityReport | IntegrityFailure;
