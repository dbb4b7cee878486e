import type { MetricsSample, Phase, Plan } from '../../domain';
import { appendAudit, formatDuration } from '../../domain/audit-line';
import { ponrPhaseId } from '../../domain/point-of-no-return';
import { formatMoment } from '../../domain/time-format';
import { earlyStart, openChecklist } from '../run-gates';
import { activeHalt } from '../triggers';
import { staleCheckError } from '../verification-age';
import { ROLLED_BACK } from './checks';
import { closeHaltByRollback, currentPhaseId, haltTrigger, latchFirings } from './halt';
import {
  forwardPhases,
  latestChecks,
  phaseNumber,
  phaseRun,
  setPhaseRun,
  soakHours,
  waitsForSoak,
  withRun,
  type Result,
} from './run-state';

export { recordCheck, type CheckInput } from './checks';
export { isRunError, latestChecks, phaseNumber, soakHours, type RunError } from './run-state';

/**
 * Migration-day state changes, pure: plan in, plan out, the clock passed in. Each one appends the
 * spec's audit line for what happened, so the log cannot drift from the state.
 */
/** Starting with checklist items open takes `confirmedOpenChecklist`, and the confirmation is logged. */
export function startRun(
  plan: Plan,
  now: Date,
  estimatedDuration: string,
  opts: { confirmedOpenChecklist?: boolean } = {},
): Result {
  if (plan.run.status !== 'not-started') return { error: 'The migration has already started.' };
  if (plan.run.operator.trim() === '') return { error: 'Say who is running the migration first.' };
  if (plan.execution.phases.length === 0) return { error: 'The plan has no phases to run.' };
  const open = openChecklist(plan);
  if (open.length > 0 && opts.confirmedOpenChecklist !== true)
    return {
      error: `${open.length} of ${plan.execution.checklist.length} checklist items are not ticked: confirm to start anyway.`,
    };
  let next: Plan =
    open.length === 0
      ? plan
      : appendAudit(plan, now, {
          event: 'checklist-incomplete',
          open: open.map((c) => c.label),
          total: plan.execution.checklist.length,
          operator: plan.run.operator,
        });
  next = withRun(next, {
    status: 'running',
    startedAt: now.toISOString(),
    phases: plan.execution.phases.map((p) => phaseRun(plan, p.id)),
  });
  const a = plan.assessment;
  next = appendAudit(next, now, {
    event: 'migration-assessed',
    scope: a.scope.join('+') || 'unspecified',
    components: a.components.length,
    estimatedDuration,
  });
  next = appendAudit(next, now, {
    event: 'strategy-selected',
    strategy: plan.strategy.deployment ?? 'none chosen',
    rationale: plan.strategy.rationale || plan.strategy.justification || 'not recorded',
  });
  return next;
}

/** The next phase that may start now, or why none can. */
export function nextPhase(plan: Plan, now: Date): { phase: Phase } | { waiting: string } | { done: true } {
  const halt = activeHalt(plan);
  if (halt)
    return {
      waiting: `The run is halted: ${haltTrigger(halt)} fired. Roll back now (DC-10), or a named person overrides with a reason.`,
    };
  if (plan.run.status === 'halted')
    return {
      waiting: 'The run is halted after a failed check: roll back or fix, then record the check again.',
    };
  if (plan.run.status === 'rolled-back') return { waiting: 'The migration was rolled back.' };
  for (const phase of plan.execution.phases) {
    const run = phaseRun(plan, phase.id);
    if (run.status === 'completed') continue;
    if (run.status === 'running' || run.status === 'failed')
      return { waiting: `Phase ${phaseNumber(plan, phase.id)} "${phase.name}" is in progress.` };
    if (waitsForSoak(phase)) {
      if (plan.run.soakStartedAt === null)
        return { waiting: 'Contract and decommission phases run after the soak.' };
      const soakEnds = Date.parse(plan.run.soakStartedAt) + soakHours(plan) * 3_600_000;
      if (now.getTime() < soakEnds)
        return {
          waiting: `The soak runs until ${formatMoment(new Date(soakEnds), plan.timeZone)}; contract and decommission phases wait for it (GR-02).`,
        };
    }
    return { phase };
  }
  return { done: true };
}

export function approvePointOfNoReturn(plan: Plan, phaseId: string, approver: string, now: Date): Result {
  const expected = plan.rollback.pointOfNoReturn.approver.trim();
  if (ponrPhaseId(plan) !== phaseId) return { error: 'This phase is not the point of no return.' };
  if (expected !== '' && approver.trim().toLowerCase() !== expected.toLowerCase())
    return { error: `Only ${expected}, the named approver, can confirm passing the point of no return.` };
  return setPhaseRun(plan, {
    ...phaseRun(plan, phaseId),
    pointOfNoReturnApprovedBy: approver.trim(),
    pointOfNoReturnApprovedAt: now.toISOString(),
  });
}

