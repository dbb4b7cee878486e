import { checksum, referential, rowCount, step, type PhaseInput } from './parts';

/** Prepare the target, copy and stream, switch over with reverse replication, soak, decommission. */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-prepare',
    name: 'Expand: build the PostgreSQL 16 cluster, its schema and the publication',
    owner: 'DBA on call',
    kind: 'expand',
    durationMinutes: 120,
    steps: [
      step(
        's-prep-1',
        'Provision the PostgreSQL 16 primary and replica on the new hosts; set wal_level=logical on the source (needs a restart, schedule it).',
      ),
      step(
        's-prep-2',
        'Apply the schema with pg_dump --schema-only from the source; compare the two schemas.',
      ),
      step(
        's-prep-3',
        'Publish every table on the source.',
        'CREATE PUBLICATION billing_pub FOR ALL TABLES;',
      ),
    ],
    verification:
      'Schemas identical (pg_dump --schema-only diff is empty); the publication lists every table.',
    integrityChecks: [
      checksum(
        'ic-prep-1',
        'schema of billing on source and target',
        'sha256 of the normalised pg_dump --schema-only output is equal',
      ),
    ],
    pausable: true,
  },
  {
    id: 'ph-copy',
    name: 'Migrate: snapshot and replay (the subscription copies every table, then streams changes)',
    owner: 'DBA on call',
    kind: 'migrate',
    durationMinutes: 360,
    steps: [
      step(
        's-copy-1',
        'Subscribe on the new cluster; the initial copy runs table by table (max_sync_workers_per_subscription = 4).',
        "CREATE SUBSCRIPTION billing_sub CONNECTION 'host=old-billing-db dbname=billing user=replicator' PUBLICATION billing_pub WITH (copy_data = true, streaming = on);",
      ),
      step(
        's-copy-2',
        'Wait until every table is in state r (ready) in pg_subscription_rel; watch lag in pg_stat_subscription and the slot’s retained WAL on the source.',
      ),
      step(
        's-copy-3',
        'If the source’s disk or load needs it, pause with ALTER SUBSCRIPTION billing_sub DISABLE and resume with ENABLE.',
      ),
    ],
    verification: 'All tables ready; lag under 5 s at peak for a full day.',
    integrityChecks: [
      rowCount(
        'ic-copy-1',
        'all billing tables, source vs target at one LSN (subscription disabled briefly)',
        800_000_000,
      ),
      checksum(
        'ic-copy-2',
        'invoices and payments, per month',
        'md5 of string_agg of each row ordered by primary key is equal on both sides',
      ),
    ],
    pausable: true,
  },
  {
    id: 'ph-cutover',
    name: 'Migrate: cut over (pause writes, sync sequences, switch, start reverse replication)',
    owner: 'DBA on call',
    kind: 'migrate',
    durationMinutes: 20,
    steps: [
      step(
        's-cut-1',
        'PAUSE billing in pgbouncer; wait until the subscription’s latest_end_lsn reaches the source’s pg_current_wal_lsn().',
      ),
      step(
        's-cut-2',
        'Copy every sequence’s value to the new cluster with a margin (setval(..., last_value + 1000)).',
      ),
      step(
        's-cut-3',
        'Stop the forward subscription, then replicate back from the new cluster to the old one without copying (the old cluster already has every row).',
        "-- on PostgreSQL 16\nALTER SUBSCRIPTION billing_sub DISABLE;\nCREATE PUBLICATION billing_back_pub FOR ALL TABLES;\n-- on PostgreSQL 12\nCREATE SUBSCRIPTION billing_back_sub CONNECTION 'host=new-billing-db dbname=billing user=replicator' PUBLICATION billing_back_pub WITH (copy_data = false);",
      ),
      step(
        's-cut-4',
        'Point pgbouncer at the new primary, RESUME, and watch the first writes land on PostgreSQL 16 and replicate back.',
      ),
    ],
    verification:
      'Writes are served by PostgreSQL 16; the reverse subscription on the old cluster is streaming; error rate and p99 within the triggers.',
    integrityChecks: [
      rowCount('ic-cut-1', 'invoices, payments and ledger_entries, old vs new at the pause', null),
      referential(
        'ic-cut-2',
        'payments.invoice_id -> invoices.id on the new cluster',
        'payments_invoice_id_fkey',
      ),
    ],
    pausable: false,
  },
  {
    id: 'ph-soak',
    name: 'Migrate: run on PostgreSQL 16 with reverse replication to the old cluster',
    owner: 'Billing on call',
    kind: 'migrate',
    durationMinutes: 60,
    steps: [
      step(
        's-soak-1',
        'Compare row counts and checksums old vs new every night; keep the reverse lag under 60 s.',
      ),
      step('s-soak-2', 'Re-point the warehouse loader to a PostgreSQL 16 replica.'),
    ],
    verification: 'Nightly comparisons equal; no trigger fired for the whole soak.',
    integrityChecks: [
      rowCount('ic-soak-1', 'all billing tables, new vs old (reverse replica)', null),
      checksum('ic-soak-2', 'rows changed in the last 24 h', 'md5 per table equal on both clusters'),
    ],
    pausable: true,
  },
  {
    id: 'ph-decommission',
    name: 'Contract: stop reverse replication and retire PostgreSQL 12 (after the soak)',
    owner: 'DBA on call',
    kind: 'contract',
    durationMinutes: 60,
    steps: [
      step(
        's-dec-1',
        'Take a final pg_dump of the old cluster to cold storage, then drop the reverse subscription on it.',
        'DROP SUBSCRIPTION billing_back_sub;',
      ),
      step(
        's-dec-2',
        'Drop the forward subscription’s leftovers and the publications; shut down and release the old hosts.',
      ),
    ],
    verification: 'No replication slots left on either cluster; the old hosts are released.',
    integrityChecks: [
      checksum(
        'ic-dec-1',
        'final dump of the old cluster',
        'pg_restore --list of the dump succeeds; checksum recorded',
      ),
    ],
    pausable: false,
    deletesSource: true,
  },
];
