import type { Plan, VerifySession } from '../domain';
import { verificationStaleness } from '../engine/verification-age';
import { recordProblem, verifyRecord } from '../verify/summary';
import { recordCheck, type RunError } from './run-transitions';

/**
 * Database verifications on migration day, pure like run-transitions: each round is kept with the phase's
 * run, and a finished verification becomes the check's integrity record (with its audit line) through the
 * run's own recordCheck, so GR-06 judges it like any other record.
 */
const MAX_SESSIONS = 500;

function phaseRunOf(plan: Plan, phaseId: string) {
  return plan.run.phases.find((p) => p.phaseId === phaseId);
}

export function saveVerification(plan: Plan, phaseId: string, session: VerifySession): Plan | RunError {
  const run = phaseRunOf(plan, phaseId);
  const phase = plan.execution.phases.find((p) => p.id === phaseId);
  if (!run || !phase?.integrityChecks.some((c) => c.id === session.checkId))
    return { error: 'Unknown phase or check.' };
  if (plan.run.status === 'rolled-back')
    return { error: 'The migration was rolled back: this run records nothing more.' };
  if (run.status !== 'running' && run.status !== 'failed')
    return { error: 'Start the phase before verifying its checks.' };
  const list = run.verifications ?? [];
  const next = list.some((v) => v.id === session.id)
    ? list.map((v) => (v.id === session.id ? session : v))
    : [...list, session].slice(-MAX_SESSIONS);
  return {
    ...plan,
    run: {
      ...plan.run,
      phases: plan.run.phases.map((p) => (p.phaseId === phaseId ? { ...p, verifications: next } : p)),
    },
  };
}

export function recordVerification(
  plan: Plan,
  phaseId: string,
  sessionId: string,
  now: Date,
): Plan | RunError {
  const run = phaseRunOf(plan, phaseId);
  const session = run?.verifications?.find((v) => v.id === sessionId);
  const check = plan.execution.phases
    .find((p) => p.id === phaseId)
    ?.integrityChecks.find((c) => c.id === session?.checkId);
  if (!session || !check) return { error: 'Unknown verification.' };
  const problem = recordProblem(session, check);
  if (problem) return { error: problem };
  const stale = verificationStaleness(plan, phaseId, session, now.getTime());
  if (stale.stale) return { error: `This verification is stale (${stale.reason}): start a new one.` };
  const r = verifyRecord(session);
  const recorded = recordCheck(
    plan,
    phaseId,
    {
      checkId: check.id,
      actualRows: r.actualRows,
      rowsExpected: r.rowsExpected,
      checksumMatch: r.checksumMatch,
      referentialOk: r.referentialOk,
      source: 'database',
      notes: r.notes,
    },
    now,
  );
  if ('error' in recorded) return recorded;
  // The record's time links it to this verification (engine/verification-stale.ts reads it back).
  return saveVerification(recorded, phaseId, { ...session, recordedAt: now.toISOString() });
}
