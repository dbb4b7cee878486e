import type { Phase, PhaseRun, Plan, RecordedCheck, RunState } from '../../domain';
import type { PhaseKind } from '../../domain/phase-kinds';
import { SOAK_MIN_HOURS } from '../../domain/spec-limits';

/** Small accessors the run transitions share. */
export type RunError = { error: string };
export type Result = Plan | RunError;
export const isRunError = (r: Result): r is RunError => 'error' in r;

export const soakHours = (plan: Plan) => Math.max(SOAK_MIN_HOURS, plan.execution.soakHours);

export const withRun = (plan: Plan, patch: Partial<RunState>): Plan => ({
  ...plan,
  run: { ...plan.run, ...patch },
});
export const phaseRun = (plan: Plan, phaseId: string): PhaseRun =>
  plan.run.phases.find((p) => p.phaseId === phaseId) ?? {
    phaseId,
    status: 'pending',
    startedAt: null,
    completedAt: null,
    checks: [],
    pointOfNoReturnApprovedBy: '',
    pointOfNoReturnApprovedAt: null,
    steps: [],
  };
export const setPhaseRun = (plan: Plan, next: PhaseRun): Plan =>
  withRun(plan, {
    phases: plan.run.phases.some((p) => p.phaseId === next.phaseId)
      ? plan.run.phases.map((p) => (p.phaseId === next.phaseId ? next : p))
      : [...plan.run.phases, next],
  });

/**
 * Phases after the switch (contract, decommission) wait for the soak (GR-02); the soak starts after the
 * last other phase.
 */
export const waitsForSoak = (phase: Phase) => AFTER_SWITCH.has(phase.kind);
/**
 * domain's AFTER_SWITCH_KINDS, restated: importing it put the plan's zod schemas into the first load
 * (the bundler keeps it in their chunk). A test holds the two equal.
 */
export const AFTER_SWITCH: ReadonlySet<PhaseKind> = new Set(['contract', 'decommission']);
export const forwardPhases = (plan: Plan) => plan.execution.phases.filter((p) => !waitsForSoak(p));
export const phaseNumber = (plan: Plan, phaseId: string) =>
  plan.execution.phases.findIndex((p) => p.id === phaseId) + 1;

/** The latest record of each of the phase's checks (a re-check replaces an earlier failure). */
export function latestChecks(plan: Plan, phaseId: string): RecordedCheck[] {
  const phase = plan.execution.phases.find((p) => p.id === phaseId);
  const run = phaseRun(plan, phaseId);
  return (phase?.integrityChecks ?? []).flatMap((c) => {
    const last = [...run.checks].reverse().find((r) => r.checkId === c.id);
    return last ? [last] : [];
  });
}
