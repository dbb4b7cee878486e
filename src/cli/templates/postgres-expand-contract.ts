import { checklist, component, custom, triggers, type TemplateSource } from './parts';
import { PHASES } from './postgres-expand-contract-phases';

const FORWARD_SQL = `SET lock_timeout = '3s';
SET statement_timeout = '15min';
ALTER TABLE orders ADD COLUMN IF NOT EXISTS id_new bigint;
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS orders_id_new_key ON orders (id_new);
`;

export const postgresExpandContract: TemplateSource = {
  id: 'postgres-expand-contract',
  name: 'In-place PostgreSQL schema change (expand-contract)',
  title: 'orders: widen the id from integer to bigint on a large PostgreSQL table, zero downtime',
  description:
    'Change a large table without downtime: shadow column kept in sync by a trigger, batched backfill, swap under a short lock, drop the old column after the soak.',
  intended: { strategy: 'canary', dataApproach: 'expand-contract' },
  plan: {
    summary:
      'orders.id is a 32-bit integer approaching 2.1 billion. Widen it to bigint without downtime: add a bigint shadow column kept in sync by a trigger, backfill it in batches, swap it in under a short lock, canary the application change, and drop the old column only after the soak. Replace the table, figures and names with yours.',
    owners: ['Payments platform team', 'Database reliability (DBA)'],
    assessment: {
      scope: ['schema', 'data'],
      components: [
        component('c-orders', 'orders (PostgreSQL table)', 'table', 'migrating', 'Payments platform', {
          rows: 400_000_000,
          avgRowBytes: 180,
        }),
        component(
          'c-order-items',
          'order_items (references orders.id)',
          'table',
          'consumer',
          'Payments platform',
          {
            rows: 1_200_000_000,
            avgRowBytes: 120,
          },
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
      maintenanceWindow: { start: null, durationMinutes: 360, offPeak: true },
      throughput: { rowsPerSecond: 30_000, batchSize: 10_000, measuredOn: '', productionScaleData: false },
      schemaChange: {
        description:
          'Widen orders.id from integer to bigint through a shadow column, a batched backfill and a swap.',
        backwardCompatible: 'yes',
        forwardSql: FORWARD_SQL,
        dialect: 'postgresql',
      },
      notes:
        'order_items.order_id references orders.id and is widened the same way in a follow-up plan. Debezium emits the new column once it exists: tell the data platform team before the expand phase.',
    },
    strategy: {
      deployment: 'canary',
      dataApproach: 'expand-contract',
      rationale:
        'Zero downtime on a large stateful table: expand-contract keeps old and new code working at every step, and the application change that reads the new column goes out as a canary behind a flag.',
      reconciliationJob: false,
      featureFlagRouting: true,
      adr: {
        status: 'proposed',
        context:
          'orders.id (int4) runs out of values at current growth. Orders cannot stop: the downtime tolerance is zero.',
        decision:
          'Expand-contract: add id_new bigint kept in sync by a trigger, backfill in batches of 10,000, swap under a 3 s lock_timeout, canary the application behind orders.read_id_new, drop the old column after a 24 h soak.',
        consequences:
          'Write amplification from the sync trigger during the backfill (measure p99 on staging). Two deploys of orders-api. The contract phase is the point of no return.',
        alternatives:
          'ALTER COLUMN TYPE in place: ACCESS EXCLUSIVE lock and a full table rewrite, hours of downtime. Logical replication to a new cluster: more moving parts for the same result.',
      },
    },
    rollback: {
      triggers: triggers(10, [
        custom('Replication lag of any physical replica exceeds 60 s during the backfill.', 60, 's', false),
        custom(
          'The swap hits its 3 s lock_timeout twice in a row (long transactions hold orders).',
          2,
          'timeouts',
          true,
        ),
      ]),
      procedures: {
        database:
          'Before the swap: drop trigger orders_sync_id_new, the unique index and id_new (rollback.sql); the backfill can stop at any batch. After the swap: swap the names back in one transaction under lock_timeout 3s; the reverse trigger has kept the old int column current until the contract phase.',
        services:
          'Flip orders.read_id_new off, then redeploy the previous orders-api artifact with its routing config.',
        data: 'The original id column is never modified or dropped before the soak ends; no source data is deleted before the contract phase.',
        rollbackScriptsKept: true,
        previousArtifactsKept: true,
        sourcePreserved: true,
        appRollbackIncludesSchema: 'no',
        rollbackSql:
          'DROP TRIGGER IF EXISTS orders_sync_id_new ON orders;\nDROP FUNCTION IF EXISTS orders_sync_id_new();\nDROP INDEX CONCURRENTLY IF EXISTS orders_id_new_key;\nALTER TABLE orders DROP COLUMN IF EXISTS id_new;\n',
        backupLastResort: true,
      },
      tests: [],
      pointOfNoReturn: {
        exists: 'yes',
        phaseId: 'ph-contract',
        approver: 'Head of payments engineering',
        description:
          'Dropping the old int column in the contract phase cannot be undone without restoring from backup.',
        communicated: false,
      },
    },
    execution: {
      checklist: checklist([
        'Backfill run end to end on staging restored from a production snapshot; duration recorded.',
        'Billing and data platform on call for the swap.',
      ]),
      phases: PHASES,
      soakHours: 24,
      coordinator: 'Payments platform tech lead',
      crossTeamScheduleConfirmed: false,
    },
  },
};
