import type { Plan } from './plan';

/**
 * The point of no return as the plan declares it (rollback.pointOfNoReturn), in one place: the run, the
 * rollback reach, the diagrams and every export read it from here. What the engine infers from the phases
 * is its own finding; this is what the author wrote.
 */
export const ponrPhaseId = (plan: Plan): string | null =>
  plan.rollback.pointOfNoReturn.exists === 'yes' ? plan.rollback.pointOfNoReturn.phaseId : null;

/** Index of the phase after which rollback loses data, or -1 (none declared, or its phase is gone). */
export function ponrIndex(plan: Plan): number {
  const phaseId = ponrPhaseId(plan);
  return phaseId === null ? -1 : plan.execution.phases.findIndex((p) => p.id === phaseId);
}
