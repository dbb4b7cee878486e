import type { IntegrityCheck, Plan, RecordedCheck } from '../domain';
import { activeHalt } from '../engine/triggers';
import { appendAudit } from '../exporters/audit-log';
import { latestChecks, phaseNumber, phaseRun, setPhaseRun, withRun, type Result } from './run-plan';

/** Recording a phase's integrity check (GR-06, FM-02): the check's verdict and its audit line. */
export type CheckInput = {
  checkId: string;
  actualRows: number | null;
  checksumMatch: boolean | null;
  referentialOk: boolean | null;
  source?: RecordedCheck['source'];
  notes?: string;
  /**
   * The verdict of a check that compared whole exports (the CSV export check): false when anything beyond the
   * values above disagreed (headers, duplicated keys), so such a record never passes on counts alone.
   */
  exportsMatch?: boolean;
  /** The row count to compare with when the plan names none (a database verification's source count). */
  rowsExpected?: number | null;
};

/** A check passes when every value it was given agrees with its target. */
export function checkPasses(check: IntegrityCheck, input: CheckInput): boolean {
  const expected = check.expectedRows ?? input.rowsExpected ?? null;
  if (check.kind === 'row-count')
    return (
      input.actualRows !== null &&
      (expected === null || input.actualRows === expected) &&
      input.checksumMatch !== false &&
      input.referentialOk !== false
    );
  if (check.kind === 'checksum') return input.checksumMatch === true && input.referentialOk !== false;
  return input.referentialOk === true && input.checksumMatch !== false;
}

/** After a rollback the run is over: its phases neither record checks nor complete (they would resume it). */
export const ROLLED_BACK = 'The migration was rolled back: this run records nothing more.';

export function recordCheck(plan: Plan, phaseId: string, input: CheckInput, now: Date): Result {
  const phase = plan.execution.phases.find((p) => p.id === phaseId);
  const check = phase?.integrityChecks.find((c) => c.id === input.checkId);
  if (!phase || !check) return { error: 'Unknown phase or check.' };
  if (plan.run.status === 'rolled-back') return { error: ROLLED_BACK };
  const run = phaseRun(plan, phaseId);
  if (run.status !== 'running' && run.status !== 'failed')
    return { error: 'Start the phase before recording its checks.' };
  const passed = checkPasses(check, input) && input.exportsMatch !== false;
  const recorded: RecordedCheck = {
    checkId: check.id,
    at: now.toISOString(),
    actualRows: input.actualRows,
    checksumMatch: input.checksumMatch,
    referentialOk: input.referentialOk,
    passed,
    source: input.source ?? 'manual',
    notes: input.notes ?? '',
  };
  const withRecord = setPhaseRun(plan, { ...run, checks: [...run.checks, recorded] });
  const allPass = latestChecks(withRecord, phaseId).every((c) => c.passed);
  let next = setPhaseRun(withRecord, {
    ...phaseRun(withRecord, phaseId),
    status: allPass ? 'running' : 'failed',
  });
  // FM-02: halt on the first failure; once every check's latest record passes, the run resumes.
  if (!allPass) next = withRun(next, { status: 'halted' });
  else if (plan.run.status === 'halted' && !activeHalt(plan))
    next = withRun(next, { status: plan.run.soakStartedAt ? 'soaking' : 'running' });
  const checksum = input.checksumMatch === null ? 'not-checked' : input.checksumMatch ? 'match' : 'mismatch';
  return appendAudit(next, now, {
    event: 'integrity-check',
    phaseNumber: phaseNumber(plan, phaseId),
    rowsExpected: check.expectedRows ?? input.rowsExpected ?? null,
    rowsActual: input.actualRows,
    checksum:
      check.kind === 'referential'
        ? `${checksum}, referential=${input.referentialOk === null ? 'not-checked' : input.referentialOk ? 'pass' : 'fail'}`
        : checksum,
  });
}
