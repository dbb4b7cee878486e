import type { DataApproach } from '../domain';
import { APPROACH_ROWS, decide } from './decision-table';
import type { Facts } from './facts';
import { formatCount } from './format';
import { RULES } from './rules';
import type { DataApproachRecommendation, Reason, RuleId } from './types';

/** The spec's text for each approach, cited after the reasons so the recommendation explains itself. */
const APPROACH_ID: Record<DataApproach, RuleId | null> = {
  'expand-contract': 'DA-01',
  'dual-write': 'DA-02',
  'snapshot-replay': 'DA-03',
  none: null,
};

/**
 * The decision table's approach rows decide (decision-table.ts). DC-04 never decides on its own (it
 * names two approaches and batching an in-place backfill avoids the lock too), but a large copy
 * cites it beside dual-write or snapshot-and-replay.
 */
export function recommendDataApproach(f: Facts): DataApproachRecommendation {
  const { row, supporting } = decide(APPROACH_ROWS, f);
  const reasons: Reason[] = [
    { ruleId: row.id, text: row.because(f) },
    ...supporting.map((r) => ({ ruleId: r.id, text: r.because(f) })),
  ];
  if (f.large && (row.pick === 'dual-write' || row.pick === 'snapshot-replay')) {
    reasons.push({
      ruleId: 'DC-04',
      text: `Large dataset (${formatCount(f.shape.copyRows)} rows to copy): batch the copy; dual-write or snapshot-replay avoid locking.`,
    });
  }
  const ruleIds = [...new Set(reasons.map((r) => r.ruleId))];
  const definition = APPROACH_ID[row.pick];
  if (definition !== null) reasons.push({ ruleId: definition, text: RULES[definition].specText });
  const chosen = f.plan.strategy.dataApproach;
  return {
    recommended: row.pick,
    ruleIds,
    reasons,
    chosen,
    differs: chosen !== null && chosen !== row.pick,
  };
}
