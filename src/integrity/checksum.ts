/**
 * Order-independent checksum of a file's rows: the sum of the 64-bit row hashes modulo 2^64, plus the count.
 *
 * Why a sum and not XOR: XOR is order-independent too, but h ^ h = 0, so a row exported twice (or any even
 * number of times) vanishes from the checksum and a duplicated batch would pass. With addition a duplicate
 * adds its hash again, which changes the sum unless the hash is 0 or 2^63. The row count is compared as well,
 * so rows cannot hide behind a wrapped sum. A sum is also cheap: two 32-bit adds with a carry per row.
 */
export interface RowChecksum {
  rows: number;
  /** Low and high 32 bits of the running sum, kept as unsigned 32-bit numbers. */
  sumLo: number;
  sumHi: number;
}

export function emptyChecksum(): RowChecksum {
  return { rows: 0, sumLo: 0, sumHi: 0 };
}

export function addRowHash(acc: RowChecksum, lo: number, hi: number): void {
  const low = acc.sumLo + (lo >>> 0);
  acc.sumLo = low >>> 0;
  acc.sumHi = (acc.sumHi + (hi >>> 0) + (low > 0xffffffff ? 1 : 0)) >>> 0;
  acc.rows++;
}

/** Adds another partial checksum (rows counted elsewhere, as the WebAssembly kernel counts its own). */
export function addChecksum(acc: RowChecksum, rows: number, sumLo: number, sumHi: number): void {
  const low = acc.sumLo + (sumLo >>> 0);
  acc.sumLo = low >>> 0;
  acc.sumHi = (acc.sumHi + (sumHi >>> 0) + (low > 0xffffffff ? 1 : 0)) >>> 0;
  acc.rows += rows;
}

/** 16 hex digits of the sum, then ":" and the row count, e.g. "00f1...9c:1000000". */
export function formatChecksum(acc: RowChecksum): string {
  const hex = (n: number) => n.toString(16).padStart(8, '0');
  return `${hex(acc.sumHi)}${hex(acc.sumLo)}:${acc.rows}`;
}

export function sameChecksum(a: RowChecksum, b: RowChecksum): boolean {
  return a.rows === b.rows && a.sumLo === b.sumLo && a.sumHi === b.sumHi;
}
