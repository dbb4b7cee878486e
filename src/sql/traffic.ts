import type { Blocks, TableRates } from './types';

/**
 * Lock x time x traffic: how many queries queue behind a lock, from the table's read and write
 * rates. Pure, and written against plain rates so that wherever the plan records them (issue 21's
 * per-datastore rates, pasted statistics, the CLI's --rates) they plug in unchanged.
 *
 * Two waits add up. While the statement waits for its own lock (up to lock_timeout, or for as long as
 * the longest transaction on the table runs when there is none), every later query that conflicts
 * with the requested mode queues behind it. Once granted, the lock blocks the same queries for as long
 * as it is held: a catalog-only change holds it for milliseconds, a rewrite or scan for as long as it
 * takes to read the table.
 */
export type LockQueueInput = {
  rates: TableRates;
  blocks: Blocks;
  /** lock_timeout in force, in seconds; null when none is set (waits without limit). */
  lockTimeoutSec: number | null;
  /** How long the lock is held once granted, in seconds; null when unknown. */
  holdSec: number | null;
};

export type LockQueueEstimate = {
  /** Blocked queries arriving per second: the writes, plus the reads when reads are blocked. */
  blockedPerSec: number;
  /** At most this many wait while the statement waits for its lock (null: no lock_timeout). */
  waitingWhileQueued: number | null;
  /** This many more wait while the lock is held (null: hold time unknown). */
  waitingWhileHeld: number | null;
};

export function estimateLockQueue(input: LockQueueInput): LockQueueEstimate {
  const { rates, blocks } = input;
  const blockedPerSec = (blocks.writes ? rates.writesPerSec : 0) + (blocks.reads ? rates.readsPerSec : 0);
  return {
    blockedPerSec,
    waitingWhileQueued: input.lockTimeoutSec === null ? null : blockedPerSec * input.lockTimeoutSec,
    waitingWhileHeld: input.holdSec === null ? null : blockedPerSec * input.holdSec,
  };
}

/** Two significant figures: an estimate, not a count. */
function count(n: number): string {
  if (n < 100) return String(Math.round(n));
  const unit = 10 ** (Math.floor(Math.log10(n)) - 1);
  return (Math.round(n / unit) * unit).toLocaleString('en-US');
}

const seconds = (s: number): string =>
  s >= 60 && s % 60 === 0 ? `${s / 60}min` : `${Number(s.toFixed(1))}s`;

export type TrafficInput = {
  table: string;
  rates: TableRates;
  blocks: Blocks;
  lockTimeoutSec: number | null;
  /** A rewrite or a scan: the lock is held for as long as the table takes to read. */
  long: boolean;
  holdSec?: number | null;
};

/**
 * The estimate in words: "~4,000 writes/s on orders queue behind this lock; with lock_timeout 3s at
 * most ~12,000 wait". Null when the lock blocks nothing that the table receives.
 */
export function trafficText(input: TrafficInput): string | null {
  const { rates, blocks, table } = input;
  const holdSec = input.holdSec ?? null;
  const e = estimateLockQueue({ rates, blocks, lockTimeoutSec: input.lockTimeoutSec, holdSec });
  if (e.blockedPerSec <= 0) return null;
  const what = [
    blocks.writes && rates.writesPerSec > 0 ? `${count(rates.writesPerSec)} writes/s` : null,
    blocks.reads && rates.readsPerSec > 0 ? `${count(rates.readsPerSec)} reads/s` : null,
  ]
    .filter((x): x is string => x !== null)
    .join(' and ');
  const parts = [`~${what} on ${table} queue behind this lock`];
  parts.push(
    e.waitingWhileQueued === null
      ? 'with no lock_timeout they wait as long as the longest transaction on the table runs'
      : `with lock_timeout ${seconds(input.lockTimeoutSec ?? 0)} at most ~${count(e.waitingWhileQueued)} wait before it gives up`,
  );
  if (e.waitingWhileHeld !== null) {
    parts.push(`holding it ~${seconds(holdSec ?? 0)} queues ~${count(e.waitingWhileHeld)} more`);
  } else if (input.long) {
    parts.push(
      `each minute it holds the lock while it reads the table queues ~${count(e.blockedPerSec * 60)} more`,
    );
  }
  return `${parts.join('; ')}.`;
}
