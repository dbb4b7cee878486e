import { checklist, component, custom, triggers, type TemplateSource } from './parts';
import { PHASES } from './datastore-dual-write-phases';

export const datastoreDualWrite: TemplateSource = {
  id: 'datastore-dual-write',
  name: 'Datastore replacement with dual writes and shadow reads',
  title: 'user profiles: replace MongoDB with PostgreSQL by dual writes and shadow reads',
  description:
    'Replace one datastore with another while serving traffic: write to both, backfill, compare in shadow reads with a reconciliation job, move reads by cohort, then the source of truth.',
  intended: { strategy: 'canary', dataApproach: 'dual-write' },
  plan: {
    summary:
      'profile-service keeps 120M user profiles in MongoDB. Move them to PostgreSQL without downtime: profile-service writes to both stores (MongoDB stays the source of truth), a batched backfill copies the history, shadow reads compare both stores while a reconciliation job repairs and alerts on divergence, then reads and finally the source of truth move to PostgreSQL by user cohort behind flags. MongoDB keeps receiving writes until the soak has passed, so every step until then can be undone by a flag. Replace the names and figures with yours.',
    owners: ['Identity team', 'Database reliability (DBA)'],
    assessment: {
      scope: ['data', 'service'],
      components: [
        component('c-mongo', 'profiles collection (MongoDB 6, source)', 'database', 'migrating', 'Identity', {
          rows: 120_000_000,
          avgRowBytes: 1_500,
          // Another engine; profile-service writes both stores while the history is copied.
          move: 'other-engine',
          changeSync: 'dual-write',
          readsPerSecond: 12_000,
          writesPerSecond: 400,
        }),
        component('c-pg', 'profiles table (PostgreSQL 16, target)', 'database', 'target', 'Identity', {
          rows: 0,
          avgRowBytes: 0,
        }),
        component(
          'c-profile-service',
          'profile-service (dual writes, shadow reads)',
          'service',
          'migrating',
          'Identity',
        ),
        component('c-auth', 'auth-service', 'service', 'consumer', 'Identity'),
        component(
          'c-recs',
          'recommendations pipeline (MongoDB change streams)',
          'queue',
          'consumer',
          'Data science',
        ),
      ],
      dependencies: [
        { from: 'c-mongo', to: 'c-profile-service' },
        { from: 'c-pg', to: 'c-profile-service' },
        { from: 'c-profile-service', to: 'c-auth' },
        { from: 'c-mongo', to: 'c-recs' },
      ],
      downtime: { kind: 'zero', windowMinutes: null, agreedBy: '' },
      maintenanceWindow: { start: null, durationMinutes: null, offPeak: false },
      throughput: { rowsPerSecond: 8_000, batchSize: 5_000, measuredOn: '', productionScaleData: false },
      // Flags move reads, then the source of truth, one user cohort at a time; one store is replaced.
      rollout: { trafficSplit: 'yes', pieceByPiece: 'no' },
      schemaChange: {
        description:
          'New PostgreSQL table profiles (user_id primary key, version, document columns); MongoDB is unchanged.',
        backwardCompatible: 'yes',
        forwardSql:
          "CREATE TABLE IF NOT EXISTS profiles (\n  user_id uuid PRIMARY KEY,\n  version bigint NOT NULL,\n  email text NOT NULL,\n  display_name text,\n  settings jsonb NOT NULL DEFAULT '{}',\n  updated_at timestamptz NOT NULL\n);\n",
        dialect: 'postgresql',
      },
      notes:
        'Every profile carries a version that both stores keep; the backfill and the reconciliation job only ever write a newer version over an older one, so they never undo a dual write. The recommendations pipeline reads MongoDB change streams and moves to PostgreSQL logical decoding before MongoDB stops receiving writes.',
    },
    strategy: {
      deployment: 'canary',
      dataApproach: 'dual-write',
      rationale:
        'This replaces the datastore rather than changing a schema in place. Dual writes keep both stores complete for the whole transition, shadow reads compare them under real traffic for days, and flags move reads and then the source of truth one user cohort at a time, so every step until the contract is a flag flip. The reconciliation job is what makes dual writes safe (FM-05).',
      reconciliationJob: true,
      featureFlagRouting: true,
      adr: {
        status: 'proposed',
        context:
          'Profiles outgrew MongoDB’s data model (cross-profile queries and constraints); the service cannot stop, and 120M documents take hours to copy.',
        decision:
          'Dual writes from profile-service (MongoDB first, then PostgreSQL, idempotent upserts by version), batched backfill, shadow reads with a reconciliation job, reads and then writes moved by cohort behind profiles.read_from and profiles.write_primary.',
        consequences:
          'Extra write latency during the transition; two stores to operate for weeks; the reconciliation job and mismatch dashboards must exist before the first flag is turned.',
        alternatives:
          'Dump and restore in a window (hours of downtime); CDC from MongoDB change streams into PostgreSQL (no application change, but no shadow comparison of what the application reads and harder to reverse).',
      },
    },
    rollback: {
      triggers: triggers(10, [
        custom('Shadow-read mismatch rate above 0.1% of compared reads over 15 minutes.', 0.1, '%', true, {
          metricKey: 'shadow_mismatch_percent',
          sampleWindowMinutes: 15,
        }),
        custom(
          'Dual-write failures to the secondary store above 0.5% of writes (retry queue growing) for 10 minutes.',
          0.5,
          '%',
          true,
          { metricKey: 'dual_write_failure_percent', badSamplesToFire: 2 },
        ),
        custom('Reconciliation job finds divergent profiles it cannot repair.', 0, 'profiles', false, {
          metricKey: 'unrepaired_divergent_profiles',
          sampleWindowMinutes: 1_440,
          critical: true,
        }),
      ]),
      // profile-service's requests; the first read cohort is 1% of users.
      traffic: {
        requestsPerMinute: 600_000,
        canarySharePercent: 1,
        errorRateBaselinePercent: 0.05,
        latencyP50Ms: 8,
        latencyP99Ms: 60,
        downstreamFailuresPerMinute: 5,
      },
      procedures: {
        database:
          'Until reads move: turn off profiles.shadow_read and profiles.dual_write; drop the PostgreSQL table (the rollback script) if it must be rebuilt. MongoDB was never changed by the migration.',
        services:
          'Reads: set profiles.read_from back to mongo (instant). Source of truth: set profiles.write_primary back to mongo; MongoDB has every write because dual writes never stopped; run the reconciliation job over the switch period. Previous profile-service artifacts are kept.',
        data: 'MongoDB keeps receiving every write until the contract phase, and is archived and the archive proven before the collection is dropped.',
        rollbackScriptsKept: true,
        previousArtifactsKept: true,
        sourcePreserved: true,
        appRollbackIncludesSchema: 'no',
        rollbackSql: "SET lock_timeout = '3s';\nDROP TABLE IF EXISTS profiles;\n",
        backupLastResort: true,
      },
      tests: [],
      pointOfNoReturn: {
        exists: 'yes',
        phaseId: 'ph-stop-writes',
        approver: 'Identity engineering manager',
        description:
          'Once MongoDB stops receiving writes it falls behind; switching back after that needs a copy from PostgreSQL or a restore.',
        communicated: false,
      },
    },
    execution: {
      checklist: checklist([
        'Reconciliation job and mismatch dashboard live before the first flag is turned on.',
        'Dual-write failure handling tested: PostgreSQL down must not fail user requests while MongoDB is primary.',
        'Recommendations pipeline ready to read PostgreSQL logical decoding.',
      ]),
      phases: PHASES,
      soakHours: 168,
      coordinator: 'Identity tech lead',
      crossTeamScheduleConfirmed: false,
    },
  },
};
