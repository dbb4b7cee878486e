import { checksum, referential, rowCount, step, type PhaseInput } from './parts';

/** Facade, data sync, reads, writes, then retire the monolith's part. */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-facade',
    name: 'Expand: route /invoices through the gateway, still to the monolith',
    owner: 'Platform on call',
    kind: 'expand',
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
  },
  {
    id: 'ph-sync',
    name: 'Migrate: snapshot and stream the invoicing tables into invoicing-service (CDC)',
    owner: 'Invoicing on call',
    kind: 'migrate',
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
  },
  {
    id: 'ph-reads',
    name: 'Migrate: move read routes to invoicing-service by percentage',
    owner: 'Invoicing on call',
    kind: 'migrate',
    durationMinutes: 240,
    steps: [
      step(
        's-reads-1',
        'Shadow first: the gateway mirrors GET requests to invoicing-service and compares responses (mismatches logged).',
      ),
      step(
        's-reads-2',
        'Then route GET /invoices/* 5%, 25%, 50%, 100% to invoicing-service, one route group at a time.',
      ),
    ],
    verification: 'Response comparison clean; error rate and p99 of the moved routes within the triggers.',
    integrityChecks: [
      checksum('ic-reads-1', 'mirrored GET responses, last 24 h', 'unexplained differences = 0'),
    ],
    pausable: true,
  },
  {
    id: 'ph-writes',
    name: 'Migrate: invoicing-service owns writes; sync back to the monolith’s tables',
    owner: 'Invoicing on call',
    kind: 'migrate',
    durationMinutes: 240,
    steps: [
      step(
        's-writes-1',
        'Stop the CDC consumer for the moved tables; invoicing-service writes and publishes each change through its outbox, which a sync job applies to the monolith’s tables.',
      ),
      step(
        's-writes-2',
        'Route POST/PUT for invoices 5%, 50%, 100% to invoicing-service, idempotency keys preserved across both systems.',
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
  },
  {
    id: 'ph-retire',
    name: 'Contract: delete the monolith’s invoicing code and tables (after the soak)',
    owner: 'Invoicing on call',
    kind: 'contract',
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
  },
];
