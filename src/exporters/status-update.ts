import type { Phase, Plan } from '../domain';
import { waitsForSoak } from '../engine/run/run-state';
import { latestChecks, nextPhase, phaseNumber, soakHours } from '../engine/run/transitions';
import { formatMoment } from '../domain/time-format';

/** A time as the stakeholders read it: in the plan's zone, named ("Wed 9 Dec 2026, 02:30 CET"). */
const hhmm = (plan: Plan, iso: string | null) => (iso ? formatMoment(iso, plan.timeZone) : '—');

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
  const upcoming =
    run.status === 'running'
      ? afterRunning(plan, phase, checks.filter((c) => c.passed).length)
      : nextLine(plan, now);
  return [
    `[${plan.title}] Phase ${n}/${plan.execution.phases.length} "${phase.name}": ${result}.`,
    `Started ${hhmm(plan, run.startedAt)}${run.completedAt ? `, finished ${hhmm(plan, run.completedAt)}` : ''}.`,
    upcoming,
    plan.run.operator ? `— ${plan.run.operator}` : '',
  ]
    .filter(Boolean)
    .join('\n');
}

function nextLine(plan: Plan, now: Date): string {
  const next = nextPhase(plan, now);
  if ('phase' in next) return `Next: ${phaseLabel(plan, next.phase)}.`;
  return 'waiting' in next ? `Next: ${next.waiting}` : 'Next: all phases are complete.';
}

/**
 * What follows a phase still running: its own gate first (GR-06), then the phase after it, or the soak when
 * only contract phases are left. "Next: phase 1 is in progress" told the stakeholders nothing.
 */
function afterRunning(plan: Plan, phase: Phase, passed: number): string {
  const total = phase.integrityChecks.length;
  const gate =
    total === 0
      ? 'complete this phase'
      : `pass this phase's integrity checks (${passed} of ${total} passed so far)`;
  const phases = plan.execution.phases;
  const following = phases[phases.indexOf(phase) + 1];
  const then =
    following === undefined
      ? waitsForSoak(phase)
        ? 'the end of the run'
        : `the ${soakHours(plan)} h soak`
      : waitsForSoak(following) && !waitsForSoak(phase)
        ? `the ${soakHours(plan)} h soak, before the contract phases (GR-02)`
        : phaseLabel(plan, following);
  return `Next: ${gate}, then ${then}.`;
}

const phaseLabel = (plan: Plan, phase: Phase) =>
  `phase ${phaseNumber(plan, phase.id)} "${phase.name}"${phase.plannedStart ? ` (planned ${hhmm(plan, phase.plannedStart)})` : ''}`;
