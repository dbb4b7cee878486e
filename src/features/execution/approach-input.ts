import type { Phase, Plan } from '../../domain';
import type { Evaluation } from '../../engine';
import type { ApproachInput } from '../../sql/propose-approach';

export type ApproachChoice = { input: ApproachInput; label: string } | { reason: string };

const LABELS = {
  'dual-write': 'dual-write',
  'snapshot-replay': 'snapshot-and-replay',
  'strangler-fig': 'strangler fig',
} as const;

/**
 * What "Propose phases" proposes for this plan: the chosen strategy and approach, else the engine's.
 * A strangler fig is proposed as such; a move as dual-write or snapshot-and-replay; expand-contract
 * comes from the SQL review, and with no data approach there is nothing to move.
 */
export function approachChoice(plan: Plan, evaluation: Evaluation): ApproachChoice {
  const strategy = plan.strategy.deployment ?? evaluation.strategy.recommended;
  const approach = plan.strategy.dataApproach ?? evaluation.dataApproach.recommended;
  const migrating = plan.assessment.components.filter((c) => c.role === 'migrating');
  const stores = migrating.filter((c) => c.stateful || c.rows > 0);
  const moving = stores.filter((c) => c.move !== 'unknown' && c.move !== 'in-place');
  const source = moving[0] ?? stores[0];
  const target = plan.assessment.components.find((c) => c.role === 'target');
  const common = {
    soakHours: Math.max(plan.execution.soakHours, 24),
    hasWindow: evaluation.estimate.windowHours !== null,
    target: target?.name ?? 'the new system',
  };
  if (strategy === 'strangler-fig') {
    const monolith = migrating.find((c) => !(c.stateful || c.rows > 0)) ?? migrating[0];
    return {
      label: LABELS['strangler-fig'],
      input: {
        ...common,
        approach: 'strangler-fig',
        source: monolith?.name ?? 'the monolith',
        rows: null,
        dataMoves: moving.length > 0,
      },
    };
  }
  if (approach === 'dual-write' || approach === 'snapshot-replay') {
    const rows = (moving.length > 0 ? moving : stores).reduce((n, c) => n + c.rows, 0);
    return {
      label: LABELS[approach],
      input: {
        ...common,
        approach,
        source: source?.name ?? 'the old store',
        target: target?.name ?? 'the new store',
        rows: rows > 0 ? rows : null,
      },
    };
  }
  return {
    reason:
      approach === 'expand-contract'
        ? 'Expand-contract phases are proposed from the forward SQL: use “Propose phases” in the SQL review on the Assessment step.'
        : 'No data moves and nothing is replaced piece by piece, so there are no migration phases to propose.',
  };
}

/** Appends the proposal after the existing phases, or replaces them when the person says so. */
export function withProposedPhases(plan: Plan, phases: Phase[], replace: boolean): Plan {
  return {
    ...plan,
    execution: { ...plan.execution, phases: replace ? phases : [...plan.execution.phases, ...phases] },
  };
}
