import { PHASE_RUN_UNKNOWN, type IntegrityCheck, type Phase, type PhaseStep, type Plan } from '../../domain';

const withPhases = (plan: Plan, phases: Phase[]): Plan => ({
  ...plan,
  execution: { ...plan.execution, phases },
});

/** The item with `id` patched; the others as they are. */
const patchById = <T extends { id: string }>(
  items: readonly T[],
  id: string,
  patch: Partial<Omit<T, 'id'>>,
) => items.map((item) => (item.id === id ? { ...item, ...patch } : item));

export function addPhase(plan: Plan, id: string): Plan {
  const n = plan.execution.phases.length + 1;
  const phase: Phase = {
    id,
    name: `Phase ${n}`,
    owner: '',
    kind: 'migrate',
    plannedStart: null,
    durationMinutes: null,
    steps: [],
    verification: '',
    integrityChecks: [],
    pausable: false,
    deletesSource: false,
    ...PHASE_RUN_UNKNOWN,
  };
  return withPhases(plan, [...plan.execution.phases, phase]);
}

export function updatePhase(plan: Plan, id: string, patch: Partial<Omit<Phase, 'id'>>): Plan {
  return withPhases(plan, patchById(plan.execution.phases, id, patch));
}

/** Removing the phase that is the point of no return clears that reference rather than leave it dangling. */
export function removePhase(plan: Plan, id: string): Plan {
  const next = withPhases(
    plan,
    plan.execution.phases.filter((p) => p.id !== id),
  );
  const ponr = plan.rollback.pointOfNoReturn;
  return ponr.phaseId === id
    ? { ...next, rollback: { ...next.rollback, pointOfNoReturn: { ...ponr, phaseId: null } } }
    : next;
}

export function movePhase(plan: Plan, id: string, delta: -1 | 1): Plan {
  const phases = [...plan.execution.phases];
  const from = phases.findIndex((p) => p.id === id);
  const to = from + delta;
  if (from < 0 || to < 0 || to >= phases.length) return plan;
  const [moved] = phases.splice(from, 1);
  if (!moved) return plan;
  phases.splice(to, 0, moved);
  return withPhases(plan, phases);
}

const mapPhase = (plan: Plan, phaseId: string, fn: (p: Phase) => Phase) =>
  withPhases(
    plan,
    plan.execution.phases.map((p) => (p.id === phaseId ? fn(p) : p)),
  );

/** The phase's steps or integrity checks, changed by `fn`. */
const mapList = <K extends 'steps' | 'integrityChecks'>(
  plan: Plan,
  phaseId: string,
  list: K,
  fn: (items: Phase[K]) => Phase[K],
) => mapPhase(plan, phaseId, (p) => ({ ...p, [list]: fn(p[list]) }));

export const addStep = (plan: Plan, phaseId: string, step: PhaseStep) =>
  mapList(plan, phaseId, 'steps', (steps) => [...steps, step]);
export const updateStep = (
  plan: Plan,
  phaseId: string,
  stepId: string,
  patch: Partial<Omit<PhaseStep, 'id'>>,
) => mapList(plan, phaseId, 'steps', (steps) => patchById(steps, stepId, patch));
export const removeStep = (plan: Plan, phaseId: string, stepId: string) =>
  mapList(plan, phaseId, 'steps', (steps) => steps.filter((s) => s.id !== stepId));

export const addCheck = (plan: Plan, phaseId: string, check: IntegrityCheck) =>
  mapList(plan, phaseId, 'integrityChecks', (checks) => [...checks, check]);
export const updateCheck = (
  plan: Plan,
  phaseId: string,
  checkId: string,
  patch: Partial<Omit<IntegrityCheck, 'id'>>,
) => mapList(plan, phaseId, 'integrityChecks', (checks) => patchById(checks, checkId, patch));
export const removeCheck = (plan: Plan, phaseId: string, checkId: string) =>
  mapList(plan, phaseId, 'integrityChecks', (checks) => checks.filter((c) => c.id !== checkId));
