import type { Phase, Plan } from '../domain';
import { MECHANISM_TEXT } from './ponr';

/**
 * Which rollback is in reach on migration day, and for how long: the procedure for the phase in progress
 * (DC-10 names no procedure, so the screen must), and the time left to the point of no return.
 */

/**
 * A phase's own rollback mechanism (plan format 2) in words, and how long it stays available after the
 * phase; null where the plan does not say (its procedures apply) or says there is none (the backup).
 */
export type PhaseMechanism = { mechanism: string; availableHours: number | null };

export function phaseMechanism(phase: Phase): PhaseMechanism | null {
  // Not stated: the plan's procedures stand for it. None: only the backup is left (see rollbackForPhase).
  if (phase.rollbackMechanism === 'unknown' || phase.rollbackMechanism === 'none') return null;
  return { mechanism: MECHANISM_TEXT[phase.rollbackMechanism], availableHours: phase.rollbackAvailableHours };
}

export const ponrIndexOf = (plan: Plan): number => {
  const ponr = plan.rollback.pointOfNoReturn;
  if (ponr.exists !== 'yes' || ponr.phaseId === null) return -1;
  return plan.execution.phases.findIndex((p) => p.id === ponr.phaseId);
};

export type PhaseRollback = {
  /** The phase's own mechanism, else the plan's procedures, else only the backup (past the point of no return). */
  source: 'phase' | 'plan' | 'backup';
  mechanism: string | null;
  procedure: { database: string; services: string; data: string };
  backupLastResort: boolean;
};

/** The rollback to show when a trigger halts the run in `phaseId` (null: before any phase started). */
export function rollbackForPhase(plan: Plan, phaseId: string | null): PhaseRollback {
  const { database, services, data, backupLastResort } = plan.rollback.procedures;
  const procedure = { database, services, data };
  const index = plan.execution.phases.findIndex((p) => p.id === phaseId);
  const phase = plan.execution.phases[index];
  const own = phase ? phaseMechanism(phase) : null;
  if (own) return { source: 'phase', mechanism: own.mechanism, procedure, backupLastResort };
  const ponr = ponrIndexOf(plan);
  const nothingLeft = phase?.rollbackMechanism === 'none';
  if (nothingLeft || (ponr >= 0 && index >= ponr))
    return { source: 'backup', mechanism: null, procedure, backupLastResort };
  return { source: 'plan', mechanism: null, procedure, backupLastResort };
}

export type Reach = {
  name: string;
  detail: string;
  /** When it stops being available (ISO), or null: until a phase whose time is not planned, or always. */
  until: string | null;
  /** What ends it, in words: "when phase 4 starts", "never". */
  endsWhen: string;
  available: boolean;
};

export type RollbackReach = {
  ponr: { phaseNumber: number; phaseName: string; plannedStart: string | null; passed: boolean } | null;
  mechanisms: Reach[];
};

const started = (plan: Plan, phaseId: string) =>
  plan.run.phases.find((p) => p.phaseId === phaseId)?.startedAt ?? null;
const completed = (plan: Plan, phaseId: string) =>
  plan.run.phases.find((p) => p.phaseId === phaseId)?.completedAt ?? null;

/**
 * The rollback mechanisms still in reach at `now`. With per-phase mechanisms, each completed phase's
 * mechanism lasts its available hours from the phase's completion; without them, the plan's procedures
 * last until the point-of-no-return phase starts, the source data until a phase that deletes it starts,
 * and a verified backup always.
 */
export function rollbackReach(plan: Plan, now: Date): RollbackReach {
  const phases = plan.execution.phases;
  const ponr = ponrIndexOf(plan);
  const ponrPhase = phases[ponr];
  const ponrInfo = ponrPhase
    ? {
        phaseNumber: ponr + 1,
        phaseName: ponrPhase.name,
        plannedStart: ponrPhase.plannedStart,
        passed: started(plan, ponrPhase.id) !== null,
      }
    : null;
  const out: Reach[] = [];
  phases.forEach((phase, i) => {
    const own = phaseMechanism(phase);
    const done = completed(plan, phase.id);
    if (!own || (!done && started(plan, phase.id) === null)) return;
    const until =
      done && own.availableHours !== null
        ? new Date(Date.parse(done) + own.availableHours * 3_600_000).toISOString()
        : null;
    out.push({
      name: `Undo phase ${i + 1}: ${own.mechanism}`,
      detail: phase.name,
      until,
      endsWhen: own.availableHours === null ? 'no limit stated' : `${own.availableHours} h after the phase`,
      available: until === null || Date.parse(until) > now.getTime(),
    });
  });
  const { database, services, data, backupLastResort } = plan.rollback.procedures;
  const planUntil = ponrPhase?.plannedStart ?? null;
  const planAvailable = !(ponrInfo?.passed ?? false);
  const byPlan: Array<[string, string]> = [
    ['Database rollback', database],
    ['Services rollback', services],
    ['Data rollback', data],
  ];
  for (const [name, text] of byPlan)
    if (text.trim() !== '')
      out.push({
        name,
        detail: text,
        until: ponrPhase ? planUntil : null,
        endsWhen: ponrInfo
          ? `until phase ${ponrInfo.phaseNumber} starts (the point of no return)`
          : 'no point of no return named',
        available: planAvailable,
      });
  const deleting = phases.findIndex((p) => p.deletesSource);
  const deleter = phases[deleting];
  if (deleter)
    out.push({
      name: 'Fall back to the source data',
      detail: 'The source is kept until a phase deletes it (GR-02).',
      until: deleter.plannedStart,
      endsWhen: `until phase ${deleting + 1} starts (it deletes the source)`,
      available: started(plan, deleter.id) === null,
    });
  if (backupLastResort)
    out.push({
      name: 'Restore from the verified backup',
      detail: 'The last resort (FM-03): loses the writes made since the backup.',
      until: null,
      endsWhen: 'never',
      available: true,
    });
  return { ponr: ponrInfo, mechanisms: out };
}
