import { type Plan } from '../../domain';
import { loadExamplePlan } from '../../domain/testing/example-plan';
import { completePhase, isRunError, recordCheck, startPhase, startRun, type CheckInput } from './transitions';
import type { RunError } from './run-state';

/** The bundled example plan (orders-bigint.json) with its operator named: migration day can start. */
export function exampleForRun(): Plan {
  const plan = loadExamplePlan();
  return { ...plan, run: { ...plan.run, operator: 'Tomas Novak' } };
}

/** The plan a transition made; a refusal fails the test with its sentence. */
export function ok(result: Plan | RunError): Plan {
  if (isRunError(result)) throw new Error(result.error);
  return result;
}

/** The sentence a transition refused with; '' when it was taken. */
export const errorOf = (result: Plan | RunError): string => (isRunError(result) ? result.error : '');

/** `h` hours into the example's migration night (it starts at 01:00 UTC on 9 December 2026). */
export const at = (h: number) => new Date(Date.parse('2026-12-09T01:00:00Z') + h * 3_600_000);

/** A row count as the operator types it: no checksum or referential result. */
export const rowCount = (checkId: string, actualRows: number): CheckInput => ({
  checkId,
  actualRows,
  checksumMatch: null,
  referentialOk: null,
});

/** Records a row count for one of the phase's checks; a refusal fails the test. */
export const countRows = (plan: Plan, phaseId: string, checkId: string, rows: number, now: Date): Plan =>
  ok(recordCheck(plan, phaseId, rowCount(checkId, rows), now));

/** Starts a phase at hour `h`, records every one of its checks as passing, and completes it. */
export function passPhase(plan: Plan, phaseId: string, h: number, confirmedEarly = false): Plan {
  let p = ok(startPhase(plan, phaseId, at(h), { confirmedEarly }));
  for (const c of p.execution.phases.find((x) => x.id === phaseId)!.integrityChecks) {
    const input: CheckInput = {
      checkId: c.id,
      actualRows: c.expectedRows,
      checksumMatch: c.kind === 'checksum' ? true : null,
      referentialOk: c.kind === 'referential' ? true : null,
    };
    p = ok(recordCheck(p, phaseId, input, at(h + 0.1)));
  }
  return ok(completePhase(p, phaseId, at(h + 0.2)));
}

/** The example on migration day: phase 1 passed, phase 2 (row count ic-2-1, checksum ic-2-2) running. */
export function inPhase2(): Plan {
  const started = ok(startRun(exampleForRun(), at(0), '3h'));
  return ok(startPhase(passPhase(started, 'ph-1', 0), 'ph-2', at(1)));
}
