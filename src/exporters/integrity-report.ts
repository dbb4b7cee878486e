import type { Plan } from '../domain';
import { databaseVerification, type DatabaseVerification } from './integrity-database';

/** The spec's `integrity_report`: every recorded check, per phase, expected against actual. */
export type IntegrityReport = {
  kind: 'integrity-report';
  plan: { id: string; title: string };
  generatedAt: string;
  summary: { phases: number; checksRecorded: number; passed: number; failed: number; missing: number };
  phases: Array<{
    number: number;
    name: string;
    status: string;
    checks: Array<{
      checkId: string;
      kind: string;
      target: string;
      expectedRows: number | null;
      actualRows: number | null;
      checksumTarget: string;
      checksumMatch: boolean | null;
      constraint: string;
      referentialOk: boolean | null;
      passed: boolean | null;
      recordedAt: string | null;
      source: string | null;
      notes: string;
      /** Set when a verification inside the databases made the latest record (issue 26). */
      database: DatabaseVerification | null;
    }>;
  }>;
};

export function integrityReport(plan: Plan, now: Date): IntegrityReport {
  let passed = 0;
  let failed = 0;
  let missing = 0;
  let recorded = 0;
  const phases = plan.execution.phases.map((phase, i) => {
    const run = plan.run.phases.find((p) => p.phaseId === phase.id);
    const checks = phase.integrityChecks.map((check) => {
      const latest = run ? [...run.checks].reverse().find((c) => c.checkId === check.id) : undefined;
      recorded += run ? run.checks.filter((c) => c.checkId === check.id).length : 0;
      if (!latest) missing += 1;
      else if (latest.passed) passed += 1;
      else failed += 1;
      return {
        checkId: check.id,
        kind: check.kind,
        target: check.target,
        expectedRows: check.expectedRows,
        actualRows: latest?.actualRows ?? null,
        checksumTarget: check.checksumTarget,
        checksumMatch: latest?.checksumMatch ?? null,
        constraint: check.constraint,
        referentialOk: latest?.referentialOk ?? null,
        passed: latest ? latest.passed : null,
        recordedAt: latest?.at ?? null,
        source: latest?.source ?? null,
        notes: latest?.notes ?? '',
        database: databaseVerification(plan, phase.id, latest, now),
      };
    });
    return { number: i + 1, name: phase.name, status: run?.status ?? 'pending', checks };
  });
  return {
    kind: 'integrity-report',
    plan: { id: plan.id, title: plan.title },
    generatedAt: now.toISOString(),
    summary: { phases: phases.length, checksRecorded: recorded, passed, failed, missing },
    phases,
  };
}
