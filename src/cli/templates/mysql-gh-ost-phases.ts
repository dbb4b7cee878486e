import { checksum, rowCount, step, type PhaseInput } from './parts';

/** Copy with gh-ost, cut over, canary the application, drop the old table after the soak. */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-copy',
    name: 'Expand: gh-ost copies orders into the ghost table and replays the binlog',
    owner: 'DBA on call',
    kind: 'expand',
    durationMinutes: 300,
    steps: [
      step(
        's-copy-1',
        'Pre-flight: confirm binlog_format=ROW and binlog_row_image=FULL, no foreign keys or triggers on orders, a primary key, and free disk for a full copy.',
      ),
      step(
        's-copy-2',
        'Start gh-ost from a replica connection with the cut-over postponed: --alter="ADD COLUMN fulfilment_status VARCHAR(32) NULL, ADD INDEX idx_orders_fulfilment (fulfilment_status, created_at)" --chunk-size=1000 --max-lag-millis=1500 --throttle-control-replicas=<all replicas> --max-load=Threads_running=50 --critical-load=Threads_running=200 --postpone-cut-over-flag-file=/var/run/gh-ost/orders.postpone --serve-socket-file=/var/run/gh-ost/orders.sock --cut-over-lock-timeout-seconds=3 --ok-to-drop-table=false --exact-rowcount --execute. It creates _orders_gho with the new column and index, copies rows in chunks and applies the binlog.',
      ),
      step(
        's-copy-3',
        'Watch progress and throttling through the socket ("status"); "throttle" pauses the copy and "no-throttle" resumes it, so the copy can stop for peak hours.',
      ),
    ],
    verification:
      'gh-ost reports "copy complete" and is only applying the binlog; replica lag stays under 1.5 s; the ghost table has the new column and index.',
    integrityChecks: [
      rowCount(
        'ic-copy-1',
        'orders vs _orders_gho (exact count on a replica with replication stopped)',
        250_000_000,
      ),
      checksum(
        'ic-copy-2',
        'orders vs _orders_gho, per 1M-id range',
        'BIT_XOR(CRC32(CONCAT_WS("#", id, customer_id, total_cents, status, updated_at))) equal on both tables',
      ),
    ],
    pausable: true,
  },
  {
    id: 'ph-cutover',
    name: 'Migrate: cut over with an atomic rename at low traffic',
    owner: 'DBA on call',
    kind: 'migrate',
    durationMinutes: 15,
    steps: [
      step(
        's-cut-1',
        'In the low-traffic window, with replica lag under 1 s, remove the postpone flag file; gh-ost locks orders, renames orders to _orders_del and _orders_gho to orders, and unlocks (a few seconds; it retries if the 3 s lock timeout is hit).',
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
      checksum(
        'ic-cut-2',
        'orders written in the last hour',
        'same per-range BIT_XOR(CRC32(...)) on the primary and on each replica',
      ),
    ],
    pausable: false,
  },
  {
    id: 'ph-app',
    name: 'Migrate: canary orders-service using fulfilment_status behind a flag',
    owner: 'Orders on call',
    kind: 'migrate',
    durationMinutes: 120,
    steps: [
      step(
        's-app-1',
        'Deploy orders-service writing and reading fulfilment_status behind flag orders.fulfilment_status (off).',
      ),
      step(
        's-app-2',
        'Turn the flag on for 5%, then 25%, then 100% of requests, 20 minutes per step, watching the triggers.',
      ),
      step(
        's-app-3',
        'Backfill fulfilment_status for existing open orders in batches of 1,000 by id (resumable); closed orders stay NULL.',
      ),
    ],
    verification:
      'New orders carry fulfilment_status; queries on the new index use it (EXPLAIN); error rate and p99 within the triggers.',
    integrityChecks: [
      rowCount('ic-app-1', 'orders created since the flag reached 100% with fulfilment_status IS NULL', 0),
      checksum(
        'ic-app-2',
        'open orders',
        'count of open orders with fulfilment_status IS NULL = 0 after the backfill',
      ),
    ],
    pausable: true,
  },
  {
    id: 'ph-drop-old',
    name: 'Contract: drop _orders_del (after the soak)',
    owner: 'DBA on call',
    kind: 'contract',
    durationMinutes: 20,
    steps: [
      step(
        's-drop-1',
        'After the 24 h soak and the approver’s sign-off, drop the old table at low traffic (a large DROP TABLE can stall the buffer pool briefly; watch Threads_running).',
        'DROP TABLE _orders_del;',
      ),
    ],
    verification: '_orders_del is gone; disk space recovered; orders-service healthy.',
    integrityChecks: [rowCount('ic-drop-1', 'orders', 250_000_000)],
    pausable: false,
    deletesSource: true,
  },
];
