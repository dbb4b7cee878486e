import type { Plan } from '../domain';
import type { Evaluation } from '../engine';
import { DEFAULT_LIMITS, type Diagram, type DiagramBuilder, type DiagramLimits } from './mermaid-common';
import { dependencyDiagram } from './mermaid-deps';
import { phaseFlowDiagram } from './mermaid-flow';
import { timelineDiagram } from './mermaid-gantt';

export type { Diagram, DiagramId, DiagramLimits } from './mermaid-common';
export { DEFAULT_LIMITS, SCREEN_LIMITS } from './mermaid-common';

const DIAGRAMS: readonly DiagramBuilder[] = [phaseFlowDiagram, timelineDiagram, dependencyDiagram];

/** The three diagrams of the Outputs step, the runbook and the review document, in that order. */
export function buildDiagrams(
  plan: Plan,
  evaluation: Evaluation,
  limits: DiagramLimits = DEFAULT_LIMITS,
): Diagram[] {
  return DIAGRAMS.map((build) => build(plan, evaluation, limits));
}
