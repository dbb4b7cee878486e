import type { Plan } from '../../domain';
import type { Evaluation } from '../../engine';
import {
  buildDiagrams,
  DEFAULT_LIMITS,
  SCREEN_LIMITS,
  type Diagram,
  type DiagramLimits,
} from '../../exporters/diagrams';

/**
 * The diagram texts of the latest plan version. Building them walks every phase and component, so
 * the result is kept for as long as the plan and its evaluation stay the same objects: coming back
 * to the step, or a second reader on the same render, costs nothing. MermaidDiagram redraws only the
 * views whose text actually changed (an edit to a step's SQL leaves every diagram as it was).
 */
type Entry = { plan: Plan; evaluation: Evaluation; diagrams: Diagram[] };
const last = new Map<DiagramLimits, Entry>();

function cached(plan: Plan, evaluation: Evaluation, limits: DiagramLimits): Diagram[] {
  const hit = last.get(limits);
  if (hit && hit.plan === plan && hit.evaluation === evaluation) return hit.diagrams;
  const diagrams = buildDiagrams(plan, evaluation, limits);
  last.set(limits, { plan, evaluation, diagrams });
  return diagrams;
}

/** The views drawn on the step: small enough that no render holds the tab (SCREEN_LIMITS). */
export const screenDiagramsOf = (plan: Plan, evaluation: Evaluation) =>
  cached(plan, evaluation, SCREEN_LIMITS);

/** The views of the files (the review document), as the runbook and the CLI cut them. */
export const fileDiagramsOf = (plan: Plan, evaluation: Evaluation) =>
  cached(plan, evaluation, DEFAULT_LIMITS);
