import type { Plan } from './plan';
import type { RollbackTestRecord, TestedScripts } from './rollback';

/**
 * A script's fingerprint: 64 bits of two 32-bit FNV-1a-style lanes over its text, with line ends
 * normalised and the ends trimmed, so that saving it on another system does not make a rehearsal stale.
 * It only has to notice a change, not resist an attacker, and it must be synchronous and pure: the
 * exporters compute it while they write.
 */
export function scriptFingerprint(sql: string): string {
  const text = sql.replace(/\r\n?/g, '\n').trim();
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  // A final mix so that short texts spread over all the bits.
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  a ^= a >>> 13;
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  b ^= b >>> 16;
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** The scripts a rehearsal of the plan would run now. */
export const planScripts = (plan: Plan): TestedScripts => ({
  forward: scriptFingerprint(plan.assessment.schemaChange.forwardSql),
  rollback: scriptFingerprint(plan.rollback.procedures.rollbackSql),
});

/**
 * Whether a recorded rollback test still speaks for the plan as it is now:
 * - `current`: a local rehearsal of the plan's forward migration and rollback script as they are;
 * - `stale`: a local rehearsal of scripts the plan no longer has, with the reason;
 * - `unknown`: a local rehearsal recorded before the workbench kept what it ran;
 * - `not-tracked`: staging and other tests, recorded by hand; the workbench cannot know what they ran.
 */
export type EvidenceState =
  | { state: 'current' | 'not-tracked' }
  | { state: 'unknown'; reason: string }
  | { state: 'stale'; reason: string };

export function testEvidence(test: RollbackTestRecord, now: TestedScripts): EvidenceState {
  if (test.kind !== 'local-rehearsal') return { state: 'not-tracked' };
  const tested = test.testedScripts;
  if (tested === undefined)
    return { state: 'unknown', reason: 'which scripts this rehearsal ran was not recorded' };
  const forward = tested.forward !== now.forward;
  const rollback = tested.rollback !== now.rollback;
  // "Not the plan's current one" covers both ways there: the plan's script was edited after the
  // rehearsal, or the rehearsal ran a version edited for it alone.
  if (forward && rollback)
    return {
      state: 'stale',
      reason: "it ran a forward migration and a rollback script that are not the plan's current ones",
    };
  if (forward)
    return { state: 'stale', reason: "it ran a forward migration that is not the plan's current one" };
  if (rollback)
    return { state: 'stale', reason: "it ran a rollback script that is not the plan's current one" };
  return { state: 'current' };
}

/** Every recorded rollback test of the plan with its evidence state, in the order they were recorded. */
export function testsWithEvidence(plan: Plan): Array<{ test: RollbackTestRecord; evidence: EvidenceState }> {
  const now = planScripts(plan);
  return plan.rollback.tests.map((test) => ({ test, evidence: testEvidence(test, now) }));
}
