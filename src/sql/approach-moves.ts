import type { ApproachInput, DraftPhase } from './approach-types';

/** Dual-write: dual-write, backfill, shadow reads, switch reads, switch writes, stop old writes, decommission. */
export function dualWrite({ source, target, rows, soakHours }: ApproachInput): DraftPhase[] {
  return [
    {
      kind: 'sync',
      name: `Dual-write: the application writes to ${source} and ${target}`,
      steps: [
        `Deploy the write path that writes every change to ${source} first, then to ${target}, behind a flag`,
        `Log and retry failed writes to ${target}; alert on the failure rate`,
        'Turn the flag on for all writers',
      ],
      verification: `New writes land in both stores; ${source} stays the source of truth.`,
      checks: [['row-count', `rows written since the flag went on, in ${source} and ${target}`]],
      mechanism: 'flag-back',
    },
    {
      kind: 'backfill',
      name: `Backfill the history from ${source} into ${target}`,
      steps: [
        'Copy in batches by key range, with checkpoints so the copy pauses and resumes',
        'Throttle on the source’s latency; never overwrite a row the dual-write already wrote',
        'Carry deletes and tombstones, not only live rows',
      ],
      verification: 'Every key range is copied and checkpointed.',
      checks: [
        ['row-count', `${target} against ${source}`, { expectedRows: rows }],
        [
          'checksum',
          `${target} against ${source}`,
          { checksumTarget: 'checksum per key range, deletes included' },
        ],
      ],
      mechanism: 'flag-back',
      pausable: true,
    },
    {
      kind: 'verify',
      name: `Shadow reads: compare ${target} with ${source} on a share of reads`,
      steps: [
        `Read from both on a sample of requests; serve ${source}’s answer`,
        'Count and log every difference; run the reconciliation job that compares the stores',
      ],
      verification: 'The difference rate is zero over a full traffic cycle.',
      checks: [['checksum', 'shadow-read differences', { checksumTarget: 'no difference over a full day' }]],
      mechanism: 'flag-back',
    },
    {
      kind: 'cut-over',
      name: `Switch reads to ${target}`,
      steps: [`Move reads to ${target} by flag, a share at a time`, 'Watch error rate and p99 latency'],
      verification: 'Reads come from the new store within the rollback triggers’ thresholds.',
      checks: [['checksum', 'reconciliation between the stores', { checksumTarget: 'no divergence' }]],
      mechanism: 'flag-back',
    },
    {
      kind: 'cut-over',
      name: `Switch writes: ${target} becomes the source of truth`,
      steps: [
        `Write to ${target} first and to ${source} second, so ${source} stays complete for the way back`,
      ],
      verification: `${source} still receives every write.`,
      checks: [['checksum', 'reconciliation between the stores', { checksumTarget: 'no divergence' }]],
      mechanism: 'flag-back',
    },
    {
      kind: 'contract',
      name: `Stop writing to ${source} (after the ${soakHours} h soak)`,
      steps: [
        'Get the approval named for the point of no return',
        `Turn off the writes to ${source}; it goes stale from here`,
      ],
      verification: `Only ${target} is written; the soak passed without anomalies.`,
      checks: [
        ['row-count', `${target} against ${source} at the moment writes stop`, { expectedRows: rows }],
      ],
      mechanism: 'none',
    },
    {
      kind: 'decommission',
      name: `Decommission ${source}`,
      steps: ['Take a final backup of the source', `Delete ${source} and its hosts`],
      verification: 'Nothing reads or writes the old store.',
      checks: [['row-count', `final backup of ${source}`, { expectedRows: rows }]],
      mechanism: 'none',
      deletesSource: true,
    },
  ];
}

/**
 * Snapshot-and-replay: snapshot, bulk copy, catch-up with a lag gate, verify, cut-over with a write fence
 * and connection drain, reverse replication, decommission.
 */
export function snapshotReplay({ source, target, rows, soakHours, hasWindow }: ApproachInput): DraftPhase[] {
  return [
    {
      kind: 'sync',
      name: `Snapshot ${source} and start change capture`,
      steps: [
        'Start log-based replication (CDC) and record its position',
        'Take a consistent snapshot at that position',
      ],
      verification: 'The snapshot and the replication position match.',
      checks: [['row-count', `snapshot of ${source}`, { expectedRows: rows }]],
      mechanism: 'revert-deploy',
    },
    {
      kind: 'backfill',
      name: `Bulk copy the snapshot into ${target}`,
      steps: [
        'Load in batches with checkpoints, so the copy pauses and resumes',
        'Throttle on the source’s load',
      ],
      verification: 'Every batch is loaded and checkpointed.',
      checks: [
        ['row-count', `${target} against the snapshot`, { expectedRows: rows }],
        ['checksum', `${target} against the snapshot`, { checksumTarget: 'checksum per key range' }],
      ],
      mechanism: 'revert-deploy',
      pausable: true,
    },
    {
      kind: 'sync',
      name: 'Catch up: replay the changes until the lag passes the gate',
      steps: [
        'Replay from the recorded position',
        'Hold the lag under the gate (for example 5 s) for 10 minutes',
      ],
      verification: 'The replication lag stays under the gate.',
      checks: [['checksum', 'replication lag', { checksumTarget: 'under the lag gate for 10 minutes' }]],
      mechanism: 'revert-deploy',
    },
    {
      kind: 'verify',
      name: `Verify ${target} against ${source}`,
      steps: [
        'Compare counts and checksums on a consistent point',
        'Check referential integrity on the target',
      ],
      verification: 'Counts and checksums match; no orphan rows.',
      checks: [
        ['row-count', `${target} against ${source}`, { expectedRows: rows }],
        ['checksum', `${target} against ${source}`, { checksumTarget: 'checksum per table' }],
        ['referential', `${target}: foreign keys`],
      ],
      mechanism: 'revert-deploy',
    },
    {
      kind: 'cut-over',
      name: `Cut over to ${target}: write fence and connection drain`,
      steps: [
        `Fence writes on ${source} and drain its connections`,
        'Wait for the replication lag to reach zero',
        `Point the application (or the router) at ${target} and lift the fence`,
      ],
      verification: 'The fence lasted within the retry budget; the application serves from the target.',
      checks: [['row-count', `${target} against ${source} at the fence`, { expectedRows: rows }]],
      mechanism: 'reverse-replication',
      timing: hasWindow ? 'in-window' : 'online',
    },
    {
      kind: 'sync',
      name: `Reverse replication: ${target} back to ${source}`,
      steps: [
        `Replicate every write on ${target} back to ${source}`,
        'Alert when the reverse channel lags or breaks',
      ],
      verification: `${source} stays current, so the way back loses nothing.`,
      checks: [['checksum', 'reverse replication lag', { checksumTarget: 'under the lag gate' }]],
      mechanism: 'reverse-replication',
    },
    {
      kind: 'decommission',
      name: `Decommission ${source} (after the ${soakHours} h soak)`,
      steps: [
        'Get the approval named for the point of no return',
        'Stop reverse replication; take a final backup',
        `Delete ${source}`,
      ],
      verification: 'Nothing reads or writes the old store.',
      checks: [['row-count', `final backup of ${source}`, { expectedRows: rows }]],
      mechanism: 'none',
      deletesSource: true,
    },
  ];
}
