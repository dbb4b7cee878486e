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
          'billing database (PostgreSQL 12 -> 16)',
          'database',
          'migrating',
          'Database reliability',
          {
            rows: 800_000_000,
            avgRowBytes: 250,
          },
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
        { from: 'c-billing-db', to: 'c-pgbouncer' },
        { from: 'c-pgbouncer', to: 'c-billing-api' },
        { from: 'c-pgbouncer', to: 'c-invoicing' },
        { from: 'c-billing-db', to: 'c-warehouse' },
      ],
      downtime: { kind: 'under-5-min', windowMinutes: null, agreedBy: '' },
      // The cut-over window: writes pause for a few minutes inside it. The copy runs online before it.
      maintenanceWindow: { start: null, durationMinutes: 60, offPeak: true },
      throughput: { rowsPerSecond: 40_000, batchSize: null, measuredOn: '', productionScaleData: false },
      schemaChange: {
        description: '',
        backwardCompatible: 'unknown',
        forwardSql: '',
        dialect: 'postgresql',
      },
      notes:
        'Logical replication does not copy sequences, DDL or large objects: freeze schema changes from the start of the copy, and copy sequence values at the cut-over. Every table needs a primary key or REPLICA IDENTITY FULL. The source keeps WAL for the slot: watch its disk.',
    },
    strategy: {
      deployment: 'blue-green',
      dataApproach: 'snapshot-replay',
      justification:
        'A database cannot be canaried by routing a share of traffic: two primaries taking writes would diverge. The old cluster is blue, the new one green; connections switch at once through pgbouncer and reverse replication keeps blue current for a switch back.',
      rationale:
        'Snapshot-and-replay through logical replication keeps the copy online for hours; only the switch needs a pause of writes. Reverse replication makes rollback a second switch.',
      reconciliationJob: true,
      featureFlagRouting: false,
      adr: {
        status: 'proposed',
        context:
          'PostgreSQL 12 is out of support and its hosts are being retired. Billing accepts a pause of writes under 5 minutes, not hours: pg_upgrade in place or a dump and restore would take hours.',
        decision:
          'Logical replication from 12 to 16 (publication for all tables, subscription with copy_data), cut-over by pausing pgbouncer, then a reverse subscription from 16 to 12 (origin = none) until the soak has passed.',
        consequences:
          'Schema changes are frozen during the move; sequences are copied by hand at the cut-over; the source keeps WAL for the slot. Two clusters run side by side for the soak.',
        alternatives:
          'pg_upgrade --link in place (hours of downtime on these hosts, no easy rollback once started); dump and restore (hours of downtime); physical replication (cannot cross major versions).',
      },
    },
    rollback: {
      triggers: triggers(10, [
        custom(
          'Replication lag (forward before the cut-over, reverse after it) exceeds 60 s.',
          60,
          's',
          false,
        ),
        custom('WAL retained for the replication slot on the publisher exceeds 50 GB.', 50, 'GB', false),
      ]),
      procedures: {
        database:
          'Before the cut-over: drop the subscription on the new cluster (this also drops the slot on the old one); the old cluster was never written by the move. After the cut-over: pause pgbouncer, wait until the reverse subscription has caught up, copy sequence values back, point pgbouncer at the old cluster and resume.',
        services:
          'billing-api and invoicing-worker connect through pgbouncer and need no redeploy; their previous config is kept.',
        data: 'The old cluster stays intact and, after the cut-over, current through reverse replication until the contract phase.',
        rollbackScriptsKept: true,
        previousArtifactsKept: true,
        sourcePreserved: true,
        appRollbackIncludesSchema: 'no',
        rollbackSql: 'DROP SUBSCRIPTION IF EXISTS billing_sub;\n',
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
