import type { Plan } from '../../domain';
import type { Evaluation } from '../../engine';
import {
  DEFAULT_LIMITS,
  SCREEN_LIMITS,
  type Diagram,
  type DiagramId,
  type DiagramLimits,
} from '../../exporters/diagrams';
import { dependencyDiagram } from '../../exporters/mermaid-deps';
import { phaseFlowDiagram } from '../../exporters/mermaid-flow';
import { timelineDiagram } from '../../exporters/mermaid-gantt';

/**
 * The diagram texts of the latest plan version. Building them walks every phase and component, so
 * the result is kept for as long as the plan and its evaluation stay the same objects: coming back
 * to the step, or a second reader on the same render, costs nothing. MermaidDiagram redraws only the
 * views whose text actually changed (an edit to a step's SQL leaves every diagram as it was).
 */
type Entry<T> = { plan: Plan; evaluation: Evaluation; value: T };

function lastOnly<K, T>(build: (plan: Plan, evaluation: Evaluation, key: K) => T) {
  const last = new Map<K, Entry<T>>();
  return (plan: Plan, evaluation: Evaluation, key: K): T => {
    const hit = last.get(key);
    if (hit && hit.plan === plan && hit.evaluation === evaluation) return hit.value;
    const value = build(plan, evaluation, key);
    last.set(key, { plan, evaluation, value });
    return value;
  };
}

/** The three diagrams, in the order the step, the runbook and the review give them (buildDiagrams). */
export const DIAGRAM_IDS: readonly DiagramId[] = ['phase-flow', 'timeline', 'dependencies'];

const BUILDERS: Record<DiagramId, (p: Plan, e: Evaluation, l: DiagramLimits) => Diagram> = {
  'phase-flow': phaseFlowDiagram,
  timeline: timelineDiagram,
  dependencies: dependencyDiagram,
};

/**
 * One view of the step, built on its own: for 10,000 components the dependency graph alone is tens
 * of milliseconds, and each card builds its diagram in a render of its own, so React can yield
 * between them. Small enough to draw without holding the tab (SCREEN_LIMITS).
 */
export const screenDiagramOf = lastOnly((plan, evaluation, id: DiagramId) =>
  BUILDERS[id](plan, evaluation, SCREEN_LIMITS),
);

/** One diagram of the files (the review document), cut into views as the runbook and the CLI cut it. */
export const fileDiagramOf = lastOnly((plan, evaluation, id: DiagramId) =>
  BUILDERS[id](plan, evaluation, DEFAULT_LIMITS),
);
