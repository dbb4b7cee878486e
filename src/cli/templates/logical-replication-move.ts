import { checklist, component, custom, triggers, type TemplateSource } from './parts';
import { PHASES } from './logical-replication-move-phases';

export const logicalReplicationMove: TemplateSource = {
  id: 'logical-replication-move',
  name: 'Database move by logical replication (snapshot and replay)',
  title: 'billing: move PostgreSQL 12 to PostgreSQL 16 on new hosts by logical replication',
  description:
    'Move a database to another host, region or major version: logical replication copies a snapshot and replays changes, a short write pause switches over, and reverse replication keeps the old cluster ready for rollback.',
  intended: { strategy: 'blue-green', dataApproach: 'snapshot-replay' },
  plan: {
    summary:
      'The billing database runs PostgreSQL 12 (end of life) on hosts being retired. Build a PostgreSQL 16 cluster on the new hosts, copy every table with logical replication (initial snapshot, then streaming changes), switch the applications over during a pause of writes of a few minutes, and replicate back from the new cluster to the old one until the soak has passed, so that rolling back is a switch, not a restore. Replace the names and figures with yours.',
    owners: ['Billing team', 'Database reliability (DBA)'],
    assessment: {
      scope: ['infrastructure', 'data'],
      components: [
        component(
          'c-billing-db',
          'billing database (PostgreSQL 12, old hosts)',
          'database',
          'migrating',
          'Database reliability',
          {
            rows: 800_000_000,
            avgRowBytes: 250,
            // A new cluster of the same engine, a major version up; logical replication carries the writes.
            move: 'other-cluster',
            changeSync: 'replication',
            readsPerSecond: 9_000,
            writesPerSecond: 1_200,
          },
        ),
        component(
          'c-billing-db-16',
          'billing database (PostgreSQL 16, new hosts)',
          'database',
          'target',
          'Database reliability',
          { rows: 0, avgRowBytes: 0 },
        ),
        component(
          'c-pgbouncer',
          'pgbouncer (connection pooler, the switch point)',
          'infrastructure',
          'migrating',
          'Database reliability',
        ),
        component('c-billing-api', 'billing-api', 'service', 'consumer', 'Billing'),
        component('c-invoicing', 'invoicing-worker', 'service', 'consumer', 'Billing'),
        component(
          'c-warehouse',
          'data warehouse loader (reads a replica)',
          'queue',
          'consumer',
          'Data platform',
        ),
      ],
      dependencies: [
        { from: 'c-billing-db', to: 'c-billing-db-16' },
        { from: 'c-billing-db', to: 'c-pgbouncer' },
        { from: 'c-billing-db-16', to: 'c-pgbouncer' },
        { from: 'c-pgbouncer', to: 'c-billing-api' },
        { from: 'c-pgbouncer', to: 'c-invoicing' },
        { from: 'c-billing-db', to: 'c-warehouse' },
      ],
      downtime: { kind: 'under-5-min', windowMinutes: null, agreedBy: '' },
      // The cut-over window: writes pause for a few minutes inside it. The copy runs online before it.
      maintenanceWindow: { start: null, durationMinutes: 60, offPeak: true },
      // The initial copy is one COPY per table, four tables at a time: there is no row batch to set.
      throughput: { rowsPerSecond: 40_000, batchSize: null, measuredOn: '', productionScaleData: false },
      // Two primaries taking writes would diverge: connections switch all at once; one database moves.
      rollout: { trafficSplit: 'no', pieceByPiece: 'no' },
      schemaChange: {
        description: '',
        backwardCompatible: 'unknown',
        forwardSql: '',
        dialect: 'postgresql',
      },
      notes:
        'Logical replication does not copy sequences, DDL or large objects: freeze schema changes from the start of the copy, and copy sequence values at the cut-over. Every table needs a primary key or a replica identity. The source keeps WAL for the slot: watch its disk.',
    },
    strategy: {
      deployment: 'blue-green',
      dataApproach: 'snapshot-replay',
      rationale:
        'The old cluster is blue, the new one green: snapshot-and-replay through logical replication keeps the copy online for hours, only the switch needs a pause of writes, and reverse replication makes rollback a second switch. A database cannot be canaried by routing a share of traffic: two primaries taking writes would diverge.',
      reconciliationJob: true,
      featureFlagRouting: false,
      adr: {
        status: 'proposed',
        context:
          'PostgreSQL 12 is out of support and its hosts are being retired. Billing accepts a pause of writes under 5 minutes, not hours: pg_upgrade in place or a dump and restore would take hours.',
        decision:
          'Logical replication from 12 to 16 (publication for all tables, subscription with copy_data), a lag gate for a day, a comparison at one position, then the cut-over: pause pgbouncer, copy sequences, drop the forward subscription, subscribe the old cluster to the new one without copying, switch, resume. Reverse replication runs until the soak has passed.',
        consequences:
          'Schema changes are frozen during the move; sequences are copied by hand at the cut-over; the source keeps WAL for the slot. Two clusters run side by side for the soak.',
        alternatives:
          'pg_upgrade --link in place (hours of downtime on these hosts, no easy rollback once started); dump and restore (hours of downtime); physical replication (cannot cross major versions).',
      },
    },
    rollback: {
      triggers: triggers(10, [
        custom(
          'Replication lag (forward before the cut-over, reverse after it) stays above 60 s.',
          60,
          's',
          false,
          { metricKey: 'replication_lag_seconds', sampleWindowMinutes: 1, badSamplesToFire: 3 },
        ),
        custom('WAL retained for the replication slot on the publisher exceeds 50 GB.', 50, 'GB', false, {
          metricKey: 'slot_retained_wal_gb',
          critical: true,
        }),
        custom('The write pause at the cut-over passes 4 minutes (the agreed limit is 5).', 4, 'min', true, {
          metricKey: 'write_pause_minutes',
          sampleWindowMinutes: 1,
          critical: true,
        }),
      ]),
      traffic: {
        requestsPerMinute: 30_000,
        canarySharePercent: 100,
        errorRateBaselinePercent: 0.1,
        latencyP50Ms: 20,
        latencyP99Ms: 180,
        downstreamFailuresPerMinute: 1,
      },
      procedures: {
        database:
          'Before the cut-over: drop the subscription on the new cluster (the rollback script; this also drops the slot on the old one); the old cluster was never written by the move. After the cut-over: pause pgbouncer, wait until the reverse subscription has caught up, copy sequence values back, point pgbouncer at the old cluster and resume.',
        services:
          'billing-api and invoicing-worker connect through pgbouncer and need no redeploy; their previous config is kept.',
        data: 'The old cluster stays intact and, after the cut-over, current through reverse replication until the decommission.',
        rollbackScriptsKept: true,
        previousArtifactsKept: true,
        sourcePreserved: true,
        appRollbackIncludesSchema: 'no',
        rollbackSql: "SET lock_timeout = '5s';\nDROP SUBSCRIPTION IF EXISTS billing_sub;\n",
        backupLastResort: true,
      },
      tests: [],
      pointOfNoReturn: {
        exists: 'yes',
        phaseId: 'ph-decommission',
        approver: 'Head of billing engineering',
        description:
          'Stopping reverse replication and decommissioning the PostgreSQL 12 cluster ends the switch-back path; after it only a restore from backup remains.',
        communicated: false,
      },
    },
    execution: {
      checklist: checklist([
        'Every replicated table has a primary key or REPLICA IDENTITY FULL.',
        'Schema change freeze announced for the duration of the move.',
        'Application test suite run against PostgreSQL 16 (removed and changed behaviour since 12).',
      ]),
      phases: PHASES,
      soakHours: 72,
      coordinator: 'Billing tech lead',
      crossTeamScheduleConfirmed: false,
    },
  },
};
