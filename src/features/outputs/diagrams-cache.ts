import type { Plan } from '../../domain';
import type { Evaluation } from '../../engine';
import { buildDiagrams, type Diagram } from '../../exporters/diagrams';

/**
 * The diagram texts of the latest plan version. Building them walks every phase and component, so
 * the result is kept for as long as the plan and its evaluation stay the same objects: coming back
 * to the step, or a second reader on the same render, costs nothing. MermaidDiagram redraws only the
 * views whose text actually changed (an edit to a step's SQL leaves every diagram as it was).
 */
let last: { plan: Plan; evaluation: Evaluation; diagrams: Diagram[] } | null = null;

export function diagramsOf(plan: Plan, evaluation: Evaluation): Diagram[] {
  if (last && last.plan === plan && last.evaluation === evaluation) return last.diagrams;
  const diagrams = buildDiagrams(plan, evaluation);
  last = { plan, evaluation, diagrams };
  return diagrams;
}
