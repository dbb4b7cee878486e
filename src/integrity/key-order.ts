/**
 * Whether one side's keys come in strictly ascending (or strictly descending) order, watched row by row.
 *
 * Why: a side whose keys strictly increase cannot hold a key twice, which is the one thing the one-pass key
 * diff (sketch-diff.ts) cannot see by itself. Exports are usually written ORDER BY the primary key, so one
 * side in order is the common case, and it lets the check skip the per-row key log.
 *
 * The order: keys made only of ASCII digits compare as numbers (shorter first, then byte by byte), so
 * 9 < 10 as an ORDER BY on an integer column writes them; they sort before every other key; other keys
 * compare byte by byte (UTF-8 order, which is code point order), a prefix first. Two keys compare equal only
 * when their bytes are equal, so "strictly increasing" proves every key distinct. A text key sorted by a
 * database collation may not be in this order; the check then simply takes the slower path.
 */
/** A longer key ends the watch: the one-pass diff is for ordinary keys (the WebAssembly kernel keeps 4 KB). */
export const MAX_ORDER_KEY = 4096;

export interface KeyOrder {
  ascending: boolean;
  descending: boolean;
  /** Keys seen so far. */
  seen: number;
  prev: Uint8Array;
  prevLen: number;
  prevDigits: boolean;
}

export function createKeyOrder(): KeyOrder {
  return {
    ascending: true,
    descending: true,
    seen: 0,
    prev: new Uint8Array(64),
    prevLen: 0,
    prevDigits: false,
  };
}

/**
 * Notes the next key, key[start, end) (the normalised value the key hash is taken of). One loop compares it
 * with the previous key, copies it over, and tells whether it is all digits: this runs for every row.
 */
export function observeKey(o: KeyOrder, key: Uint8Array, start: number, end: number): void {
  if (!o.ascending && !o.descending) return;
  const len = end - start;
  if (len > MAX_ORDER_KEY) {
    o.ascending = o.descending = false;
    return;
  }
  const prevLen = o.prevLen;
  if (len > o.prev.length) {
    const grown = new Uint8Array(Math.max(len, o.prev.length * 2));
    grown.set(o.prev.subarray(0, prevLen));
    o.prev = grown;
  }
  const prev = o.prev;
  let bytes = 0;
  let digits = len > 0;
  for (let i = 0; i < len; i++) {
    const c = key[start + i]!;
    if (c < 0x30 || c > 0x39) digits = false;
    // Byte i of the previous key is read before it is overwritten.
    if (bytes === 0 && i < prevLen) bytes = c - prev[i]!;
    prev[i] = c;
  }
  if (o.seen > 0) {
    // Sign of (key - previous) in the order above.
    let c: number;
    if (digits !== o.prevDigits) c = digits ? -1 : 1;
    else if (digits && len !== prevLen) c = len - prevLen;
    else c = bytes !== 0 ? bytes : len - prevLen;
    if (c <= 0) o.ascending = false;
    if (c >= 0) o.descending = false;
  }
  o.prevLen = len;
  o.prevDigits = digits;
  o.seen++;
}

/** True when every key seen was distinct because they came in order. */
export const inKeyOrder = (o: Pick<KeyOrder, 'ascending' | 'descending'>) => o.ascending || o.descending;
