import type { Plan } from '../domain';
import { appendAudit } from '../exporters/audit-log';
import { phaseNumber, phaseRun, setPhaseRun, type Result } from './run-plan';

/** A phase step ticked off, with the time and the operator, and its audit line. A tick is not taken back. */
export function tickStep(plan: Plan, phaseId: string, stepId: string, now: Date): Result {
  const phase = plan.execution.phases.find((p) => p.id === phaseId);
  const index = phase?.steps.findIndex((s) => s.id === stepId) ?? -1;
  const step = phase?.steps[index];
  if (!phase || !step) return { error: 'Unknown phase or step.' };
  const run = phaseRun(plan, phaseId);
  if (plan.run.status === 'rolled-back')
    return { error: 'The migration was rolled back: this run records nothing more.' };
  if (run.status !== 'running' && run.status !== 'failed')
    return { error: 'Start the phase before ticking its steps.' };
  if (run.steps.some((s) => s.stepId === stepId)) return { error: 'This step is already ticked.' };
  const by = plan.run.operator;
  const next = setPhaseRun(plan, { ...run, steps: [...run.steps, { stepId, at: now.toISOString(), by }] });
  return appendAudit(next, now, {
    event: 'step-completed',
    phaseNumber: phaseNumber(plan, phaseId),
    stepNumber: index + 1,
    stepText: step.text,
    operator: by,
  });
}
