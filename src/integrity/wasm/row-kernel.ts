/*
 * AssemblyScript (compiled to WebAssembly by `npm run wasm`, never type-checked as TypeScript): the integrity
 * check's hot loop for plain records, the same records and the same hashes as the JavaScript fast path
 * (src/integrity/csv-fast-words.ts, row-hash.ts), about twice as fast.
 *
 * Why WebAssembly here: per row the JavaScript path spends ~50 ns finding the delimiters and ~60 ns hashing,
 * and the check has 7M rows a side. Here the delimiters are found 16 bytes at a time (SIMD), the hashes run
 * four lanes at a time (xxh32.ts), and the one-pass sketch stays in this memory (sketch.ts): ~70 ns a row in
 * all on the bench's rows. src/integrity/row-kernel.ts copies each chunk in (hashing it for the whole-file
 * digest, xxh64.ts) and reads the rows out; anything that is not a plain record (a quote it cannot take, a
 * lone CR, a space to trim) is left to the JavaScript state machine, as the JavaScript fast path does.
 */

import { beginScan, COMMA, CR, emitHashed, LF, QUOTE, sKeyCol, SPACE, sN, sStop, stopScan } from './scan-state';
import { sTrim, TAB } from './scan-state';
import { record } from './scan-record';
import { hashHi, hashLo, ROW_VA, ROW_VB, rowHashFrom, stripe, stripeMul } from './xxh32';

export { hashBytes } from './xxh32';
export { hashKeyBytes } from './key-hash';
export { digestFinal, digestHi, digestInit, digestLo, digestUpdate } from './xxh64';
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

/** Rows written by the last scan. */
export let rows: i32 = 0;

/** Where memory past the module's own data starts: the JavaScript side lays out its buffers from here. */
export function heapBase(): usize {
  return __heap_base;
}

/**
 * Takes rows from `rec0` one at a time while they are plain (no quote, CR, or with trim a space or tab before
 * their LF): each row's LF is found 32 bytes at a time, its commas counted, and the key field's bounds taken
 * from the commas of the first blocks. Returns where the first row it did not take starts (one that is not
 * plain, or runs past `end`); sets sStop once `cap` rows are out.
 *
 * Why 32 bytes (two SIMD words) a step: a 71-byte row takes three steps instead of five, and the loop's
 * per-step work (masks, branches, the key's bookkeeping) is paid once for both words: ~5 ns a row less of
 * ~60 (Node 20, min of 200 runs on the bench's rows). The kernel may read up to 32 bytes past `end`
 * (row-kernel.ts leaves 64 bytes of room after the input).
 */
