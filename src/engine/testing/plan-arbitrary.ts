import fc from 'fast-check';
import {
  BASELINE_MODES,
  CHANGE_SYNCS,
  COMPONENT_KINDS,
  COMPONENT_ROLES,
  DATA_MOVES,
  DATA_APPROACHES,
  DEPLOYMENT_STRATEGIES,
  DOWNTIME_KINDS,
  INTEGRITY_CHECK_KINDS,
  PHASE_KINDS,
  PHASE_TIMINGS,
  Plan,
  PLAN_FORMAT_VERSION,
  ROLLBACK_MECHANISMS,
  ROLLBACK_TEST_KINDS,
  RUN_STATUSES,
  SCOPE_KINDS,
  TRIGGER_METRICS,
  type PlanInput,
} from '../../domain';
import type { SqlContext, SqlFacts } from '../types';

/**
 * Valid plans with arbitrary structure, for property tests. Ids come from small pools so that edges,
 * run records and the point of no return often (not always) name things that exist, duplicates
 * happen, and cycles appear. Every generated value goes through Plan.parse, so a generator bug shows
 * up as a failing property instead of silently testing invalid input.
 */
const componentId = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'zz');
const phaseId = fc.constantFrom('p1', 'p2', 'p3', 'p4', 'p5');
const stepId = fc.constantFrom('s1', 's2', 's3', 's4');
const checkId = fc.constantFrom('c1', 'c2', 'c3');
const team = fc.constantFrom('', 'Core', 'Edge', 'Data');
const text = fc.constantFrom('', 'x', 'Some words');
const tri = fc.constantFrom('yes', 'no', 'unknown' as const);
const sql = fc.constantFrom(
  '',
  'DROP TABLE a;',
  'ALTER TABLE a ADD COLUMN b int; -- drop later',
  "SELECT 'drop table x';",
  'TRUNCATE t',
  'ALTER TABLE a DROP COLUMN b;',
  '/* truncate */ CREATE INDEX i ON t (c);',
  '$$ drop $$; drop view v',
);
const MIN = Date.parse('2026-01-01T00:00:00Z');
const MAX = Date.parse('2027-12-31T00:00:00Z');
export const timestamp = fc.integer({ min: MIN, max: MAX }).map((ms) => new Date(ms).toISOString());
const day = timestamp.map((t) => t.slice(0, 10));
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(arb, { nil: null });
const positive = fc.integer({ min: 1, max: 100_000 });
const windowMinutes = fc.oneof(fc.integer({ min: 1, max: 600 }), fc.integer({ min: 1, max: 44_640 }));

const component = fc.record({
  id: componentId,
  name: fc.constantFrom('orders', 'api', 'x'),
  kind: fc.constantFrom(...COMPONENT_KINDS),
  ownerTeam: team,
  stateful: fc.boolean(),
  role: fc.constantFrom(...COMPONENT_ROLES),
  rows: fc.oneof(
    fc.constant(0),
    fc.integer({ min: 0, max: 2_000_000 }),
    fc.integer({ min: 0, max: 2_000_000_000 }),
  ),
  avgRowBytes: fc.integer({ min: 0, max: 2000 }),
  move: fc.constantFrom(...DATA_MOVES),
  changeSync: fc.constantFrom(...CHANGE_SYNCS),
  readsPerSecond: opt(positive),
  writesPerSecond: opt(positive),
});

const trigger = fc.record({
  id: fc.constantFrom('t1', 't2', 't3', 't4', 't5'),
  ruleId: fc.constantFrom('RT-01', 'RT-02', 'RT-03', 'RT-04', 'RT-C1'),
  metric: fc.constantFrom(...TRIGGER_METRICS),
  description: fc.constant('A trigger'),
  threshold: opt(fc.integer({ min: 0, max: 100 })),
  unit: fc.constantFrom('', '%'),
  baselineMode: fc.constantFrom(...BASELINE_MODES),
  automatic: fc.boolean(),
  enabled: fc.boolean(),
});

export const rollbackTest = fc.record({
  id: fc.constantFrom('r1', 'r2', 'r3'),
  kind: fc.constantFrom(...ROLLBACK_TEST_KINDS),
  environment: fc.constant('env'),
  date: day,
  result: fc.constantFrom('pass', 'fail' as const),
  productionLikeData: fc.boolean(),
});

const phase = fc.record({
  id: phaseId,
  name: fc.constantFrom('Expand', 'Backfill', 'Contract'),
  owner: team,
  kind: fc.constantFrom(...PHASE_KINDS),
  plannedStart: opt(timestamp),
  durationMinutes: opt(positive),
  steps: fc.array(fc.record({ id: stepId, text: fc.constant('do it'), sql }), { maxLength: 3 }),
  integrityChecks: fc.array(
    fc.record({ id: checkId, kind: fc.constantFrom(...INTEGRITY_CHECK_KINDS), target: fc.constant('t') }),
    { maxLength: 2 },
  ),
  pausable: fc.boolean(),
  deletesSource: fc.boolean(),
  timing: fc.constantFrom(...PHASE_TIMINGS),
  rollbackMechanism: fc.constantFrom(...ROLLBACK_MECHANISMS),
  rollbackAvailableHours: opt(fc.integer({ min: 1, max: 200 })),
});

