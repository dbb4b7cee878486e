import { useMemo } from 'react';
import type { Plan } from '../../domain';
import type { Evaluation } from '../../engine';
import { buildDiagrams, type Diagram } from '../../exporters/diagrams';

/**
 * The diagram texts, rebuilt when the plan changes; MermaidDiagram redraws only the views whose
 * text actually changed (an edit to a step's SQL leaves every diagram as it was).
 */
export function useDiagrams(plan: Plan, evaluation: Evaluation): Diagram[] {
  return useMemo(() => buildDiagrams(plan, evaluation), [plan, evaluation]);
}
