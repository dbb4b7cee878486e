import type { Plan } from '../domain';
import { latestChecks, nextPhase, phaseNumber } from './run-transitions';

const hhmm = (iso: string | null) => (iso ? `${iso.slice(0, 16).replace('T', ' ')} UTC` : '—');

/**
 * A short status update for chat or e-mail at a phase gate (SC-08): the phase, its result and times,
 * and what comes next. Plain text: it is pasted into other tools.
 */
export function statusUpdate(plan: Plan, phaseId: string, now: Date): string {
  const phase = plan.execution.phases.find((p) => p.id === phaseId);
  const run = plan.run.phases.find((p) => p.phaseId === phaseId);
  if (!phase || !run) return '';
  const n = phaseNumber(plan, phaseId);
  const checks = latestChecks(plan, phaseId);
  const result =
    run.status === 'completed'
      ? 'completed, all integrity checks passed'
      : run.status === 'failed'
        ? `HALTED: ${checks.filter((c) => !c.passed).length} integrity check(s) failed`
        : run.status;
  const next = nextPhase(plan, now);
  const upcoming =
    'phase' in next
      ? `Next: phase ${phaseNumber(plan, next.phase.id)} "${next.phase.name}"${next.phase.plannedStart ? ` (planned ${hhmm(next.phase.plannedStart)})` : ''}.`
      : 'waiting' in next
        ? `Next: ${next.waiting}`
        : 'Next: all phases are complete.';
  return [
    `[${plan.title}] Phase ${n}/${plan.execution.phases.length} "${phase.name}": ${result}.`,
    `Started ${hhmm(run.startedAt)}${run.completedAt ? `, finished ${hhmm(run.completedAt)}` : ''}.`,
    upcoming,
    plan.run.operator ? `— ${plan.run.operator}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}
