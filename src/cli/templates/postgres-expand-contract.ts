import { checklist, component, custom, triggers, type TemplateSource } from './parts';
import { PHASES } from './postgres-expand-contract-phases';

// The expand phase's DDL; its steps run the same statements one at a time.
const FORWARD_SQL = `SET lock_timeout = '3s';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS id_new bigint;
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
  FOR EACH ROW EXECUTE FUNCTION orders_sync_id_new();
-- The index build reads the whole table (about an hour) without blocking writes.
SET statement_timeout = '3h';
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_id_new_key ON orders (id_new);
`;

// Undoes the expand and the backfill's constraint, in any state they stopped in.
const ROLLBACK_SQL = `SET lock_timeout = '3s';
DROP TRIGGER IF EXISTS orders_sync_id_new ON orders;
DROP FUNCTION IF EXISTS orders_sync_id_new();
DROP FUNCTION IF EXISTS orders_sync_id_old();
DROP INDEX CONCURRENTLY IF EXISTS orders_id_new_key;
ALTER TABLE orders DROP CONSTRAINT IF EXISTS orders_id_new_not_null;
ALTER TABLE orders DROP COLUMN IF EXISTS id_new;
`;

// pg_dump --schema-only of the two tables, which the rollback rehearsal starts from.
const CURRENT_SCHEMA_SQL = `CREATE TABLE public.orders (
    id integer NOT NULL,
    customer_id bigint NOT NULL,
    status text NOT NULL,
    total_cents bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);
CREATE SEQUENCE public.orders_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.orders_id_seq OWNED BY public.orders.id;
ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.orders_id_seq'::regclass);
ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id);
CREATE TABLE public.order_items (
    id bigint NOT NULL,
    order_id integer NOT NULL,
    sku text NOT NULL,
    quantity integer NOT NULL,
    price_cents bigint NOT NULL
);
ALTER TABLE ONLY public.order_items ADD CONSTRAINT order_items_pkey PRIMARY KEY (id);
CREATE INDEX order_items_order_id_idx ON public.order_items USING btree (order_id);
ALTER TABLE ONLY public.order_items
    ADD CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id) REFERENCES public.orders(id);
`;

// pg_stat_user_tables' n_live_tup, with rates from two snapshots of its tuple counters a minute apart.
const TABLE_STATS = ` schemaname |   relname   | n_live_tup | reads_per_sec | writes_per_sec
------------+-------------+------------+---------------+----------------
 public     | orders      |  400000000 |          4000 |            350
 public     | order_items | 1200000000 |          6500 |            900
(2 rows)
`;

