import { checksum, referential, rowCount, step, type PhaseInput } from './parts';

/**
 * Facade, data copied and streamed by CDC, shadow reads, reads then writes moved route by route (writes
 * synced back to the monolith), then the monolith's part retired after the soak.
 */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-facade',
    name: 'Expand: route /invoices through the gateway, still to the monolith',
    owner: 'Platform on call',
    kind: 'expand',
    timing: 'online',
    durationMinutes: 60,
    steps: [
      step(
        's-facade-1',
        'Add gateway routes for every /invoices and /credit-notes path, all pointing at the monolith (no behaviour change).',
      ),
      step(
        's-facade-2',
        'Compare response codes and latency through the gateway with direct traffic for a day.',
      ),
    ],
    verification: 'All invoicing traffic passes the gateway; error rate and p99 unchanged.',
    integrityChecks: [
      rowCount('ic-facade-1', 'invoices created per hour: gateway access log vs invoices table', null),
    ],
    pausable: true,
    // Gateway routes are configuration: the previous config goes back in seconds.
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-sync',
    name: 'Backfill: snapshot and stream the invoicing tables into invoicing-service (CDC)',
    owner: 'Invoicing on call',
    kind: 'backfill',
    timing: 'online',
    durationMinutes: 240,
    steps: [
      step(
        's-sync-1',
        'Start the Debezium connector for invoices, invoice_lines and credit_notes with an initial snapshot; invoicing-service consumes into its own schema through a translation layer.',
      ),
      step(
        's-sync-2',
        'After the snapshot, keep streaming; the consumer is idempotent (upsert by id and source LSN) and can be paused and replayed from a Kafka offset.',
      ),
    ],
    verification: 'Snapshot complete; CDC lag under 5 s; the translation layer reports no rejected events.',
    integrityChecks: [
      rowCount(
        'ic-sync-1',
        'invoices, invoice_lines, credit_notes: monolith vs invoicing-service',
        60_000_000,
      ),
      checksum('ic-sync-2', 'invoices per month', 'sum(total_cents) and count equal on both sides'),
    ],
    pausable: true,
    // Stop the connector and drop invoicing-service's tables: the monolith was only read.
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-shadow',
    name: 'Verify: the gateway mirrors read requests to invoicing-service and compares',
    owner: 'Invoicing on call',
    kind: 'verify',
    timing: 'online',
    // A week of mirrored traffic, month end included.
    durationMinutes: 10_080,
    steps: [
      step(
        's-shadow-1',
        'The gateway mirrors GET /invoices/* and /credit-notes/* to invoicing-service and compares the responses; the customer always gets the monolith’s (mismatches logged).',
      ),
      step(
        's-shadow-2',
        'Fix every mismatch class before moving any read; hold the mirror for at least a week including a month end.',
      ),
    ],
    verification: 'Response comparison clean for a week, each remaining difference explained.',
    integrityChecks: [
      checksum('ic-shadow-1', 'mirrored GET responses, last 24 h', 'unexplained differences = 0'),
    ],
    pausable: true,
    rollbackMechanism: 'flag-back',
  },
  {
    id: 'ph-reads',
    name: 'Cut over reads: route read requests to invoicing-service by percentage, route group by route group',
    owner: 'Invoicing on call',
    kind: 'cut-over',
    timing: 'online',
    // Two route groups (invoices, credit notes), four steps of 45 minutes each.
    durationMinutes: 360,
    steps: [
      step(
        's-reads-1',
        'Route GET /invoices/* 5%, 25%, 50%, 100% to invoicing-service, one route group at a time, each step held at least 45 minutes (the error-rate trigger’s sample); the monolith still takes every write.',
      ),
      step(
        's-reads-2',
        'Any trigger: set the route group’s weight back to the monolith first, investigate second.',
      ),
    ],
    verification: 'Error rate and p99 of the moved routes within the triggers; CDC lag under 5 s.',
    integrityChecks: [
      checksum(
        'ic-reads-1',
        'invoices read through invoicing-service, last 24 h',
        'unexplained differences from the monolith = 0',
      ),
    ],
    pausable: true,
    // The monolith is still the source of truth: weights back and nothing is lost.
    rollbackMechanism: 'flag-back',
  },
  {
    id: 'ph-writes',
    name: 'Cut over writes: invoicing-service owns writes, synced back to the monolith’s tables',
    owner: 'Invoicing on call',
    kind: 'cut-over',
    timing: 'online',
    durationMinutes: 240,
    steps: [
      step(
        's-writes-1',
        'Stop the CDC consumer for the moved tables; invoicing-service writes and publishes each change through its outbox, which a sync job applies to the monolith’s tables.',
      ),
      step(
        's-writes-2',
        'Route POST/PUT for invoices 5%, 50%, 100% to invoicing-service, each step held at least 45 minutes, idempotency keys preserved across both systems.',
      ),
      step(
        's-writes-3',
        'Run the reconciliation job nightly: both sides compared invoice by invoice, alerts on divergence.',
      ),
    ],
    verification:
      'Every write lands in invoicing-service and, through the sync-back, in the monolith’s tables; reconciliation clean.',
    integrityChecks: [
      rowCount('ic-writes-1', 'invoices: invoicing-service vs monolith tables', null),
      referential(
        'ic-writes-2',
        'invoices.order_id (invoicing-service) -> orders.id (monolith)',
        'nightly job: every order_id exists',
      ),
    ],
    pausable: true,
    // Writes go back by gateway weight; the outbox has kept the monolith's tables current meanwhile,
    // until the decommission stops it.
    rollbackMechanism: 'reverse-replication',
  },
  {
    id: 'ph-retire',
    name: 'Decommission: delete the monolith’s invoicing code and tables (after the soak)',
    owner: 'Invoicing on call',
    kind: 'decommission',
    timing: 'online',
    durationMinutes: 120,
    steps: [
      step(
        's-retire-1',
        'Move the finance exports and the last monolith reports to invoicing-service’s API; stop the sync-back.',
      ),
      step(
        's-retire-2',
        'Archive the monolith’s invoicing tables, then drop them in a later release; remove the dead code.',
      ),
    ],
    verification:
      'Nothing reads the monolith’s invoicing tables (pg_stat_user_tables shows no scans for 14 days).',
    integrityChecks: [
      rowCount('ic-retire-1', 'archived invoices vs invoicing-service at the stop', 60_000_000),
    ],
    pausable: false,
    deletesSource: true,
    // Once the sync-back stops, the way back is the archive, without what was written since.
    rollbackMechanism: 'restore-backup',
  },
];
