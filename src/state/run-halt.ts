import type { Plan, TriggerHalt } from '../domain';
import { activeHalt, pendingFirings } from '../engine/triggers';
import { appendAudit } from '../exporters/audit-log';

/**
 * The latch, as plan in, plan out: the engine says which triggers fire (pendingFirings); this records them
 * in a halt with their samples and the audit line, and resolves the halt by a rollback or an override.
 * Kept thin on purpose: the decisions are the engine's.
 */

const phaseNo = (plan: Plan, phaseId: string | null) =>
  phaseId === null ? null : plan.execution.phases.findIndex((p) => p.id === phaseId) + 1 || null;

/** The phase the run is in (running or failed), else the last one that started. */
export function currentPhaseId(plan: Plan): string | null {
  const active = plan.run.phases.find((p) => p.status === 'running' || p.status === 'failed');
  return (active ?? [...plan.run.phases].reverse().find((p) => p.startedAt !== null))?.phaseId ?? null;
}

const LATCHING = new Set(['running', 'soaking', 'halted']);

/** After a sample: every trigger that now fires is latched, and the run halts. */
export function latchFirings(plan: Plan, now: Date): Plan {
  if (!LATCHING.has(plan.run.status)) return plan;
  const fired = pendingFirings(plan);
  if (fired.length === 0) return plan;
  const at = now.toISOString();
  const phaseId = currentPhaseId(plan);
  const firings = fired.map((f) => ({
    at,
    triggerId: f.triggerId,
    ruleId: f.ruleId,
    sampleIndexes: f.sampleIndexes,
    explanation: f.explanation,
  }));
  const open = activeHalt(plan);
  const halts: TriggerHalt[] = open
    ? plan.run.triggerHalts.map((h) => (h === open ? { ...h, firings: [...h.firings, ...firings] } : h))
    : [
        ...plan.run.triggerHalts,
        {
          at,
          phaseId,
          resumeStatus: plan.run.soakStartedAt ? 'soaking' : 'running',
          firings,
          resolvedAt: null,
          resolution: null,
          overriddenBy: '',
          overrideReason: '',
          samplesAtResolution: null,
        },
      ];
  let next: Plan = { ...plan, run: { ...plan.run, status: 'halted', triggerHalts: halts } };
  for (const f of fired)
    next = appendAudit(next, now, {
      event: 'rollback-triggered',
      trigger: f.ruleId,
      phaseNumber: phaseNo(plan, phaseId),
      observed: `${typeof f.observed === 'boolean' ? 'failed' : String(Math.round(f.observed * 1000) / 1000)}${typeof f.observed === 'number' && f.unit ? ` ${f.unit}` : ''}`,
      samples: Math.max(1, f.sampleIndexes.length),
      explanation: f.explanation,
    });
  return next;
}

/** The rule ids of the active halt, for the rollback and override lines: "RT-01+RT-C1". */
export const haltTrigger = (halt: TriggerHalt) => [...new Set(halt.firings.map((f) => f.ruleId))].join('+');

const resolve = (plan: Plan, patch: Partial<TriggerHalt>, now: Date): TriggerHalt[] =>
  plan.run.triggerHalts.map((h) =>
    h.resolvedAt === null
      ? { ...h, ...patch, resolvedAt: now.toISOString(), samplesAtResolution: plan.run.metrics.length }
      : h,
  );

/**
 * A named person takes the responsibility to go on despite the fired triggers. The run resumes unless a
 * failed integrity check still holds it (FM-02 is cleared only by a passing re-check).
 */
export function overrideHalt(
  plan: Plan,
  input: { by: string; reason: string },
  now: Date,
  checksStillFail: boolean,
): Plan | { error: string } {
  const halt = activeHalt(plan);
  if (!halt) return { error: 'No trigger has halted the run.' };
  const by = input.by.trim();
  const reason = input.reason.trim();
  if (by === '' || reason === '')
    return { error: 'An override needs the name of the person taking it and the reason.' };
  const next: Plan = {
    ...plan,
    run: {
      ...plan.run,
      status: checksStillFail ? 'halted' : halt.resumeStatus,
      triggerHalts: resolve(
        plan,
        { resolution: 'overridden', overriddenBy: by.slice(0, 500), overrideReason: reason.slice(0, 5_000) },
        now,
      ),
    },
  };
  return appendAudit(next, now, {
    event: 'rollback-overridden',
    trigger: haltTrigger(halt),
    phaseNumber: phaseNo(plan, halt.phaseId),
    by,
    reason,
  });
}

/** A recorded rollback closes the active halt as rolled back. */
export const closeHaltByRollback = (plan: Plan, now: Date): Plan =>
  activeHalt(plan)
    ? { ...plan, run: { ...plan.run, triggerHalts: resolve(plan, { resolution: 'rolled-back' }, now) } }
    : plan;
