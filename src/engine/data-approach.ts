import type { DataApproach } from '../domain';
import type { Facts } from './facts';
import { formatCount } from './format';
import { decisionOrder, RULES } from './rules';
import type { DataApproachRecommendation, Reason, RuleId } from './types';

type Online = Exclude<DataApproach, 'none'>;

/** Ties go to the approach that keeps old and new readable at every step: expand-contract first. */
const ORDER: readonly Online[] = ['expand-contract', 'dual-write', 'snapshot-replay'];

const APPROACH_ID: Record<Online, RuleId> = {
  'expand-contract': 'DA-01',
  'dual-write': 'DA-02',
  'snapshot-replay': 'DA-03',
};

export const APPROACH_LABEL: Record<DataApproach, string> = {
  'expand-contract': 'expand-contract',
  'dual-write': 'dual-write',
  'snapshot-replay': 'snapshot-and-replay',
  none: 'no data migration approach',
};

/**
 * Points, as for strategies: a Decision Criteria row naming an approach is worth 3 (DC-02, DC-06),
 * DC-04's "dual-write or snapshot-replay" 2 each (it names two, and batching an expand-contract
 * backfill also avoids the lock, so it must not outweigh DC-02), DC-05's expand phase 1.
 * Zero downtime removes 2 from snapshot-and-replay (it migrates offline, so it needs a cut-over pause);
 * allowed downtime adds 1 to it (the window is the offline period).
 */
export function recommendDataApproach(f: Facts): DataApproachRecommendation {
  const chosen = f.plan.strategy.dataApproach;
  if (!f.hasData) {
    const reasons: Reason[] = [
      {
        ruleId: 'DA-01',
        text: 'No component holds rows and there is no schema or data change: none of expand-contract, dual-write or snapshot-and-replay is needed.',
      },
    ];
    return {
      recommended: 'none',
      ruleIds: [],
      reasons,
      chosen,
      differs: chosen !== null && chosen !== 'none',
    };
  }
  const scores = new Map<Online, number>(ORDER.map((a) => [a, 0]));
  const why = new Map<Online, Array<Reason & { points: number }>>(ORDER.map((a) => [a, []]));
  const add = (a: Online, points: number, ruleId: RuleId, text: string): void => {
    scores.set(a, (scores.get(a) ?? 0) + points);
    why.get(a)?.push({ ruleId, text, points });
  };
  if (f.zeroDowntime && f.stateful) {
    add(
      'expand-contract',
      3,
      'DC-02',
      'Zero downtime on a stateful system: use an expand-contract data migration.',
    );
  }
  if (f.large) {
    const text = `Large dataset (${formatCount(f.totalRows)} rows): batch the migration; dual-write or snapshot-replay avoid locking.`;
    add('dual-write', 2, 'DC-04', text);
    add('snapshot-replay', 2, 'DC-04', text);
  }
  if (f.backwardCompatible === 'yes') {
    add(
      'expand-contract',
      1,
      'DC-05',
      'The schema change is backward-compatible: apply it first, then deploy new code (expand phase).',
    );
  }
  if (f.backwardCompatible === 'no') {
    add(
      'expand-contract',
      3,
      'DC-06',
      'The schema change is not backward-compatible: redesign it as expand-contract.',
    );
  }
  if (f.zeroDowntime) {
    add(
      'snapshot-replay',
      -2,
      'DA-03',
      'Snapshot-and-replay migrates offline, which needs a cut-over pause; the plan requires zero downtime.',
    );
  } else {
    add(
      'snapshot-replay',
      1,
      'DA-03',
      'Downtime is allowed, so the snapshot can be migrated offline in the window.',
    );
  }
  if (f.small && f.plan.assessment.maintenanceWindow.offPeak && f.downtimeAllowed) {
    add(
      'snapshot-replay',
      1,
      'DC-03',
      'Small dataset and an off-peak window: migrating offline in one go is acceptable.',
    );
  }
  const ranked = [...ORDER].sort(
    (a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0) || ORDER.indexOf(a) - ORDER.indexOf(b),
  );
  const best = ranked[0] ?? 'expand-contract';
  const reasons = (why.get(best) ?? []).filter((r) => r.points > 0);
  const ruleIds = [...new Set(reasons.map((r) => r.ruleId))].sort(decisionOrder);
  const definition: Reason = {
    ruleId: APPROACH_ID[best],
    text:
      reasons.length === 0
        ? `No rule prefers another approach; expand-contract keeps old and new readable at every step. ${RULES[APPROACH_ID[best]].specText}`
        : RULES[APPROACH_ID[best]].specText,
  };
  return {
    recommended: best,
    ruleIds: ruleIds.length > 0 ? ruleIds : [APPROACH_ID[best]],
    reasons: [...reasons.map(({ ruleId, text }) => ({ ruleId, text })), definition],
    chosen,
    differs: chosen !== null && chosen !== best,
  };
}
