/**
 * Memory for the key diff grows with the number of distinct keys (the source's keys, plus target-only keys,
 * or the parent's keys for the referential check). It is held in typed arrays (key-table.ts) whose size is
 * known exactly, so the check can refuse before the tab runs out of memory instead of crashing it.
 *
 * Measured in Node 20 (src/bench/integrity.bench.ts) for 1M distinct 7-byte keys: 34.6 bytes per key charged.
 * process.memoryUsage shows ~52 right after the run (probably the replaced growth buffers not yet released;
 * not verified). The charge moves with the arrays' doubling: ~32 bytes per key just before a growth, up to
 * 50 + 2 x key length just after one. The budget is 512 MB rather than
 * 256 MB so that the 7M-row benchmark pair (7M distinct ids, ~275 MB charged) passes with room; a desktop
 * Chromium worker holds that comfortably, and a larger input is refused, not crashed on.
 */
export const KEY_MEMORY_BUDGET_BYTES = 512 * 1024 * 1024;

/** Measured bytes per distinct key at 1M keys of 7 bytes, steady state (see above). */
export const KEY_TABLE_BYTES_PER_KEY = 35;

/**
 * Distinct keys guaranteed to fit the budget, for the UI to say before a run: the worst case, just after the
 * arrays double (25 bytes of columns and slots and 1 byte of arena per key byte, all doubled). With 7-byte keys
 * this is ~8.4M; with 36-byte keys (UUIDs) ~4.5M.
 */
export function approxMaxDistinctKeys(averageKeyBytes = 7, budgetBytes = KEY_MEMORY_BUDGET_BYTES): number {
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
