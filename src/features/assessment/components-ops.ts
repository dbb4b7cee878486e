import { COMPONENT_MOVE_UNKNOWN, type Component, type DependencyEdge, type Plan } from '../../domain';

const withAssessment = (plan: Plan, patch: Partial<Plan['assessment']>): Plan => ({
  ...plan,
  assessment: { ...plan.assessment, ...patch },
});

export function addComponent(plan: Plan, id: string): Plan {
  const component: Component = {
    id,
    name: `component-${plan.assessment.components.length + 1}`,
    kind: 'service',
    role: 'migrating',
    ownerTeam: '',
    stateful: false,
    rows: 0,
    avgRowBytes: 0,
    ...COMPONENT_MOVE_UNKNOWN,
  };
  return withAssessment(plan, { components: [...plan.assessment.components, component] });
}

export function updateComponent(plan: Plan, id: string, patch: Partial<Omit<Component, 'id'>>): Plan {
  return withAssessment(plan, {
    components: plan.assessment.components.map((c) => (c.id === id ? { ...c, ...patch } : c)),
  });
}

/** Removing a component removes its dependency edges too, so no edge points at nothing. */
export function removeComponent(plan: Plan, id: string): Plan {
  return withAssessment(plan, {
    components: plan.assessment.components.filter((c) => c.id !== id),
    dependencies: plan.assessment.dependencies.filter((e) => e.from !== id && e.to !== id),
  });
}

export type EdgeProblem = 'self' | 'duplicate' | 'unknown' | null;

export function edgeProblem(plan: Plan, edge: DependencyEdge): EdgeProblem {
  if (edge.from === edge.to) return 'self';
  const ids = new Set(plan.assessment.components.map((c) => c.id));
  if (!ids.has(edge.from) || !ids.has(edge.to)) return 'unknown';
  if (plan.assessment.dependencies.some((e) => e.from === edge.from && e.to === edge.to)) return 'duplicate';
  return null;
}

export function addDependency(plan: Plan, edge: DependencyEdge): Plan {
  if (edgeProblem(plan, edge) !== null) return plan;
  return withAssessment(plan, { dependencies: [...plan.assessment.dependencies, edge] });
}

export function removeDependency(plan: Plan, index: number): Plan {
  return withAssessment(plan, { dependencies: plan.assessment.dependencies.filter((_, i) => i !== index) });
}
