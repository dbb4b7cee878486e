/*
 * AssemblyScript (see row-kernel.ts): what the scan's two ways of reading records share (plain rows in
 * row-kernel.ts, the others in scan-record.ts): the bytes they look for, the call's settings, and handing a
 * record out.
 */
import { sketchAddRow, sketchTake } from './sketch';
import { keyHash } from './key-hash';
import { hashHi, hashLo, xxh32 } from './xxh32';

export const TAB: u32 = 0x09;
export const LF: u32 = 0x0a;
export const CR: u32 = 0x0d;
export const SPACE: u32 = 0x20;
export const QUOTE: u32 = 0x22;
export const COMMA: u32 = 0x2c;


/**
 * 32-bit words per row in the output: key hash lo, hi, row hash lo, hi, field count, end offset, and the key
 * value's start and end offsets (for the referential check, which looks keys up by their bytes).
 */
export const OUT_WORDS: i32 = 8;

// The scan's settings and output for the current call (globals: read once per row, not per byte).
export let sBuf: usize = 0;
export let sOut: usize = 0;
export let sCap: i32 = 0;
export let sN: i32 = 0;
export let sKeyCol: i32 = 0;
export let sTrim = false;
export let sRaw = false;
export let sSketching = false;
export let sStop = false;

/**
 * Hands out the record [rec, j) with key [keyS, keyE) and `fields` fields, the next one starting at `next`.
 * Returns true once `cap` rows are out.
 */
// @ts-ignore: decorator
@inline
export function emit(rec: usize, j: usize, keyS: usize, keyE: usize, fields: i32, next: usize): bool {
  xxh32(rec, <i32>(j - rec), 0);
  return emitHashed(hashLo, hashHi, keyS, keyE, fields, next);
}

/** `emit` of a record whose row hash (rLo, rHi) the caller computed. */
// @ts-ignore: decorator
@inline
export function emitHashed(rLo: u32, rHi: u32, keyS: usize, keyE: usize, fields: i32, next: usize): bool {
  // In sketch mode only where the next record starts is written, a word a row: 32 KB a batch instead of the
  // 256 KB the full layout would sweep through the cache.
  const o = sOut + <usize>(sN * (sSketching ? 4 : OUT_WORDS * 4));
  keyHash(keyS, <i32>(keyE - keyS));
  const kLo = hashLo;
  const kHi = hashHi;
  if (sSketching) {
    store<u32>(o, <u32>(next - sBuf));
    sketchAddRow(kLo, kHi, rLo, keyS, <i32>(keyE - keyS));
    sketchTake(rLo, rHi, fields);
  } else {
    store<u32>(o, <u32>(next - sBuf), 20);
    store<u32>(o, kLo);
    store<u32>(o, kHi, 4);
    store<u32>(o, rLo, 8);
    store<u32>(o, rHi, 12);
    store<u32>(o, fields, 16);
    store<u32>(o, keyS == 0 ? 0 : <u32>(keyS - sBuf), 24);
    store<u32>(o, keyE == 0 ? 0 : <u32>(keyE - sBuf), 28);
  }
  sN++;
  return sN >= sCap;
}

/** Sets the call's settings (scan's flags: 1 trim, 2 raw, 4 sketch) and empties its output. */
export function beginScan(buf: usize, out: usize, cap: i32, keyCol: i32, flags: i32): void {
  sTrim = (flags & 1) != 0;
  sRaw = (flags & 2) != 0;
  sSketching = (flags & 4) != 0;
  sBuf = buf;
  sOut = out;
  sCap = cap;
  sKeyCol = keyCol;
  sN = 0;
  sStop = false;
}

/** Ends the call: a record was refused, or ran past the input, or `cap` rows are out. */
export function stopScan(): void {
  sStop = true;
}