export const postgresExpandContract: TemplateSource = {
  id: 'postgres-expand-contract',
  name: 'In-place PostgreSQL schema change (expand-contract)',
  title: 'orders: widen the id from integer to bigint on a large PostgreSQL table, zero downtime',
  description:
    'Change a large table without downtime: shadow column kept in sync by a trigger, batched backfill, a canary of the new code, a swap under a short lock, the old column dropped after the soak.',
  intended: { strategy: 'canary', dataApproach: 'expand-contract' },
  plan: {
    summary:
      'orders.id is a 32-bit integer at 1.95 billion, growing by about 3 million a day: about 65 days before inserts fail. Widen it to bigint without downtime: add a bigint shadow column kept in sync by a trigger, backfill it in batches, canary the application builds that read ids as 64-bit, swap the columns in one short transaction, and drop the old column after the soak, well before ids pass 2^31. Replace the table, figures and names with yours.',
    owners: ['Payments platform team', 'Database reliability (DBA)'],
    assessment: {
      scope: ['schema', 'data'],
      components: [
        component('c-orders', 'orders (PostgreSQL 16 table)', 'table', 'migrating', 'Payments platform', {
          rows: 400_000_000,
          avgRowBytes: 180,
          move: 'in-place',
          readsPerSecond: 4_000,
          writesPerSecond: 350,
        }),
        component(
          'c-order-items',
          'order_items (references orders.id)',
          'table',
          'consumer',
          'Payments platform',
          { rows: 1_200_000_000, avgRowBytes: 120, readsPerSecond: 6_500, writesPerSecond: 900 },
        ),
        component('c-orders-api', 'orders-api', 'service', 'consumer', 'Payments platform'),
        component('c-billing', 'billing-worker', 'service', 'consumer', 'Billing'),
        component('c-cdc', 'analytics CDC pipeline (Debezium)', 'queue', 'consumer', 'Data platform'),
      ],
      dependencies: [
        { from: 'c-orders', to: 'c-order-items' },
        { from: 'c-orders', to: 'c-orders-api' },
        { from: 'c-orders', to: 'c-cdc' },
        { from: 'c-orders-api', to: 'c-billing' },
      ],
      downtime: { kind: 'zero', windowMinutes: null, agreedBy: '' },
      // Not downtime: the low-traffic hours the swap is scheduled in.
      maintenanceWindow: { start: null, durationMinutes: 360, offPeak: true },
      throughput: { rowsPerSecond: 30_000, batchSize: 10_000, measuredOn: '', productionScaleData: false },
      // orders-api routes requests by flag weight, so the new build can take a share; one table changes.
      rollout: { trafficSplit: 'yes', pieceByPiece: 'no' },
      schemaChange: {
        description:
          'Widen orders.id from integer to bigint through a shadow column kept in sync by a trigger, a batched backfill and a swap.',
        backwardCompatible: 'yes',
        forwardSql: FORWARD_SQL,
        dialect: 'postgresql',
        currentSchemaSql: CURRENT_SCHEMA_SQL,
        tableStats: TABLE_STATS,
      },
      notes:
        'order_items.order_id references orders.id and is widened the same way in a follow-up plan (it stays integer until then, which is safe while ids fit). Debezium emits the new column once it exists: tell the data platform team before the expand phase.',
    },
    strategy: {
      deployment: 'canary',
      dataApproach: 'expand-contract',
      rationale:
        'Zero downtime on a large stateful table changed in place: expand-contract keeps old and new code working at every step, and the application builds that read the wider id go out as a canary behind a flag before the swap.',
      reconciliationJob: false,
      featureFlagRouting: true,
      adr: {
        status: 'proposed',
        context:
          'orders.id (int4) runs out of values in about 65 days at current growth. Orders cannot stop: the downtime tolerance is zero.',
        decision:
          'Expand-contract: add id_new bigint kept in sync by a trigger, backfill in batches of 10,000, canary the 64-bit builds of orders-api and billing-worker behind orders.int64_ids, swap under a 3 s lock_timeout with a reverse trigger for the way back, drop the old column after a 24 h soak.',
        consequences:
          'Write amplification from the sync trigger during the backfill (measure p99 on staging). The way back after the swap lasts only while ids fit in an integer, so the contract must run within weeks. The contract phase is the point of no return.',
        alternatives:
          'ALTER COLUMN TYPE in place: ACCESS EXCLUSIVE lock and a full table rewrite, hours of downtime. Logical replication to a new cluster: more moving parts for the same result.',
      },
    },
    rollback: {
      triggers: triggers(
        10,
        [
          custom(
            'Replication lag of any physical replica stays above 60 s during the backfill (the backfill pauses at 30 s).',
            60,
            's',
            false,
            { metricKey: 'replica_lag_seconds', sampleWindowMinutes: 1, badSamplesToFire: 3 },
          ),
          custom(
            'The swap gives up on its 3 s lock_timeout five times in a row: a long transaction holds orders.',
            4,
            'timeouts in a row',
            true,
            { metricKey: 'swap_lock_timeouts', critical: true },
          ),
        ],
        // At the 5% canary step a 5-minute sample (15,000 requests) just misses +0.1 points; 10 minutes sees it.
        { 'RT-01': { sampleWindowMinutes: 10 } },
      ),
      traffic: {
        requestsPerMinute: 60_000,
        canarySharePercent: 5,
        errorRateBaselinePercent: 0.2,
        latencyP50Ms: 35,
        latencyP99Ms: 240,
        downstreamFailuresPerMinute: 2,
      },
      procedures: {
        database:
          'Before the swap: run the rollback script (drops the trigger, the functions, the index, the constraint and id_new); the backfill can stop after any batch. After the swap: swap the names back in one transaction under lock_timeout 3s (the reverse trigger has kept the integer id_old current), while ids still fit in an integer.',
        services:
          'Set orders.int64_ids to 0% (seconds, no deploy); the previous orders-api and billing-worker artifacts and routing config are kept.',
        data: 'The original id column is never modified or dropped before the soak ends; no source data is deleted before the contract phase.',
        rollbackScriptsKept: true,
        previousArtifactsKept: true,
        sourcePreserved: true,
        appRollbackIncludesSchema: 'no',
        rollbackSql: ROLLBACK_SQL,
        backupLastResort: true,
      },
      tests: [],
      pointOfNoReturn: {
        exists: 'yes',
        phaseId: 'ph-contract',
        approver: 'Head of payments engineering',
        description:
          'Dropping the old integer column in the contract phase cannot be undone without restoring from backup.',
        communicated: false,
      },
    },
    execution: {
      checklist: checklist([
        'Backfill run end to end on staging restored from a production snapshot; duration recorded.',
        'Every consumer of orders.id (orders-api, billing-worker, the CDC pipeline) reads it as 64-bit.',
        'Billing and data platform on call for the swap.',
      ]),
      phases: PHASES,
      soakHours: 24,
      coordinator: 'Payments platform tech lead',
      crossTeamScheduleConfirmed: false,
    },
  },
};
