import { defaultChecklist, defaultTriggers, Plan, PLAN_FORMAT_VERSION, type PlanInput } from '../../domain';
import type { Evaluation } from '../types';

/** The clock for tests: five days before the window in readyPlan. */
export const NOW = new Date('2026-12-05T00:00:00.000Z');

/**
 * A small plan that passes every guardrail: a 500k-row table changed in place and one service, zero
 * downtime, traffic split by flags, canary with expand-contract, a passed staging rollback test, online
 * expand and backfill phases, a contract phase after the soak that is also the point of no return. Rule tests
 * start from it and break one thing, so each test shows exactly what fires a rule.
 */
export function readyPlanInput(): PlanInput {
  return {
    kind: 'migration-plan',
    formatVersion: PLAN_FORMAT_VERSION,
    id: 'ready',
    title: 'Ready plan',
    createdAt: '2026-11-01T00:00:00.000Z',
    assessment: {
      scope: ['schema', 'data'],
      components: [
        {
          id: 'db',
          name: 'accounts table',
          kind: 'table',
          ownerTeam: 'Core',
          stateful: true,
          rows: 500_000,
          avgRowBytes: 100,
          move: 'in-place',
        },
        {
          id: 'api',
          name: 'accounts-api',
          kind: 'service',
          ownerTeam: 'Core',
          stateful: false,
          rows: 0,
          avgRowBytes: 0,
        },
      ],
      dependencies: [{ from: 'db', to: 'api' }],
      downtime: { kind: 'zero', windowMinutes: null, agreedBy: 'CTO' },
      maintenanceWindow: { start: '2026-12-10T01:00:00.000Z', durationMinutes: 120, offPeak: true },
      throughput: {
        rowsPerSecond: 1000,
        batchSize: 10_000,
        measuredOn: 'staging',
        productionScaleData: true,
      },
      rollout: { trafficSplit: 'yes', pieceByPiece: 'no' },
      stakeholderNoticeAt: '2026-12-01T00:00:00.000Z',
      schemaChange: {
        description: 'Add accounts.region',
        backwardCompatible: 'yes',
        forwardSql: 'ALTER TABLE accounts ADD COLUMN region text;',
        dialect: 'postgresql',
      },
    },
    strategy: {
      deployment: 'canary',
      dataApproach: 'expand-contract',
      featureFlagRouting: true,
      reconciliationJob: false,
    },
    rollback: {
      triggers: defaultTriggers(),
      procedures: {
        database: 'Run rollback.sql',
        services: 'Redeploy v1',
        data: 'Source untouched',
        rollbackScriptsKept: true,
        previousArtifactsKept: true,
        sourcePreserved: true,
        backupLastResort: true,
      },
      tests: [
        {
          id: 't1',
          kind: 'staging',
          environment: 'staging',
          date: '2026-11-20',
          result: 'pass',
          productionLikeData: true,
        },
      ],
      pointOfNoReturn: { exists: 'yes', phaseId: 'p3', approver: 'Alice', communicated: true },
    },
    execution: {
      checklist: defaultChecklist().map((item) => ({ ...item, done: true, verifiedBy: 'Bob' })),
      phases: [
        {
          id: 'p1',
          name: 'Expand',
          owner: 'Bob',
          kind: 'expand',
          plannedStart: '2026-12-10T01:00:00.000Z',
          durationMinutes: 30,
          steps: [{ id: 's1', text: 'Add column', sql: 'ALTER TABLE accounts ADD COLUMN region text;' }],
          integrityChecks: [{ id: 'c1', kind: 'row-count', target: 'accounts', expectedRows: 500_000 }],
          pausable: true,
          timing: 'online',
          rollbackMechanism: 'revert-deploy',
        },
        {
          id: 'p2',
          name: 'Backfill',
          owner: 'Bob',
          kind: 'migrate',
          plannedStart: '2026-12-10T01:30:00.000Z',
          durationMinutes: 60,
          steps: [
            {
              id: 's2',
              text: 'Backfill region in batches',
              sql: "UPDATE accounts SET region = 'eu' WHERE region IS NULL;",
            },
          ],
          integrityChecks: [
            { id: 'c2', kind: 'checksum', target: 'accounts', checksumTarget: 'md5(region)' },
          ],
          pausable: true,
          timing: 'online',
          rollbackMechanism: 'revert-deploy',
        },
        {
          id: 'p3',
          name: 'Contract',
          owner: 'Bob',
          kind: 'contract',
          plannedStart: '2026-12-11T08:00:00.000Z',
          durationMinutes: 10,
          steps: [
            { id: 's3', text: 'Drop old column', sql: 'ALTER TABLE accounts DROP COLUMN legacy_region;' },
          ],
          integrityChecks: [{ id: 'c3', kind: 'row-count', target: 'accounts', expectedRows: 500_000 }],
          deletesSource: true,
          timing: 'online',
          rollbackMechanism: 'restore-backup',
        },
      ],
      soakHours: 24,
      coordinator: 'Alice',
      crossTeamScheduleConfirmed: true,
    },
  };
}

export function readyPlan(): Plan {
  return Plan.parse(readyPlanInput());
}

/** readyPlan with one change applied to a private copy. */
export function planWith(mutate: (plan: Plan) => void): Plan {
  const plan = readyPlan();
  mutate(plan);
  return Plan.parse(plan);
}

/** Whether an evaluation acts on a rule: a finding, question, uncovered applicable risk, unmet criterion or recommendation reason. */
export function cites(e: Evaluation, ruleId: string): boolean {
  return (
    e.findings.some((f) => f.ruleId === ruleId) ||
    e.questions.some((q) => q.ruleId === ruleId) ||
    e.risks.some((r) => r.ruleId === ruleId && r.applies && !r.covered) ||
    e.criteria.some((c) => c.ruleId === ruleId && c.status === 'not-met') ||
    e.strategy.ruleIds.includes(ruleId) ||
    e.dataApproach.ruleIds.includes(ruleId)
  );
}
