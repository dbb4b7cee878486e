/**
 * Memory for the key diff grows with the rows of each side (for a keyed export, its distinct keys). The
 * one-pass diff (sketch-sink.ts), tried first when an export starts in key order, holds a fixed 192 KB table
 * and ~2.7 bytes a row of block filters per side: ~19 MB a side on the 7M-row benchmark pair. The key log,
 * which every input allows and the numbers below are about, is what it falls back to: each side
 * (source, target) logs every row's key hash, 32 bits of its row hash and its row number, 16 bytes a row for
 * every key length (key-log.ts), in its own worker, at the same time; the parent's keys for the referential
 * check come after, alone, in a key table (key-table.ts) that holds the key bytes. All are typed arrays whose
 * size is known exactly, so the check refuses with a message before the tab runs out of memory instead of
 * crashing it.
 *
 * A log sized up front from the file's size (the usual case) takes 10% more than 16 bytes a row; one that
 * grows by doubling can hold up to twice that just after a growth. Measured on the 7M-row benchmark pair:
 * ~118 MiB a side.
 *
 * The budget is 768 MB, half for each side while both are read: about 12M rows a side in the worst case and
 * ~21M when sized up front; a larger side is refused. At the end the main worker holds both logs (the
 * target's is transferred, not copied), plus the file buffers: the peak renderer memory on the benchmark pair
 * is printed by src/bench/browser/integrity.bench.ts. A desktop Chromium holds that comfortably.
 */
export const KEY_MEMORY_BUDGET_BYTES = 768 * 1024 * 1024;

/** Each side's share while the source and the target are read at the same time. */
export const SIDE_MEMORY_BUDGET_BYTES = KEY_MEMORY_BUDGET_BYTES / 2;

/** Bytes per row of the key diff's log, whatever the key's length (key-log.ts). */
export const KEY_LOG_BYTES_PER_ROW = 16;

/**
 * Bytes per distinct key of the parent's key table, beyond the key's own bytes (key-table.ts): its hash and
 * arena offset (4 + 4) and two hash slots (2 x 4).
 */
export const KEY_TABLE_BYTES_PER_KEY = 16;

/**
 * Rows a side of the key diff is guaranteed to hold, for the UI to say before a run: the worst case, just
 * after a doubling (~12.6M rows). Logs sized from the file's size at the start hold more.
 */
export function approxMaxKeyRows(budgetBytes = SIDE_MEMORY_BUDGET_BYTES): number {
  return Math.floor(budgetBytes / (2 * KEY_LOG_BYTES_PER_ROW));
}

/** Distinct parent keys the referential check is sure to hold, for keys of this average length. */
export function approxMaxParentKeys(averageKeyBytes = 7, budgetBytes = SIDE_MEMORY_BUDGET_BYTES): number {
  return Math.floor(budgetBytes / (2 * (KEY_TABLE_BYTES_PER_KEY + averageKeyBytes)));
}

export interface MemoryBudget {
  readonly limitBytes: number;
  usedBytes: number;
  peakBytes: number;
}

export function createMemoryBudget(limitBytes = KEY_MEMORY_BUDGET_BYTES): MemoryBudget {
  return { limitBytes, usedBytes: 0, peakBytes: 0 };
}

/** Moves the charge from `oldBytes` to `newBytes`; false (and nothing charged) when it would exceed the limit. */
export function recharge(budget: MemoryBudget, oldBytes: number, newBytes: number): boolean {
  const next = budget.usedBytes - oldBytes + newBytes;
  if (next > budget.limitBytes) return false;
  budget.usedBytes = next;
  budget.peakBytes = Math.max(budget.peakBytes, next);
  return true;
}

export function formatMiB(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MiB`;
}
