/*
 * AssemblyScript (compiled to WebAssembly by `npm run wasm`, never type-checked as TypeScript): the integrity
 * check's hot loop for plain records, the same records and the same hashes as the JavaScript fast path
 * (src/integrity/csv-fast-words.ts, row-hash.ts), about twice as fast.
 *
 * Why WebAssembly here: per row the JavaScript path spends ~50 ns finding the delimiters and ~60 ns hashing,
 * and the check has 7M rows a side. Here the delimiters are found 16 bytes at a time (SIMD) and the hash runs
 * on plain 32-bit loads without bounds checks. src/integrity/row-kernel.ts copies each chunk in and reads the
 * rows out; anything that is not a plain record (a quote, a lone CR, a space to trim) is left to the
 * JavaScript state machine, exactly as the JavaScript fast path does.
 */

import { hashHi, hashLo, xxh32 } from './xxh32';
import { sketchAdd, sketchTake } from './sketch';

export { hashBytes } from './xxh32';
export {
  sketchAdd,
  sketchColumns,
  sketchFilter,
  sketchInit,
  sketchOrder,
  sketchRagged,
  sketchRows,
  sketchScratch,
  sketchSize,
  sketchSumHi,
  sketchSumLo,
  sketchTaken,
} from './sketch';

const TAB: u32 = 0x09;
const LF: u32 = 0x0a;
const CR: u32 = 0x0d;
const SPACE: u32 = 0x20;
const QUOTE: u32 = 0x22;
const COMMA: u32 = 0x2c;

/** Must equal KEY_SEED in src/integrity/key-log.ts: the key hash of a record whichever path read it. */
const KEY_SEED: u32 = 0x9e3779b9;

/**
 * 32-bit words per row in the output: key hash lo, hi, row hash lo, hi, field count, end offset, and the key
 * value's start and end offsets (for the referential check, which looks keys up by their bytes).
 */
const OUT_WORDS: i32 = 8;

/** Rows written by the last scan. */
export let rows: i32 = 0;

/** Where memory past the module's own data starts: the JavaScript side lays out its buffers from here. */
export function heapBase(): usize {
  return __heap_base;
}



/**
 * The end of the quoted field whose opening quote is at `open`, when the record can stay on the fast path:
 * the offset of its closing quote, or 0 to hand the record to the JavaScript state machine. That is when the
 * field runs past the input, holds a CR or LF, is followed by anything but a delimiter, or (`keyField`) needs
 * unescaping; and, in normalised mode, when its canonical form is not its bytes as they stand, which is when
 * the value holds neither "," nor "\"" (canonical quoting is minimal: such a value loses its quotes). Sets
 * `quoteSeen` when the value holds an escaped quote.
 */
let quoteSeen = false;
function quotedEnd(open: usize, end: usize, raw: bool, keyField: bool): usize {
  let comma = false;
  quoteSeen = false;
  for (let i = open + 1; i < end; i++) {
    const b = <u32>load<u8>(i);
    if (b == QUOTE) {
      if (i + 1 < end && <u32>load<u8>(i + 1) == QUOTE) {
        quoteSeen = true;
        i++;
        continue;
      }
      if (i + 1 >= end) return 0;
      const after = <u32>load<u8>(i + 1);
      if (after != COMMA && after != LF && after != CR) return 0;
      if (keyField && quoteSeen) return 0;
      if (!raw && !comma && !quoteSeen) return 0;
      return i;
    }
    if (b == COMMA) comma = true;
    else if (b == LF || b == CR) return 0;
  }
  return 0;
}

/**
 * Takes the plain records of buf[start, len), at most `cap`, writing OUT_WORDS words for each at `out`, and
 * sets `rows`. Returns the offset where the first record not taken starts: one with a lone CR, (with `trim`)
 * a space or tab to trim, a quote the fast path cannot take (quotedEnd), one that runs past the end, or the
 * next one once `cap` rows are out. Blank lines are skipped. The logic is csv-fast-words.ts's, 16 bytes at a
 * time: every byte it must look at is <= COMMA, so one unsigned compare per lane finds them all. Flags: 1
 * trims spaces and tabs around unquoted values, 2 is raw mode (rows hashed as exported), 4 adds each row to
 * the one-pass sketch (sketchAdd) and counts it there (sketchTake) instead of writing it out: only each
 * row's end offset is written then.
 */
