import { checklist, component, custom, triggers, type TemplateSource } from './parts';
import { PHASES } from './weekend-big-bang-phases';

export const weekendBigBang: TemplateSource = {
  id: 'weekend-big-bang',
  name: 'Small internal system with a weekend window (big bang)',
  title: 'asset inventory: move the internal app to a new server and MySQL 8.0 over a weekend',
  description:
    'A small, isolated system that may be down for a day: stop it, dump, restore on the new server, switch DNS, and keep the old server untouched until the soak has passed.',
  intended: { strategy: 'big-bang', dataApproach: 'snapshot-replay' },
  plan: {
    summary:
      'The asset inventory (a Django app used by IT staff in office hours, MySQL 5.7 with about 300,000 rows) moves from a server being retired to a new VM with MySQL 8.0. Nothing else depends on it, and the owners agreed it may be down on a Saturday. Stop the app, take a consistent dump, restore it on the new server, switch DNS, and keep the old server stopped but intact until the soak has passed. Replace the names and figures with yours.',
    owners: ['IT internal tools team'],
    assessment: {
      scope: ['infrastructure', 'data'],
      components: [
        component(
          'c-inventory-db',
          'inventory database (MySQL 5.7 -> 8.0)',
          'database',
          'migrating',
          'IT internal tools',
          {
            rows: 300_000,
            avgRowBytes: 1_000,
            // A dump restored on a new server: the data moves, and nothing writes while the app is down.
            move: 'other-cluster',
            changeSync: 'none',
            readsPerSecond: 5,
            writesPerSecond: 0.2,
          },
        ),
        component(
          'c-inventory-db-new',
          'inventory database (MySQL 8.0, new VM)',
          'database',
          'target',
          'IT internal tools',
          { rows: 0, avgRowBytes: 0 },
        ),
        component(
          'c-inventory-app',
          'inventory web app (Django)',
          'service',
          'migrating',
          'IT internal tools',
        ),
      ],
      dependencies: [
        { from: 'c-inventory-db', to: 'c-inventory-app' },
        { from: 'c-inventory-db-new', to: 'c-inventory-app' },
      ],
      downtime: { kind: 'scheduled-window', windowMinutes: 480, agreedBy: '' },
      // Saturday 08:00 to 16:00 local time; set the start when the date is agreed.
      maintenanceWindow: { start: null, durationMinutes: 480, offPeak: true },
      throughput: { rowsPerSecond: 5_000, batchSize: null, measuredOn: '', productionScaleData: false },
      // Everyone moves at once: one small app, one DNS name.
      rollout: { trafficSplit: 'no', pieceByPiece: 'no' },
      schemaChange: { description: '', backwardCompatible: 'unknown', forwardSql: '', dialect: 'mysql' },
      notes:
        'MySQL 8.0 changes the default character set and collation (utf8mb4_0900_ai_ci) and reserves new words: the rehearsal restore runs the app’s test suite against 8.0. DNS TTL is lowered to 60 s two days before.',
    },
    strategy: {
      deployment: 'big-bang',
      dataApproach: 'snapshot-replay',
      rationale:
        'Small (300,000 rows), isolated (nothing depends on it) and allowed a day of downtime: a big bang in one window is the simplest plan, and keeping the old server intact makes the way back a DNS change.',
      reconciliationJob: false,
      featureFlagRouting: false,
      adr: {
        status: 'proposed',
        context:
          'The old server’s hardware and MySQL 5.7 are out of support. The app is used only in office hours by IT staff.',
        decision:
          'Stop the app on Saturday, mysqldump --single-transaction, restore on the new MySQL 8.0 server, switch DNS, smoke test, reopen.',
        consequences:
          'The app is unavailable for up to 8 hours on a Saturday. Writes made after the reopening exist only on the new server.',
        alternatives:
          'Replication from 5.7 to 8.0 and a switch with minutes of downtime: more work than the downtime it saves for an office-hours tool.',
      },
    },
    rollback: {
      // At 40 requests a minute in office hours, an hour's sample tells only a jump of half a point in
      // the error rate from noise: the smoke test and the deadline are the triggers that matter here.
      triggers: triggers(
        0,
        [
          custom('Smoke test of the ten key screens fails after the restore.', 0, 'failed screens', false, {
            metricKey: 'failed_screens',
            critical: true,
          }),
          custom('The restore is not finished by 14:00 (two hours before the window ends).', null, '', false),
        ],
        { 'RT-01': { sampleWindowMinutes: 60, floor: 0.5 }, 'RT-02': { sampleWindowMinutes: 15 } },
      ),
      traffic: {
        requestsPerMinute: 40,
        canarySharePercent: 100,
        errorRateBaselinePercent: 0.5,
        latencyP50Ms: 80,
        latencyP99Ms: 600,
        downstreamFailuresPerMinute: 0,
      },
      procedures: {
        database: 'The old MySQL 5.7 server is only stopped, never changed: start it again.',
        services:
          'Point the DNS record back at the old server (TTL 60 s) and start the old app; its config is unchanged.',
        data: 'Writes made on the new server after reopening are few (office hours only): export them with the audit log and re-enter them on the old server if a rollback comes after Monday.',
        rollbackScriptsKept: true,
        previousArtifactsKept: true,
        sourcePreserved: true,
        appRollbackIncludesSchema: 'unknown',
        backupLastResort: true,
      },
      tests: [],
      pointOfNoReturn: {
        exists: 'yes',
        phaseId: 'ph-switch',
        approver: 'IT internal tools lead',
        description:
          'Reopening on the new server: once staff write there on Monday, switching back loses their writes unless they are re-entered by hand from the audit log. Deleting the old server after the soak removes the way back altogether; after it only the archived dumps remain.',
        communicated: false,
      },
    },
    execution: {
      checklist: checklist([
        'Rehearsal restore of last night’s dump on the new server; app test suite passed on MySQL 8.0.',
        'DNS TTL lowered to 60 s at least 48 h before the window.',
        'Users told of the outage and the maintenance page in place.',
      ]),
      phases: PHASES,
      soakHours: 48,
      coordinator: 'IT internal tools lead',
      crossTeamScheduleConfirmed: false,
    },
  },
};
