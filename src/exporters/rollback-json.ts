import type { Plan } from '../domain';
import { conditionText } from '../engine';
import { jsonText } from './escape';
import { ponrIndex } from './mermaid-flow';

export const ROLLBACK_PLAN_KIND = 'rollback-plan';

/**
 * The spec's `rollback_plan` as a document of its own: triggers, procedures, tests and the point of
 * no return, with the phase named so the file reads without the plan beside it.
 */
export function exportRollbackPlanJson(plan: Plan, opts: { now: Date }): string {
  const ponr = plan.rollback.pointOfNoReturn;
  const phase = plan.execution.phases[ponrIndex(plan)];
  const doc = {
    kind: ROLLBACK_PLAN_KIND,
    formatVersion: 1,
    planId: plan.id,
    planTitle: plan.title,
    exportedAt: opts.now.toISOString(),
    // The condition in words beside the fields, so that a falling metric reads "< 97%" without the app.
    triggers: plan.rollback.triggers.map((t) => ({ ...t, condition: conditionText(t) })),
    traffic: plan.rollback.traffic,
    procedures: plan.rollback.procedures,
    tests: plan.rollback.tests,
    pointOfNoReturn: { ...ponr, phaseName: phase?.name ?? null },
  };
  return `${jsonText(doc)}\n`;
}
