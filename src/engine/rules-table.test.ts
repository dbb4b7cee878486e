import { describe, expect, it } from 'vitest';
import type { Plan } from '../domain';
import { evaluate } from './evaluate';
import { RULE_IDS } from './rules';
import { cites, NOW, planWith } from './testing/ready-plan';
import type { Evaluation, Severity } from './types';

type Case = {
  id: string;
  /** What makes the rule fire, applied to the ready plan. */
  fire: (p: Plan) => void;
  /** What keeps it quiet; the ready plan itself when omitted. */
  quiet?: (p: Plan) => void;
  /** Expected severity of the rule's finding on the firing side, when it produces one. */
  severity?: Severity;
  /** A stronger check of the firing side than "cited". */
  check?: (e: Evaluation) => void;
  /** A stronger check of the quiet side than "not cited". */
  quietCheck?: (e: Evaluation) => void;
};

const phase = (p: Plan, i: number) => {
  const found = p.execution.phases[i];
  if (!found) throw new Error(`no phase ${i}`);
  return found;
};
const stateless = (p: Plan): void => {
  p.assessment.components = p.assessment.components.filter((c) => c.id === 'api');
  p.assessment.dependencies = [];
  p.assessment.scope = ['service'];
  p.assessment.schemaChange.description = '';
  p.assessment.schemaChange.forwardSql = '';
};
const setTrigger = (p: Plan, ruleId: string, change: { enabled?: boolean; automatic?: boolean }): void => {
  p.rollback.triggers = p.rollback.triggers.map((t) => (t.ruleId === ruleId ? { ...t, ...change } : t));
};
const runPhases = (p: Plan, passed: boolean): void => {
  p.run.status = 'completed';
  p.run.phases = p.execution.phases.map((ph) => ({
    phaseId: ph.id,
    status: 'completed' as const,
    startedAt: '2026-12-10T01:00:00.000Z',
    completedAt: '2026-12-10T02:00:00.000Z',
    checks: ph.integrityChecks.map((c) => ({
      checkId: c.id,
      at: '2026-12-10T02:00:00.000Z',
      actualRows: null,
      checksumMatch: null,
      referentialOk: null,
      passed,
      source: 'manual' as const,
      notes: '',
    })),
    pointOfNoReturnApprovedBy: '',
    pointOfNoReturnApprovedAt: null,
  }));
};
const sample = (errorRatePercent: number) => ({
  at: '2026-12-10T02:00:00.000Z',
  errorRatePercent,
  errorRateBaselinePercent: 1,
  latencyP99Ms: null,
  latencyP99BaselineMs: null,
  downstreamFailures: null,
  downstreamFailuresBaseline: null,
  integrityFailed: false,
});
const criterion = (e: Evaluation, id: string) => e.criteria.find((c) => c.ruleId === id)?.status;

