import type { Plan } from '../domain';
import type { DependencyAnalysis } from './dependencies';
import { finding } from './finding';
import type { Finding } from './types';

/** At most this many dangling-edge findings; one is enough to show the mapping is broken. */
const MAX_DANGLING = 20;

/**
 * Dependency problems undermine SC-01 ("documented with ... dependencies"): an edge to a component
 * that does not exist, or a cycle, which leaves no safe order to migrate and notify in.
 */
export function dependencyFindings(plan: Plan, deps: DependencyAnalysis): Finding[] {
  const out: Finding[] = [];
  // People read names; an id is all there is for a component that is not in the assessment.
  const names = new Map<string, string>();
  for (const c of plan.assessment.components) if (!names.has(c.id)) names.set(c.id, c.name);
  const name = (id: string) => {
    const known = names.get(id);
    return known === undefined ? `"${id}" (not in the assessment)` : `"${known}"`;
  };
  for (const index of deps.danglingEdges.slice(0, MAX_DANGLING)) {
    const edge = plan.assessment.dependencies[index];
    if (!edge) continue;
    out.push(
      finding(
        'SC-01',
        'warning',
        `assessment.dependencies[${index}]`,
        `The dependency ${name(edge.from)} → ${name(edge.to)} names a component that is not in the assessment.`,
        'Add the missing component or remove the dependency.',
      ),
    );
  }
  if (deps.danglingEdges.length > MAX_DANGLING) {
    out.push(
      finding(
        'SC-01',
        'warning',
        'assessment.dependencies',
        `${deps.danglingEdges.length - MAX_DANGLING} more dependencies name unknown components.`,
        'Fix the component ids in the dependency list.',
      ),
    );
  }
  for (const cycle of deps.cycles) {
    out.push(
      finding(
        'SC-01',
        'warning',
        'assessment.dependencies',
        `These components depend on each other in a loop: ${cycle.map(name).join(' ⇄ ')}. They are placed in one wave.`,
        'Break the loop, or plan these components to migrate together in one step.',
      ),
    );
  }
  return out;
}
