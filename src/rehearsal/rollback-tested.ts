import type { RehearsalResult } from './types';

/**
 * Whether a rehearsal tested the rollback, and so belongs in the plan as a rollback test (GR-08, DC-09,
 * the `rollback-tested` audit line). A rehearsal that stopped before the rollback could be judged says
 * nothing about the rollback: recording it as a failed rollback test would raise DC-09 ("fix the rollback
 * procedure") for a typo in the forward script or the schema. A rollback script that does not parse, or
 * is missing, is the rollback's own failure, and is recorded.
 */
export type RollbackTested = { tested: true } | { tested: false; why: string };

/** How rehearse() begins the reasons this function tells apart (one source for both). */
export const REASON = {
  forwardParse: 'The forward migration does not parse',
  rollbackParse: 'The rollback script does not parse',
  noRollback: 'There is no rollback script to rehearse.',
} as const;

export function rollbackTested(result: RehearsalResult): RollbackTested {
  const rollbackOwnFault = result.reasons.some(
    (r) => r.startsWith(REASON.rollbackParse) || r.startsWith(REASON.noRollback),
  );
  if (rollbackOwnFault) return { tested: true };
  if (result.schemaError !== null)
    return { tested: false, why: 'the current schema could not be applied, so nothing was run' };
  const forwardParse = result.reasons.find((r) => r.startsWith(REASON.forwardParse));
  if (forwardParse) return { tested: false, why: 'the forward migration does not parse, so nothing was run' };
  const forwardFailed = result.forward.find((s) => !s.ok);
  if (forwardFailed)
    return {
      tested: false,
      why:
        `the forward migration failed at line ${forwardFailed.line}, so the rollback ran against a ` +
        'half-applied migration and its result says nothing about the rollback',
    };
  return { tested: true };
}