function plain(rec0: usize, end: usize): usize {
  const keyCol = sKeyCol;
  const trim = sTrim;
  let rec = rec0;
  const lfs = i8x16.splat(<i8>LF);
  const commas = i8x16.splat(<i8>COMMA);
  for (;;) {
    let q = rec;
    let count = 0;
    let keyS: usize = keyCol == 0 ? rec : 0;
    let keyE: usize = 0;
    let j: usize = 0;
    // The row hash's stripes are this loop's blocks before the LF's: fed as they are scanned.
    let va = ROW_VA;
    let vb = ROW_VB;
    // The bytes after the row's last whole stripe: its LF's block, or the half of it the LF is in.
    let tail: usize = 0;
    while (q < end) {
      const v0 = v128.load(q);
      const v1 = v128.load(q, 16);
      let valid: u32 = 0xffffffff;
      if (q + 32 > end) valid = ((<u32>1) << (<u32>(end - q))) - 1;
      const l = (<u32>i8x16.bitmask(i8x16.eq(v0, lfs)) | (<u32>i8x16.bitmask(i8x16.eq(v1, lfs)) << 16)) & valid;
      let odd0 = v128.or(i8x16.eq(v0, i8x16.splat(<i8>QUOTE)), i8x16.eq(v0, i8x16.splat(<i8>CR)));
      let odd1 = v128.or(i8x16.eq(v1, i8x16.splat(<i8>QUOTE)), i8x16.eq(v1, i8x16.splat(<i8>CR)));
      if (trim) {
        odd0 = v128.or(odd0, v128.or(i8x16.eq(v0, i8x16.splat(<i8>SPACE)), i8x16.eq(v0, i8x16.splat(<i8>TAB))));
        odd1 = v128.or(odd1, v128.or(i8x16.eq(v1, i8x16.splat(<i8>SPACE)), i8x16.eq(v1, i8x16.splat(<i8>TAB))));
      }
      // The bytes of this row in the block: up to its LF, or all of them.
      const upto = l != 0 ? (l - 1) & ~l : valid;
      const odd = <u32>i8x16.bitmask(odd0) | (<u32>i8x16.bitmask(odd1) << 16);
      if ((odd & upto) != 0) return rec;
      const cb =
        (<u32>i8x16.bitmask(i8x16.eq(v0, commas)) | (<u32>i8x16.bitmask(i8x16.eq(v1, commas)) << 16)) & upto;
      if (cb != 0) {
        const k = <i32>popcnt(cb);
        if (keyE == 0 && keyCol < count + k) {
          // The key field ends at comma keyCol - count of this block, and starts after the one before it.
          let x = cb;
          for (let i = count; i < keyCol; i++) x &= x - 1;
          const e = ctz(x);
          keyE = q + <usize>e;
          if (keyCol > count) keyS = q + <usize>(32 - clz(cb & (((<u32>1) << e) - 1)));
        } else if (keyE == 0 && keyCol == count + k) keyS = q + <usize>(32 - clz(cb));
        count += k;
      }
      if (l != 0) {
        const at = ctz(l);
        j = q + <usize>at;
        tail = q;
        if (at >= 16) {
          const m = stripeMul(v0);
          va = stripe(va, m);
          vb = stripe(vb, m);
          tail = q + 16;
        }
        break;
      }
      const m0 = stripeMul(v0);
      va = stripe(va, m0);
      vb = stripe(vb, m0);
      const m1 = stripeMul(v1);
      va = stripe(va, m1);
      vb = stripe(vb, m1);
      q += 32;
    }
    if (j == 0) return rec;
    const next = j + 1;
    if (j != rec) {
      // The key is the last field; or the row is short, and keyS and keyE stay 0: an empty key, as in
      // JavaScript.
      if (keyE == 0 && count == keyCol) keyE = j;
      rowHashFrom(va, vb, tail > rec, tail, rec, j);
      if (emitHashed(hashLo, hashHi, keyS, keyE, count + 1, next)) {
        stopScan();
        return next;
      }
    }
    rec = next;
  }
  return rec;
}

/**
 * Takes the plain records of buf[start, len), at most `cap`, writing OUT_WORDS words for each at `out`, and
 * sets `rows`. Returns the offset where the first record not taken starts: one with a lone CR, (with `trim`)
 * a space or tab to trim, a quote the fast path cannot take (quotedEnd), one that runs past the end, or the
 * next one once `cap` rows are out. Blank lines are skipped. The records are csv-fast-words.ts's: `plain`
 * takes the rows whose bytes before their LF hold no quote, CR or (trimming) space or tab, a row at a time;
 * `record` takes one other row byte by byte among its bytes <= COMMA (16 at a time), as the JavaScript fast
 * path does. Flags: 1 trims spaces and tabs around unquoted values, 2 is raw mode (rows hashed as exported),
 * 4 adds each row to the one-pass sketch (sketchAdd) and counts it there (sketchTake) instead of writing it
 * out: only each row's end offset is written then.
 */
export function scan(buf: usize, len: i32, start: i32, keyCol: i32, flags: i32, out: usize, cap: i32): i32 {
  beginScan(buf, out, cap, keyCol, flags);
  rows = 0;
  if (cap <= 0) return start;
  const end = buf + <usize>len;
  let rec = buf + <usize>start;
  while (!sStop && rec < end) {
    rec = plain(rec, end);
    if (!sStop && rec < end) rec = record(rec, end);
  }
  rows = sN;
  return <i32>(rec - buf);
}
