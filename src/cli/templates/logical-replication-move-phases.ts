import { checksum, referential, rowCount, step, type PhaseInput } from './parts';

// UPDATE and DELETE on a published table fail without a key to identify the row: list any such table.
const KEYLESS_SQL = `SELECT c.oid::regclass AS table_without_replica_identity
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND (c.relreplident = 'n'
    OR (c.relreplident = 'd'
      AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.oid AND i.indisprimary)));`;

const SUBSCRIBE_SQL = `SET lock_timeout = '5s';
CREATE SUBSCRIPTION billing_sub
  CONNECTION 'host=old-billing-db dbname=billing user=replicator'
  PUBLICATION billing_pub WITH (copy_data = true);`;

const COPY_STATE_SQL = `SELECT srrelid::regclass AS still_copying, srsubstate
FROM pg_subscription_rel WHERE srsubstate <> 'r';`;

// On the publisher: how far the subscription is behind, in bytes of WAL the slot still holds.
const LAG_SQL = `SELECT slot_name,
  pg_size_pretty(pg_wal_lsn_diff(pg_current_wal_lsn(), confirmed_flush_lsn)) AS behind
FROM pg_replication_slots WHERE slot_type = 'logical';`;

// Logical replication does not carry sequences: print a setval for each, with a margin, for the new side.
const SEQUENCES_SQL = `SELECT format('SELECT setval(%L, %s, true);', schemaname || '.' || sequencename,
  coalesce(last_value, 0) + 1000)
FROM pg_sequences;`;

// Dropping the forward subscription drops its slot on the old cluster, which would otherwise hold
// every byte of WAL the reverse replication writes there for the whole soak.
const REVERSE_PUB_SQL = `SET lock_timeout = '5s';
DROP SUBSCRIPTION billing_sub;
CREATE PUBLICATION billing_back_pub FOR ALL TABLES;`;

// The old cluster already has every row up to the pause, so the reverse subscription copies nothing.
const REVERSE_SUB_SQL = `SET lock_timeout = '5s';
CREATE SUBSCRIPTION billing_back_sub
  CONNECTION 'host=new-billing-db dbname=billing user=replicator'
  PUBLICATION billing_back_pub WITH (copy_data = false);`;