const sample = fc.record({
  at: timestamp,
  errorRatePercent: opt(fc.double({ min: 0, max: 100, noNaN: true })),
  errorRateBaselinePercent: opt(fc.double({ min: 0, max: 100, noNaN: true })),
  latencyP99Ms: opt(fc.integer({ min: 0, max: 5000 })),
  latencyP99BaselineMs: opt(fc.integer({ min: 0, max: 5000 })),
  downstreamFailures: opt(fc.integer({ min: 0, max: 50 })),
  downstreamFailuresBaseline: opt(fc.integer({ min: 0, max: 50 })),
  integrityFailed: fc.boolean(),
});

const phaseRun = fc.record({
  phaseId,
  status: fc.constantFrom('pending', 'running', 'completed', 'failed' as const),
  startedAt: opt(timestamp),
  checks: fc.array(fc.record({ checkId, at: timestamp, passed: fc.boolean() }), { maxLength: 3 }),
});

export const planInput: fc.Arbitrary<PlanInput> = fc.record({
  kind: fc.constant('migration-plan' as const),
  formatVersion: fc.constant(PLAN_FORMAT_VERSION),
  id: fc.constant('generated'),
  title: fc.constant('Generated plan'),
  createdAt: timestamp,
  assessment: fc.record({
    scope: fc.subarray([...SCOPE_KINDS]),
    components: fc.array(component, { maxLength: 10 }),
    dependencies: fc.array(fc.record({ from: componentId, to: componentId }), { maxLength: 16 }),
    downtime: fc.record({
      kind: fc.constantFrom(...DOWNTIME_KINDS),
      windowMinutes: opt(windowMinutes),
      agreedBy: text,
    }),
    maintenanceWindow: fc.record({
      start: opt(timestamp),
      durationMinutes: opt(windowMinutes),
      offPeak: fc.boolean(),
    }),
    throughput: fc.record({
      rowsPerSecond: opt(positive),
      batchSize: opt(positive),
      productionScaleData: fc.boolean(),
    }),
    rollout: fc.record({ trafficSplit: tri, pieceByPiece: tri }),
    stakeholderNoticeAt: opt(timestamp),
    schemaChange: fc.record({
      description: text,
      backwardCompatible: tri,
      forwardSql: sql,
      dialect: fc.constantFrom('postgresql', 'mysql' as const),
    }),
  }),
  strategy: fc.record({
    deployment: opt(fc.constantFrom(...DEPLOYMENT_STRATEGIES)),
    dataApproach: opt(fc.constantFrom(...DATA_APPROACHES)),
    justification: text,
    reconciliationJob: fc.boolean(),
    featureFlagRouting: fc.boolean(),
  }),
  rollback: fc.record({
    triggers: fc.array(trigger, { maxLength: 6 }),
    procedures: fc.record({
      database: text,
      services: text,
      data: text,
      sourcePreserved: fc.boolean(),
      backupLastResort: fc.boolean(),
    }),
    tests: fc.array(rollbackTest, { maxLength: 4 }),
    pointOfNoReturn: fc.record({
      exists: tri,
      phaseId: opt(phaseId),
      approver: text,
      communicated: fc.boolean(),
    }),
  }),
  execution: fc.record({
    checklist: fc.array(
      fc.record({
        id: fc.constantFrom('k1', 'k2'),
        builtin: opt(
          fc.constantFrom(
            'backups-verified',
            'rollback-tested',
            'monitoring-ready',
            'stakeholders-notified',
            'feature-flags' as const,
          ),
        ),
        label: fc.constant('item'),
        done: fc.boolean(),
        verifiedBy: text,
      }),
      { maxLength: 6 },
    ),
    phases: fc.array(phase, { maxLength: 6 }),
    soakHours: fc.integer({ min: 0, max: 72 }),
    coordinator: text,
    crossTeamScheduleConfirmed: fc.boolean(),
  }),
  run: fc.record({
    status: fc.constantFrom(...RUN_STATUSES),
    phases: fc.array(phaseRun, { maxLength: 4 }),
    metrics: fc.array(sample, { maxLength: 3 }),
    soakStartedAt: opt(timestamp),
    stakeholderUpdates: fc.array(
      fc.record({ at: timestamp, phaseId: opt(phaseId), text: fc.constant('update') }),
      { maxLength: 3 },
    ),
    confirmedCriteria: fc.subarray(['SC-01', 'SC-04', 'SC-05', 'SC-06', 'SC-08']),
  }),
});

export const plan: fc.Arbitrary<Plan> = planInput.map((input) => Plan.parse(input));

const facts: fc.Arbitrary<SqlFacts> = fc.record({
  dialect: fc.constantFrom('postgresql', 'mysql' as const),
  statements: fc.array(
    fc.record({
      index: fc.nat(20),
      line: fc.integer({ min: 1, max: 50 }),
      text: fc.constantFrom('DROP TABLE a', 'ALTER TABLE a ADD b int', 'ALTER TABLE a RENAME c TO d'),
      classification: fc.constantFrom('expand', 'risky', 'breaking', 'destructive', 'unclassified' as const),
      ruleIds: fc.constant([]),
      table: opt(fc.constant('a')),
    }),
    { maxLength: 4 },
  ),
  parseError: opt(fc.record({ message: fc.constant('syntax error'), line: fc.nat(10), column: fc.nat(10) })),
});

export const sqlContext: fc.Arbitrary<SqlContext | undefined> = fc.option(
  fc.record({ forward: facts, steps: fc.dictionary(stepId, facts, { maxKeys: 3 }) }, { requiredKeys: [] }),
  { nil: undefined },
);

export const now: fc.Arbitrary<Date> = fc.integer({ min: MIN, max: MAX }).map((ms) => new Date(ms));
