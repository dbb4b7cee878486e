import { createByteBuffer, ensureCapacity, pushByte, pushBytes, type ByteBuffer } from './byte-buffer';
import { COMMA, CR, LF, QUOTE, SPACE, TAB, type CsvReadOptions } from './csv-bytes';

/**
 * The byte-by-byte RFC 4180 state machine for one record, resumable across chunks. It is the reference for
 * every record; the scanner's fast path only skips it for records it can prove are plain (no quotes, no lone
 * CR, nothing to trim), whose canonical form is their bytes.
 *
 * Canonical form hashed in 'normalised' mode: the field values joined by ",", a value quoted (with "" for ")
 * only when it contains "," or "\"" (minimal quoting, so the encoding stays unambiguous), CR LF and lone CR
 * inside quoted values turned into LF, record terminators dropped.
 */
export const FIELD_START = 0;
export const UNQUOTED = 1;
export const QUOTED = 2;
export const QUOTE_SEEN = 3;
export const AFTER_QUOTE = 4;

export type OutputKind = 'canonical' | 'raw' | 'fields';

export interface RecordState {
  readonly options: CsvReadOptions;
  kind: OutputKind;
  keyCol: number;
  out: ByteBuffer;
  key: ByteBuffer;
  fields: string[];
  st: number;
  fieldIndex: number;
  fieldStart: number;
  lastNonWs: number;
  quoted: boolean;
  needsQuote: boolean;
  crInQuotes: boolean;
  malformed: boolean;
  consumed: number;
}

export function createRecordState(options: CsvReadOptions): RecordState {
  return {
    options,
    kind: 'fields',
    keyCol: -1,
    out: createByteBuffer(),
    key: createByteBuffer(256),
    fields: [],
    st: FIELD_START,
    fieldIndex: 0,
    fieldStart: 0,
    lastNonWs: 0,
    quoted: false,
    needsQuote: false,
    crInQuotes: false,
    malformed: false,
    consumed: 0,
  };
}

export function resetRecord(s: RecordState): void {
  s.out.length = 0;
  s.key.length = 0;
  s.fields = [];
  s.st = FIELD_START;
  s.fieldIndex = 0;
  s.malformed = false;
  s.consumed = 0;
  startField(s);
}

function startField(s: RecordState): void {
  const sink = valueSink(s);
  s.fieldStart = sink ? sink.length : 0;
  s.lastNonWs = s.fieldStart;
  s.quoted = false;
  s.needsQuote = false;
  s.crInQuotes = false;
}

/** Where a field's value goes: the record buffer, or in raw mode only the key column into the key buffer. */
function valueSink(s: RecordState): ByteBuffer | null {
  if (s.kind !== 'raw') return s.out;
  return s.fieldIndex === s.keyCol ? s.key : null;
}

function valueByte(s: RecordState, b: number): void {
  const sink = valueSink(s);
  if (sink === null) return;
  pushByte(sink, b);
  if (b !== SPACE && b !== TAB) s.lastNonWs = sink.length;
  if (b === COMMA || b === QUOTE) s.needsQuote = true;
}

/** Rewrites out[start, end) as "value" with inner quotes doubled; rare, so a copy is fine. */
function requote(out: ByteBuffer, start: number): void {
  const value = out.bytes.slice(start, out.length);
  out.length = start;
  ensureCapacity(out, value.length * 2 + 2);
  pushByte(out, QUOTE);
  for (const b of value) {
    if (b === QUOTE) pushByte(out, QUOTE);
    pushByte(out, b);
  }
  pushByte(out, QUOTE);
}

export function endField(s: RecordState, more: boolean): void {
  const sink = valueSink(s);
  if (sink !== null) {
    if (!s.quoted && s.options.trimWhitespace) sink.length = s.lastNonWs;
    if (s.kind === 'fields') {
      s.fields.push(new TextDecoder().decode(sink.bytes.subarray(s.fieldStart, sink.length)));
      sink.length = 0;
    } else if (s.kind === 'canonical') {
      if (s.fieldIndex === s.keyCol) pushBytes(s.key, sink.bytes, s.fieldStart, sink.length);
      if (s.needsQuote) requote(sink, s.fieldStart);
      if (more) pushByte(sink, COMMA);
    }
  }
  s.fieldIndex++;
  startField(s);
}

/**
 * Consumes bytes from chunk[pos] until the record ends (returns the index of its terminator byte) or the chunk
 * ends (returns -1). In raw mode the caller copies the record's raw bytes; here only values are tracked.
 */
export function scanRecord(s: RecordState, chunk: Uint8Array, pos: number): number {
  const trim = s.options.trimWhitespace;
  const len = chunk.length;
  for (let i = pos; i < len; i++) {
    const b = chunk[i]!;
    s.consumed++;
    switch (s.st) {
      case FIELD_START:
        if (b === QUOTE) {
          s.st = QUOTED;
          s.quoted = true;
        } else if (b === COMMA) endField(s, true);
        else if (b === CR || b === LF) return i;
        else if (!(trim && (b === SPACE || b === TAB))) {
          s.st = UNQUOTED;
          valueByte(s, b);
        }
        break;
      case UNQUOTED:
        if (b === COMMA) {
          endField(s, true);
          s.st = FIELD_START;
        } else if (b === CR || b === LF) return i;
        else valueByte(s, b);
        break;
      case QUOTED:
        if (b === QUOTE) s.st = QUOTE_SEEN;
        else if (b === LF && s.crInQuotes) s.crInQuotes = false;
        else {
          s.crInQuotes = b === CR;
          valueByte(s, b === CR ? LF : b);
        }
        break;
      default:
        // QUOTE_SEEN (just after a closing or an escaping quote) and AFTER_QUOTE (trimming after it).
        if (b === QUOTE && s.st === QUOTE_SEEN) {
          s.st = QUOTED;
          s.crInQuotes = false;
          valueByte(s, QUOTE);
        } else if (b === COMMA) {
          endField(s, true);
          s.st = FIELD_START;
        } else if (b === CR || b === LF) return i;
        else if (trim && (b === SPACE || b === TAB)) s.st = AFTER_QUOTE;
        else {
          // RFC 4180 allows nothing between a closing quote and the separator: keep the byte, flag the row.
          s.malformed = true;
          s.st = UNQUOTED;
          valueByte(s, b);
        }
    }
  }
  return -1;
}

/** Closes the last field of a record at its terminator or at the end of the file. */
export function endRecord(s: RecordState): void {
  if (s.st === QUOTED) s.malformed = true;
  endField(s, false);
}
