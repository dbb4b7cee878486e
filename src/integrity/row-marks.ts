/**
 * Sparse marks of where rows start, so that a row can be read back without reading the file from the top:
 * pairs (byte offset, row number) in file order, in one Float64Array (plain data: it crosses postMessage
 * with its buffer transferred). The key log marks each chunk's first row, the key filters each block's.
 */
export interface RowMarks {
  /** Pairs (byte offset, row number): that row starts at that offset (or after blank lines). */
  marks: Float64Array<ArrayBuffer>;
  markCount: number;
}

/**
 * Row `row` starts at byte `offset`. Several marks for one row (a record longer than a chunk) keep the first,
 * which is where the row starts. `mayGrow(bytes)` is asked before the marks double; when it refuses, the mark
 * is skipped: a sample lookup then reads further, and the check does not fail for it.
 */
export function addMark(
  m: RowMarks,
  offset: number,
  row: number,
  mayGrow: (bytes: number) => boolean = () => true,
): void {
  const n = m.markCount;
  if (n > 0 && m.marks[2 * n - 1]! >= row) return;
  if (2 * n + 2 > m.marks.length) {
    if (!mayGrow(m.marks.byteLength)) return;
    const next = new Float64Array(m.marks.length * 2);
    next.set(m.marks);
    m.marks = next;
  }
  m.marks[2 * n] = offset;
  m.marks[2 * n + 1] = row;
  m.markCount = n + 1;
}

/** The index of the last mark at or before row `row`; -1 when the row comes before the first mark. */
export function lastMarkAtOrBefore(m: RowMarks, row: number): number {
  const marks = m.marks;
  let found = -1;
  let lo = 0;
  let hi = m.markCount - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (marks[2 * mid + 1]! <= row) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
