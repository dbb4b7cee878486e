/*
 * AssemblyScript (see row-kernel.ts): the records row-kernel.ts's `plain` does not take, one at a time, byte
 * by byte among their bytes <= COMMA (16 at a time), as csv-fast-words.ts reads every record.
 */
import { COMMA, CR, emit, LF, QUOTE, sKeyCol, SPACE, sRaw, stopScan, sTrim, TAB } from './scan-state';

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
 * Takes the one record at `rec` byte by byte among its bytes <= COMMA, as csv-fast-words.ts does: a quoted
 * value whose canonical form is its bytes (quotedEnd), a CR LF, spaces and tabs inside values. Returns where
 * the next record starts; or stops the scan and returns `rec` when the record is not plain (a lone CR, a
 * quote quotedEnd refuses, a space or tab to trim) or runs past `end`; with `cap` rows out it stops the scan
 * and returns where the next record starts.
 */
export function record(rec: usize, end: usize): usize {
  const keyCol = sKeyCol;
  const trim = sTrim;
  let fieldStart = rec;
  let field = 0;
  let keyS: usize = 0;
  let keyE: usize = 0;
  // Bytes before `skip` were taken already: the inside of a quoted value.
  let skip = rec;
  // The key field's value when it was quoted: its bytes without the quotes.
  let quotedKey = false;
  const limit = i8x16.splat(<i8>COMMA);
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
          stopScan();
          return rec;
        }
        next = j + 2;
      } else if (b == QUOTE) {
        const close = j == fieldStart ? quotedEnd(j, end, sRaw, field == keyCol) : 0;
        if (close == 0) {
          stopScan();
          return rec;
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
          stopScan();
          return rec;
        }
        continue;
      } else {
        continue;
      }
      if (j == rec) return next; // a blank line is no record
      if (field == keyCol && !quotedKey) {
        keyS = fieldStart;
        keyE = j;
      }
      if (emit(rec, j, keyS, keyE, field + 1, next)) stopScan();
      return next;
    }
  }
  stopScan();
  return rec;
}
