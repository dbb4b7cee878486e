/**
 * Memory for the key diff grows with the rows of each side (for a keyed export, its distinct keys): each side
 * (source, target) logs every row's key hash, row hash and key bytes (key-log.ts), in its own worker, at the
 * same time; the parent's keys for the referential check come after, alone, in a key table (key-table.ts).
 * All are typed arrays whose size is known exactly, so the check refuses with a message before the tab runs
 * out of memory instead of crashing it.
 *
 * Per row: 20 bytes of log and 1 + key length bytes of key arena: 28 bytes for 7-byte ids, 57 for UUIDs. A
 * log sized up front from the file's size (the usual case) takes 10% more; one that grows by doubling can
 * hold up to twice that just after a growth. Measured on the 7M-row benchmark pair: 230 MiB a side.
 *
 * The budget is 768 MB, half for each side while both are read: the benchmark pair passes with room, and a
 * larger side is refused. At the end the main worker holds both logs (the target's is transferred, not
 * copied), so up to the whole budget, plus the file buffers: the peak renderer memory on the benchmark pair
 * is printed by e2e/bench/integrity.bench.ts (~800 MiB). A desktop Chromium holds that comfortably.
 */
export const KEY_MEMORY_BUDGET_BYTES = 768 * 1024 * 1024;

/** Each side's share while the source and the target are read at the same time. */
export const SIDE_MEMORY_BUDGET_BYTES = KEY_MEMORY_BUDGET_BYTES / 2;

/** Bytes per row of the key log, beyond the key's own bytes (see above). */
export const KEY_LOG_BYTES_PER_ROW = 21;

/**
 * Rows a side is guaranteed to hold, for the UI to say before a run: the worst case, just after a doubling.
 * With 7-byte keys this is ~7.2M rows a side; with 36-byte keys (UUIDs) ~3.5M. Logs sized from the file's
 * size at the start usually hold more (the benchmark's 7M rows of 7-byte keys take 230 MiB of the 384).
 */
export function approxMaxKeyRows(averageKeyBytes = 7, budgetBytes = SIDE_MEMORY_BUDGET_BYTES): number {
  return Math.floor(budgetBytes / (2 * (KEY_LOG_BYTES_PER_ROW + averageKeyBytes)));
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
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}
