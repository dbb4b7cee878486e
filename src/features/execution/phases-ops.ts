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

/** Add, patch and remove for one of a phase's lists, read by `get` and written back by `set`. */
function listOps<T extends { id: string }>(get: (p: Phase) => T[], set: (p: Phase, items: T[]) => Phase) {
  const map = (plan: Plan, phaseId: string, fn: (items: T[]) => T[]) =>
    mapPhase(plan, phaseId, (p) => set(p, fn(get(p))));
  return {
    add: (plan: Plan, phaseId: string, item: T) => map(plan, phaseId, (items) => [...items, item]),
    update: (plan: Plan, phaseId: string, id: string, patch: Partial<Omit<T, 'id'>>) =>
      map(plan, phaseId, (items) => patchById(items, id, patch)),
    remove: (plan: Plan, phaseId: string, id: string) =>
      map(plan, phaseId, (items) => items.filter((item) => item.id !== id)),
  };
}

const stepOps = listOps<PhaseStep>(
  (p) => p.steps,
  (p, steps) => ({ ...p, steps }),
);
const checkOps = listOps<IntegrityCheck>(
  (p) => p.integrityChecks,
  (p, integrityChecks) => ({ ...p, integrityChecks }),
);
export const { add: addStep, update: updateStep, remove: removeStep } = stepOps;
export const { add: addCheck, update: updateCheck, remove: removeCheck } = checkOps;
