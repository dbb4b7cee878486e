import type { Plan, VerifySession } from '../domain';

/*
 * When a database verification stops counting as evidence. Kept apart from the GR-06 finding (and free of
 * the rule catalog) because the run's transitions, in the first load, read it too.
 */

/** Vitess VDiff's rule: a verification older than a day no longer says much about a live table. */
export const VERIFY_STALE_HOURS = 24;

/** FNV-1a, twice with different offsets: a 64-bit fingerprint, enough to notice an edit. */
function fnv(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/**
 * What a database verification depends on in the plan: the check itself, the plan's tables (its table
 * and database components) and the SQL that changes them (the schema, the forward migration, the
 * phase's steps). When any of it changes, an earlier verification no longer speaks for the plan.
 */
export function tablesFingerprint(plan: Plan, phaseId: string, checkId: string): string {
  const phase = plan.execution.phases.find((p) => p.id === phaseId);
  const check = phase?.integrityChecks.find((c) => c.id === checkId);
  const sc = plan.assessment.schemaChange;
  return fnv(
    JSON.stringify([
      check ? [check.kind, check.target, check.expectedRows, check.checksumTarget, check.constraint] : null,
      plan.assessment.components
        .filter((c) => c.kind === 'table' || c.kind === 'database')
        .map((c) => [c.id, c.name, c.kind]),
      sc.dialect,
      sc.currentSchemaSql,
      sc.forwardSql,
      phase?.steps.map((s) => s.sql) ?? [],
    ]),
  );
}

export type Staleness = { stale: boolean; reason: string | null };

/** When the data was last compared: the latest round's time. */
export const verifiedAt = (s: VerifySession): string => s.rounds.at(-1)?.at ?? s.startedAt;

export function verificationStaleness(
  plan: Plan,
  phaseId: string,
  s: VerifySession,
  nowMs: number,
): Staleness {
  const ageHours = (nowMs - Date.parse(verifiedAt(s))) / 3_600_000;
  if (ageHours > VERIFY_STALE_HOURS)
    return {
      stale: true,
      reason: `verified ${Math.floor(ageHours)} hours ago (stale after ${VERIFY_STALE_HOURS})`,
    };
  if (tablesFingerprint(plan, phaseId, s.checkId) !== s.fingerprint)
    return { stale: true, reason: "the plan's tables or this check changed since it was verified" };
  return { stale: false, reason: null };
}

/** The verification behind the latest record of each check of a phase, when a database verification made it. */
export function recordedVerifications(plan: Plan, phaseId: string): VerifySession[] {
  const run = plan.run.phases.find((p) => p.phaseId === phaseId);
  const phase = plan.execution.phases.find((p) => p.id === phaseId);
  if (!run || !phase) return [];
  return phase.integrityChecks.flatMap((c) => {
    const latest = [...run.checks].reverse().find((r) => r.checkId === c.id);
    if (!latest || latest.source !== 'database') return [];
    const s = (run.verifications ?? []).find((v) => v.checkId === c.id && v.recordedAt === latest.at);
    return s ? [s] : [];
  });
}

/** The checks of a phase whose passing record rests on a stale database verification, with why. */
export function staleChecks(
  plan: Plan,
  phaseId: string,
  nowMs: number,
): { checkId: string; reason: string }[] {
  return recordedVerifications(plan, phaseId).flatMap((s) => {
    const st = verificationStaleness(plan, phaseId, s, nowMs);
    return st.stale ? [{ checkId: s.checkId, reason: st.reason ?? '' }] : [];
  });
}

/** Why a phase may not complete on stale verifications (GR-06), or null. */
export function staleCheckError(plan: Plan, phaseId: string, nowMs: number): string | null {
  const stale = staleChecks(plan, phaseId, nowMs);
  if (stale.length === 0) return null;
  return `Verify ${stale.map((s) => s.checkId).join(', ')} again: ${stale[0]?.reason ?? ''} (GR-06).`;
}