/**
 * Prepare the target, snapshot, copy online, catch up behind a lag gate, verify, cut over inside the
 * window with reverse replication started, soak with the old cluster kept current, decommission.
 */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-prepare',
    name: 'Expand: build the PostgreSQL 16 cluster, its schema and the publication',
    owner: 'DBA on call',
    kind: 'expand',
    timing: 'online',
    durationMinutes: 120,
    steps: [
      step(
        's-prep-1',
        'Provision the PostgreSQL 16 primary and replica on the new hosts; set wal_level=logical on the source (needs a restart: schedule it in a quiet hour).',
      ),
      step(
        's-prep-2',
        'Every table needs a primary key or a replica identity; this lists those that do not.',
        KEYLESS_SQL,
      ),
      step(
        's-prep-3',
        'Apply the schema with pg_dump --schema-only from the source; compare the two schemas. Publish every table on the source.',
        "SET lock_timeout = '5s';\nCREATE PUBLICATION billing_pub FOR ALL TABLES;",
      ),
    ],
    verification:
      'No table is listed without a replica identity; schemas identical (pg_dump --schema-only diff is empty); the publication lists every table.',
    integrityChecks: [
      checksum(
        'ic-prep-1',
        'schema of billing on source and target',
        'sha256 of the normalised pg_dump --schema-only output is equal',
      ),
    ],
    pausable: true,
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-snapshot',
    name: 'Snapshot: subscribe, which takes a consistent snapshot and starts change capture',
    owner: 'DBA on call',
    kind: 'sync',
    timing: 'online',
    durationMinutes: 15,
    steps: [
      step(
        's-snap-1',
        'Subscribe on the new cluster: this creates the replication slot on the source, takes the snapshot each table is copied from, and records the position the changes replay from.',
        SUBSCRIBE_SQL,
      ),
    ],
    verification: 'The slot exists on the source and is active; pg_stat_subscription shows the workers.',
    integrityChecks: [rowCount('ic-snap-1', 'logical replication slots for billing_sub on the source', 1)],
    pausable: false,
    // Dropping the subscription also drops the slot; the old cluster was never written by the move.
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-copy',
    name: 'Backfill: the initial copy, table by table, online',
    owner: 'DBA on call',
    kind: 'backfill',
    timing: 'online',
    durationMinutes: 360,
    steps: [
      step(
        's-copy-1',
        'Wait until every table is in state r (ready); four tables copy at a time (max_sync_workers_per_subscription = 4).',
        COPY_STATE_SQL,
      ),
      step(
        's-copy-2',
        'Watch the WAL the slot holds on the source; if its disk or load needs it, pause with ALTER SUBSCRIPTION billing_sub DISABLE and resume with ENABLE.',
        LAG_SQL,
      ),
    ],
    verification: 'Every table is ready; the slot’s retained WAL is shrinking.',
    integrityChecks: [
      rowCount('ic-copy-1', 'all billing tables, source vs target (estimates from pg_class)', 800_000_000),
    ],
    pausable: true,
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-catch-up',
    name: 'Sync: replay the changes until the lag passes the gate',
    owner: 'DBA on call',
    kind: 'sync',
    timing: 'online',
    durationMinutes: 1_440,
    steps: [
      step(
        's-catch-1',
        'Gate: the slot is under 16 MB behind (about 5 s of peak writes) for a full day including the peak hours.',
        LAG_SQL,
      ),
    ],
    verification: 'Lag under the gate for 24 h; no replication worker errors in the new cluster’s log.',
    integrityChecks: [
      checksum('ic-catch-1', 'replication lag over the last 24 h', 'under 16 MB (about 5 s) at every sample'),
    ],
    pausable: true,
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-verify',
    name: 'Verify: compare the two clusters at one position',
    owner: 'DBA on call',
    kind: 'verify',
    timing: 'online',
    durationMinutes: 120,
    steps: [
      step(
        's-verify-1',
        'Disable the subscription for the comparison, note the position it stopped at, compare counts and per-month checksums, then enable it again.',
      ),
      step(
        's-verify-2',
        'Run the application test suite and a replay of read-only production queries against the new cluster (changed behaviour since 12: planner, collations, removed functions).',
      ),
    ],
    verification: 'Counts and checksums equal; referential integrity holds on the target; test suite green.',
    integrityChecks: [
      rowCount('ic-verify-1', 'all billing tables, source vs target at one position', 800_000_000),
      checksum(
        'ic-verify-2',
        'invoices and payments, per month',
        'md5 of string_agg of each row ordered by primary key is equal on both sides',
      ),
      referential(
        'ic-verify-3',
        'payments.invoice_id -> invoices.id on the new cluster',
        'payments_invoice_id_fkey',
      ),
    ],
    pausable: true,
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-cutover',
    name: 'Cut over: pause writes, sync sequences, start reverse replication, switch',
    owner: 'DBA on call',
    kind: 'cut-over',
    timing: 'in-window',
    durationMinutes: 20,
    steps: [
      step(
        's-cut-1',
        'PAUSE billing in pgbouncer (the write fence: clients wait, they are not refused); wait until the slot has nothing left to send (the lag query shows 0 bytes).',
      ),
      step(
        's-cut-2',
        'Run this on the old cluster and the statements it prints on the new one: every sequence’s value with a margin of 1,000.',
        SEQUENCES_SQL,
      ),
      step(
        's-cut-3',
        'On the new cluster: drop the forward subscription (and with it its slot on the old cluster) and publish every table back.',
        REVERSE_PUB_SQL,
      ),
      step(
        's-cut-4',
        'On the old cluster: subscribe to the new one without copying. (PostgreSQL 12 has no origin = none; with the forward subscription gone nothing loops.)',
        REVERSE_SUB_SQL,
      ),
      step(
        's-cut-5',
        'Point pgbouncer at the new primary and RESUME; watch the first writes land on PostgreSQL 16 and replicate back. The pause must stay under 5 minutes: if not, RESUME on the old cluster and try another night.',
      ),
    ],
    verification:
      'Writes are served by PostgreSQL 16; the reverse subscription on the old cluster is streaming; error rate and p99 within the triggers.',
    integrityChecks: [
      rowCount('ic-cut-1', 'invoices, payments and ledger_entries, old vs new at the pause', null),
      checksum('ic-cut-2', 'sequences, old vs new', 'every last_value on the new cluster above the old one'),
    ],
    pausable: false,
    rollbackMechanism: 'reverse-replication',
  },
  {
    id: 'ph-reverse',
    name: 'Soak on PostgreSQL 16 with reverse replication keeping the old cluster current',
    owner: 'Billing on call',
    kind: 'sync',
    timing: 'online',
    durationMinutes: 60,
    steps: [
      step(
        's-rev-1',
        'Compare row counts and checksums old vs new every night; keep the reverse lag under the gate (the lag query, run on the new cluster).',
        LAG_SQL,
      ),
      step('s-rev-2', 'Re-point the warehouse loader to a PostgreSQL 16 replica.'),
    ],
    verification:
      'Nightly comparisons equal; reverse lag under the gate; no trigger fired for the whole soak.',
    integrityChecks: [
      rowCount('ic-rev-1', 'all billing tables, new vs old (reverse replica)', null),
      checksum('ic-rev-2', 'rows changed in the last 24 h', 'md5 per table equal on both clusters'),
    ],
    pausable: true,
    // Switching back is another short pause, now in the other direction, until the decommission.
    rollbackMechanism: 'reverse-replication',
  },
  {
    id: 'ph-decommission',
    name: 'Decommission: stop reverse replication and retire PostgreSQL 12 (after the soak)',
    owner: 'DBA on call',
    kind: 'decommission',
    timing: 'online',
    durationMinutes: 60,
    steps: [
      step(
        's-dec-1',
        'After the soak and the approver’s sign-off, take a final pg_dump of the old cluster to cold storage, then drop the reverse subscription on it (this drops its slot on the new cluster).',
        "SET lock_timeout = '5s';\nDROP SUBSCRIPTION billing_back_sub;",
      ),
      step(
        's-dec-2',
        'On the new cluster, drop the reverse publication; then shut down and release the old hosts.',
        "SET lock_timeout = '5s';\nDROP PUBLICATION billing_back_pub;",
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
    rollbackMechanism: 'none',
  },
];
