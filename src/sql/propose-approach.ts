import type { IntegrityCheck, IntegrityCheckKind, Phase } from '../domain/execution';
import { dualWrite, snapshotReplay } from './approach-moves';
import { stranglerFig } from './approach-strangler';
import type { ApproachInput, DraftCheck, ProposedApproach } from './approach-types';
import type { IdGenerator } from './propose-phases';

export type { ApproachInput, ProposedApproach } from './approach-types';

export type ApproachProposal = { approach: ProposedApproach; phases: Phase[] };

/**
 * Phases for a move to another store or for a piece-by-piece replacement, as "Propose phases" does for
 * expand-contract from SQL. Every phase has the integrity checks that gate the next one (GR-06) and
 * the rollback mechanism that still works after it, so the engine computes the point of no return
 * from them. Pure: ids come from `newId`.
 */
export function proposeApproachPhases(input: ApproachInput, newId: IdGenerator): ApproachProposal {
  const drafts =
    input.approach === 'dual-write'
      ? dualWrite(input)
      : input.approach === 'snapshot-replay'
        ? snapshotReplay(input)
        : stranglerFig(input);
  const phases = drafts.map((d): Phase => ({
    id: newId(),
    name: d.name,
    owner: '',
    kind: d.kind,
    plannedStart: null,
    durationMinutes: null,
    steps: d.steps.map((text) => ({ id: newId(), text, sql: '' })),
    verification: d.verification,
    integrityChecks: d.checks.map(([kind, target, extra]) => check(newId(), kind, target, extra)),
    pausable: d.pausable ?? false,
    deletesSource: d.deletesSource ?? false,
    timing: d.timing ?? 'online',
    rollbackMechanism: d.mechanism,
    rollbackAvailableHours: null,
  }));
  return { approach: input.approach, phases };
}

function check(id: string, kind: IntegrityCheckKind, target: string, extra: DraftCheck[2]): IntegrityCheck {
  return {
    id,
    kind,
    target,
    expectedRows: extra?.expectedRows ?? null,
    checksumTarget: extra?.checksumTarget ?? '',
    constraint: '',
  };
}
