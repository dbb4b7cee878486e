import { checksum, referential, rowCount, step, type PhaseInput } from './parts';

const SYNC_TRIGGER_SQL = `CREATE OR REPLACE FUNCTION orders_sync_id_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.id_new := NEW.id;
  RETURN NEW;
END $$;
CREATE TRIGGER orders_sync_id_new BEFORE INSERT OR UPDATE ON orders
  FOR EACH ROW EXECUTE FUNCTION orders_sync_id_new();`;

const BACKFILL_SQL = `-- One batch; the runner repeats it from the last id it saw, sleeping 50 ms between batches.
UPDATE orders SET id_new = id
WHERE id IN (
  SELECT id FROM orders WHERE id > :last_id AND id_new IS NULL ORDER BY id LIMIT 10000
);`;

const NOT_NULL_SQL = `SET lock_timeout = '3s';
ALTER TABLE orders ADD CONSTRAINT orders_id_new_not_null CHECK (id_new IS NOT NULL) NOT VALID;
ALTER TABLE orders VALIDATE CONSTRAINT orders_id_new_not_null;`;

/** The four phases: expand, backfill, swap with a canary, and the contract after the soak. */
export const PHASES: PhaseInput[] = [
  {
    id: 'ph-expand',
    name: 'Expand: add id_new, its unique index and the sync trigger',
    owner: 'DBA on call',
    kind: 'expand',
    durationMinutes: 30,
    steps: [
      step(
        's-expand-1',
        'Add the bigint shadow column (metadata only, no rewrite).',
        'ALTER TABLE orders ADD COLUMN IF NOT EXISTS id_new bigint;',
      ),
      step(
        's-expand-2',
        'Install the trigger that copies id into id_new on every insert and update.',
        SYNC_TRIGGER_SQL,
      ),
      step(
        's-expand-3',
        'Build the unique index concurrently; if it ends INVALID, drop it and build it again.',
        'CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_id_new_key ON orders (id_new);',
      ),
    ],
    verification:
      'Column, trigger and a valid index exist (pg_index.indisvalid); new rows carry id_new = id.',
    integrityChecks: [
      rowCount('ic-expand-1', 'orders', 400_000_000),
      checksum(
        'ic-expand-2',
        'orders rows written since the trigger was installed',
        'count(*) WHERE id_new IS DISTINCT FROM id = 0',
      ),
    ],
    pausable: true,
  },
  {
    id: 'ph-backfill',
    name: 'Migrate: batched backfill of id_new',
    owner: 'DBA on call',
    kind: 'migrate',
    durationMinutes: 240,
    steps: [
      step(
        's-backfill-1',
        'Backfill id_new = id in batches of 10,000 ordered by id, 50 ms apart; resumable from the last id; pause when replica lag passes 30 s.',
        BACKFILL_SQL,
      ),
      step(
        's-backfill-2',
        'Add a NOT NULL check constraint as NOT VALID, then validate it (no long lock), so the swap can make id_new the primary key.',
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
  },
  {
    id: 'ph-swap',
    name: 'Migrate: swap the columns and canary orders-api',
    owner: 'Payments platform on call',
    kind: 'migrate',
    durationMinutes: 90,
    steps: [
      step(
        's-swap-1',
        'In one transaction under lock_timeout 3s: rename id to id_old and id_new to id, move the sequence and default, make orders_id_new_key the primary key (USING INDEX), and install a reverse trigger that keeps id_old current.',
      ),
      step(
        's-swap-2',
        'Canary orders-api reading the bigint id behind flag orders.read_id_new: 5%, then 25%, then 100%, 20 minutes per step.',
      ),
    ],
    verification:
      'orders-api error rate and p99 within the triggers at each canary step; foreign keys valid.',
    integrityChecks: [
      referential('ic-swap-1', 'order_items.order_id -> orders.id', 'order_items_order_id_fkey'),
      rowCount('ic-swap-2', 'orders', 400_000_000),
    ],
    pausable: false,
  },
  {
    id: 'ph-contract',
    name: 'Contract: drop the old int column (after the soak)',
    owner: 'DBA on call',
    kind: 'contract',
    durationMinutes: 15,
    steps: [
      step(
        's-contract-1',
        'Once the 24 h soak has passed and the approver has signed off, drop the reverse trigger and the old column.',
        'ALTER TABLE orders DROP COLUMN id_old;',
      ),
    ],
    verification: 'Column gone; orders-api healthy.',
    integrityChecks: [rowCount('ic-contract-1', 'orders', 400_000_000)],
    pausable: false,
    deletesSource: true,
  },
];
