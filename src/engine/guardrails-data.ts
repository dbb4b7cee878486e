import { AFTER_SWITCH_KINDS } from '../domain';
import type { Schedule } from './estimate';
import { parseTime, SOAK_MIN_HOURS, type Facts } from './facts';
import { finding } from './finding';
import { clip, formatHours } from './format';
import type { Placement } from './statement-placement';
import type { Finding } from './types';

/** GR-02: source data is deleted only by a contract or decommission phase that starts after the soak. */
export function sourceDeletion(f: Facts, schedule: Schedule): Finding[] {
  const out: Finding[] = [];
  const { phases } = f.plan.execution;
  phases.forEach((phase, i) => {
    if (!phase.deletesSource) return;
    const at = `execution.phases[${i}]`;
    const remedy = `Delete source data only in a contract or decommission phase that starts after the migration is verified and the ${SOAK_MIN_HOURS} h soak has passed.`;
    const afterSwitch = AFTER_SWITCH_KINDS.has(phase.kind);
    if (!afterSwitch || i < schedule.lastNonContract) {
      const why = !afterSwitch
        ? `is a ${phase.kind} phase`
        : `runs before "${phases[schedule.lastNonContract]?.name ?? ''}", so before the migration is verified`;
      out.push(
        finding(
          'GR-02',
          'blocker',
          `${at}.deletesSource`,
          `Phase "${phase.name}" deletes source data and ${why}.`,
          remedy,
        ),
      );
      return;
    }
    const start = schedule.phaseStart[i] ?? 0;
    if (phase.plannedStart !== null && start < schedule.soakEnd) {
      out.push(
        finding(
          'GR-02',
          'blocker',
          `${at}.plannedStart`,
          `Phase "${phase.name}" deletes source data ${formatHours(schedule.soakEnd - start)} before the soak period ends.`,
          remedy,
        ),
      );
    }
  });
  f.plan.run.phases.forEach((run, k) => {
    const index = f.phaseIndex.get(run.phaseId);
    const phase = index === undefined ? undefined : phases[index];
    const started = parseTime(run.startedAt);
    if (!phase?.deletesSource || started === null) return;
    const soakStart = parseTime(f.plan.run.soakStartedAt);
    const soakMs = Math.max(f.plan.execution.soakHours, SOAK_MIN_HOURS) * 3_600_000;
    if (soakStart === null || started < soakStart + soakMs) {
      out.push(
        finding(
          'GR-02',
          'blocker',
          `run.phases[${k}].startedAt`,
          `Phase "${phase.name}", which deletes source data, was started before the soak period had passed.`,
          'Stop the phase if it can still be stopped; restore the source data from the verified backup if needed.',
        ),
      );
    }
  });
  if (f.hasData && !f.plan.rollback.procedures.sourcePreserved) {
    out.push(
      finding(
        'GR-02',
        'warning',
        'rollback.procedures.sourcePreserved',
        'The rollback procedure does not state that the original data is preserved until the migration is verified.',
        'Keep the source data untouched until verification and the soak are done, and tick "source preserved".',
      ),
    );
  }
  if (f.plan.execution.soakHours < SOAK_MIN_HOURS) {
    out.push(
      finding(
        'SC-06',
        'warning',
        'execution.soakHours',
        `The soak period is ${f.plan.execution.soakHours} h, below the spec's minimum of ${SOAK_MIN_HOURS} h; the timeline uses ${SOAK_MIN_HOURS} h.`,
        `Set the soak period to at least ${SOAK_MIN_HOURS} hours.`,
      ),
    );
  }
  return out;
}

/** GR-03: database backups verified as restorable, via the spec's checklist item. */
export function backups(f: Facts): Finding[] {
  if (!f.hasData) return [];
  const entry = f.checklist.get('backups-verified');
  const remedy =
    'Restore the latest backup into a scratch environment, confirm it is complete, and tick the checklist item.';
  if (!entry) {
    return [
      finding(
        'GR-03',
        'blocker',
        'execution.checklist',
        'The checklist has no "Backups verified and restorable" item.',
        `Add the item. ${remedy}`,
      ),
    ];
  }
  const at = `execution.checklist[${entry.index}]`;
  if (!entry.item.done) {
    return [finding('GR-03', 'blocker', `${at}.done`, 'Backups are not verified as restorable.', remedy)];
  }
  if (entry.item.verifiedBy.trim() === '') {
    return [
      finding(
        'GR-03',
        'warning',
        `${at}.verifiedBy`,
        'Backups are marked verified, but nobody is named as having verified them.',
        'Name who verified the restore.',
      ),
    ];
  }
  return [];
}

/**
 * GR-04: no DROP or TRUNCATE in the forward script, nor in any phase before the switch. A contract
 * or decommission phase is the place for them, as long as it follows every other phase.
 */
export function destructiveForward(f: Facts, placement: Placement): Finding[] {
  const out: Finding[] = [];
  const { phases } = f.plan.execution;
  const remedy =
    'Move the destructive statement to a contract phase that runs after verification and the soak.';
  for (const d of placement.deferred) {
    out.push(
      finding(
        'GR-04',
        'info',
        'assessment.schemaChange.forwardSql',
        `Line ${d.line} (${clip(d.text)}) is destructive; it is deferred to the contract phase "${d.phaseName}", which runs after the soak.`,
        'Remove it from the forward script so nobody runs it early by mistake.',
      ),
    );
  }
  for (const s of placement.statements) {
    if (!s.destructive || s.where === 'after-switch') continue;
    const phase = s.phase === null ? undefined : phases[s.phase];
    let message: string;
    if (!phase)
      message = `The forward migration runs a destructive statement at line ${s.line}: ${clip(s.text)}`;
    else if (s.where === 'before-switch')
      message = `Phase "${phase.name}" (${phase.kind}) runs a destructive statement before the phases that switch over, so before the migration is verified: ${clip(s.text)}`;
    else message = `Phase "${phase.name}" (${phase.kind}) runs a destructive statement: ${clip(s.text)}`;
    out.push(finding('GR-04', 'blocker', s.path, message, remedy));
  }
  return out;
}
