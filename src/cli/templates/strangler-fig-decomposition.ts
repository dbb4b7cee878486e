import { checklist, component, custom, triggers, type TemplateSource } from './parts';
import { PHASES } from './strangler-fig-decomposition-phases';

export const stranglerFigDecomposition: TemplateSource = {
  id: 'strangler-fig-decomposition',
  name: 'Monolith decomposition (strangler fig)',
  title: 'invoicing: carve invoicing out of the Rails monolith into its own service (strangler fig)',
  description:
    'Put a routing facade in front of the monolith, build the new service beside it with its data synced by CDC, move reads then writes route by route, and delete the monolith’s code and tables last.',
  intended: { strategy: 'strangler-fig', dataApproach: 'snapshot-replay' },
  plan: {
    summary:
      'Invoicing lives inside the shop monolith (Rails, one PostgreSQL database). Move it into invoicing-service with its own database, one route at a time: the API gateway becomes the facade, CDC copies and then streams the invoicing tables into the new service’s schema, reads move by percentage, then writes, with changes synced back to the monolith’s tables for the code that still reads them. The monolith’s invoicing code and tables are deleted only after the soak. Replace the names and figures with yours.',
    owners: ['Invoicing team', 'Platform team'],
    assessment: {
      scope: ['service', 'data'],
      components: [
        component('c-monolith', 'shop monolith (Rails)', 'service', 'migrating', 'Commerce'),
        component(
          'c-invoice-tables',
          'invoices, invoice_lines, credit_notes (monolith database)',
          'table',
          'migrating',
          'Commerce',
          {
            rows: 60_000_000,
            avgRowBytes: 400,
            // Into invoicing-service's own database and data model; Debezium carries the changes.
            move: 'other-store',
            changeSync: 'replication',
            readsPerSecond: 300,
            writesPerSecond: 40,
          },
        ),
        component(
          'c-invoicing-db',
          'invoicing database (PostgreSQL 16, owned by invoicing-service)',
          'database',
          'target',
          'Invoicing',
          { rows: 0, avgRowBytes: 0 },
        ),
        component(
          'c-invoicing-service',
          'invoicing-service (new, own PostgreSQL)',
          'service',
          'migrating',
          'Invoicing',
        ),
        component(
          'c-gateway',
          'API gateway (the strangler facade)',
          'infrastructure',
          'migrating',
          'Platform',
        ),
        component(
          'c-cdc',
          'Debezium + Kafka (CDC from the monolith database)',
          'queue',
          'migrating',
          'Platform',
        ),
        component('c-portal', 'customer portal', 'service', 'consumer', 'Web'),
        component('c-finance', 'finance exports (nightly)', 'queue', 'consumer', 'Finance systems'),
      ],
      dependencies: [
        { from: 'c-gateway', to: 'c-portal' },
        { from: 'c-monolith', to: 'c-gateway' },
        { from: 'c-invoicing-service', to: 'c-gateway' },
        { from: 'c-invoice-tables', to: 'c-cdc' },
        { from: 'c-cdc', to: 'c-invoicing-db' },
        { from: 'c-invoicing-db', to: 'c-invoicing-service' },
        { from: 'c-invoice-tables', to: 'c-finance' },
      ],
      downtime: { kind: 'zero', windowMinutes: null, agreedBy: '' },
      maintenanceWindow: { start: null, durationMinutes: null, offPeak: false },
      throughput: { rowsPerSecond: 5_000, batchSize: 10_000, measuredOn: '', productionScaleData: false },
      // The gateway moves each route group by weight; invoicing leaves the monolith one route at a time.
      rollout: { trafficSplit: 'yes', pieceByPiece: 'yes' },
      schemaChange: { description: '', backwardCompatible: 'unknown', forwardSql: '', dialect: 'postgresql' },
      notes:
        'The monolith joins invoices to orders in a few reports; those reports keep reading the monolith’s tables, which the sync-back keeps current until they are rewritten against invoicing-service’s API. Finance exports move in the contract phase.',
    },
    strategy: {
      deployment: 'strangler-fig',
      dataApproach: 'snapshot-replay',
      rationale:
        'A monolith decomposition: functionality moves out route by route behind a facade over months, and the monolith keeps serving everything not yet moved, so every route move is reversible by configuration. CDC (a snapshot, then a replay of the change stream) fills the new service’s database without touching the monolith’s code, and the outbox syncs writes back until the last reader moves.',
      reconciliationJob: true,
      featureFlagRouting: true,
      adr: {
        status: 'proposed',
        context:
          'Invoicing changes weekly for tax rules and blocks monolith releases; the team needs its own deploys and data model. The shop cannot stop.',
        decision:
          'Strangler fig behind the API gateway: CDC (Debezium) snapshot and stream of the invoicing tables into invoicing-service, reads then writes moved route by route by percentage, an outbox in invoicing-service syncs writes back to the monolith’s tables until the last reader moves.',
        consequences:
          'Two copies of invoicing data for months, kept equal by CDC one way and the outbox the other, checked nightly by a reconciliation job. Schema changes to the invoicing tables are frozen in the monolith.',
        alternatives:
          'Rewrite and switch over in one release (no way back, months of parallel development); shared database between monolith and service (no ownership boundary, the coupling stays).',
      },
    },
    rollback: {
      // At 5% of 4,000 requests a minute, a 5-minute sample (1,000 requests) cannot tell +0.1 points of
      // errors from noise; a 45-minute one can, so each step is held at least that long.
      triggers: triggers(
        10,
        [
          custom(
            'CDC lag from the monolith database to invoicing-service stays above 60 s.',
            60,
            's',
            false,
            {
              metricKey: 'cdc_lag_seconds',
              sampleWindowMinutes: 1,
              badSamplesToFire: 3,
            },
          ),
          custom(
            'Outbox sync-back from invoicing-service to the monolith’s tables stays above 60 s behind.',
            60,
            's',
            false,
            { metricKey: 'sync_back_lag_seconds', sampleWindowMinutes: 1, badSamplesToFire: 3 },
          ),
          custom(
            'Nightly reconciliation finds invoices that differ between the monolith and invoicing-service.',
            0,
            'invoices',
            false,
            { metricKey: 'divergent_invoices', sampleWindowMinutes: 1_440, critical: true },
          ),
        ],
        { 'RT-01': { sampleWindowMinutes: 45 } },
      ),
      // The invoicing routes at the gateway; the first step moves 5% of one route group.
      traffic: {
        requestsPerMinute: 4_000,
        canarySharePercent: 5,
        errorRateBaselinePercent: 0.1,
        latencyP50Ms: 40,
        latencyP99Ms: 350,
        downstreamFailuresPerMinute: 2,
      },
      procedures: {
        database:
          'Reads and writes go back to the monolith by gateway configuration; while invoicing-service owned writes, the outbox has kept the monolith’s tables current, so nothing needs copying back.',
        services:
          'Route weights in the gateway back to the monolith (config change, seconds); previous gateway config and service artifacts are kept.',
        data: 'The monolith’s invoicing tables stay written (by the monolith or by the sync-back) until the contract phase.',
        rollbackScriptsKept: true,
        previousArtifactsKept: true,
        sourcePreserved: true,
        appRollbackIncludesSchema: 'no',
        backupLastResort: true,
      },
      tests: [],
      pointOfNoReturn: {
        exists: 'yes',
        phaseId: 'ph-retire',
        approver: 'VP engineering (commerce)',
        description:
          'Deleting the monolith’s invoicing code and tables removes the route back; after it only a restore from backup remains.',
        communicated: false,
      },
    },
    execution: {
      checklist: checklist([
        'Every invoicing route listed with its owner and its order of migration.',
        'Schema change freeze on the monolith’s invoicing tables announced.',
        'Reconciliation job and its dashboard live before the first read moves.',
      ]),
      phases: PHASES,
      soakHours: 168,
      coordinator: 'Invoicing tech lead',
      crossTeamScheduleConfirmed: false,
    },
  },
};
