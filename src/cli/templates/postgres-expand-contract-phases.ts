import { checksum, referential, rowCount, step, type PhaseInput } from './parts';

// Every step that takes a lock sets lock_timeout first: a lock that queues behind a long transaction
// blocks every later query on orders, so it gives up after 3 s and the runner retries.
const ADD_COLUMN_SQL = `SET lock_timeout = '3s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS id_new bigint;`;

// Both functions are new, so CREATE (not OR REPLACE): nothing that old code calls is changed. The reverse
// one is installed by the swap, and keeps id_old current for the way back.
const SYNC_TRIGGER_SQL = `SET lock_timeout = '3s';
CREATE FUNCTION orders_sync_id_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.id_new := NEW.id;
  RETURN NEW;
END $$;
CREATE FUNCTION orders_sync_id_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.id_old := NEW.id;
  RETURN NEW;
END $$;
CREATE TRIGGER orders_sync_id_new BEFORE INSERT OR UPDATE ON orders
  FOR EACH ROW EXECUTE FUNCTION orders_sync_id_new();`;

const INDEX_SQL = `SET lock_timeout = '3s';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_id_new_key ON orders (id_new);`;

// Self-contained, so any runner can repeat it: the rows still to do are found through the unique index
// (NULLs are indexed), and rows locked by the application are skipped and picked up by a later batch.
const BACKFILL_SQL = `-- One batch in its own transaction; repeat until it updates no row, 50 ms apart.
SET lock_timeout = '3s';
UPDATE orders SET id_new = id
WHERE id IN (
  SELECT id FROM orders WHERE id_new IS NULL LIMIT 10000 FOR UPDATE SKIP LOCKED
);`;

const NOT_NULL_SQL = `SET lock_timeout = '3s';
ALTER TABLE orders ADD CONSTRAINT orders_id_new_not_null CHECK (id_new IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_id_new_not_null;`;

const CONTRACT_SQL = `SET lock_timeout = '3s';
DROP TRIGGER orders_sync_id_old ON orders;
DROP FUNCTION orders_sync_id_old();
ALTER TABLE orders DROP CONSTRAINT orders_id_new_not_null;
ALTER TABLE orders DROP COLUMN id_old;`;

