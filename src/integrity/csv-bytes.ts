/**
 * Byte values the CSV reader looks at. Every one is <= COMMA, which the fast path relies on. The hot loops
 * import them rather than keep copies: the build inlines them as literals (the worker bundle came out the same
 * byte for byte), and `npm run bench` read the same within its noise.
 */
export const TAB = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SPACE = 0x20;
export const QUOTE = 0x22;
export const COMMA = 0x2c;

export type HashMode = 'normalised' | 'raw';

export interface CsvReadOptions {
  /** 'normalised' hashes field values; 'raw' hashes each record's bytes as exported. */
  mode: HashMode;
  /** Trim spaces and tabs around unquoted fields (never inside quotes). Applies to keys in both modes. */
  trimWhitespace: boolean;
  /** A record longer than this stops the read: usually an unbalanced quote that swallows the file. */
  maxRecordBytes: number;
}

export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;

/**
 * Receives records without allocation: the hash input is buf[start, end) and the key value is
 * key[keyStart, keyEnd). Both views are only valid during the call.
 */
export interface RecordSink {
  /** Gets the decoded header; returns the key column index, or an error message that stops the read. */
  onHeader(fields: readonly string[]): number | string;
  /** Returns false to stop reading (for example when the key memory budget is exhausted). */
  onRecord(
    buf: Uint8Array,
    start: number,
    end: number,
    key: Uint8Array,
    keyStart: number,
    keyEnd: number,
    fieldCount: number,
    malformed: boolean,
  ): boolean;
  /**
   * Optional: takes plain records many at a time instead of through onRecord (the side sink's WebAssembly
   * path, row-kernel.ts). `load` gets each chunk before any `take` of it; `take` has fastWords's contract:
   * it returns where the first record it did not take starts, or -(next + 1) when the sink stopped. It may
   * take records fastWords leaves to the state machine (quoted values whose canonical form is their bytes),
   * with the same hashes.
   */
  bulk?: {
    /** `offset`: where the chunk starts in the file (a byte order mark counted). */
    load(chunk: Uint8Array, offset: number): void;
    take(start: number, keyCol: number, options: CsvReadOptions): number;
  };
}
