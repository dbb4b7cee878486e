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

const reasonLines = (reasons: ReadonlyArray<{ ruleId: string; text: string }>) =>
  reasons.map((r) => `- ${r.ruleId}: ${r.text}`);

/**
 * The decision as the person made it: the strategy and data approach they chose (the engine's
 * recommendation where they have not chosen yet), why, and where it differs from the recommendation,
 * their justification. The recommendation itself goes to the considered alternatives.
 */
function decisionText(plan: Plan, evaluation: Evaluation): string {
  const s = plan.strategy;
  const rec = evaluation.strategy.recommended;
  const recApproach = evaluation.dataApproach.recommended;
  const chosen = s.deployment ?? rec;
  const approach = s.dataApproach ?? recApproach;
  const ranked = evaluation.strategy.ranked;
  const scoreOf = (id: typeof rec) => ranked.find((r) => r.strategy === id)?.score ?? 0;
  const lines = [
    `Use a ${STRATEGY_LABEL[chosen]} deployment${approach !== 'none' ? ` with ${APPROACH_LABEL[approach]} for the data` : ''}.`,
  ];
  const why = s.justification.trim();
  if (chosen !== rec)
    lines.push(
      `The engine recommends ${STRATEGY_LABEL[rec]} (score ${scoreOf(rec)}); this plan chooses ${STRATEGY_LABEL[chosen]} (score ${scoreOf(chosen)}). ${why === '' ? 'Justification: not written yet.' : `Justification: ${why}`}`,
    );
  if (approach !== recApproach)
    lines.push(
      `For the data the engine recommends ${APPROACH_LABEL[recApproach]}; this plan chooses ${APPROACH_LABEL[approach]}.${chosen === rec ? ` ${why === '' ? 'Justification: not written yet.' : `Justification: ${why}`}` : ''}`,
    );
  const reasons = ranked.find((r) => r.strategy === chosen)?.reasons ?? [];
  if (reasons.length > 0)
    lines.push('', `What speaks for ${STRATEGY_LABEL[chosen]}:`, ...reasonLines(reasons));
  if (approach === recApproach && evaluation.dataApproach.reasons.length > 0)
    lines.push(
      '',
      `What speaks for ${APPROACH_LABEL[approach]}:`,
      ...reasonLines(evaluation.dataApproach.reasons),
    );
  return lines.join('\n');
}

/** An ADR drafted from the plan and the engine's reasoning, for the architect to edit. */
export function draftAdr(
  plan: Plan,
  evaluation: Evaluation,
): Pick<Adr, 'context' | 'decision' | 'consequences' | 'alternatives'> {
  const { assessment } = plan;
  const rec = evaluation.strategy.recommended;
  const chosen = plan.strategy.deployment ?? rec;
  const row = STRATEGY_TABLE.find((r) => r.id === chosen);
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
  const uncovered = evaluation.risks.filter((r) => r.applies && !r.covered);
  const consequences = [
    row ? `Downtime: ${row.downtime}. Complexity: ${row.complexity}. Risk: ${row.risk}.` : '',
    ...uncovered.map((r) => `- ${r.ruleId} ${r.failure}: ${r.missing.join(' ')}`),
  ]
    .filter(Boolean)
    .join('\n');
  const alternatives = evaluation.strategy.ranked
    .filter((r) => r.strategy !== chosen)
    .map(
      (r) =>
        `- ${STRATEGY_LABEL[r.strategy]} (score ${r.score}${r.strategy === rec ? ", the engine's recommendation" : ''}): ${r.reasons.map((x) => `${x.ruleId} ${x.text}`).join('; ') || 'no rule favours it'}`,
    )
    .join('\n');
  return { context, decision: decisionText(plan, evaluation), consequences, alternatives };
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