const CASES: Case[] = [
  { id: 'DC-01', fire: stateless, check: (e) => expect(e.strategy.recommended).toBe('rolling') },
  {
    id: 'DC-02',
    fire: () => {},
    quiet: (p) => {
      p.assessment.downtime.kind = 'under-1-hour';
    },
    check: (e) => expect(e.strategy.recommended).toBe('canary'),
  },
  {
    id: 'DC-03',
    fire: (p) => {
      p.assessment.downtime.kind = 'scheduled-window';
    },
    quiet: (p) => {
      p.assessment.downtime.kind = 'scheduled-window';
      p.assessment.maintenanceWindow.offPeak = false;
    },
    check: (e) => expect(e.strategy.recommended).toBe('big-bang'),
  },
  {
    id: 'DC-04',
    fire: (p) => {
      p.assessment.components[0]!.rows = 200_000_000;
      p.assessment.throughput.batchSize = null;
    },
    quiet: (p) => {
      p.assessment.components[0]!.rows = 200_000_000;
    },
    severity: 'warning',
  },
  {
    id: 'DC-05',
    fire: (p) => {
      phase(p, 0).kind = 'migrate';
    },
    quiet: (p) => {
      p.assessment.schemaChange.backwardCompatible = 'unknown';
    },
    severity: 'warning',
  },
  {
    id: 'DC-06',
    fire: (p) => {
      p.assessment.schemaChange.backwardCompatible = 'no';
    },
    check: (e) => expect(e.dataApproach.recommended).toBe('expand-contract'),
  },
  {
    id: 'DC-07',
    fire: (p) => {
      p.assessment.maintenanceWindow.durationMinutes = 5;
    },
    severity: 'warning',
    check: (e) => expect(e.estimate.fitsWindow).toBe(false),
  },
  {
    id: 'DC-08',
    fire: () => {},
    quiet: (p) => {
      p.rollback.tests = [];
    },
    severity: 'info',
  },
  {
    id: 'DC-09',
    fire: (p) => {
      p.rollback.tests.push({
        id: 't2',
        kind: 'staging',
        environment: 'staging',
        date: '2026-11-25',
        result: 'fail',
        productionLikeData: true,
        notes: '',
      });
    },
    severity: 'blocker',
  },
  {
    id: 'DC-10',
    fire: (p) => {
      p.run.status = 'running';
      p.run.metrics = [sample(10)];
    },
    quiet: (p) => {
      setTrigger(p, 'RT-04', { automatic: true });
      p.run.status = 'running';
      p.run.metrics = [sample(1.01)];
    },
    severity: 'blocker',
  },
  {
    id: 'GR-01',
    fire: (p) => {
      p.rollback.tests = [
        {
          id: 'l',
          kind: 'local-rehearsal',
          environment: 'laptop',
          date: '2026-11-20',
          result: 'pass',
          productionLikeData: false,
          notes: '',
        },
      ];
    },
    severity: 'blocker',
  },
  {
    id: 'GR-02',
    fire: (p) => {
      phase(p, 2).plannedStart = '2026-12-10T05:00:00.000Z';
    },
    severity: 'blocker',
  },
  {
    id: 'GR-03',
    fire: (p) => {
      p.execution.checklist[0]!.done = false;
    },
    severity: 'blocker',
  },
  {
    id: 'GR-04',
    fire: (p) => {
      phase(p, 1).steps[0]!.sql = 'DROP TABLE old_accounts;';
    },
    severity: 'blocker',
  },
  {
    id: 'GR-05',
    fire: (p) => {
      p.assessment.schemaChange.backwardCompatible = 'no';
      p.strategy.dataApproach = 'dual-write';
    },
    severity: 'blocker',
  },
  {
    id: 'GR-06',
    fire: (p) => {
      phase(p, 1).integrityChecks = [];
    },
    severity: 'blocker',
  },
  {
    id: 'GR-07',
    fire: (p) => {
      p.assessment.stakeholderNoticeAt = '2026-12-09T00:00:00.000Z';
    },
    severity: 'blocker',
  },
  {
    id: 'GR-08',
    fire: (p) => {
      p.rollback.tests = [];
    },
    severity: 'blocker',
  },
  {
    id: 'AQ-01',
    fire: (p) => {
      p.assessment.downtime.kind = 'unspecified';
    },
    check: (e) => expect(e.questions[0]?.text).toContain('maintenance window of 2 h'),
  },
  {
    id: 'AQ-02',
    fire: (p) => {
      p.assessment.schemaChange.backwardCompatible = 'no';
    },
    check: (e) =>
      expect(e.questions.find((q) => q.ruleId === 'AQ-02')?.text).toContain('(`Add accounts.region`)'),
  },
  {
    id: 'AQ-03',
    fire: (p) => {
      p.assessment.maintenanceWindow.durationMinutes = 5;
    },
    check: (e) =>
      expect(e.questions.find((q) => q.ruleId === 'AQ-03')?.text).toBe(
        'Estimated migration duration for `500,000` rows is `8 min`. The maintenance window is `5 min`. Should I break the migration into batches or extend the window?',
      ),
  },
  {
    id: 'AQ-04',
    fire: (p) => {
      p.assessment.components[1]!.ownerTeam = 'Edge';
      p.execution.coordinator = '';
    },
    quiet: (p) => {
      p.assessment.components[1]!.ownerTeam = 'Edge';
    },
    check: (e) => expect(e.questions[0]?.text).toContain('teams `Core` and `Edge` are both affected'),
  },
  {
    id: 'AQ-05',
    fire: (p) => {
      p.rollback.pointOfNoReturn.approver = '';
    },
    check: (e) => expect(e.questions[0]?.text).toContain('After phase `Contract`'),
  },
  {
    id: 'FM-01',
    fire: (p) => {
      phase(p, 1).pausable = false;
    },
  },
  {
    id: 'FM-02',
    fire: (p) => {
      setTrigger(p, 'RT-03', { enabled: false });
    },
  },
  {
    id: 'FM-03',
    fire: (p) => {
      p.rollback.procedures.backupLastResort = false;
    },
  },
  {
    id: 'FM-04',
    fire: (p) => {
      p.strategy.featureFlagRouting = false;
    },
  },
  {
    id: 'FM-05',
    fire: (p) => {
      p.strategy.dataApproach = 'dual-write';
    },
    quiet: (p) => {
      p.strategy.dataApproach = 'dual-write';
      p.strategy.reconciliationJob = true;
    },
  },
  {
    id: 'FM-06',
    fire: (p) => {
      p.execution.checklist[4]!.done = false;
    },
  },
  {
    id: 'SC-01',
    fire: (p) => {
      phase(p, 0).owner = '';
    },
  },
  {
    id: 'SC-02',
    fire: (p) => {
      Object.assign(p.rollback.procedures, { database: '', services: '', data: '' });
    },
  },
  {
    id: 'SC-03',
    fire: (p) => {
      p.execution.checklist[1]!.verifiedBy = '';
    },
  },
  {
    id: 'SC-04',
    fire: (p) => runPhases(p, false),
    quiet: (p) => runPhases(p, true),
    quietCheck: (e) => expect(criterion(e, 'SC-04')).toBe('met'),
  },
  {
    id: 'SC-05',
    fire: (p) => {
      p.run.status = 'completed';
      p.run.metrics = [sample(10)];
    },
    quiet: (p) => {
      p.run.status = 'completed';
      p.run.metrics = [sample(1)];
    },
    quietCheck: (e) => expect(criterion(e, 'SC-05')).toBe('met'),
  },
  {
    id: 'SC-06',
    fire: (p) => {
      p.execution.soakHours = 12;
    },
    quiet: (p) => {
      p.run.soakStartedAt = '2026-12-01T00:00:00.000Z';
    },
    quietCheck: (e) => expect(criterion(e, 'SC-06')).toBe('met'),
  },
  {
    id: 'SC-07',
    fire: (p) => {
      p.rollback.procedures.sourcePreserved = false;
    },
    quiet: (p) => {
      p.run.status = 'completed';
    },
    quietCheck: (e) => expect(criterion(e, 'SC-07')).toBe('met'),
  },
  {
    id: 'SC-08',
    fire: (p) => runPhases(p, true),
    quiet: (p) => {
      runPhases(p, true);
      p.run.stakeholderUpdates = p.execution.phases.map((ph) => ({
        at: '2026-12-10T02:00:00.000Z',
        phaseId: ph.id,
        text: 'done',
      }));
    },
    quietCheck: (e) => expect(criterion(e, 'SC-08')).toBe('met'),
  },
  {
    id: 'RT-01',
    fire: (p) => {
      setTrigger(p, 'RT-01', { enabled: false });
    },
    severity: 'warning',
  },
  {
    id: 'RT-02',
    fire: (p) => {
      p.rollback.triggers = p.rollback.triggers.filter((t) => t.ruleId !== 'RT-02');
    },
    severity: 'warning',
  },
  {
    id: 'RT-03',
    fire: (p) => {
      setTrigger(p, 'RT-03', { enabled: false });
    },
    severity: 'warning',
  },
  {
    id: 'RT-04',
    fire: (p) => {
      setTrigger(p, 'RT-04', { enabled: false });
    },
    severity: 'warning',
  },
];

describe('every rule id, firing and quiet', () => {
  it('has a case for every DC, GR, AQ, FM, SC and RT rule', () => {
    const covered = new Set(CASES.map((c) => c.id));
    const missing = RULE_IDS.filter((id) => !/^(ST|DA)-/.test(id) && !covered.has(id));
    expect(missing).toEqual([]);
  });

  it.each(CASES)('$id fires', ({ id, fire, severity, check }) => {
    const e = evaluate(planWith(fire), { now: NOW });
    expect(cites(e, id)).toBe(true);
    if (severity)
      expect(e.findings.filter((f) => f.ruleId === id).map((f) => f.severity)).toContain(severity);
    check?.(e);
  });

  it.each(CASES)('$id stays quiet', ({ id, quiet, quietCheck }) => {
    const e = evaluate(planWith(quiet ?? (() => {})), { now: NOW });
    expect(cites(e, id)).toBe(false);
    quietCheck?.(e);
  });

  it('the ready plan is ready, with no warnings and no questions', () => {
    const e = evaluate(
      planWith(() => {}),
      { now: NOW },
    );
    expect(e.readiness).toMatchObject({ ready: true, blockers: [], warnings: 0, openQuestions: 0 });
  });
});
