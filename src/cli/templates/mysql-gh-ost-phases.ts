import { checksum, rowCount, step, type PhaseInput } from './parts';

const GH_OST = [
  'gh-ost --host=<a replica> --database=shop --table=orders',
  '--alter="ADD COLUMN fulfilment_status VARCHAR(32) NULL, ADD INDEX idx_orders_fulfilment (fulfilment_status, created_at)"',
  '--chunk-size=1000 --max-lag-millis=1500 --throttle-control-replicas=<all replicas>',
  '--max-load=Threads_running=50 --critical-load=Threads_running=200',
  '--postpone-cut-over-flag-file=/var/run/gh-ost/orders.postpone --serve-socket-file=/var/run/gh-ost/orders.sock',
  '--cut-over-lock-timeout-seconds=3 --ok-to-drop-table=false --exact-rowcount',
].join(' ');

const RANGE_CHECKSUM =
  'BIT_XOR(CRC32(CONCAT_WS("#", id, customer_id, total_cents, status, updated_at))) per 1M-id range equal on both tables';

/** Pre-flight, gh-ost's copy, the cut-over, the application behind a flag, the old table dropped after the soak. */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-expand',
    name: 'Expand: pre-flight, then gh-ost creates the ghost table with the new column and index',
    owner: 'DBA on call',
    kind: 'expand',
    timing: 'online',
    durationMinutes: 30,
    steps: [
      step(
        's-expand-1',
        'Pre-flight: binlog_format=ROW and binlog_row_image=FULL, no foreign keys or triggers on orders, a primary key, and free disk on the primary and every replica for a full copy plus a day of binlogs.',
      ),
      step('s-expand-2', `Dry run: ${GH_OST} (without --execute); it checks everything and changes nothing.`),
      step(
        's-expand-3',
        `Start it: the same command with --execute. gh-ost creates _orders_gho with the new column and index and _orders_ghc for its state, and begins copying; the cut-over waits for the flag file to be removed.`,
      ),
    ],
    verification:
      '_orders_gho has the new column and index and otherwise the same definition as orders; gh-ost "status" shows the copy running.',
    integrityChecks: [
      checksum(
        'ic-expand-1',
        'SHOW CREATE TABLE _orders_gho vs orders',
        'identical except fulfilment_status and idx_orders_fulfilment',
      ),
    ],
    pausable: true,
    // "panic" on the socket stops gh-ost; dropping the two ghost tables leaves orders as it was.
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-copy',
    name: 'Backfill: gh-ost copies rows in throttled chunks and replays the binlog',
    owner: 'DBA on call',
    kind: 'backfill',
    timing: 'online',
    durationMinutes: 300,
    steps: [
      step(
        's-copy-1',
        'Watch progress and throttling through the socket ("status"); "throttle" pauses the copy for peak hours and "no-throttle" resumes it. gh-ost throttles itself on replica lag (1.5 s) and Threads_running (50).',
      ),
      step(
        's-copy-2',
        'When gh-ost reports the copy complete, it only applies the binlog; compare the tables on a replica with replication stopped briefly.',
      ),
    ],
    verification:
      'gh-ost reports "copy complete" and is only applying the binlog; replica lag stays under 1.5 s; the tables match.',
    integrityChecks: [
      rowCount(
        'ic-copy-1',
        'orders vs _orders_gho (exact count on a replica with replication stopped)',
        250_000_000,
      ),
      checksum('ic-copy-2', 'orders vs _orders_gho, per 1M-id range', RANGE_CHECKSUM),
    ],
    pausable: true,
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-cutover',
    name: 'Cut over: the atomic rename, in the low-traffic hours',
    owner: 'DBA on call',
    kind: 'cut-over',
    timing: 'in-window',
    durationMinutes: 15,
    steps: [
      step(
        's-cut-1',
        'With replica lag under 1 s, remove the postpone flag file; gh-ost locks orders, renames orders to _orders_del and _orders_gho to orders, and unlocks (a few seconds; it retries when the 3 s lock timeout is hit).',
      ),
      step(
        's-cut-2',
        'Confirm gh-ost exited successfully and the new column and index exist on the primary and every replica.',
      ),
    ],
    verification:
      'SHOW CREATE TABLE orders has the new column and index everywhere; error rate and p99 of orders-service unchanged.',
    integrityChecks: [
      rowCount(
        'ic-cut-1',
        'orders (after the cut-over) vs _orders_del at the cut-over position',
        250_000_000,
      ),
      checksum('ic-cut-2', 'orders written in the last hour, primary vs each replica', RANGE_CHECKSUM),
    ],
    pausable: false,
    // The column is additive: old code ignores it, and gh-ost with the reverse --alter takes it out
    // again online, losing nothing. _orders_del stays until the contract as the copy of last resort.
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-app',
    name: 'Canary orders-service using fulfilment_status behind a flag',
    owner: 'Orders on call',
    kind: 'migrate',
    timing: 'online',
    durationMinutes: 120,
    steps: [
      step(
        's-app-1',
        'Deploy orders-service writing and reading fulfilment_status behind flag orders.fulfilment_status (off).',
      ),
      step(
        's-app-2',
        'Turn the flag on for 5%, then 25%, then 100% of requests, 20 minutes per step, watching the triggers. Any trigger: flag to 0% first.',
      ),
      step(
        's-app-3',
        'Fill fulfilment_status for the open orders (about 2M) in batches of 1,000 by id, resumable from the last id; closed orders stay NULL.',
      ),
    ],
    verification:
      'New orders carry fulfilment_status; queries on the new index use it (EXPLAIN); error rate and p99 within the triggers.',
    integrityChecks: [
      rowCount('ic-app-1', 'orders created since the flag reached 100% with fulfilment_status IS NULL', 0),
      rowCount('ic-app-2', 'open orders with fulfilment_status IS NULL after the fill', 0),
    ],
    pausable: true,
    rollbackMechanism: 'flag-back',
  },
  {
    id: 'ph-drop-old',
    name: 'Contract: drop _orders_del (after the soak)',
    owner: 'DBA on call',
    kind: 'contract',
    timing: 'online',
    durationMinutes: 20,
    steps: [
      step(
        's-drop-1',
        'After the 24 h soak and the approver’s sign-off, drop the old table at low traffic with a short lock wait (a large DROP TABLE can stall the buffer pool briefly; watch Threads_running).',
        'SET SESSION lock_wait_timeout = 5;\nDROP TABLE _orders_del;',
      ),
    ],
    verification: '_orders_del is gone; disk space recovered; orders-service healthy.',
    integrityChecks: [rowCount('ic-drop-1', 'orders', 250_000_000)],
    pausable: false,
    deletesSource: true,
    rollbackMechanism: 'restore-backup',
  },
];