export function scan(buf: usize, len: i32, start: i32, keyCol: i32, flags: i32, out: usize, cap: i32): i32 {
  const trim = (flags & 1) != 0;
  const raw = (flags & 2) != 0;
  const sketching = (flags & 4) != 0;
  const end = buf + <usize>len;
  let rec = buf + <usize>start;
  let fieldStart = rec;
  let field = 0;
  let keyS: usize = 0;
  let keyE: usize = 0;
  // Bytes before `skip` were taken already: the LF of a CR LF, or the inside of a quoted value.
  let skip = rec;
  // The key field's value when it was quoted: its bytes without the quotes.
  let quotedKey = false;
  let n = 0;
  let stop = false;
  const limit = i8x16.splat(<i8>COMMA);
  rows = 0;
  if (cap <= 0) return start;
  for (let q = rec; q < end; q += 16) {
    let m = <u32>i8x16.bitmask(i8x16.le_u(v128.load(q), limit));
    if (q + 16 > end) m &= ((<u32>1) << (<u32>(end - q))) - 1;
    while (m != 0) {
      const j = q + <usize>ctz(m);
      m &= m - 1;
      if (j < skip) continue;
      const b = <u32>load<u8>(j);
      if (b == COMMA) {
        if (field == keyCol && !quotedKey) {
          keyS = fieldStart;
          keyE = j;
        }
        field++;
        fieldStart = j + 1;
        continue;
      }
      let next: usize = 0;
      if (b == LF) {
        next = j + 1;
      } else if (b == CR) {
        if (j + 1 >= end || <u32>load<u8>(j + 1) != LF) {
          stop = true;
          break;
        }
        next = j + 2;
      } else if (b == QUOTE) {
        const close = j == fieldStart ? quotedEnd(j, end, raw, field == keyCol) : 0;
        if (close == 0) {
          stop = true;
          break;
        }
        if (field == keyCol) {
          quotedKey = true;
          keyS = j + 1;
          keyE = close;
        }
        skip = close + 1;
        continue;
      } else if (trim && (b == SPACE || b == TAB)) {
        // At the end of the input the next byte is unknown: as a delimiter, the record goes to the slow path.
        const after: u32 = j + 1 < end ? <u32>load<u8>(j + 1) : LF;
        if (j == fieldStart || after == COMMA || after == LF || after == CR) {
          stop = true;
          break;
        }
        continue;
      } else {
        continue;
      }
      if (j == rec) {
        rec = fieldStart = skip = next; // a blank line is no record
        continue;
      }
      if (field == keyCol && !quotedKey) {
        keyS = fieldStart;
        keyE = j;
      }
      const o = out + <usize>(n * OUT_WORDS * 4);
      xxh32(keyS, <i32>(keyE - keyS), KEY_SEED);
      const kLo = hashLo;
      const kHi = hashHi;
      xxh32(rec, <i32>(j - rec), 0);
      // Where the next record starts: the JavaScript side needs it if it stops after this row.
      store<u32>(o, <u32>(next - buf), 20);
      if (sketching) {
        // The sketch and the counts stay here: nothing else of the row is written out.
        sketchAdd(kLo, kHi, hashLo, keyS, <i32>(keyE - keyS));
        sketchTake(hashLo, hashHi, field + 1);
      } else {
        store<u32>(o, kLo);
        store<u32>(o, kHi, 4);
        store<u32>(o, hashLo, 8);
        store<u32>(o, hashHi, 12);
        store<u32>(o, field + 1, 16);
        // No key field (a short row): an empty key, as the JavaScript path reads it.
        store<u32>(o, keyS == 0 ? 0 : <u32>(keyS - buf), 24);
        store<u32>(o, keyE == 0 ? 0 : <u32>(keyE - buf), 28);
      }
      n++;
      rec = fieldStart = skip = next;
      field = 0;
      keyS = 0;
      keyE = 0;
      quotedKey = false;
      if (n >= cap) {
        stop = true;
        break;
      }
    }
    if (stop) break;
  }
  rows = n;
  return <i32>(rec - buf);
}

export { digestFinal, digestHi, digestInit, digestLo, digestUpdate } from './xxh64';