/** Starting before the planned start takes `confirmedEarly`, and the confirmation is logged. */
export function startPhase(
  plan: Plan,
  phaseId: string,
  now: Date,
  opts: { confirmedEarly?: boolean } = {},
): Result {
  if (plan.run.status !== 'running' && plan.run.status !== 'soaking')
    return { error: 'The migration is not running.' };
  const next = nextPhase(plan, now);
  if (!('phase' in next) || next.phase.id !== phaseId)
    return { error: 'waiting' in next ? next.waiting : 'Every phase is complete.' };
  const run = phaseRun(plan, phaseId);
  if (ponrPhaseId(plan) === phaseId && run.pointOfNoReturnApprovedAt === null)
    return { error: 'This phase is the point of no return: its approver must confirm first (AQ-05, FM-06).' };
  const early = earlyStart(plan, phaseId, now);
  if (early && opts.confirmedEarly !== true)
    return { error: `This phase is planned to start at ${early.plannedStart}: confirm to start it early.` };
  const confirmed = early
    ? appendAudit(plan, now, {
        event: 'phase-early',
        phaseNumber: phaseNumber(plan, phaseId),
        phaseName: next.phase.name,
        plannedStart: early.plannedStart,
        earlyBy: formatDuration(early.earlyByMs),
        operator: plan.run.operator,
      })
    : plan;
  const started = setPhaseRun(confirmed, { ...run, status: 'running', startedAt: now.toISOString() });
  return appendAudit(started, now, {
    event: 'phase-started',
    phaseNumber: phaseNumber(plan, phaseId),
    phaseName: next.phase.name,
    operator: plan.run.operator,
  });
}

export function completePhase(plan: Plan, phaseId: string, now: Date): Result {
  const phase = plan.execution.phases.find((p) => p.id === phaseId);
  if (plan.run.status === 'rolled-back') return { error: ROLLED_BACK };
  const run = phaseRun(plan, phaseId);
  if (!phase || run.status !== 'running') return { error: 'Only a running phase can be completed.' };
  const latest = latestChecks(plan, phaseId);
  if (phase.integrityChecks.length === 0)
    return { error: 'This phase has no integrity checks to pass (GR-06): add them to the plan.' };
  if (latest.length < phase.integrityChecks.length || !latest.every((c) => c.passed))
    return {
      error: 'Record every integrity check of this phase, all passing, before completing it (GR-06).',
    };
  const stale = staleCheckError(plan, phaseId, now.getTime());
  if (stale) return { error: stale };
  const started = run.startedAt ? Date.parse(run.startedAt) : now.getTime();
  let next = setPhaseRun(plan, { ...run, status: 'completed', completedAt: now.toISOString() });
  next = appendAudit(next, now, {
    event: 'phase-completed',
    phaseNumber: phaseNumber(plan, phaseId),
    phaseName: phase.name,
    duration: formatDuration(now.getTime() - started),
  });
  const doneIds = new Set(next.run.phases.filter((p) => p.status === 'completed').map((p) => p.phaseId));
  if (plan.run.soakStartedAt === null && forwardPhases(plan).every((p) => doneIds.has(p.id))) {
    next = withRun(next, { status: 'soaking', soakStartedAt: now.toISOString() });
    const total = plan.run.startedAt ? now.getTime() - Date.parse(plan.run.startedAt) : 0;
    next = appendAudit(next, now, {
      event: 'migration-completed',
      totalDuration: formatDuration(total),
      soakPeriodStart: now.toISOString(),
    });
  }
  if (plan.execution.phases.every((p) => doneIds.has(p.id)))
    next = withRun(next, { status: 'completed', completedAt: now.toISOString() });
  return next;
}

/** A sample is kept, then every trigger it makes fire is latched: the run halts until rollback or override. */
export const recordMetrics = (plan: Plan, sample: MetricsSample, now: Date): Plan =>
  latchFirings(withRun(plan, { metrics: [...plan.run.metrics, sample] }), now);

export function recordRollback(
  plan: Plan,
  input: { trigger: string; phaseId: string | null; result: 'success' | 'failure'; notes: string },
  now: Date,
): Plan {
  const next = withRun(closeHaltByRollback(plan, now), {
    status: 'rolled-back',
    rollbacks: [
      ...plan.run.rollbacks,
      {
        at: now.toISOString(),
        triggerRuleId: input.trigger,
        phaseId: input.phaseId,
        result: input.result,
        notes: input.notes,
      },
    ],
  });
  return appendAudit(next, now, {
    event: 'rollback-executed',
    trigger: input.trigger,
    phaseNumber: input.phaseId ? phaseNumber(plan, input.phaseId) : null,
    result: input.result,
    notes: input.notes,
  });
}

/** The phase the run is in (running or failed), else the last one that started. */
export function currentPhase(plan: Plan): Phase | null {
  const id = currentPhaseId(plan);
  return plan.execution.phases.find((p) => p.id === id) ?? null;
}
