import type { Plan } from '../../domain';
import type { Evaluation, Severity } from '../types';

/** Shared pieces of the rule table: one case per rule id, split by family into two files. */
export type Case = {
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

export const phase = (p: Plan, i: number) => {
  const found = p.execution.phases[i];
  if (!found) throw new Error(`no phase ${i}`);
  return found;
};
export const stateless = (p: Plan): void => {
  p.assessment.components = p.assessment.components.filter((c) => c.id === 'api');
  p.assessment.dependencies = [];
  p.assessment.scope = ['service'];
  p.assessment.schemaChange.description = '';
  p.assessment.schemaChange.forwardSql = '';
};
export const setTrigger = (
  p: Plan,
  ruleId: string,
  change: { enabled?: boolean; automatic?: boolean },
): void => {
  p.rollback.triggers = p.rollback.triggers.map((t) => (t.ruleId === ruleId ? { ...t, ...change } : t));
};
export const runPhases = (p: Plan, passed: boolean): void => {
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
    steps: [],
  }));
};
export const sample = (errorRatePercent: number) => ({
  at: '2026-12-10T02:00:00.000Z',
  errorRatePercent,
  errorRateBaselinePercent: 1,
  latencyP99Ms: null,
  latencyP99BaselineMs: null,
  downstreamFailures: null,
  downstreamFailuresBaseline: null,
  integrityFailed: false,
  custom: [],
});
export const criterion = (e: Evaluation, id: string) => e.criteria.find((c) => c.ruleId === id)?.status;
