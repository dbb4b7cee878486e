import { pushBytes } from './byte-buffer';
import { CR, LF, type CsvReadOptions, type RecordSink } from './csv-bytes';
import { fastWords, wordView } from './csv-fast-words';
import {
  FIELD_START,
  createRecordState,
  endRecord,
  resetRecord,
  scanRecord,
  type RecordState,
} from './csv-record-state';

/*
 * Streaming CSV reader (RFC 4180, plus LF and lone-CR line endings and an optional UTF-8 BOM), fed chunk by
 * chunk; it keeps only the record in progress, never the file.
 *
 * Why hand-written rather than a library: no streaming CSV parser is installed (papaparse and csv-parse are
 * not available here), and the ones that exist decode to JS strings per field, which is the cost this check
 * must avoid: at ~70 bytes a row, allocating 7 strings per row would not reach 3M rows/s. Working on bytes
 * also gives exact control of what is hashed (see normalisation.ts). It is kept small, with one state machine
 * (csv-record-state.ts) as the reference, and property-tested against chunking and a naive parser.
 */

export type ScanStatus =
  | { kind: 'reading' }
  | { kind: 'stopped' }
  | { kind: 'done'; headerSeen: boolean }
  | { kind: 'error'; code: 'header' | 'record-too-long'; message: string };

export interface CsvScanner {
  push(chunk: Uint8Array): void;
  finish(): void;
  status(): ScanStatus;
  /**
   * Between pushes: the byte offset (from the first byte pushed) where the next record to be emitted starts,
   * or where the next push starts when no record is in progress. The key diff notes it to read samples back.
   */
  recordStart(): number;
}

const BOM = [0xef, 0xbb, 0xbf] as const;

interface ScannerState {
  readonly rec: RecordState;
  readonly sink: RecordSink;
  readonly options: CsvReadOptions;
  reading: boolean;
  status: ScanStatus;
  headerSeen: boolean;
  inRecord: boolean;
  skipLF: boolean;
  bomBytes: number[] | null;
  /** Bytes fed before the chunk being fed (a BOM counts: offsets are the file's). */
  fed: number;
  /** Offset of the record in progress, when there is one. */
  recStart: number;
}

function fail(st: ScannerState, code: 'header' | 'record-too-long', message: string): void {
  st.status = { kind: 'error', code, message };
  st.reading = false;
}

function emit(st: ScannerState): void {
  const s = st.rec;
  st.inRecord = false;
  if (s.fieldIndex === 0 && s.st === FIELD_START && s.consumed <= 1) return; // a blank line is no record
  endRecord(s);
  if (!st.headerSeen) {
    st.headerSeen = true;
    const answer = st.sink.onHeader(s.fields);
    if (typeof answer === 'string') return fail(st, 'header', answer);
    s.keyCol = answer;
    s.kind = st.options.mode === 'raw' ? 'raw' : 'canonical';
    return;
  }
  if (
    !st.sink.onRecord(s.out.bytes, 0, s.out.length, s.key.bytes, 0, s.key.length, s.fieldIndex, s.malformed)
  ) {
    st.status = { kind: 'stopped' };
    st.reading = false;
  }
}

/** Continues the slow path at chunk[pos]; returns where the next record starts, or chunk.length. */
function slow(st: ScannerState, chunk: Uint8Array, pos: number): number {
  const s = st.rec;
  if (!st.inRecord) {
    resetRecord(s);
    st.inRecord = true;
    st.recStart = st.fed + pos;
  }
  const end = scanRecord(s, chunk, pos);
  if (s.kind === 'raw') pushBytes(s.out, chunk, pos, end < 0 ? chunk.length : end);
  if (s.consumed > st.options.maxRecordBytes) {
    fail(
      st,
      'record-too-long',
      `A record is longer than ${st.options.maxRecordBytes} bytes; an unbalanced quote (") probably runs to the end of the file.`,
    );
    return chunk.length;
  }
  if (end < 0) return chunk.length;
  st.skipLF = chunk[end] === CR;
  emit(st);
  return end + 1;
}

function feed(st: ScannerState, chunk: Uint8Array): void {
  feedFrom(st, chunk);
  st.fed += chunk.length;
}

function feedFrom(st: ScannerState, chunk: Uint8Array): void {
  let pos = 0;
  const len = chunk.length;
  const trim = st.options.trimWhitespace;
  const bulk = st.sink.bulk;
  // With a bulk sink the word path is not needed: the sink's own fast path reads the plain records.
  const words = bulk === undefined ? wordView(chunk) : null;
  bulk?.load(chunk, st.fed);
  while (pos < len && st.reading) {
    if (st.skipLF) {
      st.skipLF = false;
      if (chunk[pos] === LF) {
        pos++;
        continue;
      }
    }
    const fastest =
      st.inRecord || !st.headerSeen
        ? null
        : bulk !== undefined
          ? bulk.take(pos, st.rec.keyCol, st.options)
          : words !== null
            ? fastWords(chunk, words, pos, st.rec.keyCol, trim, st.sink)
            : null;
    if (fastest !== null) {
      const next = fastest;
      if (next < 0) {
        st.status = { kind: 'stopped' };
        st.reading = false;
        return;
      }
      // Where it stopped, the record is not plain (or not whole): the state machine takes it.
      pos = next;
      if (pos >= len) return;
    }
    pos = slow(st, chunk, pos);
  }
}

/** Holds back the first bytes until it is known whether they are a BOM, which may arrive split. */
function push(st: ScannerState, chunk: Uint8Array): void {
  if (!st.reading) return;
  let rest = chunk;
  if (st.bomBytes !== null) {
    const held = st.bomBytes;
    const take = Math.min(3 - held.length, rest.length);
    for (let i = 0; i < take; i++) held.push(rest[i]!);
    rest = rest.subarray(take);
    if (held.length < 3) return;
    st.bomBytes = null;
    if (!held.every((b, i) => b === BOM[i])) feed(st, Uint8Array.from(held));
    else st.fed += 3;
  }
  feed(st, rest);
}

function finish(st: ScannerState): void {
  if (st.bomBytes !== null) {
    const held = st.bomBytes;
    st.bomBytes = null;
    feed(st, Uint8Array.from(held));
  }
  if (!st.reading) return;
  if (st.inRecord) emit(st);
  if (st.reading) {
    st.status = { kind: 'done', headerSeen: st.headerSeen };
    st.reading = false;
  }
}

/**
 * `afterHeader` starts the scanner on data records (a slice of a file, from a record start), with the key in
 * the given column, instead of expecting a header first.
 */
export function createCsvScanner(
  options: CsvReadOptions,
  sink: RecordSink,
  afterHeader?: { keyCol: number },
): CsvScanner {
  const st: ScannerState = {
    rec: createRecordState(options),
    sink,
    options,
    reading: true,
    status: { kind: 'reading' },
    headerSeen: afterHeader !== undefined,
    inRecord: false,
    skipLF: false,
    bomBytes: afterHeader === undefined ? [] : null,
    fed: 0,
    recStart: 0,
  };
  if (afterHeader !== undefined) {
    st.rec.keyCol = afterHeader.keyCol;
    st.rec.kind = options.mode === 'raw' ? 'raw' : 'canonical';
  }
  return {
    push: (chunk) => push(st, chunk),
    finish: () => finish(st),
    status: () => st.status,
    recordStart: () => (st.inRecord ? st.recStart : st.fed),
  };
}
