import { LOSSY_MECHANISMS, type RollbackMechanism } from '../domain';
import type { Schedule } from './estimate';
import type { Facts } from './facts';
import { formatHours } from './format';
import type { Placement } from './statement-placement';
import type { PointOfNoReturnFacts } from './types';

export const MECHANISM_TEXT: Record<RollbackMechanism, string> = {
  unknown: 'not stated',
  'revert-deploy': 'revert the deploy',
  'flag-back': 'flip the flag back',
  'reverse-replication': 'reverse replication',
  'restore-backup': 'restore from backup',
  none: 'none',
};

/**
 * What still brings the system back after phase i. When the plan does not say, a phase that deletes
 * source data leaves nothing, and one that runs destructive SQL leaves only the backup.
 */
export function mechanismAfter(f: Facts, placement: Placement, i: number): RollbackMechanism {
  const phase = f.plan.execution.phases[i];
  if (!phase) return 'unknown';
  if (phase.rollbackMechanism !== 'unknown') return phase.rollbackMechanism;
  if (phase.deletesSource) return 'none';
  if (placement.destructivePhases.has(i)) return 'restore-backup';
  return 'unknown';
}

/**
 * The computed point of no return: the first phase after which no mechanism brings the system back
 * without data loss. That is a phase whose own mechanism is lossy (a restore loses what was written
 * since the backup; none loses everything), or whose mechanism lapses before the soak ends, before
 * anyone could know it is needed (reverse replication that breaks within hours).
 */
export function pointOfNoReturn(f: Facts, schedule: Schedule, placement: Placement): PointOfNoReturnFacts {
  const { phases } = f.plan.execution;
  let computed: PointOfNoReturnFacts['computed'] = null;
  for (let i = 0; i < phases.length && computed === null; i += 1) {
    const phase = phases[i];
    if (!phase) continue;
    const mechanism = mechanismAfter(f, placement, i);
    if (LOSSY_MECHANISMS.has(mechanism)) {
      const why =
        mechanism === 'none'
          ? phase.deletesSource && phase.rollbackMechanism === 'unknown'
            ? 'it deletes source data'
            : 'nothing brings the system back after it'
          : 'only a restore from backup brings the system back, losing what was written since';
      computed = { phaseId: phase.id, index: i, reason: why };
      continue;
    }
    const hours = phase.rollbackAvailableHours;
    const end = schedule.phaseEnd[i] ?? 0;
    if (hours !== null && i <= schedule.lastNonContract && end + hours < schedule.soakEnd) {
      computed = {
        phaseId: phase.id,
        index: i,
        reason: `its rollback (${MECHANISM_TEXT[mechanism]}) lapses ${formatHours(hours)} after it, before the soak ends`,
      };
    }
  }
  const ponr = f.plan.rollback.pointOfNoReturn;
  const index = ponr.exists === 'yes' && ponr.phaseId !== null ? f.phaseIndex.get(ponr.phaseId) : undefined;
  const chosen = index === undefined ? null : { phaseId: ponr.phaseId ?? '', index };
  return {
    computed,
    chosen,
    chosenTooLate: computed !== null && chosen !== null && chosen.index > computed.index,
  };
}