/** Expand, backfill, canary the 64-bit application, swap, and contract after the soak. */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-expand',
    name: 'Expand: add id_new, the sync trigger and its unique index',
    owner: 'DBA on call',
    kind: 'expand',
    timing: 'online',
    durationMinutes: 90,
    steps: [
      step('s-expand-1', 'Add the bigint shadow column (catalog only: no rewrite).', ADD_COLUMN_SQL),
      step(
        's-expand-2',
        'Create the two sync functions and install the trigger that copies id into id_new on every insert and update.',
        SYNC_TRIGGER_SQL,
      ),
      step(
        's-expand-3',
        'Build the unique index concurrently (about an hour at 400M rows); if it ends INVALID, drop it concurrently and build it again.',
        INDEX_SQL,
      ),
    ],
    verification:
      'Column, trigger and a valid index exist (pg_index.indisvalid); rows written since the trigger carry id_new = id.',
    integrityChecks: [
      rowCount('ic-expand-1', 'orders', 400_000_000),
      checksum(
        'ic-expand-2',
        'orders rows written since the trigger was installed',
        'count(*) WHERE id_new IS DISTINCT FROM id = 0',
      ),
    ],
    pausable: true,
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-backfill',
    name: 'Backfill id_new in batches of 10,000',
    owner: 'DBA on call',
    kind: 'backfill',
    timing: 'online',
    durationMinutes: 240,
    steps: [
      step(
        's-backfill-1',
        'Repeat the batch until it updates no row; pause when replica lag passes 30 s or at peak hours, and resume with the same statement.',
        BACKFILL_SQL,
      ),
      step(
        's-backfill-2',
        'Add a NOT NULL check constraint as NOT VALID, then validate it without blocking writes, so that the swap can make id_new the primary key without a scan under its lock.',
        NOT_NULL_SQL,
      ),
    ],
    verification: 'No row has id_new IS NULL; id_new = id for every row.',
    integrityChecks: [
      rowCount('ic-backfill-1', 'orders', 400_000_000),
      checksum(
        'ic-backfill-2',
        'orders (id, id_new)',
        'sum(id) = sum(id_new) and count(*) WHERE id_new IS NULL = 0',
      ),
    ],
    pausable: true,
    rollbackMechanism: 'revert-deploy',
  },
  {
    id: 'ph-canary',
    name: 'Canary orders-api and billing-worker builds that read order ids as 64-bit',
    owner: 'Payments platform on call',
    kind: 'migrate',
    timing: 'online',
    durationMinutes: 90,
    steps: [
      step(
        's-canary-1',
        'Deploy orders-api and billing-worker with order ids as int8 in the ORM and as strings in JSON, behind flag orders.int64_ids (off); they work against the integer column too.',
      ),
      step(
        's-canary-2',
        'Turn the flag on for 5%, then 25%, then 100% of requests, 20 minutes per step; the triggers compare the new version with the old. Any trigger: flag to 0% first, investigate second.',
      ),
    ],
    verification:
      'Error rate and p99 of the new version within the triggers at each step; every consumer of orders.id reads it as 64-bit.',
    integrityChecks: [
      referential('ic-canary-1', 'order_items.order_id -> orders.id', 'order_items_order_id_fkey'),
      checksum(
        'ic-canary-2',
        'orders created during the canary',
        'id_new = id for every order created since the flag went on',
      ),
    ],
    pausable: true,
    rollbackMechanism: 'flag-back',
  },
  {
    id: 'ph-swap',
    name: 'Cut over: swap the columns in one short transaction',
    owner: 'DBA on call',
    kind: 'cut-over',
    timing: 'online',
    durationMinutes: 30,
    steps: [
      step(
        's-swap-1',
        'In one transaction under lock_timeout 3s (retried until it gets the lock): drop the foreign key from order_items and the primary key; rename id to id_old and id_new to id; add the primary key USING INDEX orders_id_new_key; drop NOT NULL and the default from id_old; ALTER SEQUENCE orders_id_seq AS bigint OWNED BY orders.id and move the default to id; replace trigger orders_sync_id_new with orders_sync_id_old (the way back); add the foreign key again NOT VALID. Commit, then VALIDATE the foreign key (no write lock).',
      ),
      step(
        's-swap-2',
        'Watch inserts for a peak hour: new orders take their id from the bigint sequence and the reverse trigger fills id_old.',
      ),
    ],
    verification:
      'orders.id is bigint with the primary key; id_old = id for every row written since the swap; foreign keys valid; error rate and p99 unchanged.',
    integrityChecks: [
      referential('ic-swap-1', 'order_items.order_id -> orders.id', 'order_items_order_id_fkey'),
      rowCount('ic-swap-2', 'orders', 400_000_000),
      checksum('ic-swap-3', 'orders written since the swap', 'count(*) WHERE id_old IS DISTINCT FROM id = 0'),
    ],
    pausable: false,
    // Swapping the names back loses nothing while the reverse trigger keeps id_old current, and that
    // works only while ids fit in an integer: about 60 days at 3M orders a day from 1.95 billion.
    rollbackMechanism: 'reverse-replication',
    rollbackAvailableHours: 1_200,
  },
  {
    id: 'ph-contract',
    name: 'Contract: drop the reverse trigger and the old integer column (after the soak)',
    owner: 'DBA on call',
    kind: 'contract',
    timing: 'online',
    durationMinutes: 15,
    steps: [
      step(
        's-contract-1',
        'After the 24 h soak and the approver’s sign-off, and well before the sequence passes 2,147,483,647 (the reverse trigger fails from there), drop the reverse trigger and the old column.',
        CONTRACT_SQL,
      ),
    ],
    verification: 'Column and trigger gone; orders-api healthy.',
    integrityChecks: [rowCount('ic-contract-1', 'orders', 400_000_000)],
    pausable: false,
    deletesSource: true,
    rollbackMechanism: 'restore-backup',
  },
];
