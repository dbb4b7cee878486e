/**
 * Memory for the key diff grows with the number of distinct keys (the source's keys, plus target-only keys,
 * or the parent's keys for the referential check). It is held in typed arrays (key-table.ts) whose size is
 * known exactly, so the check can refuse before the tab runs out of memory instead of crashing it.
 *
 * Measured in Node 20 for 1M distinct 7-byte keys (src/bench/integrity.bench.ts): see
 * KEY_TABLE_BYTES_PER_KEY. The figure includes the hash slots at their load factor and the growth slack of the
 * arrays, so it is what the budget is charged, not a best case.
 */
export const KEY_MEMORY_BUDGET_BYTES = 512 * 1024 * 1024;

/** Measured bytes per distinct key (7-byte keys, steady state); longer keys add their length. */
export const KEY_TABLE_BYTES_PER_KEY = 48;

/**
 * About how many distinct keys fit the default budget, for the UI to say before a run. With 7-byte keys this is
 * ~11M, which covers the 7M-row benchmark pair with room; keys of 36 bytes (UUIDs) fit ~6.9M.
 */
export function approxMaxDistinctKeys(averageKeyBytes = 7, budgetBytes = KEY_MEMORY_BUDGET_BYTES): number {
  return Math.floor(budgetBytes / (KEY_TABLE_BYTES_PER_KEY - 7 + averageKeyBytes));
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
