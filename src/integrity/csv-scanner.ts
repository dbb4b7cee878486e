import { pushBytes } from './byte-buffer';
import { COMMA, CR, LF, QUOTE, SPACE, TAB, type CsvReadOptions, type RecordSink } from './csv-bytes';
import { FIELD_START, createRecordState, endRecord, resetRecord, scanRecord } from './csv-record-state';

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
}

const BOM = [0xef, 0xbb, 0xbf] as const;

export function createCsvScanner(options: CsvReadOptions, sink: RecordSink): CsvScanner {
  const s = createRecordState(options);
  const trim = options.trimWhitespace;
  let status: ScanStatus = { kind: 'reading' };
  let headerSeen = false;
  let inRecord = false;
  let skipLF = false;
  let bomBytes: number[] | null = [];

  function fail(code: 'header' | 'record-too-long', message: string): void {
    status = { kind: 'error', code, message };
  }

  function emit(): void {
    inRecord = false;
    if (s.fieldIndex === 0 && s.st === FIELD_START && s.consumed <= 1) return; // a blank line is no record
    endRecord(s);
    if (!headerSeen) {
      headerSeen = true;
      const answer = sink.onHeader(s.fields);
      if (typeof answer === 'string') return fail('header', answer);
      s.keyCol = answer;
      s.kind = options.mode === 'raw' ? 'raw' : 'canonical';
      return;
    }
    const ok = sink.onRecord(
      s.out.bytes,
      0,
      s.out.length,
      s.key.bytes,
      0,
      s.key.length,
      s.fieldIndex,
      s.malformed,
    );
    if (!ok) status = { kind: 'stopped' };
  }

  /** Continues the slow path at chunk[pos]; returns where the next record starts, or chunk.length. */
  function slow(chunk: Uint8Array, pos: number): number {
    if (!inRecord) {
      resetRecord(s);
      inRecord = true;
    }
    const end = scanRecord(s, chunk, pos);
    if (s.kind === 'raw') pushBytes(s.out, chunk, pos, end < 0 ? chunk.length : end);
    if (s.consumed > options.maxRecordBytes) {
      fail(
        'record-too-long',
        `A record is longer than ${options.maxRecordBytes} bytes; an unbalanced quote (") probably runs to the end of the file.`,
      );
      return chunk.length;
    }
    if (end < 0) return chunk.length;
    skipLF = chunk[end] === CR;
    emit();
    return end + 1;
  }

  /** Plain records (no quote, no lone CR, nothing to trim) are hashed straight from the chunk, without copy. */
  function fast(chunk: Uint8Array, start: number): number {
    const len = chunk.length;
    const keyCol = s.keyCol;
    let field = 0;
    let fieldStart = start;
    let keyS = 0;
    let keyE = 0;
    for (let i = start; i < len; i++) {
      const b = chunk[i]!;
      if (b > COMMA) continue;
      if (b === COMMA) {
        if (field === keyCol) {
          keyS = fieldStart;
          keyE = i;
        }
        field++;
        fieldStart = i + 1;
        continue;
      }
      let next: number;
      if (b === LF) next = i + 1;
      else if (b === CR && i + 1 < len && chunk[i + 1] === LF) next = i + 2;
      else if (b === QUOTE || b === CR) return -1;
      else if (trim && (b === SPACE || b === TAB)) {
        const after = i + 1 < len ? chunk[i + 1]! : -1;
        if (i === fieldStart || after === COMMA || after === LF || after === CR || after < 0) return -1;
        continue;
      } else continue;
      if (i === start) return next; // a blank line is no record
      if (field === keyCol) {
        keyS = fieldStart;
        keyE = i;
      }
      if (!sink.onRecord(chunk, start, i, chunk, keyS, keyE, field + 1, false)) status = { kind: 'stopped' };
      return next;
    }
    return -1;
  }

  function feed(chunk: Uint8Array): void {
    let pos = 0;
    const len = chunk.length;
    while (pos < len && status.kind === 'reading') {
      if (skipLF) {
        skipLF = false;
        if (chunk[pos] === LF) {
          pos++;
          continue;
        }
      }
      if (!inRecord && headerSeen) {
        const next = fast(chunk, pos);
        if (next >= 0) {
          pos = next;
          continue;
        }
      }
      pos = slow(chunk, pos);
    }
  }

  /** Holds back the first bytes until it is known whether they are a BOM, which may arrive split. */
  function push(chunk: Uint8Array): void {
    if (status.kind !== 'reading') return;
    let rest = chunk;
    if (bomBytes !== null) {
      const take = Math.min(3 - bomBytes.length, rest.length);
      for (let i = 0; i < take; i++) bomBytes.push(rest[i]!);
      rest = rest.subarray(take);
      if (bomBytes.length < 3) return;
      const held = bomBytes;
      bomBytes = null;
      if (!held.every((b, i) => b === BOM[i])) feed(Uint8Array.from(held));
    }
    feed(rest);
  }

  function finish(): void {
    if (bomBytes !== null) {
      const held = bomBytes;
      bomBytes = null;
      feed(Uint8Array.from(held));
    }
    if (status.kind !== 'reading') return;
    if (inRecord) emit();
    if (status.kind === 'reading') status = { kind: 'done', headerSeen };
  }

  return { push, finish, status: () => status };
}
