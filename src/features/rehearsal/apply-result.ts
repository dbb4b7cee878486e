import { scriptFingerprint, type Plan, type RollbackTestRecord } from '../../domain';
import { appendAudit } from '../../domain/audit-line';
import { dayIn } from '../../domain/time-format';
// The notes module only: the barrel would pull the rehearsal engine into the editor's chunk.
import { environmentName, rehearsalNotes } from '../../rehearsal/notes';
import type { RehearsalResult } from '../../rehearsal/types';

/** The scripts the rehearsal ran: the card's forward migration may differ from the plan's. */
export type RanScripts = { forwardSql: string; rollbackSql: string };

/**
 * A finished rehearsal as plan evidence: a 'local-rehearsal' test record whose notes carry the
 * verdict, the observed locks and the differences, and the spec's `rollback-tested` audit line.
 * GR-08 counts a pass; GR-01 still asks for the staging test. The record keeps the fingerprints of
 * the scripts it ran, so it shows as stale once the plan's scripts are no longer those.
 */
export function applyRehearsal(
  plan: Plan,
  result: RehearsalResult,
  at: Date,
  id: string,
  ran: RanScripts,
): Plan {
  const environment = environmentName(result);
  const record: RollbackTestRecord = {
    id,
    kind: 'local-rehearsal',
    environment,
    // The day as the plan's people count it: a rehearsal at 00:30 in Berlin is on that day.
    date: dayIn(at, plan.timeZone),
    result: result.verdict,
    productionLikeData: false,
    notes: rehearsalNotes(result),
    testedScripts: {
      forward: scriptFingerprint(ran.forwardSql),
      rollback: scriptFingerprint(ran.rollbackSql),
    },
  };
  const withRecord: Plan = {
    ...plan,
    rollback: { ...plan.rollback, tests: [...plan.rollback.tests, record] },
  };
  return appendAudit(withRecord, at, { event: 'rollback-tested', environment, result: result.verdict });
}

/** The latest recorded local rehearsal, shown after a reload when this session has not run one. */
export function latestRehearsal(plan: Plan): RollbackTestRecord | null {
  for (let i = plan.rollback.tests.length - 1; i >= 0; i -= 1) {
    const t = plan.rollback.tests[i];
    if (t?.kind === 'local-rehearsal') return t;
  }
  return null;
}
