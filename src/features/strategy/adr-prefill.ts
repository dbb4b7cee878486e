import type { Adr, Plan } from '../../domain';
import { APPROACH_LABEL, STRATEGY_LABEL, type Evaluation } from '../../engine';
import { STRATEGY_TABLE } from './strategy-table';

const DOWNTIME_TEXT = {
  unspecified: 'not yet defined by the stakeholders',
  zero: 'zero',
  'under-5-min': 'under 5 minutes',
  'under-1-hour': 'under 1 hour',
  'scheduled-window': 'a scheduled maintenance window',
} as const;

export const adrIsEmpty = (adr: Adr) =>
  [adr.context, adr.decision, adr.consequences, adr.alternatives].every((t) => t.trim() === '');

/** An ADR drafted from the plan and the engine's reasoning, for the architect to edit. */
export function draftAdr(
  plan: Plan,
  evaluation: Evaluation,
): Pick<Adr, 'context' | 'decision' | 'consequences' | 'alternatives'> {
  const { assessment } = plan;
  const rec = evaluation.strategy.recommended;
  const approach = evaluation.dataApproach.recommended;
  const row = STRATEGY_TABLE.find((r) => r.id === rec);
  const reasons = evaluation.strategy.ranked.find((r) => r.strategy === rec)?.reasons ?? [];
  const rows = evaluation.estimate.totalRows.toLocaleString('en-US');
  const context = [
    plan.summary.trim() || plan.title,
    `Scope: ${assessment.scope.length > 0 ? assessment.scope.join(', ') : 'not set'}. ${assessment.components.length} components, ${rows} rows to migrate.`,
    `Acceptable downtime: ${DOWNTIME_TEXT[assessment.downtime.kind]}.`,
    evaluation.estimate.durationHours !== null
      ? `Estimated duration ${evaluation.estimate.durationHours.toFixed(1)} h${evaluation.estimate.windowHours !== null ? ` against a ${evaluation.estimate.windowHours.toFixed(1)} h window` : ''}.`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
  const decision = [
    `Use a ${STRATEGY_LABEL[rec]} deployment${approach !== 'none' ? ` with ${APPROACH_LABEL[approach]} for the data` : ''}.`,
    ...reasons.map((r) => `- ${r.ruleId}: ${r.text}`),
  ].join('\n');
  const uncovered = evaluation.risks.filter((r) => r.applies && !r.covered);
  const consequences = [
    row ? `Downtime: ${row.downtime}. Complexity: ${row.complexity}. Risk: ${row.risk}.` : '',
    ...uncovered.map((r) => `- ${r.ruleId} ${r.failure}: ${r.missing.join(' ')}`),
  ]
    .filter(Boolean)
    .join('\n');
  const alternatives = evaluation.strategy.ranked
    .filter((r) => r.strategy !== rec)
    .map(
      (r) =>
        `- ${STRATEGY_LABEL[r.strategy]} (score ${r.score}): ${r.reasons.map((x) => `${x.ruleId} ${x.text}`).join('; ') || 'no rule favours it'}`,
    )
    .join('\n');
  return { context, decision, consequences, alternatives };
}

/** Drafting needs something to reason about: an empty assessment would freeze an empty ADR. */
export const canDraftAdr = (plan: Plan) =>
  plan.assessment.components.length > 0 && plan.assessment.downtime.kind !== 'unspecified';

export function prefillAdr(plan: Plan, evaluation: Evaluation): Plan {
  if (!adrIsEmpty(plan.strategy.adr) || !canDraftAdr(plan)) return plan;
  return redraftAdr(plan, evaluation);
}

/** Replaces the four ADR texts with a fresh draft; the UI asks before it overwrites edits. */
export function redraftAdr(plan: Plan, evaluation: Evaluation): Plan {
  return {
    ...plan,
    strategy: { ...plan.strategy, adr: { ...plan.strategy.adr, ...draftAdr(plan, evaluation) } },
  };
}
