import { checklist, component, custom, triggers, type TemplateSource } from './parts';
import { PHASES } from './mysql-gh-ost-phases';

export const mysqlGhOst: TemplateSource = {
  id: 'mysql-gh-ost',
  name: 'MySQL online schema change with gh-ost',
  title: 'orders: add a column and an index online with gh-ost on a large MySQL 8.0 table',
  description:
    'gh-ost copies the table into a ghost table in throttled chunks, replays the binlog, and cuts over with an atomic rename; the old table is kept until the soak ends.',
  intended: { strategy: 'canary', dataApproach: 'expand-contract' },
  plan: {
    summary:
      'orders (InnoDB, about 250M rows) needs a fulfilment_status column and an index on (fulfilment_status, created_at). A plain ALTER TABLE rebuilds the table under a metadata lock and floods the replicas; gh-ost instead copies rows into _orders_gho in chunks, applies ongoing changes from the binlog, throttles on replica lag and load, and swaps the tables with an atomic rename in a few seconds. The application starts reading the column behind a flag once the cut-over is done. Replace the table, figures and names with yours.',
    owners: ['Orders team', 'Database reliability (DBA)'],
    assessment: {
      scope: ['schema', 'data'],
      components: [
        component('c-orders', 'orders (MySQL 8.0 primary, InnoDB table)', 'table', 'migrating', 'Orders', {
          rows: 250_000_000,
          avgRowBytes: 220,
          // gh-ost rebuilds the table beside itself on the same server: the data stays in place.
          move: 'in-place',
          readsPerSecond: 6_000,
          writesPerSecond: 800,
        }),
        component('c-replicas', 'MySQL read replicas (3)', 'database', 'consumer', 'Database reliability'),
        component('c-orders-service', 'orders-service', 'service', 'consumer', 'Orders'),
        component('c-reporting', 'reporting ETL (reads a replica)', 'queue', 'consumer', 'Data platform'),
      ],
      dependencies: [
        { from: 'c-orders', to: 'c-replicas' },
        { from: 'c-orders', to: 'c-orders-service' },
        { from: 'c-replicas', to: 'c-reporting' },
      ],
      downtime: { kind: 'zero', windowMinutes: null, agreedBy: '' },
      // Not downtime: the low-traffic hours the row copy and the cut-over are scheduled in.
      maintenanceWindow: { start: null, durationMinutes: 480, offPeak: true },
      throughput: { rowsPerSecond: 15_000, batchSize: 1_000, measuredOn: '', productionScaleData: false },
      // orders-service routes requests by flag weight; one table changes.
      rollout: { trafficSplit: 'yes', pieceByPiece: 'no' },
      schemaChange: {
        description:
          'Add orders.fulfilment_status (nullable, no default) and index idx_orders_fulfilment (fulfilment_status, created_at), applied by gh-ost --alter.',
        backwardCompatible: 'yes',
        // What gh-ost applies to the ghost table; never run as is on orders.
        forwardSql:
          'ALTER TABLE orders ADD COLUMN fulfilment_status VARCHAR(32) NULL, ADD INDEX idx_orders_fulfilment (fulfilment_status, created_at);\n',
        dialect: 'mysql',
      },
      notes:
        'gh-ost refuses tables with foreign keys or triggers and needs binlog_format=ROW and binlog_row_image=FULL. It needs free disk for a full copy of orders plus the binlogs written during the copy. Reporting reads a replica: its lag is throttled to 1.5 s.',
    },
    strategy: {
      deployment: 'canary',
      dataApproach: 'expand-contract',
      rationale:
        'The column is additive, so the old code keeps working: expand the schema online with gh-ost, then canary the orders-service change that reads and writes the column behind a flag, and drop the old copy of the table only after the soak.',
      reconciliationJob: false,
      featureFlagRouting: true,
      adr: {
        status: 'proposed',
        context:
          'orders is the busiest table; ALTER TABLE ... ALGORITHM=INPLACE still takes an exclusive metadata lock at start and end and replicates as one long statement, so replicas fall hours behind.',
        decision:
          'Run the change with gh-ost (triggerless, binlog-based) from a replica connection, throttled on replica lag (1.5 s) and Threads_running, with the cut-over postponed until a person removes the flag file in the low-traffic window.',
        consequences:
          'Twice the table on disk during the copy; the copy takes hours and must be watched; the cut-over takes a lock of a few seconds. _orders_del stays until the contract phase.',
        alternatives:
          'pt-online-schema-change (triggers add write load on the hottest table); native INPLACE ALTER (replica lag, metadata locks); a maintenance window (not acceptable for orders).',
      },
    },
    rollback: {
      triggers: triggers(10, [
        custom(
          'Replica lag stays above 5 s for 2 minutes although gh-ost throttles at 1.5 s.',
          5,
          's',
          false,
          { metricKey: 'replica_lag_seconds', sampleWindowMinutes: 1, badSamplesToFire: 2 },
        ),
        custom(
          'Threads_running on the primary exceeds 200 (gh-ost --critical-load aborts the copy).',
          200,
          'threads',
          true,
          { metricKey: 'threads_running', sampleWindowMinutes: 1, critical: true },
        ),
        custom(
          'gh-ost gives up on the cut-over lock (3 s) three times in a row: something holds orders.',
          2,
          'timeouts in a row',
          true,
          { metricKey: 'cutover_lock_timeouts', critical: true },
        ),
      ]),
      traffic: {
        requestsPerMinute: 180_000,
        canarySharePercent: 5,
        errorRateBaselinePercent: 0.3,
        latencyP50Ms: 45,
        latencyP99Ms: 300,
        downstreamFailuresPerMinute: 3,
      },
      procedures: {
        database:
          'Before the cut-over: send "panic" to the gh-ost socket (or stop it), then drop _orders_gho and _orders_ghc (the rollback script); orders itself was never touched. After the cut-over: the column is additive and old code ignores it, so leave it, or run gh-ost again with the reverse --alter (DROP INDEX idx_orders_fulfilment, DROP COLUMN fulfilment_status), which loses nothing. Only if the new table itself is wrong: RENAME TABLE orders TO _orders_bad, _orders_del TO orders, then replay the writes made since the cut-over from the binlog (slow; a last resort).',
        services: 'Set flag orders.fulfilment_status to 0%; redeploy the previous orders-service artifact.',
        data: 'gh-ost runs with --ok-to-drop-table=false: the original table is kept as _orders_del until the contract phase.',
        rollbackScriptsKept: true,
        previousArtifactsKept: true,
        sourcePreserved: true,
        appRollbackIncludesSchema: 'no',
        rollbackSql:
          'SET SESSION lock_wait_timeout = 5;\nDROP TABLE IF EXISTS _orders_gho;\nDROP TABLE IF EXISTS _orders_ghc;\n',
        backupLastResort: true,
      },
      tests: [],
      pointOfNoReturn: {
        exists: 'yes',
        phaseId: 'ph-drop-old',
        approver: 'Orders engineering manager',
        description:
          'Dropping _orders_del removes the pre-cut-over copy of the table; after it, only a restore from backup can bring the old table back.',
        communicated: false,
      },
    },
    execution: {
      checklist: checklist([
        'gh-ost --test-on-replica run on a replica with production data: cut-over and checksum passed.',
        'Free disk on the primary and every replica for a full copy of orders plus a day of binlogs.',
        'No foreign keys or triggers on orders; binlog_format=ROW and binlog_row_image=FULL.',
      ]),
      phases: PHASES,
      soakHours: 24,
      coordinator: 'Orders tech lead',
      crossTeamScheduleConfirmed: false,
    },
  },
};
