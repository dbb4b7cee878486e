import type { Facts } from './facts';

/**
 * Remedies that fit the plan: table-rebuild tools only for an in-place change of that dialect
 * (gh-ost and pt-online-schema-change are MySQL tools), and for data that moves to another store the
 * move's own machinery, never a table rebuild.
 */
export function onlineCopyAdvice(f: Facts): string {
  if (f.shape.movingCount > 0) {
    if (f.shape.sync === 'dual-write')
      return 'backfill the history online behind the dual-writes, in pausable batches';
    if (f.shape.sync === 'replication')
      return 'copy the snapshot online and let replication (CDC) catch up, so only the final catch-up and the cut-over run inside the window';
    return 'set up log-based replication (CDC) from the source so the bulk copy runs online, and only the final catch-up and the cut-over run inside the window';
  }
  return f.plan.assessment.schemaChange.dialect === 'mysql'
    ? 'use online schema-change tooling (gh-ost or pt-online-schema-change), which copies in throttled batches without locking the table'
    : 'backfill in small batches with a short lock_timeout (pgroll-style expand/contract, or pg-osc for a full table rebuild), each batch its own transaction';
}

/** What DC-04's batching means for this plan. */
export function batchingAdvice(f: Facts): string {
  if (f.shape.movingCount > 0)
    return f.shape.sync === 'dual-write'
      ? 'Set a batch size for the backfill behind the dual-writes, and make it pausable and resumable.'
      : 'Set a batch size for the bulk copy from the snapshot, and replay the changes (CDC) instead of locking the source.';
  return `Set a batch size, and ${onlineCopyAdvice(f)}.`;
}
