import type { ChecklistItem, Plan } from '../domain';

/**
 * What migration day asks a person to confirm before going on: starting with pre-migration checklist items
 * still open (SC-03), or starting a phase before its planned start. Neither is forbidden, both are logged.
 */

/** Checklist items not ticked. */
export const openChecklist = (plan: Plan): ChecklistItem[] => plan.execution.checklist.filter((c) => !c.done);

export type EarlyStart = { plannedStart: string; earlyByMs: number };

/** The phase's planned start when `now` is before it; null when it has none or it has passed. */
export function earlyStart(plan: Plan, phaseId: string, now: Date): EarlyStart | null {
  const planned = plan.execution.phases.find((p) => p.id === phaseId)?.plannedStart ?? null;
  if (planned === null) return null;
  const early = Date.parse(planned) - now.getTime();
  return early > 0 ? { plannedStart: planned, earlyByMs: early } : null;
}
