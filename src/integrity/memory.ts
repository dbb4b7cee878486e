/**
 * Memory for the key diff grows with the number of distinct keys: each side (source, target) builds its own
 * table of its keys, in its own worker, at the same time; the parent's keys for the referential check come
 * after, alone. Tables are typed arrays (key-table.ts) whose size is known exactly, so the check refuses
 * before the tab runs out of memory instead of crashing it.
 *
 * Measured in Node (src/bench/integrity.bench.ts) for 1M distinct 7-byte keys: 34.6 bytes per key charged.
 * The charge moves with the arrays' doubling: ~32 bytes per key just before a growth, up to 50 + 2 x key
 * length just after one; a table sized up front from the file's size (the usual case) is ~38 bytes a key
 * (7M keys of the 7M-row benchmark file: 264 MiB).
 *
 * The budget is 768 MB, half for each side while both are read: the 7M-row benchmark pair (7M distinct ids a
 * side, 264 MiB each) passes with room, and a larger side is refused with a message. At the end the main
 * worker holds both tables (the target's is transferred, not copied), so up to the whole budget, plus the
 * file buffers: peak renderer memory on the benchmark pair is printed by e2e/bench/integrity.bench.ts.
 * A desktop Chromium holds that comfortably.
 */
export const KEY_MEMORY_BUDGET_BYTES = 768 * 1024 * 1024;

/** Each side's share while the source and the target are read at the same time. */
export const SIDE_MEMORY_BUDGET_BYTES = KEY_MEMORY_BUDGET_BYTES / 2;

/** Measured bytes per distinct key at 1M keys of 7 bytes, steady state (see above). */
export const KEY_TABLE_BYTES_PER_KEY = 35;

/**
 * Distinct keys a side is guaranteed to hold, for the UI to say before a run: the worst case, just after the
 * arrays double (25 bytes of columns and slots and 1 byte of arena per key byte, all doubled). With 7-byte keys
 * this is ~6.3M per side; with 36-byte keys (UUIDs) ~3.3M. Tables sized from the file's size at the start
 * usually hold more (the benchmark's 7M 7-byte keys take 264 MiB of the 384).
 */
export function approxMaxDistinctKeys(averageKeyBytes = 7, budgetBytes = SIDE_MEMORY_BUDGET_BYTES): number {
  return Math.floor(budgetBytes / (2 * (25 + averageKeyBytes)));
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
